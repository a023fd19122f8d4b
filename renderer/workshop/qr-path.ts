import QRCode from 'qrcode';

/** A QR code as one SVG path: `size` modules square, a 1x1 square per dark module. */
export interface QrShape {
  size: number;
  path: string;
}

/**
 * The QR code of `text`, made locally (no network): medium error correction, which a phone reads
 * from a projector across a room. Drawn as a path so the page never parses markup it did not write.
 */
export function qrShape(text: string): QrShape {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.data[row * modules.size + col]) parts.push(`M${col} ${row}h1v1h-1z`);
    }
  }
  return { size: modules.size, path: parts.join('') };
}
