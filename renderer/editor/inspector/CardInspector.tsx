import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { addPersonaToMap, updateCard, type CardPatch } from '../../../shared/document';
import { CHANNELS, EMOTION_SCORES, type Card, type Channel } from '../../../shared/domain';
import { PersonaBadge } from '../../personas/PersonaBadge';
import { usePersona, usePersonaStore } from '../../personas/persona-store';
import { ChannelIcon } from './ChannelIcon';
import { CommitField } from './CommitField';
import { editDocument } from '../store/edit-document';
import { EmotionFace } from '../../ui/EmotionFace';
import { LevelRadioGroup } from './LevelRadioGroup';
import { TagEditor } from './TagEditor';

const LEVELS = [1, 2, 3] as const;

const patchCard = (card: Card, patch: CardPatch): boolean =>
  editDocument((map) => updateCard(map, card.id, patch));

/** Every field of one card, by kind. Each committed field is one undoable edit. */
export function CardInspector({ card }: { card: Card }) {
  const { t } = useTranslation();
  return (
    <div className="inspector__body">
      <h3 className="inspector__heading">
        {t('inspector.cardHeading', { kind: t(`cardKind.${card.kind}`) })}
      </h3>
      {card.kind === 'persona' ? (
        <PersonaFields card={card} />
      ) : (
        <>
          <TitleField card={card} label={t('inspector.title')} />
          <KindFields card={card} />
        </>
      )}
      <CommitField
        label={t(card.kind === 'note' ? 'inspector.noteText' : 'inspector.text')}
        value={card.text}
        multiline
        maxLength={20_000}
        onCommit={(text) => patchCard(card, { text })}
      />
      <TagEditor tags={card.tags} onChange={(tags) => patchCard(card, { tags })} />
    </div>
  );
}

function TitleField({ card, label }: { card: Card; label: string }) {
  return (
    <CommitField
      label={label}
      value={card.title}
      maxLength={200}
      onCommit={(title) => patchCard(card, { title })}
    />
  );
}

/**
 * A persona card is the library persona it points at: the inspector picks which one and shows its
 * name and role from the library (the card's own title would be shown nowhere). Only a card that
 * points at no persona (or at one the library lost) has a name of its own to edit.
 */
function PersonaFields({ card }: { card: Extract<Card, { kind: 'persona' }> }) {
  const { t } = useTranslation();
  const persona = usePersona(card.personaId);
  return (
    <>
      <PersonaField card={card} />
      {persona ? (
        <div className="inspector__persona" data-testid="inspector-persona">
          <PersonaBadge personaId={persona.id} name={persona.name} />
          <p className="muted inspector__hint">{t('inspector.personaFromLibrary')}</p>
        </div>
      ) : (
        <TitleField card={card} label={t('inspector.personaCardName')} />
      )}
    </>
  );
}

function KindFields({ card }: { card: Card }) {
  const { t } = useTranslation();
  const levels = LEVELS.map((value) => ({ value, label: t(`inspector.level.${value}`) }));
  switch (card.kind) {
    case 'touchpoint':
      return <ChannelField channel={card.channel} onChange={(channel) => patchCard(card, { channel })} />;
    case 'emotion':
      return (
        <LevelRadioGroup
          label={t('inspector.emotionScore')}
          value={card.score}
          options={EMOTION_SCORES.map((value) => ({
            value,
            label: t(`inspector.score.${value}`),
            visual: <EmotionFace score={value} />,
          }))}
          onChange={(score) => patchCard(card, { score })}
        />
      );
    case 'painPoint':
      return (
        <LevelRadioGroup
          label={t('inspector.severity')}
          value={card.severity}
          options={LEVELS.map((value) => ({ value, label: t(`inspector.severityLevel.${value}`) }))}
          onChange={(severity) => patchCard(card, { severity })}
        />
      );
    case 'opportunity':
      return (
        <>
          <LevelRadioGroup
            label={t('inspector.impact')}
            value={card.impact}
            options={levels}
            onChange={(impact) => patchCard(card, { impact })}
          />
          <LevelRadioGroup
            label={t('inspector.effort')}
            value={card.effort}
            options={levels}
            onChange={(effort) => patchCard(card, { effort })}
          />
        </>
      );
    case 'persona':
    case 'note':
    case 'action':
    case 'thought':
      return null;
  }
}

function ChannelField({ channel, onChange }: { channel: Channel; onChange(channel: Channel): void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field inspector__field">
      <label className="field__label" htmlFor={id}>
        {t('inspector.channel')}
      </label>
      <div className="inspector__row">
        <ChannelIcon channel={channel} />
        <select
          id={id}
          className="select"
          value={channel}
          onChange={(event) => onChange(event.currentTarget.value as Channel)}
          onKeyDown={(event) => event.stopPropagation()}
        >
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`inspector.channels.${c}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** Which library persona a persona card shows; choosing one also puts it on the map's persona list. */
function PersonaField({ card }: { card: Extract<Card, { kind: 'persona' }> }) {
  const { t } = useTranslation();
  const id = useId();
  const personas = usePersonaStore((s) => s.personas);
  const ensureLoaded = usePersonaStore((s) => s.ensureLoaded);
  useEffect(() => ensureLoaded(), [ensureLoaded]);
  const missing = card.personaId !== null && !personas.some((p) => p.id === card.personaId);

  return (
    <div className="field inspector__field">
      <label className="field__label" htmlFor={id}>
        {t('inspector.persona')}
      </label>
      <select
        id={id}
        className="select"
        data-persona-picker=""
        value={card.personaId ?? ''}
        onKeyDown={(event) => event.stopPropagation()}
        onChange={(event) => {
          const personaId = event.currentTarget.value || null;
          const chosen = personas.find((p) => p.id === personaId);
          editDocument((map) => {
            // The persona's name becomes the card's own title too: what it is called if the persona
            // is later deleted from the library.
            const patch: CardPatch = chosen ? { personaId, title: chosen.name } : { personaId };
            const next = updateCard(map, card.id, patch);
            return personaId ? addPersonaToMap(next, personaId) : next;
          });
        }}
      >
        <option value="">{t('inspector.personaNone')}</option>
        {missing ? <option value={card.personaId ?? ''}>{t('inspector.personaMissing')}</option> : null}
        {personas.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}
