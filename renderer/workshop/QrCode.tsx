import { memo, useMemo } from 'react';
import { qrShape } from './qr-path';

/** The join link as a QR code (an SVG drawn here, with a quiet zone), named for screen readers. */
export const QrCode = memo(function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => qrShape(text), [text]);
  const quiet = 4;
  const box = size + quiet * 2;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`${-quiet} ${-quiet} ${box} ${box}`}
      shapeRendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={box} height={box} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
});
