/**
 * A row's lineage as the domain objects carry it: `originId` only when the row was copied, so rows
 * made from scratch (and every row from before migration 0030) keep exactly their old shape.
 */
export function originOf(row: { origin_id?: string | null }): { originId?: string } {
  return row.origin_id ? { originId: row.origin_id } : {};
}
