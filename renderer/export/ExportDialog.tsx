import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../shared/domain';
import {
  checkPngSize,
  fitScale,
  mapFileName,
  pageSizeMm,
  PRINT_PAGE,
  PX_PER_MM,
  PAGE_SIZE_NAMES,
  pictureGeometry,
  PNG_SCALES,
  printableAreaPx,
  tileContent,
  type ExportFormat,
  type ExportOptions,
  type PageSizeName,
  type PngScale,
  type Size,
} from '../../shared/export';
import { api, capabilities, errorMessage } from '../api';
import { printHash } from '../print/print-route';
import { Dialog } from '../ui/Dialog';
import { ErrorAlert } from '../ui/ErrorAlert';
import { storeExportOptions, useStoredExportOptions } from './export-preferences';
import { MapPicture } from './MapPicture';
import { ExportCancelled, renderPng } from './render-png';
import { saveFile } from '../desktop/save-file';
import { usePictureData } from './use-picture-data';
import './export-dialog.css';

type Phase = 'preparing' | 'drawing' | 'saving' | 'opening';

const PREVIEW = { width: 560, height: 220 };

/**
 * The export dialog: PNG, PDF (through the print view) or the portable map file, with a live
 * preview drawn by the same picture component the export uses, and the last choices remembered per
 * map. A PNG that would be too large for a browser canvas is caught before drawing, with the largest
 * scale that fits offered instead.
 */
export function ExportDialog(props: ExportDialogProps) {
  // The library answers within milliseconds; the dialog opens with the stored choices, never the
  // defaults first (which it would then store over them).
  const stored = useStoredExportOptions(props.map.id);
  return stored ? <LoadedExportDialog {...props} stored={stored} /> : null;
}

interface ExportDialogProps {
  map: JourneyMap;
  /** Preselects a format (the menu's "Export PNG…"); null keeps the last one used for this map. */
  initialFormat?: ExportFormat | null;
  selectedCardIds: ReadonlySet<string>;
  onClose(): void;
}

