import type { JourneyMap } from '../../shared/domain';
import { lazyPart } from '../ui/lazy-part';
import { useMetricsStore } from './metrics-store';

// The panel (tables, charts, what-if, the funnel report and its picture renderer) loads when first
// opened; the band on the map does not need it.
const MetricsPanel = lazyPart(() => import('./MetricsPanel').then((m) => m.MetricsPanel));

/** The numbers panel while it is open (Funnel › Edit numbers); nothing otherwise. */
export function MetricsSidePanel({ map }: { map: JourneyMap }) {
  const open = useMetricsStore((s) => s.panelOpen);
  const setPanelOpen = useMetricsStore((s) => s.setPanelOpen);
  return open ? <MetricsPanel map={map} onClose={() => setPanelOpen(false)} /> : null;
}
