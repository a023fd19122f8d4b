/** One side of a comparison: a saved version or a map as it is now. */
export type SideRef = { kind: 'version'; id: string } | { kind: 'map'; id: string };

const SIDE = /^(map|version):([A-Za-z0-9_-]{1,64})$/;

/** `version:<id>` / `map:<id>` (the form the compare route carries) to a {@link SideRef}. */
export function parseSideRef(text: string): SideRef | null {
  const match = SIDE.exec(text);
  if (!match?.[1] || !match[2]) return null;
  return match[1] === 'map' ? { kind: 'map', id: match[2] } : { kind: 'version', id: match[2] };
}

/** The inverse of {@link parseSideRef}. */
export function formatSideRef(side: SideRef): string {
  return `${side.kind}:${side.id}`;
}