function LoadedExportDialog({
  map,
  initialFormat = null,
  selectedCardIds,
  onClose,
  stored,
}: ExportDialogProps & { stored: ExportOptions }) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<ExportOptions>(() =>
    initialFormat ? { ...stored, format: initialFormat } : stored,
  );
  const [phase, setPhase] = useState<Phase | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const abortRef = useRef<AbortController | null>(null);
  const pictureRef = useRef<HTMLDivElement>(null);
  const data = usePictureData(map, map.language);

  const hasSelection = selectedCardIds.size > 0;
  const area = options.area === 'selection' && hasSelection ? 'selection' : 'map';
  const isPng = options.format === 'png';
  const geometry = useMemo(
    () => pictureGeometry(map, isPng && area === 'selection' ? selectedCardIds : null),
    [map, isPng, area, selectedCardIds],
  );
  const margin = isPng ? options.margin : 0;
  const content = { width: geometry.rect.width, height: geometry.rect.height };
  const sizeCheck = checkPngSize(content, options.scale, margin);
  const pictureSize = { width: content.width + 2 * margin, height: content.height + 2 * margin };

  // Cheap (a few divisions), so computed on every render rather than memoised.
  const printArea = printableAreaPx(options.pageSize, options.orientation);
  const tiles =
    options.pdfMode === 'fit'
      ? []
      : tileContent(
          { width: content.width * options.tileScale, height: content.height * options.tileScale },
          printArea,
          12,
        ).tiles;
  const pageCount = options.pdfMode === 'fit' ? 1 : tiles.length;
  const preview = previewLayout({
    isPdfFit: options.format === 'pdf' && options.pdfMode === 'fit',
    pictureSize,
    paper: pageSizeMm(options.pageSize, options.orientation),
    printArea,
  });

  useEffect(() => storeExportOptions(map.id, options), [map.id, options]);
  useEffect(() => () => abortRef.current?.abort(), []);

  const set = <K extends keyof ExportOptions>(key: K, value: ExportOptions[K]) => {
    setError(null);
    setStatus('');
    setOptions((o) => ({ ...o, [key]: value }));
  };

  const run = async () => {
    setError(null);
    setStatus('');
    const controller = new AbortController();
    abortRef.current = controller;
    try {
      if (options.format === 'png') {
        if (!sizeCheck.ok) return;
        const element = pictureRef.current?.firstElementChild;
        if (!(element instanceof HTMLElement)) return;
        setPhase('drawing');
        const blob = await renderPng(element, pictureSize, {
          scale: options.scale,
          background: options.background,
          signal: controller.signal,
        });
        setPhase('saving');
        const name = mapFileName(map.name, '.png');
        const { saved } = await saveFile(name, blob);
        setStatus(saved ? t('export.done', { name }) : t('export.cancelled'));
      } else if (options.format === 'pdf') {
        setPhase('opening');
        const name = mapFileName(map.name, '.pdf');
        if (capabilities().printToPdf) {
          // Desktop: the main process prints the same view in a hidden window and saves it (issue 7).
          const printed = await api.call('files.printToPdf', {
            printHash: printHash(map.id, options),
            suggestedName: name,
          });
          setStatus(printed.saved ? t('export.done', { name }) : t('export.cancelled'));
        } else {
          // Web mode: the browser prints the view in a new tab ("Save as PDF" in its print dialog).
          const url = `${window.location.pathname}${window.location.search}${printHash(map.id, options, { autoPrint: true })}`;
          const opened = window.open(url, '_blank');
          if (!opened) throw new Error(t('export.popupBlocked'));
          setStatus(t('export.pdfHint'));
        }
      } else {
        setPhase('preparing');
        const file = await api.call('maps.exportFile', { id: map.id });
        if (controller.signal.aborted) throw new ExportCancelled();
        setPhase('saving');
        const { saved } = await saveFile(file.fileName, new Blob([file.text], { type: 'application/json' }));
        setStatus(saved ? t('export.done', { name: file.fileName }) : t('export.cancelled'));
      }
    } catch (e) {
      if (e instanceof ExportCancelled) setStatus(t('export.cancelled'));
      else setError(t('export.failed', { message: errorMessage(e) }));
    } finally {
      abortRef.current = null;
      setPhase(null);
    }
  };

  const busy = phase !== null;

  return (
    <Dialog
      title={t('export.title')}
      size="large"
      onClose={() => {
        abortRef.current?.abort();
        onClose();
      }}
      onSubmit={() => void run()}
      actions={
        busy ? (
          <button type="button" className="button button--ghost" onClick={() => abortRef.current?.abort()}>
            {t('common.cancel')}
          </button>
        ) : (
          <>
            <button type="button" className="button button--ghost" onClick={onClose}>
              {t('common.close')}
            </button>
            <button
              type="submit"
              className="button button--primary"
              disabled={options.format === 'png' && !sizeCheck.ok}
            >
              {t('export.start')}
            </button>
          </>
        )
      }
    >
      <div className="export-dialog">
        <div className="export-dialog__options">
          <fieldset className="export-fieldset">
            <legend>{t('export.format.legend')}</legend>
            {(['png', 'pdf', 'mapFile'] as const).map((format) => (
              <label key={format} className="export-choice">
                <input
                  type="radio"
                  name="export-format"
                  checked={options.format === format}
                  onChange={() => set('format', format)}
                  disabled={busy}
                />
                {t(`export.format.${format}`)}
              </label>
            ))}
          </fieldset>

          {options.format === 'png' ? (
            <>
              <fieldset className="export-fieldset">
                <legend>{t('export.area.legend')}</legend>
                <label className="export-choice">
                  <input
                    type="radio"
                    name="export-area"
                    checked={area === 'map'}
                    onChange={() => set('area', 'map')}
                  />
                  {t('export.area.map')}
                </label>
                <label className="export-choice">
                  <input
                    type="radio"
                    name="export-area"
                    checked={area === 'selection'}
                    disabled={!hasSelection}
                    onChange={() => set('area', 'selection')}
                  />
                  {t('export.area.selection', { count: selectedCardIds.size })}
                </label>
              </fieldset>
              <div className="export-row">
                <label className="export-field">
                  {t('export.scale')}
                  <select
                    value={options.scale}
                    onChange={(e) => set('scale', Number(e.target.value) as PngScale)}
                  >
                    {PNG_SCALES.map((s) => (
                      <option key={s} value={s}>
                        {t('export.scaleOption', { scale: s })}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="export-field">
                  {t('export.margin')}
                  <input
                    type="number"
                    min={0}
                    max={200}
                    step={4}
                    value={options.margin}
                    onChange={(e) =>
                      set('margin', Math.min(200, Math.max(0, Math.round(Number(e.target.value) || 0))))
                    }
                  />
                </label>
              </div>
              <fieldset className="export-fieldset">
                <legend>{t('export.background.legend')}</legend>
                {(['white', 'transparent'] as const).map((bg) => (
                  <label key={bg} className="export-choice">
                    <input
                      type="radio"
                      name="export-background"
                      checked={options.background === bg}
                      onChange={() => set('background', bg)}
                    />
                    {t(`export.background.${bg}`)}
                  </label>
                ))}
              </fieldset>
            </>
          ) : null}

          {options.format === 'pdf' ? (
            <>
              <div className="export-row">
                <label className="export-field">
                  {t('export.pageSize')}
                  <select
                    value={options.pageSize}
                    onChange={(e) => set('pageSize', e.target.value as PageSizeName)}
                  >
                    {PAGE_SIZE_NAMES.map((name) => (
                      <option key={name} value={name}>
                        {name}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="export-field">
                  {t('export.orientation.legend')}
                  <select
                    value={options.orientation}
                    onChange={(e) =>
                      set('orientation', e.target.value === 'portrait' ? 'portrait' : 'landscape')
                    }
                  >
                    <option value="landscape">{t('export.orientation.landscape')}</option>
                    <option value="portrait">{t('export.orientation.portrait')}</option>
                  </select>
                </label>
              </div>
              <fieldset className="export-fieldset">
                <legend>{t('export.pdfMode.legend')}</legend>
                {(['fit', 'tile'] as const).map((mode) => (
                  <label key={mode} className="export-choice">
                    <input
                      type="radio"
                      name="export-pdf-mode"
                      checked={options.pdfMode === mode}
                      onChange={() => set('pdfMode', mode)}
                    />
                    {t(`export.pdfMode.${mode}`)}
                  </label>
                ))}
              </fieldset>
              {options.pdfMode === 'tile' ? (
                <label className="export-field">
                  {t('export.tileScale')}
                  <select
                    value={options.tileScale}
                    onChange={(e) => set('tileScale', Number(e.target.value) as ExportOptions['tileScale'])}
                  >
                    {([0.5, 0.75, 1] as const).map((s) => (
                      <option key={s} value={s}>
                        {t('export.tileScaleOption', { percent: s * 100 })}
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
            </>
          ) : null}

          {options.format !== 'mapFile' ? (
            <div className="export-row">
              <label className="export-choice">
                <input
                  type="checkbox"
                  checked={options.showCurve}
                  onChange={(e) => set('showCurve', e.target.checked)}
                />
                {t('export.showCurve')}
              </label>
              <label className="export-choice">
                <input
                  type="checkbox"
                  checked={options.showOverlay}
                  onChange={(e) => set('showOverlay', e.target.checked)}
                />
                {t('export.showOverlay')}
              </label>
            </div>
          ) : (
            <p className="muted export-hint">{t('export.mapFileHint')}</p>
          )}
        </div>

        {options.format !== 'mapFile' ? (
          <section className="export-preview" aria-label={t('export.preview')}>
            <div
              className="export-preview__frame"
              style={{ width: preview.frame.width, height: preview.frame.height }}
            >
              {preview.paper ? (
                <>
                  <div className="export-preview__band" style={preview.paper.header} />
                  <div className="export-preview__band" style={preview.paper.legend} />
                </>
              ) : null}
              <div
                className={`export-preview__scaler${options.background === 'transparent' && isPng ? ' export-preview__scaler--checker' : ''}`}
                style={{ left: preview.left, top: preview.top, transform: `scale(${preview.scale})` }}
              >
                <div ref={pictureRef}>
                  <MapPicture
                    data={data}
                    geometry={geometry}
                    showCurve={options.showCurve}
                    showOverlay={options.showOverlay}
                    margin={margin}
                    background={isPng ? options.background : 'white'}
                  />
                </div>
              </div>
              {options.format === 'pdf'
                ? tiles.map((tile) => (
                    <div
                      key={tile.index}
                      className="export-preview__tile"
                      style={{
                        left: (tile.x / options.tileScale) * preview.scale,
                        top: (tile.y / options.tileScale) * preview.scale,
                        width: (tile.width / options.tileScale) * preview.scale,
                        height: (tile.height / options.tileScale) * preview.scale,
                      }}
                    >
                      <span>{tile.label}</span>
                    </div>
                  ))
                : null}
            </div>
            <p className="muted export-preview__info">
              {isPng
                ? t('export.imageSize', { width: sizeCheck.size.width, height: sizeCheck.size.height })
                : `${options.pageSize} · ${t(`export.orientation.${options.orientation}`)} · ${t('export.pages', { count: pageCount })}`}
            </p>
          </section>
        ) : null}

        {isPng && !sizeCheck.ok ? (
          <div className="alert" role="alert">
            <span className="alert__message">
              {t('export.tooBig', {
                scale: options.scale,
                width: sizeCheck.size.width,
                height: sizeCheck.size.height,
              })}{' '}
              {sizeCheck.largestOfferedScale === null ? t('export.tooBigAtOne') : null}
            </span>
            {sizeCheck.largestOfferedScale !== null ? (
              <button
                type="button"
                className="button button--small"
                onClick={() => set('scale', sizeCheck.largestOfferedScale as PngScale)}
              >
                {t('export.useScale', { scale: sizeCheck.largestOfferedScale })}
              </button>
            ) : null}
          </div>
        ) : null}

        {phase ? (
          <div className="export-progress">
            <progress aria-label={t('export.progress.label')} />
            <span>{t(`export.progress.${phase}`)}</span>
          </div>
        ) : null}
        {error ? <ErrorAlert message={error} onDismiss={() => setError(null)} /> : null}
        <p role="status" className="export-status">
          {status}
        </p>
      </div>
    </Dialog>
  );
}

/**
 * Where the preview draws the picture. PNG and tiled PDF: the picture itself, shrunk to the preview
 * box (tiles are outlined on top). PDF fit to one page: a sheet of the chosen paper with its header
 * and legend bands and the picture scaled into the printable area, as the print view lays it out.
 */
function previewLayout({
  isPdfFit,
  pictureSize,
  paper,
  printArea,
}: {
  isPdfFit: boolean;
  pictureSize: Size;
  paper: Size;
  printArea: Size;
}): {
  frame: Size;
  left: number;
  top: number;
  scale: number;
  paper: { header: CSSProperties; legend: CSSProperties } | null;
} {
  if (!isPdfFit) {
    const scale = Math.min(1, PREVIEW.width / pictureSize.width, PREVIEW.height / pictureSize.height);
    return {
      frame: { width: pictureSize.width * scale, height: pictureSize.height * scale },
      left: 0,
      top: 0,
      scale,
      paper: null,
    };
  }
  const sheet = { width: paper.width * PX_PER_MM, height: paper.height * PX_PER_MM };
  const k = Math.min(PREVIEW.width / sheet.width, PREVIEW.height / sheet.height);
  const fit = fitScale(pictureSize, printArea);
  const marginPx = PRINT_PAGE.marginMm * PX_PER_MM;
  const headerPx = PRINT_PAGE.headerMm * PX_PER_MM;
  const legendPx = PRINT_PAGE.legendMm * PX_PER_MM;
  const offsetX = Math.max(0, (printArea.width - pictureSize.width * fit) / 2);
  const band = (top: number, height: number): CSSProperties => ({
    left: marginPx * k,
    top: top * k,
    width: printArea.width * k,
    height: height * k * 0.6,
  });
  return {
    frame: { width: sheet.width * k, height: sheet.height * k },
    left: (marginPx + offsetX) * k,
    top: (marginPx + headerPx) * k,
    scale: fit * k,
    paper: {
      header: band(marginPx, headerPx),
      legend: band(marginPx + headerPx + printArea.height + legendPx * 0.2, legendPx),
    },
  };
}
