import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { toUnicodePattern } from '../../generator/patterns/index.ts';
import { SHARED_MODELS, readJson, sharedModelPath } from './harness.ts';

function rewrite(pattern: string): string {
  const result = toUnicodePattern(pattern);
  if (!('pattern' in result)) throw new Error(`${pattern}: ${result.error}`);
  return result.pattern;
}

/**
 * Both forms must accept and reject the same strings: the original as a flagless RegExp, the
 * rewrite with `u`. Strings are drawn from the pattern's own characters plus a few others, so
 * matches are likely and every literal gets exercised.
 */
function assertEquivalent(original: string, runs = 300): void {
  const rewritten = rewrite(original);
  const before = new RegExp(original);
  const after = new RegExp(rewritten, 'u');
  const alphabet = [...new Set([...original, ...'aZ09 -_/\\{}[]\n.:x'])].filter((c) => c.length === 1);
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 12 }), (s) => before.test(s) === after.test(s)),
    { numRuns: runs, seed: 42 },
  );
  // The pattern's own literal text is a likely match; check it too.
  const literal = original.replace(/\\(.)/g, '$1');
  assert.is(after.test(literal), before.test(literal), `${original} on ${JSON.stringify(literal)}`);
}

test('identity escapes outside classes become the character', () => {
  assert.is(rewrite('a\\-b\\ c\\_d\\:e\\/f'), 'a-b c_d:e/f');
  assert.is(rewrite('\\8\\9'), '89');
  assert.is(rewrite('\\k'), 'k');
});

test('identity escapes inside classes: kept when u allows them, dropped when not', () => {
  assert.is(rewrite('[A-Za-z0-9_\\-\\ ]+'), '[A-Za-z0-9_\\- ]+');
  assert.is(rewrite('^[a-zA-Z0-9\\_\\-:\\/$]+$'), '^[a-zA-Z0-9_\\-:/$]+$');
});

test('literal braces and brackets are escaped; real quantifiers kept', () => {
  assert.is(rewrite('a{b}'), 'a\\{b\\}');
  assert.is(rewrite('x]'), 'x\\]');
  assert.is(rewrite('a{2,3}b{4}c{1,}'), 'a{2,3}b{4}c{1,}');
  assert.is(rewrite('{'), '\\{');
});

test('Annex B class ranges with a class escape become unions', () => {
  assert.is(rewrite('[\\w- ]'), '[\\w\\- ]');
  assert.is(rewrite('[\\d-z]'), '[\\d\\-z]');
});

test('legacy octal, \\x, \\u and \\c forms', () => {
  assert.is(rewrite('\\101'), 'A');
  assert.is(rewrite('\\0'), '\\x00');
  assert.is(rewrite('\\x4'), 'x4');
  assert.is(rewrite('\\u{41}'), 'u{41}');
  assert.is(rewrite('\\u0041'), 'A');
  assert.is(rewrite('\\cJ'), '\\n');
  assert.is(rewrite('\\c'), '\\\\c');
});

test('quantified lookahead is wrapped; backreferences cannot absorb a following digit', () => {
  assert.is(rewrite('(?=a)*b'), '(?:(?=a))*b');
  assert.is(rewrite('(a)\\1\\x30'), '(a)(?:\\1)0');
  assert.is(rewrite('(a)\\10'), '(a)\\x08', 'Annex B: more than the group count is a legacy octal escape');
  assert.is(rewrite('\\1(a)\\2'), '(?:\\1)(a)\\x02');
});

test('\\p{..} Unicode properties are kept (they need u)', () => {
  assert.is(rewrite('^[\\p{L}\\p{N}]+$'), '^[\\p{L}\\p{N}]+$');
  assert.is(rewrite('\\P{Lu}'), '\\P{Lu}');
});

test('Java POSIX classes, \\A/\\z anchors and a leading (?i) follow the author\'s intent', () => {
  assert.is(rewrite('[\\p{Graph}\\x20]*'), '[!-~ ]*');
  assert.is(rewrite('[^\\p{Cntrl}]*'), '[^\\x00-\\x1f\\x7f]*');
  assert.is(rewrite('\\p{Upper}'), '[A-Z]');
  assert.is(rewrite('\\Aab\\z'), '^ab$');
  assert.is(rewrite('(?i)ab[c-e1]'), '[aA][bB][c-eC-E1]');
  const i = new RegExp(rewrite('(?i)^https?://[a-z]+$'), 'u');
  assert.ok(i.test('HTTPS://Example'.replace('Example', 'abc')));
  assert.ok(i.test('http://ABC'));
  assert.not.ok(i.test('ftp://abc'));
});

test('patterns with no u-valid equivalent are errors, not silent changes', () => {
  for (const bad of ['a**', '(?<x>a', '[z-a]', '(?i)(a)\\1', 'a(?>b)', '\\p{NoSuchProperty}', '[\\P{Alpha}]']) {
    const result = toUnicodePattern(bad);
    assert.ok('error' in result, `${bad} should not convert`);
  }
});

test('rewrites are equivalent to the original on generated strings', () => {
  for (const p of [
    '^[A-Za-z0-9_\\-\\ ]+$', 'a\\-b\\ c', 'a{b}c', 'x]y', '[\\w- ]+', '^[\\d-z]*$', '\\101\\0', '(?=a)*ab',
    '(a)\\1\\2', '^\\cJ\\c$', '[\\b\\-]', '^[^\\-\\]]+$', '\\x4\\u00e9\\u{2}', '^(?:[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?\\.)+[a-z]{2,}$',
    '^arn:aws:[a-z\\-]+:\\S*:\\d{12}:\\w+/.*$', '[\\s\\S]{1,3}', '^\\/\\:\\_$',
  ]) assertEquivalent(p);
});

/** Every pattern of the 13 shared models, with where it comes from. */
function sharedPatterns(): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (value: unknown, where: string): void => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, where));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if ((k === 'pattern' || k === 'smithy.api#pattern') && typeof v === 'string') found.set(v, where);
        else walk(v, where);
      }
    }
  };
  for (const [format, file] of SHARED_MODELS) walk((readJson(sharedModelPath(format, file)) as { shapes: unknown }).shapes, `${format}/${file}`);
  return found;
}

test('all patterns of the 13 shared models convert; flagless-valid ones stay equivalent', () => {
  const patterns = sharedPatterns();
  assert.ok(patterns.size > 300, `found ${patterns.size} patterns`);
  const failures = [...patterns.keys()].filter((p) => 'error' in toUnicodePattern(p));
  assert.equal(failures, [], 'patterns that cannot be converted');
  let checked = 0;
  for (const p of patterns.keys()) {
    // Patterns that use the intent readings (\p, \A, \z, (?i)) have no flagless meaning to compare with.
    if (/\\[pPAzZ]|\(\?i\)/.test(p)) continue;
    assertEquivalent(p, 40);
    checked++;
  }
  assert.ok(checked > 300, `checked ${checked}`);
});

test.run();
