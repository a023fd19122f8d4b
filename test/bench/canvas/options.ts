// Options of the canvas benchmark, from arguments (`--sizes 100,1000 --runs 3 --throttle 4
// --profile 1000`) or the matching environment variables (BENCH_CANVAS_SIZES, BENCH_CANVAS_RUNS,
// BENCH_CANVAS_CPU_SLOWDOWN, BENCH_CANVAS_PROFILE); arguments win.

export interface CanvasBenchOptions {
  /** Map sizes in cards. */
  sizes: number[];
  /** Fresh page loads per page and size; every figure is printed as min / median / max over them. */
  runs: number;
  /** DevTools CPU throttling rate for both pages (1 = none). */
  cpuSlowdown: number;
  /** Sizes at which a CPU profile of a drag and of click-selects is taken (top self-time functions). */
  profileSizes: number[];
}

const numbers = (text: string | undefined): number[] =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map(Number)
    .filter((n) => Number.isFinite(n) && n > 0);

function argument(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

export function readOptions(
  argv: string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
): CanvasBenchOptions {
  const sizes = numbers(argument(argv, 'sizes') ?? env.BENCH_CANVAS_SIZES);
  // 0 runs skips the measured loads (useful with --profile alone).
  const runs = Number(argument(argv, 'runs') ?? env.BENCH_CANVAS_RUNS ?? '3');
  const throttle = numbers(argument(argv, 'throttle') ?? env.BENCH_CANVAS_CPU_SLOWDOWN)[0];
  return {
    sizes: sizes.length > 0 ? sizes : [100, 1_000, 5_000],
    runs: Number.isFinite(runs) && runs >= 0 ? Math.round(runs) : 3,
    cpuSlowdown: throttle ?? 1,
    profileSizes: numbers(argument(argv, 'profile') ?? env.BENCH_CANVAS_PROFILE),
  };
}
