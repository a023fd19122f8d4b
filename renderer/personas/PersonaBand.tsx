import type { Persona } from '../../shared/domain';
import { PersonaAvatar } from './PersonaAvatar';
import './persona-band.css';

/** What the band shows of a persona (a library persona, or a version's own copy). */
export type BandPersona = Pick<Persona, 'id' | 'name' | 'role' | 'quote' | 'avatarImage' | 'avatarColor'>;

/**
 * The map's personas in a band above the stages: avatar, name, role and quote of each, side by side,
 * as journey-map readers expect to see whom the journey is about. Static: the canvas and the export
 * picture draw the same band. `label` names the band for screen readers and in the picture.
 */
export function PersonaBand({ personas, label }: { personas: readonly BandPersona[]; label: string }) {
  return (
    <section className="persona-band" aria-label={label} data-persona-band="">
      <span className="persona-band__label">{label}</span>
      <ul className="persona-band__list">
        {personas.map((p) => (
          <li key={p.id} className="persona-band__item" data-persona-id={p.id}>
            <PersonaAvatar name={p.name} image={p.avatarImage} color={p.avatarColor} size={52} />
            <span className="persona-band__text">
              <span className="persona-band__name">{p.name}</span>
              {p.role ? <span className="persona-band__role">{p.role}</span> : null}
              {p.quote ? <span className="persona-band__quote">“{p.quote}”</span> : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
