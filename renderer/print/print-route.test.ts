import { describe, expect, it } from 'vitest';
import { funnelReportHash, parsePrintRoute } from './print-route';

describe('the funnel report route', () => {
  it('round-trips the map, the period and the auto-print flag', () => {
    const route = parsePrintRoute(funnelReportHash('map-1', 'period_2', { autoPrint: true }));
    expect(route).toMatchObject({ mapId: 'map-1', report: 'funnel', periodId: 'period_2', autoPrint: true });
  });

  it('is a print hash the desktop printToPdf accepts, and the map print view stays a map', () => {
    expect(funnelReportHash('m', null)).toMatch(
      /^#\/print\/[A-Za-z0-9_-]{1,64}\/?(\?[A-Za-z0-9_.~%&=+-]*)?$/,
    );
    expect(parsePrintRoute('#/print/m?page=A4')).not.toHaveProperty('report');
    expect(parsePrintRoute('#/print/m?report=funnel&period=..%2Fx')).not.toHaveProperty('periodId');
  });
});
