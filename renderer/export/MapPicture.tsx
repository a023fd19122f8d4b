import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CANVAS } from '../../shared/canvas/layout';
import { cardDisplayTitle, type Card, type CardKind } from '../../shared/domain';
import { EXPORT_COLORS, type PictureGeometry } from '../../shared/export';
import type { PictureData } from './picture-data';
import { EMOTION_BAND, KIND_TOKENS, stageAccent } from '../../shared/design/tokens';
import { KindIcon } from '../ui/KindIcon';
import { EmotionFaceShape } from '../ui/EmotionFace';
import { PersonaBand } from '../personas/PersonaBand';
import { mapPersonaIds } from '../../shared/canvas/persona-band';
import { curveBand } from '../../shared/canvas/curve-band';
import type { MapLayout } from '../../shared/canvas/layout';
import './map-picture.css';

/** The kind's icon in its token colour (legends, card meta line). */
export function KindGlyph({ kind, size = 12 }: { kind: CardKind; size?: number }) {
  return <KindIcon kind={kind} size={size} color={KIND_TOKENS[kind].border} />;
}

/** The free strip of the emotions lane the curve runs in (as the canvas tints it), or null. */
function freeEmotionBand(map: PictureData['map'], layout: MapLayout) {
  const row = layout.lanes[map.lanes.findIndex((l) => l.kind === 'emotions')];
  const first = layout.stages[0];
  const last = layout.stages.at(-1);
  if (!row || !first || !last) return null;
  const band = curveBand(layout, row);
  if (band.top <= row.y) return null;
  return { x: first.x, width: last.x + last.width - first.x, top: band.top, height: band.height };
}

/** "+2", "0", "-1": emotion scores as signed numbers (emoji fonts are missing on many Linux desktops). */
export const signedScore = (score: number): string => (score > 0 ? `+${score}` : String(score));

interface MapPictureProps {
  data: PictureData;
  geometry: PictureGeometry;
  showCurve: boolean;
  showOverlay: boolean;
  /** Empty space around the picture, in flow units. */
  margin: number;
  background: 'white' | 'transparent';
}

/**
 * The map as static HTML and SVG, drawn from `computeLayout`: the same picture for the PNG export (via
 * html-to-image), the dialog's preview and the print view (so PDF text stays real, selectable text).
 * Nothing here is interactive; every user text is rendered as text.
 */
