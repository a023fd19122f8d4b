import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENCIES, type Currency } from '../../shared/domain';
import { formatCount, formatMoney } from '../../shared/funnel';
import { errorMessage } from '../api';
import type { FunnelView } from './funnel-view';
import { useMetricsStore } from './metrics-store';
import { readNonNegativeInput } from './number-input';

const text = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value);
const isCurrency = (code: string): code is Currency => (CURRENCIES as readonly string[]).includes(code);

/** The order value (deal size, 客单价) the map starts with: the currency people of the map's language use. */
const defaultCurrency = (language: string): Currency => (language === 'zh-CN' ? 'CNY' : 'USD');

/**
 * Order value, currency and lifetime value of the map, the period's own order value, and the revenue
 * they give. Bad input (a negative amount, a currency the app does not know) is refused in place and
 * nothing is saved.
 */
export function FunnelValueEditor({ mapId, view }: { mapId: string; view: FunnelView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const value = useMetricsStore((s) => s.data?.value ?? null);
  const change = useMetricsStore((s) => s.change);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const id = useId();
  const stored = {
    orderValue: text(value?.orderValue),
    currency: value?.currency ?? defaultCurrency(language),
    lifetimeValue: text(value?.lifetimeValue),
    periodOrderValue: text(view.period?.orderValue),
  };
  const current = { ...stored, ...draft };
  const edit = (key: keyof typeof stored) => (event: { target: { value: string } }) => {
    setDraft({ ...draft, [key]: event.target.value });
    setError(null);
    setSaved(false);
  };

  const save = async () => {
    const order = readNonNegativeInput(current.orderValue, 1e12);
    const lifetime = readNonNegativeInput(current.lifetimeValue, 1e12);
    const periodOrder = readNonNegativeInput(current.periodOrderValue, 1e12);
    if (!order.ok || !lifetime.ok || !periodOrder.ok) return setError(t('metrics.value.negative'));
    const currency = current.currency.trim().toUpperCase();
    if (currency === '') return setError(t('metrics.value.needCurrency'));
    if (!isCurrency(currency))
      return setError(t('metrics.value.unknownCurrency', { list: CURRENCIES.join(', ') }));
    try {
      await change('metrics.setFunnelValue', {
        mapId,
        value: { orderValue: order.value, currency, lifetimeValue: lifetime.value },
      });
      if (view.period !== null && periodOrder.value !== (view.period.orderValue ?? null)) {
        await change('metrics.updatePeriod', { periodId: view.period.id, orderValue: periodOrder.value });
      }
      setDraft({});
      setError(null);
      setSaved(true);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  const field = (key: keyof typeof stored, label: string, extra: Record<string, string> = {}) => (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        className="input"
        inputMode={key === 'currency' ? 'text' : 'decimal'}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? `${id}-error` : undefined}
        data-testid={`value-${key}`}
        value={current[key]}
        onChange={edit(key)}
        {...extra}
      />
    </label>
  );
  const lastCount = view.stages[view.stages.length - 1]?.row.count ?? null;
  const currency = view.money.currency;

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('metrics.value.title')}</h3>
      <div className="metrics-row">
        {field('orderValue', t('metrics.value.orderValue'))}
        {field('currency', t('metrics.value.currency'), { list: `${id}-currencies` })}
        <datalist id={`${id}-currencies`}>
          {CURRENCIES.map((code) => (
            <option key={code} value={code}>
              {new Intl.DisplayNames([language], { type: 'currency' }).of(code)}
            </option>
          ))}
        </datalist>
        {field('lifetimeValue', t('metrics.value.lifetimeValue'))}
        {view.period !== null ? field('periodOrderValue', t('metrics.value.periodOrderValue')) : null}
        <button type="button" className="button button--primary" onClick={() => void save()}>
          {t('metrics.value.save')}
        </button>
        {saved ? <span role="status">{t('metrics.value.saved')}</span> : null}
      </div>
      {error !== null ? (
        <p id={`${id}-error`} className="metric-field-error" role="alert">
          {error}
        </p>
      ) : null}
      {view.insight.revenue !== null ? (
        <p data-testid="value-revenue">
          {t('metrics.value.revenue', {
            value: formatMoney(view.insight.revenue, currency, language),
            customers: formatCount(lastCount, language),
            orderValue: formatMoney(view.money.orderValue, currency, language),
          })}
        </p>
      ) : (
        <p className="metrics-note">{t('metrics.value.noOrderValue')}</p>
      )}
      {view.insight.lifetimeRevenue !== null ? (
        <p data-testid="value-lifetime">
          {t('metrics.value.lifetimeRevenue', {
            value: formatMoney(view.insight.lifetimeRevenue, currency, language),
          })}
        </p>
      ) : null}
    </section>
  );
}
