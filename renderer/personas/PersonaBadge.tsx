import { memo, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonaAvatar } from './PersonaAvatar';
import { usePersona, usePersonaStore } from './persona-store';
import './personas.css';

/**
 * What a persona card shows on the canvas: the library persona's current avatar, name and role (so an
 * edit to the persona shows on every map at once). `name` is the card's display title
 * (`cardDisplayTitle`: the persona's name, or the card's own title when it points at no persona).
 */
export const PersonaBadge = memo(function PersonaBadge({
  personaId,
  name: displayName,
}: {
  personaId: string | null;
  name: string;
}) {
  const { t } = useTranslation();
  const persona = usePersona(personaId);
  const ensureLoaded = usePersonaStore((s) => s.ensureLoaded);
  useEffect(() => ensureLoaded(), [ensureLoaded]);

  const name = displayName || t('personas.unknown');
  return (
    <span className="persona-badge" data-persona-id={personaId ?? undefined}>
      <PersonaAvatar
        name={name}
        image={persona?.avatarImage ?? null}
        color={persona?.avatarColor ?? '#94a3b8'}
        size={28}
      />
      <span className="persona-badge__text">
        <span className="persona-badge__name">{name}</span>
        {persona?.role ? <span className="persona-badge__role">{persona.role}</span> : null}
      </span>
    </span>
  );
});
