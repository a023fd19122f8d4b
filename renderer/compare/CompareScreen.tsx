import type { ReactFlowInstance, Viewport } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionListItem } from '../../shared/api';
import type { MapSummary } from '../../shared/domain';
import { compareDocuments, describeDiff, type ChangeEntry } from '../../shared/diff';
import { api, capabilities, errorMessage } from '../api';
import { navigate } from '../routing/useHashRoute';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Icon } from '../ui/Icon';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { ChangeList } from './ChangeList';
import { changeContext, focusKeyOf } from './change-text';
import { saveFile } from '../desktop/save-file';
import { comparisonPng, exportFileName } from './compare-export';
import { DiffCanvas } from './DiffCanvas';
import type { DiffNode } from './DiffNodes';
import { buildDiffOverlay } from './diff-overlay';
import { EmotionCurves } from './EmotionCurves';
import { loadSide, type LoadedSide } from './load-side';
import { MetricDeltas } from './MetricDeltas';
import { SidePicker } from './SidePicker';
import { usePersonaNames } from '../personas/persona-store';
import { formatSideRef, parseSideRef, type SideRef } from './side-ref';
import './compare.css';

type Mode = 'overlay' | 'sideBySide';

/**
 * Compares two documents (versions or maps): side B drawn with A's differences marked, the change
 * list grouped by stage, metric deltas and both emotion curves. Loads both sides through the API and
 * diffs them here with shared/diff (pure and fast).
 */
