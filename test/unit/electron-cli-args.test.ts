import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../electron/web-host/cli-args';

describe('parseCliArgs', () => {
  it('defaults to no port asked for, the default data folder and opening the browser', () => {
    expect(parseCliArgs([])).toEqual({
      kind: 'run',
      options: { port: undefined, dataDir: undefined, open: true },
    });
  });

  it('reads --port, --data and --no-open in either spelling', () => {
    expect(parseCliArgs(['--port', '5173', '--data', '/tmp/lib', '--no-open'])).toEqual({
      kind: 'run',
      options: { port: 5173, dataDir: '/tmp/lib', open: false },
    });
    expect(parseCliArgs(['--port=0', '--data=/a b'])).toEqual({
      kind: 'run',
      options: { port: 0, dataDir: '/a b', open: true },
    });
  });

  it('asks for help', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['--port', '1', '-h'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--port'], /--port/],
    [['--port', 'abc'], /--port/],
    [['--port', '-1'], /--port/],
    [['--port', '65536'], /--port/],
    [['--port', '1.5'], /--port/],
    [['--port', '--no-open'], /--port/],
    [['--data'], /--data/],
    [['--data', ''], /--data/],
    [['--no-open=yes'], /--no-open/],
    [['--verbose'], /Unknown option: --verbose/],
    [['serve'], /Unknown option: serve/],
  ])('refuses %j with a message naming the problem', (argv, message) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.kind).toBe('error');
    if (parsed.kind === 'error') expect(parsed.message).toMatch(message);
  });
});
