// Fails when the source imports each other in a circle (a -> b -> ... -> a). A cycle makes the
// module order depend on which file is loaded first and ties layers together that should not know
// each other. Uses the project's own TypeScript (ts.preProcessFile) instead of madge, whose peer
// dependency does not accept TypeScript 6. Type-only imports count too: they couple the files all
// the same. Plain .mjs (types in check-import-cycles.d.mts) so `npm test` runs it before compiling.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/** The layers whose imports are checked, relative to the repository root. */
export const SOURCE_DIRS = ['shared', 'renderer', 'electron'];
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.mjs', '.js'];
const SKIPPED_DIRS = new Set(['node_modules', 'out', 'dist']);

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Every source file under `dir`, declaration files left out (they import nothing at run time). */
function sourceFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : sourceFiles(full);
    const source = SOURCE_EXTENSIONS.some((ext) => entry.name.endsWith(ext));
    return source && !/\.d\.m?ts$/.test(entry.name) ? [full] : [];
  });
}

/** The file a relative specifier names (`./x` -> `./x.ts`, `./dir` -> `./dir/index.ts`); null for packages. */
function resolveImport(fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(fromFile), specifier);
  const stripped = base.replace(/\.(m?js)$/, '');
  const candidates = [
    base,
    ...SOURCE_EXTENSIONS.map((ext) => stripped + ext),
    ...SOURCE_EXTENSIONS.map((ext) => path.join(base, `index${ext}`)),
  ];
  return candidates.find(isFile) ?? null;
}

/** file -> the files it imports (static, dynamic and re-exports), within `files`. */
export function importGraph(files) {
  const known = new Set(files);
  const graph = new Map();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((ref) => resolveImport(file, ref.fileName))
      .filter((target) => target !== null && known.has(target));
    graph.set(file, [...new Set(targets)].sort());
  }
  return graph;
}

/**
 * The import cycles of `graph`: one per strongly connected component with more than one file (or a
 * file importing itself), each as the path of files from its first file back to it.
 */
export function findCycles(graph) {
  // Tarjan's algorithm, iterative so a deep import chain cannot overflow the stack.
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const components = [];
  let counter = 0;
  for (const start of [...graph.keys()].sort()) {
    if (index.has(start)) continue;
    const work = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const targets = graph.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++];
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node), index.get(target)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent), low.get(frame.node)));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = (graph.get(frame.node) ?? []).includes(frame.node);
        if (component.length > 1 || selfLoop) components.push(new Set(component));
      }
    }
  }
  return components.map((members) => cyclePath(graph, members));
}

/** A shortest way round inside one component, starting and ending at its first file. */
function cyclePath(graph, members) {
  const start = [...members].sort()[0];
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const target of graph.get(node) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const route = [start];
        for (let at = node; at !== null && at !== start; at = previous.get(at)) route.splice(1, 0, at);
        return [...route, start];
      }
      if (!previous.has(target)) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start, start];
}

/** The cycles among the source files under `dirs` of `root`, each as paths relative to `root`. */
export function importCycles(root, dirs = SOURCE_DIRS) {
  const files = dirs.flatMap((dir) => sourceFiles(path.join(root, dir)));
  return findCycles(importGraph(files)).map((cycle) => cycle.map((file) => path.relative(root, file)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(import.meta.dirname, '../..');
  const cycles = importCycles(root);
  if (cycles.length === 0) {
    process.stdout.write(`No import cycles in ${SOURCE_DIRS.join('/, ')}/.\n`);
  } else {
    process.stderr.write(`${cycles.length} import cycle(s):\n`);
    for (const cycle of cycles) process.stderr.write(`  ${cycle.join(' -> ')}\n`);
    process.exitCode = 1;
  }
}
