import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatNote } from '../../import/common/index.ts';
import { importBotocore } from '../../import/botocore/index.ts';
import { importSmithy } from '../../import/smithy/index.ts';
import { modelToYaml } from '../../export/index.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { loadModelTexts, type LoadResult } from '../../load/index.ts';
import { acquireLock, recoverInterruptedSwap, swapIntoPlace, swapPaths } from '../../write/swap.ts';
import { holderName } from '../../write/index.ts';
import { EXIT } from '../exitCodes.ts';
import { Reporter } from '../reporter.ts';

export const IMPORT_HELP = `Usage: shapecraft import <botocore|smithy> <file> [options]

Converts a botocore service-2.json (rest-json) or a Smithy JSON AST model into a shapecraft YAML
model folder: service.yaml, operations/<Operation>.yaml, errors.yaml and shapes/<kind>.yaml.
Prints what the model format cannot carry over, by shape and member, then loads the written
model to check it.

Options:
      --out <dir>    model folder to write (default: ./model)
      --force        write into a folder that already has files: its YAML files are replaced,
                     all at once and only by a model that loads cleanly (otherwise the folder
                     is left as it was); other files in it are kept
      --name <name>  service name (default: the endpoint prefix without punctuation)
  -h, --help         show this help

Exit codes: 0 imported, 1 the imported model does not load cleanly (an existing model is then
left untouched) or another run is writing the folder, 2 usage error (unknown format, unreadable
file, non-empty folder without --force).
`;

const IMPORTERS = { botocore: importBotocore, smithy: importSmithy } as const;

export async function run(args: string[]): Promise<number> {
  const reporter = new Reporter();
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        force: { type: 'boolean' },
        name: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    reporter.error(`${(error as Error).message} (see shapecraft import --help)`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(IMPORT_HELP);
    return EXIT.ok;
  }
  const [format, file, ...extra] = positionals;
  if (!format || !file || extra.length > 0 || !Object.hasOwn(IMPORTERS, format)) {
    reporter.error('expected: shapecraft import <botocore|smithy> <file> (see shapecraft import --help)');
    return EXIT.usage;
  }
  const out = values.out ?? 'model';

  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    reporter.error(`cannot read ${file}: ${(error as Error).message}`);
    return EXIT.usage;
  }
  const existing = await listFiles(out);
  if (existing.length > 0 && !values.force) {
    reporter.error(`${out} is not empty (${existing.length} files); pass --force to replace its YAML files`);
    return EXIT.usage;
  }

  let result;
  try {
    result = IMPORTERS[format as keyof typeof IMPORTERS](json, { name: values.name });
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    reporter.error(`${file}: ${error.message}`);
    return EXIT.usage;
  }
  const files = modelToYaml(result.ir);
  const written = await replaceModelFolder(out, files, { keepOldUnlessLoads: existing.some(isYamlPath) });
  for (const action of written.recovered) reporter.info(action);
  if (written.heldBy !== undefined) {
    reporter.error(`another shapecraft run (${holderName(written.heldBy)}) is writing ${out}; nothing was written`);
    return EXIT.failed;
  }
  if (written.swapped) {
    reporter.info(`imported ${result.ir.operations.length} operations and ${result.ir.shapes.length} shapes into ${out} (${files.length} files)`);
  }
  if (result.report.length === 0) reporter.info('everything was carried over');
  else {
    reporter.info(`not carried over (${result.report.length}):`);
    for (const note of result.report) reporter.info(`  ${formatNote(note)}`);
  }
  reporter.diagnostics(written.diagnostics);
  if (!written.swapped) reporter.error(`the imported model does not load cleanly, so ${out} was left as it was: nothing was written`);
  return written.swapped && written.loads ? EXIT.ok : EXIT.failed;
}

function isYamlPath(path: string): boolean {
  return /\.ya?ml$/.test(path);
}

interface ReplaceResult {
  /** Whether the new model is now in the folder. */
  swapped: boolean;
  /** Whether the new model loads with no errors. */
  loads: boolean;
  /** What loading the new model reported, with paths as they are (or would be) in the folder. */
  diagnostics: Diagnostic[];
  /** What recovery did about an import that was killed before. */
  recovered: string[];
  /** Set when another run holds the folder's lock. */
  heldBy?: number;
}

/**
 * Replaces the model in `out` whole, never file by file, so a failed or killed import leaves the
 * previous model intact: the new folder is built beside `out` (a copy of its other files plus the
 * new YAML), loaded there with the real loader, and only then swapped in by renames (see
 * generator/write/swap.ts, which also finishes a swap that a kill interrupted). With
 * `keepOldUnlessLoads`, a model that does not load cleanly is thrown away instead.
 */
async function replaceModelFolder(out: string, files: readonly { path: string; contents: string }[], options: { keepOldUnlessLoads: boolean }): Promise<ReplaceResult> {
  mkdirSync(dirname(out), { recursive: true });
  const lock = acquireLock(out);
  if ('heldBy' in lock) return { swapped: false, loads: false, diagnostics: [], recovered: [], heldBy: lock.heldBy };
  try {
    const recovered = recoverInterruptedSwap(out);
    const paths = swapPaths(out);
    try {
      await buildNewModelFolder(out, paths.staging, files);
      const { ir, diagnostics } = loadNewModel(out, files);
      const loads = ir !== undefined;
      if (!loads && options.keepOldUnlessLoads) {
        rmSync(paths.staging, { recursive: true, force: true });
        return { swapped: false, loads, diagnostics, recovered };
      }
      swapIntoPlace(paths);
      return { swapped: true, loads, diagnostics, recovered };
    } catch (error) {
      // `out` was never touched before the swap; only the half-built folder needs to go.
      rmSync(paths.staging, { recursive: true, force: true });
      throw error;
    }
  } finally {
    lock.release();
  }
}

/** `staging` := the files of `out` that are not YAML (notes someone keeps there) + the new model. */
async function buildNewModelFolder(out: string, staging: string, files: readonly { path: string; contents: string }[]): Promise<void> {
  rmSync(staging, { recursive: true, force: true });
  if (existsSync(out)) {
    cpSync(out, staging, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    // --force replaces the model, not unrelated files someone keeps in the folder.
    for (const path of await listFiles(staging)) if (isYamlPath(path)) await rm(join(staging, path));
  } else {
    await mkdir(staging, { recursive: true });
  }
  for (const f of files) {
    const path = join(staging, f.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, f.contents);
  }
}

/**
 * Loads the new model from the texts just written (the staging folder holds no other YAML), naming
 * each file by where it will be once swapped in.
 */
function loadNewModel(out: string, files: readonly { path: string; contents: string }[]): LoadResult {
  return loadModelTexts(files.map((f) => ({ file: join(out, f.path).split('\\').join('/'), text: f.contents })));
}

/** Files under `dir` (relative paths); none when it does not exist. */
async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
