import { memo } from 'react';

/** The first letters of up to two words ("Lin Wei" -> "LW"; "王小明" -> "王"). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.slice(0, 2).map((w) => Array.from(w)[0] ?? '');
  return letters.join('').toLocaleUpperCase() || '?';
}

/**
 * A persona's avatar: the stored image, or initials on the persona's colour. Decorative (the name is
 * always next to it), so it is hidden from screen readers.
 */
export const PersonaAvatar = memo(function PersonaAvatar({
  name,
  image,
  color,
  size = 32,
}: {
  name: string;
  image: string | null;
  color: string;
  size?: number;
}) {
  const style = { width: size, height: size, fontSize: Math.round(size * 0.4) };
  if (image) {
    return <img className="persona-avatar" src={image} alt="" aria-hidden="true" style={style} />;
  }
  return (
    <span
      className="persona-avatar persona-avatar--initials"
      aria-hidden="true"
      style={{ ...style, background: color }}
    >
      {initialsOf(name)}
    </span>
  );
});
