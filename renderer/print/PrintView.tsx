import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EMOTION_SCORES, CARD_KINDS } from '../../shared/domain';
import {
  EXPORT_COLORS,
  fitScale,
  pageSizeMm,
  pictureGeometry,
  PRINT_PAGE,
  printableAreaPx,
  tileContent,
  type Tile,
} from '../../shared/export';
import { emotionFace } from '../../shared/emotion';
import { api } from '../api';
import { useLanguageStore } from '../i18n/language-store';
import { KindGlyph, MapPicture, signedScore } from '../export/MapPicture';
import type { PictureData } from '../export/picture-data';
import { loadPictureExtras } from '../export/use-picture-data';
import { ErrorAlert } from '../ui/ErrorAlert';
import type { PrintRoute } from './print-route';
import { usePrintData } from './use-print-data';
import './print.css';

/** Overlap of neighbouring tiles, in CSS px (about 3 mm), so nothing is lost where sheets meet. */
const TILE_OVERLAP_PX = 12;

async function loadPicture(mapId: string): Promise<PictureData> {
  const map = await api.call('maps.get', { id: mapId });
  return { map, ...(await loadPictureExtras(map, map.language)) };
}

/**
 * The print view (`#/print/<mapId>?...`): the map as static HTML and SVG, laid out on pages of the
 * chosen paper, for Chromium's own printing (window.print in web mode, printToPDF in the desktop
 * app, page.pdf in tests). Text stays text, so the PDF is vector and searchable in any language.
 * `data-print-ready` appears once the map, its extras and the fonts are in.
 */
export function PrintView({ route }: { route: PrintRoute }) {
  const uiLanguage = useLanguageStore((s) => s.language);
  const { data, error, ready } = usePrintData(route, loadPicture);

  // Header and legend speak the map's language, like the picture; messages before it loads use the UI's.
  const language = data?.map.language ?? uiLanguage;
  const { t } = useTranslation(undefined, { lng: language });
  const { options } = route;
  const page = pageSizeMm(options.pageSize, options.orientation);
  const area = printableAreaPx(options.pageSize, options.orientation);
  const geometry = useMemo(() => (data ? pictureGeometry(data.map) : null), [data]);

  if (error) {
    return (
      <main className="print-message">
        <ErrorAlert message={t('export.print.failed', { message: error })} />
      </main>
    );
  }
  if (!data || !geometry) {
    return (
      <main className="print-message" role="status">
        {t('export.print.loading')}
      </main>
    );
  }

  const content = { width: geometry.rect.width, height: geometry.rect.height };
  let scale: number;
  let tiles: Tile[];
  if (options.pdfMode === 'fit') {
    scale = fitScale(content, area);
    tiles = [
      { index: 0, row: 0, column: 0, x: 0, y: 0, width: area.width, height: area.height, label: '1 / 1' },
    ];
  } else {
    scale = options.tileScale;
    tiles = tileContent(
      { width: content.width * scale, height: content.height * scale },
      area,
      TILE_OVERLAP_PX,
    ).tiles;
  }
  // Fit: centre the map in the printable area.
  const offsetX = options.pdfMode === 'fit' ? Math.max(0, (area.width - content.width * scale) / 2) : 0;
  const exportedAt = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(),
  );
  const personaNames = data.personas.map((p) => p.name).join(', ');

  return (
    <div className="print-view" data-print-ready={ready ? 'true' : undefined} lang={data.map.language}>
      {/* @page must be global: it sets the paper size Chromium prints on (preferCSSPageSize). */}
      <style>{`@page { size: ${page.width}mm ${page.height}mm; margin: 0; }`}</style>
      {tiles.map((tile) => (
        <section
          key={tile.index}
          className="print-page"
          aria-label={t('export.print.page', { label: tile.label })}
          style={{
            width: `${page.width}mm`,
            // A hair under the paper height: rounding must never spill a page onto a blank one.
            height: `${page.height - 0.5}mm`,
            padding: `${PRINT_PAGE.marginMm}mm`,
          }}
        >
          <header className="print-header" style={{ height: `${PRINT_PAGE.headerMm}mm` }}>
            <div className="print-header__main">
              <h1 className="print-header__name">{data.map.name}</h1>
              <p className="print-header__meta">
                <span>
                  {t('export.print.personas')}: {personaNames || t('export.print.noPersonas')}
                </span>
                <span>
                  {t('export.print.period')}: {data.periodName ?? t('export.print.noPeriod')}
                </span>
                <span>
                  {t('export.print.exported')}: {exportedAt}
                </span>
              </p>
            </div>
            {tiles.length > 1 ? <span className="print-header__page">{tile.label}</span> : null}
          </header>
          <div className="print-area" style={{ width: area.width, height: area.height }}>
            {/* Only the tile's own rectangle: the rest of the map belongs to other pages. */}
            <div
              className="print-area__tile"
              style={{ width: Math.min(area.width, tile.width), height: Math.min(area.height, tile.height) }}
            >
              <div
                className="print-area__content"
                style={{ transform: `translate(${offsetX - tile.x}px, ${-tile.y}px) scale(${scale})` }}
              >
                <MapPicture
                  data={data}
                  geometry={geometry}
                  showCurve={options.showCurve}
                  showOverlay={options.showOverlay}
                  margin={0}
                  background="white"
                />
              </div>
            </div>
          </div>
          <PrintLegend
            language={language}
            showCurve={options.showCurve}
            showOverlay={options.showOverlay && data.periodName !== null}
          />
        </section>
      ))}
    </div>
  );
}

function PrintLegend({
  language,
  showCurve,
  showOverlay,
}: {
  language: string;
  showCurve: boolean;
  showOverlay: boolean;
}) {
  const { t } = useTranslation(undefined, { lng: language });
  return (
    <footer className="print-legend" style={{ height: `${PRINT_PAGE.legendMm}mm` }}>
      <span className="print-legend__group">
        <strong>{t('export.print.legendKinds')}:</strong>
        {CARD_KINDS.map((kind) => (
          <span key={kind} className="print-legend__item">
            <KindGlyph kind={kind} size={9} />
            {t(`cardKind.${kind}`)}
          </span>
        ))}
      </span>
      <span className="print-legend__group">
        <strong>{t('export.print.legendEmotion')}:</strong>
        {EMOTION_SCORES.map((score) => (
          <span key={score} className="print-legend__item">
            {signedScore(score)} {t(`canvas.face.${faceKey(score)}`)}
          </span>
        ))}
      </span>
      <span className="print-legend__group">
        <span className="print-legend__item">
          <svg width="18" height="8" aria-hidden="true">
            <path d="M1 4 H17" stroke={EXPORT_COLORS.edge} strokeWidth="2" />
          </svg>
          {t('export.print.legendEdges')}
        </span>
        {showCurve ? (
          <span className="print-legend__item">
            <svg width="18" height="8" aria-hidden="true">
              <path d="M1 6 Q9 0 17 6" stroke={EXPORT_COLORS.curve} strokeWidth="2" fill="none" />
            </svg>
            {t('export.print.legendCurve')}
          </span>
        ) : null}
        {showOverlay ? <span className="print-legend__item">{t('export.print.legendFigures')}</span> : null}
      </span>
    </footer>
  );
}

/** `canvas.face.*` key of a score (the face labels the canvas uses). */
function faceKey(score: number): 'veryNegative' | 'negative' | 'neutral' | 'positive' | 'veryPositive' {
  return emotionFace(score).labelKey.replace('emotion.', '') as ReturnType<typeof faceKey>;
}
