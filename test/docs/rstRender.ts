/**
 * Renders RST pages with docutils (Debian's python3-docutils), the reference implementation, to
 * check that generated pages parse without errors and that nothing in them became raw markup.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PYTHONS = ['/usr/bin/python3', 'python3'];

const SCRIPT = `
import json, sys
import docutils.core
from docutils import nodes
from docutils.parsers.rst import Directive, directives, roles

# Sphinx's Python domain, as far as boto3's layout uses it: the method body is parsed as RST.
class PyMethod(Directive):
    has_content = True
    required_arguments = 1
    final_argument_whitespace = True
    def run(self):
        node = nodes.container()
        node += nodes.literal(self.arguments[0], self.arguments[0])
        self.state.nested_parse(self.content, self.content_offset, node)
        return [node]

directives.register_directive('py:method', PyMethod)
roles.register_local_role('py:class', lambda name, rawtext, text, lineno, inliner, options={}, content=[]: ([nodes.literal(rawtext, text)], []))
pages = json.load(sys.stdin)
out = {}
for name, text in pages.items():
    messages = []
    class Stream:
        def write(self, s): messages.append(s)
    html = docutils.core.publish_string(text, writer_name='html', settings_overrides={
        'report_level': 2, 'halt_level': 5, 'warning_stream': Stream(), 'raw_enabled': True,
        'file_insertion_enabled': False, 'output_encoding': 'unicode', 'embed_stylesheet': False})
    out[name] = {'html': html, 'messages': ''.join(messages)}
print(json.dumps(out))
`;

function python(): string {
  for (const candidate of PYTHONS) {
    try {
      execFileSync(candidate, ['-c', 'import docutils'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error('docutils is missing: install it with `apt-get install -y python3-docutils` (CI: add it to .ci/run)');
}

/**
 * HTML and warnings for each page. Raw HTML is enabled on purpose: the check is that no page
 * contains a `raw` directive, not that docutils happens to refuse one.
 */
export function renderRst(pages: Record<string, string>): Record<string, { html: string; messages: string }> {
  const exe = python();
  if (exe.startsWith('/') && !existsSync(exe)) throw new Error(`${exe} vanished`);
  const out = execFileSync(exe, ['-c', SCRIPT], { input: JSON.stringify(pages), maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  return JSON.parse(out) as Record<string, { html: string; messages: string }>;
}
