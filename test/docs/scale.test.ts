/**
 * Models that reuse deep structures (QuickSight, MediaConvert) make fully expanded member trees
 * grow exponentially. A synthetic model where every level holds two members of the next level
 * (2^20 paths) must still give pages of bounded size, with every structure expanded once and
 * every repeat pointing to it; a small model stays fully expanded, as boto3's pages are.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ServiceIR, ShapeIR } from '../../generator/ir/types.ts';
import { emitDocs } from '../../generator/emit/docs/index.ts';
import { markdownTree, readRstPage } from './pageTrees.ts';

const LEVELS = 20;

function doublingModel(levels: number): ServiceIR {
  const shapes: ShapeIR[] = [{ name: 'Leaf', type: 'string', length: { min: 1, max: 9 } }];
  for (let i = 0; i < levels; i++) {
    const next = i === levels - 1 ? 'Leaf' : `Level${i + 1}`;
    shapes.push({
      name: `Level${i}`,
      type: 'structure',
      members: [
        { name: 'left', target: next, required: true },
        { name: 'right', target: next, required: false },
      ],
      rules: [],
    });
  }
  shapes.push({ name: 'Input', type: 'structure', members: [{ name: 'root', target: 'Level0', required: true }], rules: [] });
  shapes.push({ name: 'Output', type: 'structure', members: [], rules: [] });
  shapes.sort((a, b) => (a.name < b.name ? -1 : 1));
  return {
    name: 'deep',
    title: 'Deep',
    version: '1',
    protocol: 'restJson1',
    signingName: 'deep',
    endpoint: 'https://deep.{region}.example.com',
    errors: [],
    operations: [{ name: 'Walk', http: { method: 'POST', uri: '/walk', code: 200 }, input: 'Input', output: 'Output', errors: [], examples: [] }],
    shapes,
    package: { name: '@shapecraft/deep', version: '0.1.0', license: 'Apache-2.0' },
  };
}

test('an exponentially repeating model gives bounded pages, each structure expanded once', () => {
  const files = new Map(emitDocs(doublingModel(LEVELS)).map((f) => [f.path, f.contents]));
  for (const [path, contents] of files) assert.ok(contents.length < 1_000_000, `${path}: ${contents.length} bytes`);
  const tree = markdownTree(files.get('docs/operations/Walk.md')!, 'Request');
  // Each level is expanded once, down the `left` path; every `right` points back to an expansion.
  const expandedLeft = [...tree.keys()].filter((p) => /^root(\.left)*$/.test(p));
  assert.is(expandedLeft.length, LEVELS + 1);
  const repeats = [...tree.values()].filter((line) => line.includes('members as in'));
  assert.is(repeats.length, LEVELS - 1);
  assert.ok(tree.get('root.right')!.includes('members as in `root.left`'), tree.get('root.right'));
  const rst = readRstPage(files.get('docs/rst/walk.rst')!);
  assert.ok(rst.entries.size < 200, `${rst.entries.size} RST entries`);
  assert.ok(files.get('docs/html/operations/Walk.html')!.includes('href="#request.root.left"'));
});

test('a small model is expanded in full, repeats included', () => {
  const files = new Map(emitDocs(doublingModel(4)).map((f) => [f.path, f.contents]));
  const tree = markdownTree(files.get('docs/operations/Walk.md')!, 'Request');
  assert.is(tree.size, 1 + 2 + 4 + 8 + 16);
  assert.ok(tree.has('root.right.right.right.right'));
  assert.not.ok([...tree.values()].some((line) => line.includes('members as in')));
});

test.run();
