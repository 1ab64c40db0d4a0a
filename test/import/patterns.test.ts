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

/** The original as a flagless RegExp and the rewrite under `u` give the same answer on each string. */
function assertSameOn(original: string, strings: string[]): string {
  const rewritten = rewrite(original);
  const before = new RegExp(original);
  const after = new RegExp(rewritten, 'u');
  for (const s of strings) assert.is(after.test(s), before.test(s), `/${original}/ as /${rewritten}/u on ${JSON.stringify(s)}`);
  return rewritten;
}

const isError = (pattern: string) => 'error' in toUnicodePattern(pattern);

/** A valid surrogate pair in a string: the case where flagless (code units) and `u` (code points) read it differently. */
const PAIRED = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

test('surrogates are printed as \\u{..}, so that two of them never pair up under u', () => {
  // AWS's "XML-safe characters": every surrogate is listed, so every supplementary character is allowed.
  const xml = '^[\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800-\\uDBFF\\uDC00-\\uDFFF]*$';
  const rewritten = assertSameOn(xml, [
    '\uFFFE', '\uFFFF', '\u{10FFFF}', '\u{10FC01}', '\u{10FC00}', '\u{10000}', 'a\uD800b', 'a\uDFFFb', '\uDC00\uD800',
    'ok\u{1F600}', '\uD83D\uDE00\uDE00', '', 'a\u0000', '\uE000\uD7FF\uFFFD', 'tab\there\r\n',
  ]);
  assert.not.match(rewritten, /\\ud[89a-f][0-9a-f]{2}/i, 'no surrogate is written as \\uXXXX');
  assert.ok(rewritten.includes('\\u{10000}-\\u{10ffff}'));
  // A negated class without any surrogate excludes every supplementary character, as the original does.
  assertSameOn('^[^\\uD800-\\uDFFF]*$', ['\u{1F600}', 'a\uD800', 'abc', '\uFFFF']);
  assertSameOn('^[^\\x00-\\x1f\\uD800-\\uDFFF]+$', ['\u{1F600}', 'x\uDC00', 'abc', '\n']);
  // A range across the surrogates holds all of them, and so every pair.
  assertSameOn('^[\\u0020-\\uFFFF]*$', ['\u{1F600}', '\u{10FFFF}', '\uDBFF', 'a\u001f']);
  // Classes without surrogates are as they were.
  assert.is(rewrite('^[^\\u0000-\\u00FF]$'), '^[^\\x00-ÿ]$');
  assert.is(rewrite('[\\S\\uD800]'), '[\\S\\u{d800}]');
});

test('a lead escape before a trail escape is one supplementary character; a quantifier still repeats the trail', () => {
  assert.is(rewrite('^\\uD83D\\uDE00$'), '^\\u{1f600}$');
  assert.is(rewrite('^\\uD83D\\uDE00+$'), '^\\u{1f600}\\u{de00}*$');
  assert.is(rewrite('^\\u{41}😀{2}$'), '^u{41}\\u{1f600}\\u{de00}$');
  assert.is(rewrite('^(?:[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])+$'), '^(?:[\\u{10000}-\\u{10ffff}])+$');
  assert.is(rewrite('\\uD83D[\\uDE00-\\uDE4F]'), '[\\u{1f600}-\\u{1f64f}]');
  const strings = [
    '\u{1F600}', '\u{1F600}\u{1F600}', '\uD83D\uDE00\uDE00', '\uD83D\uDE00\uDE00\uDE00', '\uD83D', '\uDE00', '\uD83D\uD83D\uDE00', 'a', '',
    '\u{1F601}', '\u{1F64F}', '\u{1F650}', '\uD83Dx', '\uDE00\uD83D',
  ];
  for (const p of [
    '^\\uD83D\\uDE00+$', '^😀{2}$', '^😀{1,3}$', '^😀+?$', '😀', '^\\uD83D{2}\\uDE00$', '^\\uD83D+\\uDE00{2,}$', '^\\uD83D\\uDE00$',
    '^(?:[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])+$', '\\uD83D[\\uDE00-\\uDE4F]', '^\\uD83D[\\uDE00-\\uDE4F]{2}$', '^[\\uD83D-\\uD83E][\\uDE00\\uDE01]$',
  ]) assertSameOn(p, strings);
});

test('what could match half of a surrogate pair has no u equivalent and is an error, not a silent change', () => {
  for (const bad of [
    '^[\\uD800-\\uDBFF\\uDC00]$', '^[\\uDC00-\\uDFFF\\uD800]$', '[a\\uD83D\\uDE00]', '[\\uD800-\\uDBFF]', '^[^\\uD800-\\uDBFF]*$',
    '\\uD800', 'a\\uDC00', '\\uD83D.', '\\uD83D\\uDE00?', '\\uD83D?\\uDE00', '😀*', '😀{0,2}', '(?:\\uD83D)\\uDE00', '[^\\s\\uD800]',
    // One range of supplementary characters per lead: too many to write out.
    '[\\uD800-\\uDBFF][\\uDC00\\uDC02]',
  ]) assert.ok(isError(bad), `${bad} should not convert`);
});

