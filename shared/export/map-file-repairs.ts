import { MAX_REPAIR_ENTRIES, MAX_REPAIR_EXAMPLES, type MapFileRepair } from '../api/operations/maps';

type Kind = Exclude<MapFileRepair['kind'], 'other'>;

/**
 * Collects an import's repairs counted per kind and key, with a few examples each: the report of a
 * file with a million hostile keys stays a few lines (and a few hundred bytes), not a million.
 */
export class RepairLog {
  private readonly entries = new Map<string, MapFileRepair>();

  /**
   * Records one repair of a kind, for one key (e.g. the dropped field's name). `example` is called only while the entry still wants examples, so callers
   * can pass the (costly to build) path lazily.
   */
  add(kind: Kind, key: string | undefined, example: () => string): void {
    const group = key === undefined ? kind : `${kind}\u0000${key}`;
    let entry = this.entries.get(group);
    if (entry === undefined) {
      if (this.entries.size >= MAX_REPAIR_ENTRIES - 1) {
        this.addOther();
        return;
      }
      entry = { kind, count: 0, examples: [], ...(key === undefined ? {} : { params: { key } }) };
      this.entries.set(group, entry);
    }
    entry.count += 1;
    if (entry.examples.length < MAX_REPAIR_EXAMPLES) entry.examples.push(example());
  }

  private addOther(): void {
    let other = this.entries.get('other');
    if (other === undefined) {
      other = { kind: 'other', count: 0, examples: [] };
      this.entries.set('other', other);
    }
    other.count += 1;
  }

  /** The entries in the order their first repair happened, the overflow entry last. */
  list(): MapFileRepair[] {
    const all = [...this.entries.values()].map((e) => ({ ...e, examples: [...e.examples] }));
    return [...all.filter((e) => e.kind !== 'other'), ...all.filter((e) => e.kind === 'other')];
  }
}
