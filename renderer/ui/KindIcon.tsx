import type { CardKind } from '../../shared/domain';
import { KIND_TOKENS, STAGE_ICON } from '../../shared/design/tokens';

/**
 * The symbol of a card kind (or a stage), drawn from the design tokens' icon: the same shape on the
 * canvas, the palette, the export picture and the print legend. SVG, not a font character (emoji and
 * symbol fonts are missing on many Linux desktops). `color` defaults to the surrounding text colour.
 */
export function KindIcon({
  kind,
  size = 14,
  color = 'currentColor',
}: {
  kind: CardKind | 'stage';
  size?: number;
  color?: string;
}) {
  const d = kind === 'stage' ? STAGE_ICON : KIND_TOKENS[kind].icon;
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 12 12"
      aria-hidden="true"
      focusable="false"
      className="kind-icon"
    >
      <path d={d} fill={color} fillRule="evenodd" />
    </svg>
  );
}
