/**
 * Each fixture folder under fixtures/ is a model with mistakes, and marks where each diagnostic must
 * point, next to the mistake, the way compiler test suites do:
 *
 *     name: Strin
 *   #       ^ SC2001      the diagnostic is on the line above, at the caret's column
 *   # @4:73 SC1003        (for columns a caret cannot reach) at line 4, column 73
 *
 * The test asserts that exactly the marked diagnostics are reported: same file, line, column and
 * code, nothing missing and nothing extra. Every diagnostic must also carry a message and a hint.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel } from '../../generator/load/index.ts';
import { readModelFiles } from '../../generator/load/modelFiles.ts';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

function expectedMarkers(files: { file: string; text: string }[]): string[] {
  const expected: string[] = [];
  for (const { file, text } of files) {
    const lines = text.split('\n');
    let target = 0;
    lines.forEach((line, index) => {
      const caret = /^#\s*\^\s+(SC\d{4})\s*$/.exec(line);
      const at = /^#\s*@(\d+):(\d+)\s+(SC\d{4})\s*$/.exec(line);
      if (caret) expected.push(`${file}:${target}:${line.indexOf('^') + 1} ${caret[1]}`);
      else if (at) expected.push(`${file}:${at[1]}:${at[2]} ${at[3]}`);
      else target = index + 1;
    });
  }
  return expected.sort();
}

for (const name of readdirSync(fixtures).sort()) {
  test(`diagnostics of fixture ${name}`, async () => {
    const dir = join(fixtures, name);
    const files = await readModelFiles(dir);
    const expected = expectedMarkers(files);
    assert.ok(expected.length > 0, 'a fixture marks at least one diagnostic');
    const result = await loadModel(dir);
    const actual = result.diagnostics.map((d) => `${d.location?.file}:${d.location?.line}:${d.location?.column} ${d.code}`).sort();
    assert.equal(actual, expected);
    assert.is(result.ir, undefined, 'a model with errors yields no IR');
    for (const d of result.diagnostics) {
      assert.ok(d.message.length > 0 && d.hint && d.hint.length > 0, `${d.code} has a message and a hint`);
    }
  });
}

test('the shipped model loads with no diagnostics', async () => {
  const result = await loadModel(join(repoRoot, 'model'));
  assert.equal(result.diagnostics, []);
  assert.ok(result.ir);
});

test('did-you-mean hints name the closest defined name', async () => {
  const result = await loadModel(join(fixtures, 'unknown-shape'));
  const hints = result.diagnostics.map((d) => d.hint);
  assert.ok(hints.includes("did you mean 'GetThingOutput'?"));
  assert.ok(hints.includes("did you mean 'Name'?"));
});

test.run();