export const MapPicture = memo(function MapPicture({
  data,
  geometry,
  showCurve,
  showOverlay,
  margin,
  background,
}: MapPictureProps) {
  // The picture speaks the map's language (a Chinese map exports with Chinese labels, whatever the UI).
  const { t } = useTranslation(undefined, { lng: data.map.language });
  const markerId = `arrow-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const { layout, rect } = geometry;
  const { map } = data;
  const b = layout.bounds;
  const cards = new Map(map.cards.map((c) => [c.id, c]));
  const bandPersonas = mapPersonaIds(map).flatMap((id) => data.personas.filter((p) => p.id === id));
  const emotionBand = showCurve ? freeEmotionBand(map, layout) : null;

  return (
    <div
      className="map-picture"
      data-map-picture=""
      style={{
        width: rect.width + 2 * margin,
        height: rect.height + 2 * margin,
        background: background === 'white' ? '#ffffff' : 'transparent',
      }}
    >
      <div className="map-picture__origin" style={{ left: margin - rect.x, top: margin - rect.y }}>
        {/* Column tints first: the lanes' lines and the cards go over them. */}
        {layout.stages.map((col, i) => (
          <div
            key={`tint-${col.id}`}
            className="picture-column-tint"
            style={{
              left: col.x,
              top: 0,
              width: col.width,
              height: layout.grid.height,
              background: stageAccent(i).tint,
            }}
          />
        ))}
        {map.stages.map((stage, i) => {
          const col = layout.stages[i];
          if (!col) return null;
          const fig = showOverlay ? data.figures.get(stage.id) : undefined;
          return (
            <div
              key={stage.id}
              className="picture-stage"
              style={{
                left: col.x,
                top: 0,
                width: col.width,
                height: CANVAS.stageHeaderHeight,
                background: stageAccent(i).soft,
                borderTop: `6px solid ${stageAccent(i).accent}`,
                color: stageAccent(i).text,
              }}
            >
              <span className="picture-stage__name">{stage.name}</span>
              {stage.goal ? <span className="picture-stage__goal">{stage.goal}</span> : null}
              {fig ? (
                <span
                  className={`picture-stage__figures${fig.isBiggestLeak ? ' picture-stage__figures--leak' : ''}`}
                >
                  {t('export.picture.count', { count: fig.count })}
                  {fig.conversion !== null ? ` · → ${fig.conversion}` : ''}
                  {fig.isBiggestLeak ? ` · ${t('export.picture.leak')}` : ''}
                </span>
              ) : null}
            </div>
          );
        })}
        {map.lanes.map((lane, i) => {
          const row = layout.lanes[i];
          if (!row) return null;
          return (
            <div
              key={lane.id}
              className="picture-lane"
              style={{ left: 0, top: row.y, width: layout.grid.width, height: row.height }}
            >
              <span className="picture-lane__name" style={{ width: CANVAS.laneHeaderWidth }}>
                {lane.name}
              </span>
            </div>
          );
        })}
        {layout.stages.map((col) => (
          <div
            key={col.id}
            className="picture-column-line"
            style={{ left: col.x, top: 0, height: layout.grid.height }}
          />
        ))}
        {emotionBand ? (
          <div
            className="picture-emotion-band"
            style={{
              left: emotionBand.x,
              top: emotionBand.top,
              width: emotionBand.width,
              height: emotionBand.height,
              background: EMOTION_BAND.fill,
            }}
          />
        ) : null}
        {geometry.personaBand ? (
          <div
            className="picture-persona-band"
            style={{
              left: geometry.personaBand.x,
              top: geometry.personaBand.y,
              width: geometry.personaBand.width,
              height: geometry.personaBand.height,
            }}
          >
            <PersonaBand personas={bandPersonas} label={t('canvas.personaBand')} />
          </div>
        ) : null}
        {layout.cards.map((box) => {
          const card = cards.get(box.id);
          return card ? (
            <PictureCard
              key={box.id}
              card={card}
              box={box}
              personas={data.personas}
              language={map.language}
            />
          ) : null;
        })}
        <svg
          className="picture-svg"
          style={{ left: b.x, top: b.y, width: b.width, height: b.height }}
          viewBox={`${b.x} ${b.y} ${b.width} ${b.height}`}
          aria-hidden="true"
        >
          <defs>
            <marker
              id={markerId}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto"
            >
              <path d="M0 0 L10 5 L0 10 Z" fill={EXPORT_COLORS.edge} />
            </marker>
          </defs>
          {geometry.edges.map((e) => (
            <g key={e.id}>
              <path
                d={e.d}
                fill="none"
                stroke={EXPORT_COLORS.edge}
                strokeWidth={3}
                markerEnd={`url(#${markerId})`}
              />
              {e.label ? (
                <text x={e.labelX} y={e.labelY - 6} className="picture-edge-label" textAnchor="middle">
                  {e.label}
                </text>
              ) : null}
            </g>
          ))}
          {showCurve ? (
            <g data-emotion-curve="">
              {geometry.curve.paths.map((d, i) => (
                <path
                  key={i}
                  d={d}
                  fill="none"
                  stroke={EXPORT_COLORS.curve}
                  strokeWidth={4}
                  strokeLinecap="round"
                />
              ))}
              {geometry.curve.dots.map((p, i) => (
                <EmotionFaceShape key={i} x={p.x} y={p.y} r={13} score={p.score} />
              ))}
            </g>
          ) : null}
        </svg>
      </div>
    </div>
  );
});

function PictureCard({
  card,
  box,
  personas,
  language,
}: {
  card: Card;
  box: { x: number; y: number; width: number; height: number };
  personas: PictureData['personas'];
  language: string;
}) {
  const { t } = useTranslation(undefined, { lng: language });
  let detail = '';
  if (card.kind === 'emotion') detail = signedScore(card.score);
  else if (card.kind === 'painPoint') detail = t('export.picture.severity', { level: card.severity });
  else if (card.kind === 'opportunity') detail = t('export.picture.impact', { level: card.impact });
  else if (card.kind === 'touchpoint') detail = t(`export.channel.${card.channel}`);
  else if (card.kind === 'persona' && card.personaId)
    detail = personas.find((p) => p.id === card.personaId)?.role ?? '';
  return (
    <div
      className="picture-card"
      style={{
        left: box.x,
        top: box.y,
        width: box.width,
        height: box.height,
        borderLeftColor: KIND_TOKENS[card.kind].border,
        background: KIND_TOKENS[card.kind].fill,
      }}
    >
      <span className="picture-card__meta">
        <KindGlyph kind={card.kind} size={10} />
        {t(`cardKind.${card.kind}`)}
        {detail ? ` · ${detail}` : ''}
      </span>
      <span className="picture-card__title">
        {cardDisplayTitle(card, (id) => personas.find((p) => p.id === id)?.name)}
      </span>
      {card.text ? <span className="picture-card__text">{card.text}</span> : null}
    </div>
  );
}
