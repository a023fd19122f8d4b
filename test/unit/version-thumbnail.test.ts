import { describe, expect, it } from 'vitest';
import { thumbnailSvgDataUrl } from '../../electron/backend/versions/thumbnail-svg';
import { KIND_TOKENS, stageAccent } from '../../shared/design/tokens';
import { buildTemplateMap } from '../../shared/templates';

const svgOf = (url: string | null): string =>
  Buffer.from((url ?? '').replace('data:image/svg+xml;base64,', ''), 'base64').toString('utf8');

describe('version thumbnail', () => {
  it('draws each card in its kind colour and each stage in its accent, from the design tokens', () => {
    const map = buildTemplateMap('sales-funnel', 'en', 'Thumb');
    const svg = svgOf(thumbnailSvgDataUrl(map));
    for (const kind of new Set(map.cards.map((c) => c.kind))) {
      expect(svg, kind).toContain(`fill="${KIND_TOKENS[kind].border}"`);
    }
    map.stages.forEach((_, i) => expect(svg).toContain(`fill="${stageAccent(i).accent}"`));
    expect(svg).toContain(`fill="${KIND_TOKENS.action.border}"`);
  });
});
