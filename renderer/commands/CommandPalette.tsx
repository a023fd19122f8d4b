import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  chordLabel,
  COMMAND_LABELS,
  COMMANDS,
  commandKeys,
  isCommandEnabled,
  type CommandId,
  type CommandSpec,
} from '../../shared/commands';
import { LANGUAGES, type JourneyMap } from '../../shared/domain';
import { currentMenuState } from '../desktop/menu-state';
import { revealOnCanvas } from '../editor/canvas/canvas-reveal';
import { nodeId } from '../editor/canvas/canvas-nodes';
import { useEditorUi } from '../editor/store/editor-ui-store';
import { useEditorStore } from '../editor/store/editor-store';
import { useLanguageStore } from '../i18n/language-store';
import { Dialog } from '../ui/Dialog';
import { hasCommand, runCommand } from './command-registry';
import { KEY_PLATFORM } from './key-platform';
import { searchPalette, type PaletteEntry } from './palette-search';
import './command-palette.css';

/** The commands that apply now: something on screen answers them and their state allows them. */
function commandEntries(language: keyof typeof COMMAND_LABELS): PaletteEntry[] {
  const state = currentMenuState();
  return (COMMANDS as readonly CommandSpec[])
    .filter(
      (spec) =>
        !spec.gesture &&
        spec.id !== 'view.commandPalette' &&
        hasCommand(spec.id as CommandId) &&
        isCommandEnabled(spec, state),
    )
    .map((spec) => {
      const id = spec.id as CommandId;
      const keys = commandKeys(spec, KEY_PLATFORM);
      return {
        kind: 'command' as const,
        id,
        label: COMMAND_LABELS[language][id],
        also: LANGUAGES.filter((l) => l !== language).map((l) => COMMAND_LABELS[l][id]),
        ...(keys[0] ? { detail: chordLabel(keys[0], KEY_PLATFORM) } : {}),
      };
    });
}

/** The open map's cards, stages and lanes, found by title. */
function mapEntries(map: JourneyMap, kindLabel: (kind: string) => string): PaletteEntry[] {
  const stageName = new Map(map.stages.map((s) => [s.id, s.name]));
  const laneName = new Map(map.lanes.map((l) => [l.id, l.name]));
  return [
    ...map.stages.map((s) => ({ kind: 'stage' as const, id: s.id, label: s.name })),
    ...map.lanes.map((l) => ({ kind: 'lane' as const, id: l.id, label: l.name })),
    ...map.cards.map((card) => {
      const place = [card.stageId && stageName.get(card.stageId), card.laneId && laneName.get(card.laneId)]
        .filter((p): p is string => Boolean(p))
        .join(' · ');
      return {
        kind: 'card' as const,
        id: card.id,
        label: card.title,
        also: [card.text ?? ''],
        detail: place ? `${kindLabel(card.kind)} · ${place}` : kindLabel(card.kind),
      };
    }),
  ];
}

/** Does what an entry stands for, after the palette has closed (so focus can go to the canvas). */
function runEntry(entry: PaletteEntry): void {
  if (entry.kind === 'command') {
    runCommand(entry.id as CommandId, { source: 'palette' });
  } else if (entry.kind === 'card') {
    useEditorUi.getState().selectCards([entry.id]);
    useEditorUi.getState().requestFocus(entry.id);
    revealOnCanvas(nodeId.card(entry.id));
  } else if (entry.kind === 'stage') {
    useEditorUi.getState().selectStage(entry.id);
    revealOnCanvas(nodeId.stage(entry.id));
  } else {
    useEditorUi.getState().selectLane(entry.id);
    revealOnCanvas(nodeId.lane(entry.id));
  }
}

/**
 * The command palette (Ctrl/Cmd+K): type to find any command by its name, in either language, or a
 * card, stage or lane of the open map by its title; Enter runs the command or jumps to the item.
 */
export function CommandPalette({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const language = useLanguageStore((s) => s.language);
  const map = useEditorStore((s) => s.map);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  const entries = useMemo(
    () => [...commandEntries(language), ...(map ? mapEntries(map, (k) => t(`cardKind.${k}` as never)) : [])],
    [language, map, t],
  );
  const results = useMemo(() => searchPalette(entries, query), [entries, query]);
  const current = results[Math.min(active, results.length - 1)];

  useEffect(() => inputRef.current?.focus(), []);
  useEffect(() => {
    document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const choose = (entry: PaletteEntry | undefined) => {
    if (!entry) return;
    onClose();
    // After the dialog has given focus back, so a jump can move it to the card.
    setTimeout(() => runEntry(entry), 0);
  };

  const kindText = (entry: PaletteEntry) =>
    entry.kind === 'command' ? t('commandPalette.kind.command') : t(`commandPalette.kind.${entry.kind}`);

  return (
    <Dialog title={t('commandPalette.title')} onClose={onClose} size="large">
      <input
        ref={inputRef}
        className="input command-palette__input"
        role="combobox"
        aria-label={t('commandPalette.search')}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? `${listId}-${results.indexOf(current)}` : undefined}
        placeholder={map ? t('commandPalette.placeholderMap') : t('commandPalette.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((i) => (results.length === 0 ? 0 : (i + step + results.length) % results.length));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            choose(current);
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('commandPalette.results')}
        className="command-palette__list"
      >
        {results.map((entry, i) => (
          <li
            key={`${entry.kind}:${entry.id}`}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={entry === current}
            className="command-palette__item"
            onMouseMove={() => setActive(i)}
            onClick={() => choose(entry)}
          >
            <span className="command-palette__label">{entry.label || t('commandPalette.untitled')}</span>
            <span className="command-palette__detail">
              {kindText(entry)}
              {entry.detail ? ` · ${entry.detail}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {results.length === 0 ? (
        <p className="muted" role="status">
          {t('commandPalette.none', { query })}
        </p>
      ) : null}
    </Dialog>
  );
}
