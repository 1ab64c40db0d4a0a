import { checkFormat } from '../check/checkFormat.ts';
import { checkSemantics } from '../check/semantic/index.ts';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ServiceIR } from '../ir/types.ts';
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
    if (!result.parsed) continue;
    const format = checkFormat(result.parsed);
    diagnostics.push(...format.diagnostics);
    if (format.broken.has('file')) continue;
    for (const entry of format.broken) broken.add(entry);
    parsed.push(withoutEntries(result.parsed, format.broken));
  }
  // Entries with format errors are left out of resolution, but everything else still goes through
  // every check, so one run reports as much as it can. References to a left-out entry are not
  // reported again as unknown.
  const resolved = resolveModel(parsed);
  diagnostics.push(...resolved.diagnostics);
  if (resolved.ir && !broken.has('service')) {
    markGreedyLabels(resolved.ir);
    const brokenShapes = new Set([...broken].filter((e) => e.startsWith('shapes/')).map((e) => e.slice('shapes/'.length)));
    diagnostics.push(...checkSemantics(resolved.ir, resolved.origins, brokenShapes));
  }
  const sorted = sortDiagnostics(diagnostics);
  if (hasErrors(sorted) || !resolved.ir) return { diagnostics: sorted };
  return { ir: resolved.ir, diagnostics: sorted };
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
