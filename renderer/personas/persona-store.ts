import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import type { PersonaFields, PersonaListItem } from '../../shared/api';
import { personaNames, type Persona, type PersonaNameLookup } from '../../shared/domain';
import { api, errorMessage } from '../api';

type Status = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The persona library as the renderer sees it: loaded once with `personas.list` and refreshed after
 * every change, so a persona card on any canvas shows the persona's current name, role and avatar.
 */
export interface PersonaState {
  personas: PersonaListItem[];
  status: Status;
  error: string | null;
  /** Loads (or reloads) the list. */
  load(): Promise<void>;
  /** Loads the list unless it is loaded or loading. */
  ensureLoaded(): void;
  create(fields: PersonaFields): Promise<Persona>;
  update(id: string, fields: Partial<PersonaFields>): Promise<Persona>;
  /** Deletes; `force` takes it off the maps that use it. */
  remove(id: string, force: boolean): Promise<void>;
}

export const usePersonaStore = create<PersonaState>()((set, get) => ({
  personas: [],
  status: 'idle',
  error: null,

  async load() {
    set({ status: get().status === 'ready' ? 'ready' : 'loading', error: null });
    try {
      const personas = await api.call('personas.list', {});
      set({ personas, status: 'ready' });
    } catch (error) {
      set({ status: 'error', error: errorMessage(error) });
    }
  },

  ensureLoaded() {
    if (get().status === 'idle') void get().load();
  },

  async create(fields) {
    const persona = await api.call('personas.create', fields);
    await get().load();
    return persona;
  },

  async update(id, fields) {
    const persona = await api.call('personas.update', { id, ...fields });
    await get().load();
    return persona;
  },

  async remove(id, force) {
    await api.call('personas.delete', { id, force });
    await get().load();
  },
}));

/**
 * The library's persona names as a lookup for `cardDisplayTitle`, loading the library if needed.
 * Its identity changes only when the list is reloaded.
 */
export function usePersonaNames(): PersonaNameLookup {
  const personas = usePersonaStore((s) => s.personas);
  const ensureLoaded = usePersonaStore((s) => s.ensureLoaded);
  useEffect(() => ensureLoaded(), [ensureLoaded]);
  return useMemo(() => personaNames(personas), [personas]);
}

/** One persona by id (narrow selector: re-renders only when that persona changes). */
export function usePersona(id: string | null | undefined): PersonaListItem | undefined {
  return usePersonaStore((s) => (id ? s.personas.find((p) => p.id === id) : undefined));
}
