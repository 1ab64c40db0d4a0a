/**
 * Strings that have broken code generators before: quotes of every kind, escapes, template and
 * comment delimiters, line terminators JavaScript knows and JSON does not, markup, prototype names,
 * path traversal. Several carry a payload that sets `canary.hit` if it ever runs as code.
 */
const PAYLOAD = 'globalThis.canary.hit=1';

export const HOSTILE_STRINGS: string[] = [
  `"`, `'`, '`', `\\`, `trailing backslash \\`, `\\"`, `\\'`, `\\\``, `"';\`${PAYLOAD}//`,
  `";${PAYLOAD};"`, `';${PAYLOAD};'`, `\`;${PAYLOAD};\``, `\${${PAYLOAD}}`, '${', '}', '`${`',
  `*/${PAYLOAD};/*`, '*/', '/*', '//', `\n${PAYLOAD}\n`, `\r${PAYLOAD}`, `\r\n${PAYLOAD}`,
  `\u2028${PAYLOAD}`, `\u2029${PAYLOAD}`, `a\u2028b\u2029c`, '\u0000', `nul\u0000${PAYLOAD}`, '\u0007\u001b[31m',
  '</script><script>globalThis.canary.hit=1</script>', '<!--', '-->', '<![CDATA[', ']]>',
  '{{', '}}', '{{{x}}}', '{{constructor.constructor("globalThis.canary.hit=1")()}}', '{{> partial}}',
  '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'default', 'Error',
  'Object', 'undefined', 'null', 'NaN', '../', '../../etc/passwd', '..\\..\\windows', '/absolute/path',
  'C:\\path', '%2e%2e%2f', '\uFEFFbom', '\uD800', '\uDFFF', '😀 emoji', 'é̃ combining', 'x'.repeat(5000),
  `) ; ${PAYLOAD}; (`, `}); ${PAYLOAD}; ({`, `']; ${PAYLOAD}; ['`, `\\u0022;${PAYLOAD};\\u0022`,
];
