import { checkFormat } from '../check/checkFormat.ts';
import { checkSemantics } from '../check/semantic/index.ts';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ServiceIR } from '../ir/types.ts';
import { namesDefinedIn, type DefinedNames } from '../resolve/leftOut.ts';
import { markGreedyLabels } from '../resolve/markGreedyLabels.ts';
import { resolveModel } from '../resolve/resolveModel.ts';
import { readModelFiles, type ModelFileText } from './modelFiles.ts';
import { parseModelFile, type ParsedModelFile } from './parseModelFile.ts';

export interface LoadResult {
  /** Present only when the model has no errors. */
  ir?: ServiceIR;
  /** Every problem found, sorted by location. */
  diagnostics: Diagnostic[];
}

/** Loads the model folder `dir`: parse, check the format, resolve, check the meaning. */
export async function loadModel(dir: string): Promise<LoadResult> {
  return loadModelTexts(await readModelFiles(dir));
}

/** The same from file texts in memory (tests, watch mode, importers' round trips). */
export function loadModelTexts(texts: ModelFileText[]): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const parsed: ParsedModelFile[] = [];
  const broken = new Set<string>();
  for (const text of texts) {
    const result = parseModelFile(text);
    diagnostics.push(...result.diagnostics);
    const format = result.parsed && checkFormat(result.parsed);
    if (format) diagnostics.push(...format.diagnostics);
    if (!result.parsed || !format || format.broken.has('file')) {
      const tooDeep = result.diagnostics.some((d) => d.code === 'SC1003');
      for (const entry of entriesOf(namesDefinedIn(text.text, !tooDeep))) broken.add(entry);
      continue;
    }
    for (const entry of format.broken) broken.add(entry);
    parsed.push(withoutEntries(result.parsed, format.broken));
  }
  // Entries with format errors, and whole files that cannot be read, are left out of resolution,
  // but everything else still goes through every check, so one run reports as much as it can.
  // References to a left-out entry are not reported again as unknown, and a left-out service is
  // not reported again as missing.
  const resolved = resolveModel(parsed, { serviceLeftOut: broken.has('service'), firstFile: texts[0]?.file });
  diagnostics.push(...resolved.diagnostics);
  if (resolved.ir) {
    markGreedyLabels(resolved.ir);
    const brokenShapes = new Set([...broken].filter((e) => e.startsWith('shapes/')).map((e) => e.slice('shapes/'.length)));
    diagnostics.push(...checkSemantics(resolved.ir, resolved.origins, brokenShapes));
  }
  const sorted = sortDiagnostics(diagnostics);
  // Anything left out means errors were reported; the check on `broken` also keeps a stand-in
  // service from ever reaching an emitter.
  if (hasErrors(sorted) || !resolved.ir || broken.size > 0) return { diagnostics: sorted };
  return { ir: resolved.ir, diagnostics: sorted };
}

/** The entries a left-out file defines, as `service`, `operations/<name>` and `shapes/<name>`. */
function entriesOf(names: DefinedNames): string[] {
  return [
    ...(names.service ? ['service'] : []),
    ...names.operations.map((n) => `operations/${n}`),
    ...names.shapes.map((n) => `shapes/${n}`),
  ];
}

function withoutEntries(file: ParsedModelFile, broken: Set<string>): ParsedModelFile {
  if (broken.size === 0) return file;
  const data = { ...(file.data as Record<string, Record<string, unknown>>) };
  if (broken.has('service')) delete data.service;
  for (const key of ['operations', 'shapes']) {
    if (!data[key]) continue;
    data[key] = Object.fromEntries(Object.entries(data[key]).filter(([name]) => !broken.has(`${key}/${name}`)));
  }
  return { ...file, data };
}
