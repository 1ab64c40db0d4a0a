import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isDeepStrictEqual } from 'node:util';
import { modelToYaml } from '../../generator/export/index.ts';
import { formatDiagnostic } from '../../generator/diagnostics/diagnostic.ts';
import type { ServiceIR } from '../../generator/ir/types.ts';
import { loadModelTexts } from '../../generator/load/index.ts';
import { parseModelFile } from '../../generator/load/parseModelFile.ts';
import { markGreedyLabels } from '../../generator/resolve/markGreedyLabels.ts';
import { resolveModel } from '../../generator/resolve/resolveModel.ts';
import { importShared, withoutLocations } from './harness.ts';

/** The first place two IRs differ, for a readable failure. */
function firstDifference(a: ServiceIR, b: ServiceIR): string {
  for (const key of Object.keys(a) as (keyof ServiceIR)[]) {
    if (isDeepStrictEqual(a[key], b[key])) continue;
    const [xs, ys] = [a[key], b[key]];
    if (Array.isArray(xs) && Array.isArray(ys)) {
      for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
        if (!isDeepStrictEqual(xs[i], ys[i])) return `${key}[${i}]:\n  imported ${JSON.stringify(xs[i])}\n  loaded   ${JSON.stringify(ys[i])}`;
      }
    }
    return `${key}: ${JSON.stringify(xs)} vs ${JSON.stringify(ys)}`;
  }
  return 'no difference';
}

/**
 * Registers the round-trip tests of shared models: import → YAML → load gives the same IR
 * (locations aside), and the written YAML loads without a single diagnostic.
 */
export function roundTripTests(models: ['botocore' | 'smithy', string][]): void {
  for (const [format, file] of models) {
    const name = `${format}/${file}`;
    test(`${name}: import → YAML → load gives the same IR, and the YAML loads cleanly`, () => {
      const { ir } = importShared(format, file);
      const files = modelToYaml(ir);
      const texts = files.map((f) => ({ file: f.path, text: f.contents }));
      const loaded = loadModelTexts(texts);
      // Resolution alone yields the IR even when a semantic check objects, so both failures show.
      const resolved = loaded.ir ?? resolveModel(texts.map((t) => parseModelFile(t).parsed!)).ir!;
      if (!loaded.ir) markGreedyLabels(resolved);
      const [a, b] = [withoutLocations(ir), withoutLocations(resolved)];
      assert.ok(isDeepStrictEqual(a, b), firstDifference(a, b));
      assert.equal(loaded.diagnostics.map(formatDiagnostic), [], 'diagnostics of the exported model');
      assert.equal(modelToYaml(ir), files, 'export is deterministic');
    });
  }
}
