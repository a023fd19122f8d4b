import { useTranslation } from 'react-i18next';
import type { ChangeEntry } from '../../shared/diff';
import { changeText, groupEntries, type ChangeContext } from './change-text';

interface ChangeListProps {
  entries: readonly ChangeEntry[];
  context: ChangeContext;
  /** Focuses the canvas on the entry's item. */
  onFocus(entry: ChangeEntry): void;
}

/** The change list, grouped by stage; each entry is a button that shows its item on the canvas. */
export function ChangeList({ entries, context, onFocus }: ChangeListProps) {
  const { t } = useTranslation();
  const groups = groupEntries(entries);
  return (
    <section className="change-list" aria-labelledby="change-list-title">
      <h2 id="change-list-title" className="compare__heading">
        {t('compare.changes')}{' '}
        <span className="muted">({t('compare.changeCount', { count: entries.length })})</span>
      </h2>
      {entries.length === 0 ? <p className="muted">{t('compare.noChanges')}</p> : null}
      {groups.map((group, i) => (
        <section key={`${group.stageId ?? '-'}-${i}`} className="change-list__group">
          <h3 className="change-list__stage">
            {group.stageId === null ? t('compare.general') : context.stageName(group.stageId)}
          </h3>
          <ul className="change-list__entries">
            {group.entries.map((entry, j) => (
              <li key={`${entry.itemId}-${entry.kind}-${entry.field ?? ''}-${j}`}>
                <button
                  type="button"
                  className={`change-entry change-entry--${entry.kind}`}
                  data-change-kind={entry.kind}
                  data-item-id={entry.itemId}
                  onClick={() => onFocus(entry)}
                >
                  {changeText(t, context, entry)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
