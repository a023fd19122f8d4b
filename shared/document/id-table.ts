import { newId } from '../domain/primitives';

/**
 * Old id -> new id, made on first use. One table per import, shared by the map and its versions, so
 * a card that appears in the map and in three versions gets the same new id in all four (a later
 * compare of the versions still matches it up).
 */
export class IdTable {
  private readonly ids = new Map<string, string>();

  constructor(private readonly makeId: () => string = newId) {}

  /** The new id of `old`, made now if it has none yet. */
  get(old: string): string {
    let id = this.ids.get(old);
    if (id === undefined) {
      id = this.makeId();
      this.ids.set(old, id);
    }
    return id;
  }

  /** The new id of `old` if it already has one. */
  peek(old: string): string | undefined {
    return this.ids.get(old);
  }
}
