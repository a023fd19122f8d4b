/** A column or row along the axis it is reordered on: where it starts and how long it is. */
export interface Span {
  start: number;
  size: number;
}

/**
 * The index a dragged stage (or lane) takes when dropped with the pointer at `at`: the number of
 * OTHER spans whose middle lies before the pointer. Dropping on its own place keeps its index, far
 * left (or top) moves it first, far right (or bottom) moves it last.
 */
export function reorderTargetIndex(spans: readonly Span[], fromIndex: number, at: number): number {
  let index = 0;
  spans.forEach((span, i) => {
    if (i !== fromIndex && span.start + span.size / 2 < at) index += 1;
  });
  return index;
}