export function CompareScreen({ a, b }: { a: string; b: string }) {
  const { t } = useTranslation();
  const refA = parseSideRef(a);
  const refB = parseSideRef(b);
  const [sides, setSides] = useState<{ a: LoadedSide; b: LoadedSide } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [maps, setMaps] = useState<MapSummary[]>([]);
  const [versions, setVersions] = useState<VersionListItem[]>([]);
  const [mode, setMode] = useState<Mode>('overlay');
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [viewport, setViewport] = useState<Viewport>({ x: 0, y: 0, zoom: 0.5 });
  const flowB = useRef<ReactFlowInstance<DiffNode> | null>(null);
  const exportRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!refA || !refB) return;
    let live = true;
    Promise.all([loadSide(refA), loadSide(refB)])
      .then(async ([sideA, sideB]) => {
        if (!live) return;
        setSides({ a: sideA, b: sideB });
        const [allMaps, list] = await Promise.all([
          api.call('maps.list', {}),
          api.call('versions.list', { mapId: sideB.mapId }),
        ]);
        if (!live) return;
        setMaps(allMaps);
        setVersions(list);
      })
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
    // The screen is keyed by both sides, so the refs never change while it is mounted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const computed = useMemo(() => {
    if (!sides) return null;
    // B in A's ids wherever a row of B is a copy of (or the same as) a row of A, so two maps of one
    // family (a map and its duplicate) compare row by row. Everything below draws this aligned B.
    const { b, diff } = compareDocuments(sides.a.snapshot, sides.b.snapshot);
    return {
      b,
      entries: describeDiff(diff, sides.a.snapshot, b),
      overlay: buildDiffOverlay(sides.a.snapshot.map, b.map, diff),
      plainA: buildDiffOverlay(sides.a.snapshot.map, sides.a.snapshot.map, null),
    };
  }, [sides]);
  // Apart from the diff: the persona library arrives later and only renames persona cards.
  const personaName = usePersonaNames();
  const context = useMemo(
    () => (sides && computed ? changeContext(sides.a.snapshot, computed.b, personaName) : null),
    [sides, computed, personaName],
  );

  const focusEntry = useCallback(
    (entry: ChangeEntry) => {
      if (!sides || !computed) return;
      const connections = new Map(
        [...sides.a.snapshot.map.connections, ...computed.b.map.connections].map((c) => [c.id, c.sourceId]),
      );
      const key = focusKeyOf(entry, (id) => connections.get(id) ?? null);
      setFocusedKey(key);
      if (key)
        void flowB.current?.fitView({ nodes: [{ id: key }], duration: 300, maxZoom: 1.2, padding: 0.4 });
    },
    [sides, computed],
  );

  const choose = (which: 'a' | 'b', side: SideRef) => {
    const next = { a: refA, b: refB, [which]: side };
    if (next.a && next.b) navigate({ name: 'compare', a: formatSideRef(next.a), b: formatSideRef(next.b) });
  };

  const sideName = (side: LoadedSide) =>
    side.versionName === null ? side.snapshot.map.name : `${side.snapshot.map.name} · ${side.versionName}`;

  const exportPng = async () => {
    if (!exportRef.current || !sides) return;
    setExporting(true);
    setExportError(null);
    try {
      const png = await comparisonPng(exportRef.current);
      await saveFile(exportFileName(`${t('compare.title')} ${sideName(sides.b)}`, 'png'), png);
    } catch (e) {
      setExportError(t('compare.exportFailed', { reason: errorMessage(e) }));
    } finally {
      setExporting(false);
    }
  };

  /**
   * PDF of the comparison: in the desktop app the main process prints this very view in a hidden
   * window with Chromium's printToPDF and saves it where the user chooses; in web mode the browser
   * prints it (its dialog offers "Save as PDF"). Both use the print styles of compare.css.
   */
  const exportPdf = async () => {
    if (!sides) return;
    setExportError(null);
    if (!capabilities().printToPdf) {
      window.print();
      return;
    }
    try {
      await api.call('files.printToPdf', {
        printHash: window.location.hash,
        suggestedName: exportFileName(`${t('compare.title')} ${sideName(sides.b)}`, 'pdf'),
      });
    } catch (e) {
      setExportError(t('compare.exportFailed', { reason: errorMessage(e) }));
    }
  };

  const homeMap = sides ? (maps.find((m) => m.id === sides.b.mapId) ?? null) : null;
  const invalid = !refA || !refB;

  return (
    <div className="compare" data-print-ready={sides ? 'true' : undefined}>
      <header className="editor-bar compare__bar" data-export-skip="true">
        <button
          type="button"
          className="button button--ghost"
          onClick={() =>
            sides ? navigate({ name: 'map', id: sides.b.mapId }) : navigate({ name: 'library' })
          }
        >
          <Icon name="back" />
          {t('compare.back')}
        </button>
        <h1 className="editor-bar__name">{t('compare.title')}</h1>
        {sides && refA && refB ? (
          <div className="compare__pickers" role="group" aria-label={t('compare.chooseSides')}>
            <SidePicker
              label={t('compare.sideA')}
              value={refA}
              homeMap={homeMap}
              versions={versions}
              maps={maps}
              onChange={(s) => choose('a', s)}
            />
            <SidePicker
              label={t('compare.sideB')}
              value={refB}
              homeMap={homeMap}
              versions={versions}
              maps={maps}
              onChange={(s) => choose('b', s)}
            />
          </div>
        ) : null}
        <div className="editor-bar__tools">
          <div className="compare__modes" role="group" aria-label={t('compare.view')}>
            <button
              type="button"
              className="button button--small"
              aria-pressed={mode === 'overlay'}
              onClick={() => setMode('overlay')}
            >
              {t('compare.overlay')}
            </button>
            <button
              type="button"
              className="button button--small"
              aria-pressed={mode === 'sideBySide'}
              onClick={() => {
                // Both canvases start where B is now, then move together.
                if (flowB.current) setViewport(flowB.current.getViewport());
                setMode('sideBySide');
              }}
            >
              {t('compare.sideBySide')}
            </button>
          </div>
          <button
            type="button"
            className="button button--small"
            disabled={!sides}
            onClick={() => void exportPdf()}
          >
            {t('compare.exportPdf')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={!sides || exporting}
            onClick={() => void exportPng()}
          >
            {exporting ? t('compare.exporting') : t('compare.exportPng')}
          </button>
          <LanguageSwitch />
        </div>
      </header>
      <main className="compare__main" tabIndex={-1}>
        {invalid ? <ErrorAlert message={t('editor.notFoundTitle')} /> : null}
        {error ? <ErrorAlert message={error} /> : null}
        {exportError ? <ErrorAlert message={exportError} onDismiss={() => setExportError(null)} /> : null}
        {!sides && !error && !invalid ? (
          <p className="muted" role="status">
            {t('compare.loading')}
          </p>
        ) : null}
        {sides && computed && context ? (
          <div className="compare__content" ref={exportRef}>
            <p className="compare__sides">
              <span>
                {t('compare.sideA')}: {sideName(sides.a)}
              </span>
              <span>
                {t('compare.sideB')}: {sideName(sides.b)}
              </span>
            </p>
            <ul className="compare__legend" aria-label={t('compare.legend')}>
              {(['added', 'removed', 'changed', 'moved'] as const).map((s) => (
                <li key={s} className={`legend-swatch diff--${s}`}>
                  {t(`compare.status.${s}`)}
                </li>
              ))}
            </ul>
            <div className={`compare__canvases compare__canvases--${mode}`}>
              {mode === 'sideBySide' ? (
                <DiffCanvas
                  overlay={computed.plainA}
                  label={t('compare.canvasA', { name: sideName(sides.a) })}
                  viewport={viewport}
                  onViewportChange={setViewport}
                />
              ) : null}
              <DiffCanvas
                overlay={computed.overlay}
                label={t('compare.canvasB', { name: sideName(sides.b) })}
                focusedKey={focusedKey}
                onInit={(instance) => {
                  flowB.current = instance;
                }}
                {...(mode === 'sideBySide' ? { viewport, onViewportChange: setViewport } : {})}
              />
            </div>
            <div className="compare__details">
              <ChangeList entries={computed.entries} context={context} onFocus={focusEntry} />
              <div className="compare__charts">
                <MetricDeltas a={sides.a.snapshot} b={computed.b} context={context} />
                <EmotionCurves a={sides.a.snapshot.map} b={computed.b.map} context={context} />
              </div>
            </div>
          </div>
        ) : null}
      </main>
    </div>
  );
}
