/** generator/emit/validators/layoutModule.ts: AJV's code indented and spaced, unused constants dropped, nothing else changed. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { layoutModule } from '../../generator/emit/validators/layoutModule.ts';

const ajvStyle = [
  '"use strict";',
  'export const checkA = validate1;',
  'const schema1 = {"type":"object"};',
  'const pattern0 = /* @__PURE__ */ new RegExp("^\\\\{[}\\"]*$", "u");',
  'const pattern1 = /* @__PURE__ */ new RegExp("x", "u");',
  'const func3 = function unused(s) {',
  '  return s;',
  '};',
  'const func4 = function used(s) {',
  '  if (s) {',
  '    return "{";',
  '  }',
  '};',
  'function validate1(data, {instancePath=""}={}){',
  'if(pattern0.test(data) && func4("}{")){',
  'return false;',
  '}',
  'else {',
  'for(const k of Object.keys(data)){',
  'if(k === "}"){',
  'return false;',
  '}',
  '}',
  '}',
  'return true;',
  '}',
  '/*# sourceURL="A" */;',
].join('\n');

test('lines are indented by depth, braces in strings do not count, `else` joins its `}`, unused constants go', () => {
  assert.fixture(
    layoutModule(ajvStyle),
    [
      'export const checkA = validate1;',
      'const pattern0 = /* @__PURE__ */ new RegExp("^\\\\{[}\\"]*$", "u");',
      'const func4 = function used(s) {',
      '  if (s) {',
      '    return "{";',
      '  }',
      '};',
      'function validate1(data, {instancePath=""}={}) {',
      '  if (pattern0.test(data) && func4("}{")) {',
      '    return false;',
      '  } else {',
      '    for (const k of Object.keys(data)) {',
      '      if (k === "}") {',
      '        return false;',
      '      }',
      '    }',
      '  }',
      '  return true;',
      '}',
      '',
    ].join('\n'),
  );
});

test('the laid-out module behaves as the original', async () => {
  const load = async (code: string) => (await import(`data:text/javascript,${encodeURIComponent(code)}`)).checkA as (v: unknown) => boolean;
  const [before, after] = [await load(ajvStyle), await load(layoutModule(ajvStyle))];
  for (const value of ['{}}', '{', { a: 1 }, { '}': 1 }, '']) assert.is(after(value), before(value), JSON.stringify(value));
});

test('a constant read only by a dropped constant goes too', () => {
  const code = ['export const checkA = validate1;', 'const obj0 = {"a":1};', 'const schema2 = {"ref":obj0};', 'function validate1(data){', 'return true;', '}'].join('\n');
  assert.not.match(layoutModule(code), /obj0|schema2/);
});

test('code it cannot read safely is refused, not laid out wrongly', () => {
  assert.throws(() => layoutModule('function f(){\nif(x){\n}'), /ends inside a block/);
  assert.throws(() => layoutModule('}\n'), /unbalanced braces/);
  assert.throws(() => layoutModule('const a = "x\n";'), /does not end on its line/);
});

test.run();
