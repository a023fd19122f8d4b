import type { NodeProps } from '@xyflow/react';
import { memo, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonaStore } from '../../../personas/persona-store';
import { PersonaBand, type BandPersona } from '../../../personas/PersonaBand';
import type { PersonaBandNode as PersonaBandNodeType } from '../canvas-nodes';

/** The map's personas above the stages, with their current library name, role, quote and avatar. */
export const PersonaBandNode = memo(function PersonaBandNode({ data }: NodeProps<PersonaBandNodeType>) {
  const { t } = useTranslation();
  const all = usePersonaStore((s) => s.personas);
  const ensureLoaded = usePersonaStore((s) => s.ensureLoaded);
  useEffect(() => ensureLoaded(), [ensureLoaded]);
  const personas = data.personaIds
    .map((id) => all.find((p) => p.id === id))
    .filter((p): p is BandPersona & (typeof all)[number] => p !== undefined);
  return <PersonaBand personas={personas} label={t('canvas.personaBand')} />;
});
