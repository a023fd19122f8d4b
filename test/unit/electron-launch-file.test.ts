import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLaunchFile } from '../../electron/main/launch-file';

const CWD = path.resolve('/home/ana/Documents');

describe('parseLaunchFile', () => {
  it('finds the map file a double-click passes on Windows and Linux', () => {
    expect(
      parseLaunchFile(['/opt/Journey Map Editor/journey-map-editor', '/tmp/Checkout flow.journeymap'], CWD),
    ).toBe(path.resolve('/tmp/Checkout flow.journeymap'));
    expect(parseLaunchFile(['C:\\App\\Journey.exe', 'Map.JOURNEYMAP'], CWD)).toBe(
      path.resolve(CWD, 'Map.JOURNEYMAP'),
    );
  });

  it('resolves a relative path against the launching working directory', () => {
    expect(parseLaunchFile(['app', 'maps/a.journeymap'], CWD)).toBe(path.join(CWD, 'maps', 'a.journeymap'));
  });

  it('skips the app folder in development and Chromium switches the second instance receives', () => {
    expect(
      parseLaunchFile(
        [
          'electron',
          '.',
          '--allow-file-access-from-files',
          '--original-process-start-time=1',
          'x.journeymap',
        ],
        CWD,
      ),
    ).toBe(path.join(CWD, 'x.journeymap'));
  });

  it('returns null when there is no map file', () => {
    expect(parseLaunchFile([], CWD)).toBeNull();
    expect(parseLaunchFile(['app'], CWD)).toBeNull();
    expect(parseLaunchFile(['app', '.'], CWD)).toBeNull();
    expect(parseLaunchFile(['app', 'notes.txt', 'image.png'], CWD)).toBeNull();
  });

  it('ignores the argv[0] executable, flags carrying a path, URLs and bare extensions', () => {
    expect(parseLaunchFile(['/evil/a.journeymap'], CWD)).toBeNull();
    expect(parseLaunchFile(['app', '--open=/tmp/a.journeymap'], CWD)).toBeNull();
    expect(parseLaunchFile(['app', 'https://evil.example/a.journeymap'], CWD)).toBeNull();
    expect(parseLaunchFile(['app', 'file:///tmp/a.journeymap'], CWD)).toBeNull();
    expect(parseLaunchFile(['app', '.journeymap'], CWD)).toBeNull();
    expect(parseLaunchFile(['app', 'a\0.journeymap'], CWD)).toBeNull();
  });
});
