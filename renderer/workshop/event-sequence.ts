/**
 * What a client does with an event, given the last sequence number it applied: `apply` the next one,
 * drop a `duplicate` (a replay after a reconnect), or read afresh after a `gap` (events were missed).
 */
export type SequenceStep = 'apply' | 'duplicate' | 'gap';

export function sequenceStep(lastSeq: number, seq: number): SequenceStep {
  if (seq <= lastSeq) return 'duplicate';
  return seq === lastSeq + 1 ? 'apply' : 'gap';
}

/** The sequence rule as clients run it: true to apply the event now; a gap calls `readAfresh` instead. */
export function admitEvent(lastSeq: number, seq: number, readAfresh: () => void): boolean {
  const step = sequenceStep(lastSeq, seq);
  if (step === 'gap') readAfresh();
  return step === 'apply';
}
