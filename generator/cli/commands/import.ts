import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatNote } from '../../import/common/index.ts';
import { importBotocore } from '../../import/botocore/index.ts';
import { importSmithy } from '../../import/smithy/index.ts';
import { modelToYaml } from '../../export/index.ts';
import { loadModelTexts } from '../../load/index.ts';
import { EXIT } from '../exitCodes.ts';
import { Reporter } from '../reporter.ts';

export const IMPORT_HELP = `Usage: shapecraft import <botocore|smithy> <file> [options]

Converts a botocore service-2.json (rest-json) or a Smithy JSON AST model into a shapecraft YAML
model folder: service.yaml, operations/<Operation>.yaml, errors.yaml and shapes/<kind>.yaml.
Prints what the model format cannot carry over, by shape and member, then loads the written
model to check it.

Options:
      --out <dir>    model folder to write (default: ./model)
      --force        write into a folder that already has files: its YAML files are replaced
      --name <name>  service name (default: the endpoint prefix without punctuation)
  -h, --help         show this help

Exit codes: 0 imported, 1 the written model does not load cleanly, 2 usage error
(unknown format, unreadable file, non-empty folder without --force).
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

  // --force replaces the model, not unrelated files someone keeps in the folder.
  for (const path of existing) if (/\.ya?ml$/.test(path)) await rm(join(out, path));
  for (const f of files) {
    const path = join(out, f.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, f.contents);
  }
  reporter.info(`imported ${result.ir.operations.length} operations and ${result.ir.shapes.length} shapes into ${out} (${files.length} files)`);
  if (result.report.length === 0) reporter.info('everything was carried over');
  else {
    reporter.info(`not carried over (${result.report.length}):`);
    for (const note of result.report) reporter.info(`  ${formatNote(note)}`);
  }

  const loaded = loadModelTexts(files.map((f) => ({ file: join(out, f.path).split('\\').join('/'), text: f.contents })));
  reporter.diagnostics(loaded.diagnostics);
  return loaded.ir ? EXIT.ok : EXIT.failed;
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
