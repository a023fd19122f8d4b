import { useMemo } from 'react';
import type { JourneyMap } from '../../shared/domain';
import { buildFunnelView, type FunnelView } from './funnel-view';
import { useMetricsStore } from './metrics-store';

/** The active period's funnel of `map`, recomputed when the map or the numbers change. */
export function useFunnelView(map: Pick<JourneyMap, 'stages' | 'cards'>): FunnelView {
  const data = useMetricsStore((s) => s.data);
  return useMemo(() => buildFunnelView(map, data), [map, data]);
}

/** Whether the overlay is shown: the user's choice, else on once the active period has numbers. */
export function useOverlayOn(view: FunnelView): boolean {
  const overlay = useMetricsStore((s) => s.overlay);
  return overlay ?? view.hasNumbers;
}
