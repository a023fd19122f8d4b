import type { MetricPeriod } from '../../shared/domain';

/** The `<option>`s of a period picker, by name, in the order given (one for every period select). */
export function PeriodOptions({ periods }: { periods: readonly Pick<MetricPeriod, 'id' | 'name'>[] }) {
  return (
    <>
      {periods.map((period) => (
        <option key={period.id} value={period.id}>
          {period.name}
        </option>
      ))}
    </>
  );
}
