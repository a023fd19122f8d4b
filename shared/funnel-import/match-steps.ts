import { STAGE_NAME_EQUIVALENTS } from './stage-vocabulary';

/** How an imported step was paired with a map stage. */
export type StepMatchKind = 'name' | 'order' | 'none' | 'manual';

/** The pairing of one imported step with a stage of the map (or with none: not imported). */
export interface StepMatch {
  stepIndex: number;
  stageId: string | null;
  by: StepMatchKind;
}

const NUMBERING = [
  /^(?:step|步骤)\s*\d+\s*[.:：、)\]\-–]?\s*/i,
  /^第\s*\d+\s*步\s*[.:：、\-–]?\s*/,
  /^\d+\s*[.:：、)\]\-–]\s*/,
];

/**
 * A step name without the numbering tools put in front of it (`1. First visit`, `Step 2: Signed up`,
 * `第3步：下单`), for display. Case and spelling are kept.
 */
export function cleanStepName(name: string): string {
  let text = name.normalize('NFKC').trim();
  for (const pattern of NUMBERING) text = text.replace(pattern, '');
  return text.trim() === '' ? name.trim() : text.trim();
}

/**
 * The form names are compared in: numbering stripped, full-width made half-width, case-folded,
 * `_`/`-` read as spaces (GA4 event names like `add_to_cart`), spaces collapsed.
 */
export function normalizeStepName(name: string): string {
  return cleanStepName(name)
    .toLowerCase()
    .replace(/[_\-–]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const equivalentsByName = new Map<string, readonly string[]>();
for (const group of STAGE_NAME_EQUIVALENTS) {
  for (const name of group) equivalentsByName.set(normalizeStepName(name), group.map(normalizeStepName));
}

/** Every form a name may take when compared: itself, its English singular, its translations. */
function nameKeys(names: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const name of names) {
    const normalized = normalizeStepName(name);
    if (normalized === '') continue;
    const forms = [normalized];
    if (/^[a-z ]+s$/.test(normalized) && !normalized.endsWith('ss')) forms.push(normalized.slice(0, -1));
    for (const form of forms) {
      keys.add(form);
      for (const equivalent of equivalentsByName.get(form) ?? []) keys.add(equivalent);
    }
  }
  return keys;
}

/**
 * Pairs imported steps with the map's stages for the import preview (the user may change it):
 *
 * 1. by name, in either language: names are compared normalised (see {@link normalizeStepName}),
 *    with the stage's alternative names and the English/Chinese equivalents of the templates'
 *    vocabulary; each stage takes at most one step, the first one;
 * 2. by order, for the steps left over: they fill the unpaired stages that lie between the stages
 *    of their name-matched neighbours, in order; with no name match at all, step 1 goes to stage
 *    1 and so on;
 * 3. steps that remain get `none` and are not imported.
 *
 * @param steps - The imported steps, in file order.
 * @param stages - The map's stages in display order.
 * @param alternativeNames - Other names per stage id (e.g. the name in the other language).
 */
export function matchSteps(
  steps: readonly { name: string }[],
  stages: readonly { id: string; name: string }[],
  alternativeNames: Readonly<Record<string, readonly string[]>> = {},
): StepMatch[] {
  const stageKeys = stages.map((stage) => nameKeys([stage.name, ...(alternativeNames[stage.id] ?? [])]));
  const stageOfStep: (number | null)[] = steps.map(() => null);
  const used = new Set<number>();

  steps.forEach((step, stepIndex) => {
    const keys = nameKeys([step.name]);
    const stageIndex = stageKeys.findIndex(
      (candidate, i) => !used.has(i) && [...keys].some((key) => candidate.has(key)),
    );
    if (stageIndex >= 0) {
      stageOfStep[stepIndex] = stageIndex;
      used.add(stageIndex);
    }
  });
  const byName = new Set(
    stageOfStep.flatMap((stageIndex, stepIndex) => (stageIndex === null ? [] : [stepIndex])),
  );

  let lowerBound = -1;
  steps.forEach((_step, stepIndex) => {
    const own = stageOfStep[stepIndex];
    if (own !== null && own !== undefined) {
      lowerBound = Math.max(lowerBound, own);
      return;
    }
    const nextAnchor = stageOfStep.slice(stepIndex + 1).find((s): s is number => s !== null) ?? stages.length;
    for (let stageIndex = lowerBound + 1; stageIndex < nextAnchor; stageIndex += 1) {
      if (used.has(stageIndex)) continue;
      stageOfStep[stepIndex] = stageIndex;
      used.add(stageIndex);
      lowerBound = stageIndex;
      break;
    }
  });

  return steps.map((_step, stepIndex) => {
    const stageIndex = stageOfStep[stepIndex] ?? null;
    if (stageIndex === null) return { stepIndex, stageId: null, by: 'none' };
    return {
      stepIndex,
      stageId: stages[stageIndex]?.id ?? null,
      by: byName.has(stepIndex) ? 'name' : 'order',
    };
  });
}

/**
 * Whether a matching rests on order alone: some steps were paired with stages by their position and
 * none by name (nor chosen by the user). The preview must then say so and have the user confirm,
 * since e.g. a SaaS funnel's "Started free trial" would silently land on an e-commerce "Click".
 */
export function matchedByOrderOnly(matching: readonly StepMatch[]): boolean {
  return (
    matching.some((m) => m.by === 'order') && !matching.some((m) => m.by === 'name' || m.by === 'manual')
  );
}