/** Pieces of patterns around surrogates, written as a flagless pattern would. */
const SURROGATE_ATOMS = [
  '\\uD800', '\\uDBFF', '\\uDC00', '\\uDFFF', '\\uD83D', '\\uDE00', '\\uD83D\\uDE00', '\\uDBFF\\uDFFF', '😀', '\u{10000}',
  '[\\uD800-\\uDBFF\\uDC00-\\uDFFF]', '[\\uD800-\\uDFFF]', '[^\\uD800-\\uDFFF]', '[\\u0020-\\uFFFD]', '[a\\uDBFF\\uDC00-\\uDFFF\\uD800-\\uDBFE]',
  '[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]', '\\uD83D[\\uDE00-\\uDE4F]', '[\\uD800-\\uDBFF]', '[\\uDC00]', '[^a\\uDC00]',
  '[\\uE000-\\uFFFF]', '.', '\\S', 'a', '[ab]', '[^a]', '\\s', '(?:a|\\uD83D\\uDE00)',
];
const QUANTIFIERS = ['', '', '', '*', '+', '?', '{2}', '{1,2}', '{0,1}', '+?'];
/** Units and characters to build strings from: lone surrogates of both kinds, pairs, and their neighbours. */
const SURROGATE_UNITS = ['a', 'b', ' ', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\uDE00', '\uFFFD', '\uFFFF', '\uE000', '\uD7FF', '\n'];
const SURROGATE_CHARS = [...SURROGATE_UNITS, '\u{1F600}', '\u{10000}', '\u{10FFFF}', '\u{10FC00}', '\u{1F64F}', '\u{1F650}', '\uD83D\uDE00\uDE00'];

test('random patterns with surrogates: a rewrite is exact on every string without a surrogate pair', () => {
  const piece = fc.tuple(fc.constantFrom(...SURROGATE_ATOMS), fc.constantFrom(...QUANTIFIERS)).map(([a, q]) => a + q);
  const pattern = fc.tuple(fc.boolean(), fc.array(piece, { minLength: 1, maxLength: 4 }), fc.boolean()).map(([s, body, e]) => `${s ? '^' : ''}${body.join('')}${e ? '$' : ''}`);
  let converted = 0;
  fc.assert(
    fc.property(pattern, fc.array(fc.string({ unit: fc.constantFrom(...SURROGATE_UNITS), maxLength: 8 }), { minLength: 20, maxLength: 20 }), (p, strings) => {
      const result = toUnicodePattern(p);
      if ('error' in result) return assert.match(result.error, /surrogate|nothing to repeat/);
      converted++;
      const before = new RegExp(p);
      const after = new RegExp(result.pattern, 'u');
      for (const s of strings) {
        if (PAIRED.test(s)) continue;
        assert.is(after.test(s), before.test(s), `/${p}/ as /${result.pattern}/u on ${JSON.stringify(s)}`);
      }
    }),
    { numRuns: 600, seed: 7 },
  );
  console.log(`  ${converted} of 600 random patterns converted`);
  assert.ok(converted > 100, `only ${converted} patterns converted`);
});

test('random patterns with surrogates: a repeated choice of atoms is exact on every string, pairs included', () => {
  // `^(?:x|y)*$` reads a string one unit (flagless) or one character (u) at a time: when a pair is
  // accepted unit by unit, the rewrite must hold the character.
  const pattern = fc.array(fc.constantFrom(...SURROGATE_ATOMS), { minLength: 1, maxLength: 4 })
    .map((atoms) => `^(?:${atoms.join('|')})*$`);
  let converted = 0;
  fc.assert(
    fc.property(pattern, fc.array(fc.string({ unit: fc.constantFrom(...SURROGATE_CHARS), maxLength: 6 }), { minLength: 20, maxLength: 20 }), (p, strings) => {
      const result = toUnicodePattern(p);
      if ('error' in result) return assert.match(result.error, /surrogate/);
      converted++;
      const before = new RegExp(p);
      const after = new RegExp(result.pattern, 'u');
      for (const s of strings) assert.is(after.test(s), before.test(s), `/${p}/ as /${result.pattern}/u on ${JSON.stringify(s)}`);
    }),
    { numRuns: 600, seed: 11 },
  );
  console.log(`  ${converted} of 600 random patterns converted`);
  assert.ok(converted > 100, `only ${converted} patterns converted`);
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
