// `npm run bench`: every benchmark, one after the other. Benchmarks print ratios, not verdicts: speed
// targets live here rather than in tests with wall-clock limits (DESIGN.md section 5). Arguments
// (`npm run bench -- --sizes 100,1000`) go to every benchmark; each reads the ones it knows.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
for (const file of benches) {
  console.log(`\n== ${file}`);
  execFileSync(process.execPath, ['--import', 'tsx', `${here}${file}`, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
}
