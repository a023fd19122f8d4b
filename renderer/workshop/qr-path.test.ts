import { describe, expect, it } from 'vitest';
import { qrShape } from './qr-path';

describe('qrShape', () => {
  it('draws the three finder squares of a QR code of the join link, locally', () => {
    const { size, path } = qrShape('http://127.0.1.20:51234/join/Zx9q-long-secret-value-of-128-bits');
    // Version 3 or more for a link this long: 29+ modules, always 4k+17.
    expect(size).toBeGreaterThanOrEqual(29);
    expect((size - 17) % 4).toBe(0);
    // The top-left, top-right and bottom-left corners are dark (finder patterns), the centre of the
    // quiet separator next to them is light.
    for (const [col, row] of [
      [0, 0],
      [size - 1, 0],
      [0, size - 1],
    ])
      expect(path).toContain(`M${col} ${row}h1v1h-1z`);
    expect(path).not.toContain(`M7 0h1v1h-1z`);
  });

  it('is the same picture for the same link and another one for another link', () => {
    expect(qrShape('http://127.0.0.2:4000/join/a').path).toBe(qrShape('http://127.0.0.2:4000/join/a').path);
    expect(qrShape('http://127.0.0.2:4000/join/a').path).not.toBe(
      qrShape('http://127.0.0.2:4000/join/b').path,
    );
  });
});
