import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Writable } from 'node:stream';
import { Reporter } from '../../generator/cli/reporter.ts';

/** A stream that records what is written, and claims to be a terminal or not. */
function stream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const s = new Writable({ write(chunk, _encoding, callback) { s.text += chunk.toString(); callback(); } }) as unknown as NodeJS.WriteStream & { text: string };
  s.text = '';
  s.isTTY = isTTY;
  return s;
}

const ANSI = /\u001b\[/;
const diagnostic = { code: 'SC1001', severity: 'error' as const, message: 'bad', location: { file: 'model/a.yaml', line: 3, column: 5 } };
const warning = { code: 'SC1100', severity: 'warning' as const, message: 'odd' };

function reporterOn(isTTY: boolean, env: NodeJS.ProcessEnv = {}, flags: { quiet?: boolean; verbose?: boolean } = {}) {
  const stdout = stream(isTTY);
  const stderr = stream(isTTY);
  return { reporter: new Reporter({ ...flags, stdout, stderr, env }), stdout, stderr };
}

test('colour on a terminal, none in a pipe; NO_COLOR and FORCE_COLOR are honoured', () => {
  const tty = reporterOn(true);
  tty.reporter.diagnostics([diagnostic]);
  assert.match(tty.stderr.text, ANSI);
  const pipe = reporterOn(false);
  pipe.reporter.diagnostics([diagnostic]);
  assert.is(pipe.stderr.text, 'model/a.yaml:3:5: error SC1001: bad\n');
  const noColor = reporterOn(true, { NO_COLOR: '1' });
  noColor.reporter.diagnostics([diagnostic]);
  assert.not.match(noColor.stderr.text, ANSI);
  const forced = reporterOn(false, { FORCE_COLOR: '1' });
  forced.reporter.diagnostics([diagnostic]);
  assert.match(forced.stderr.text, ANSI);
});

test('the progress line is drawn on a terminal only, and erased before the next line', () => {
  const tty = reporterOn(true);
  tty.reporter.progress('[3/5] compile…');
  assert.match(tty.stderr.text, /\r\u001b\[2K.*\[3\/5\] compile…/);
  tty.reporter.error('failed');
  assert.match(tty.stderr.text, /compile…(\u001b\[0m)?\r\u001b\[2K.*failed/);
  const pipe = reporterOn(false);
  pipe.reporter.progress('[3/5] compile…');
  assert.is(pipe.stderr.text, '');
});

test('--quiet keeps errors only; --verbose adds detail; results go to stdout, problems to stderr', () => {
  const quiet = reporterOn(false, {}, { quiet: true });
  quiet.reporter.info('wrote x');
  quiet.reporter.detail('load 3 ms');
  quiet.reporter.diagnostics([warning, diagnostic]);
  quiet.reporter.progress('…');
  assert.is(quiet.stdout.text, '');
  assert.is(quiet.stderr.text, 'model/a.yaml:3:5: error SC1001: bad\n');

  const normal = reporterOn(false);
  normal.reporter.info('wrote x');
  normal.reporter.detail('load 3 ms');
  assert.is(normal.stdout.text, 'wrote x\n');
  assert.is(normal.stderr.text, '');

  const verbose = reporterOn(false, {}, { verbose: true });
  verbose.reporter.detail('load 3 ms');
  assert.is(verbose.stderr.text, 'load 3 ms\n');
});

test.run();
