import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/loadConfig.ts';
import { buildOnce, type BuildFlags } from '../buildOnce.ts';
import { EXIT } from '../exitCodes.ts';
import { Reporter } from '../reporter.ts';

export const GENERATE_HELP = `Usage: shapecraft generate [options]

Generates the npm package for the model named in shapecraft.config.json into <out>/<service name>:
types, validators, client, mock server, docs, package.json, and dist/ compiled by tsc.
A run whose inputs did not change writes nothing and says so.

Options:
  -c, --config <file>  config file (default: the nearest shapecraft.config.json here or above)
      --model <dir>    model folder (overrides the config's "model")
      --out <dir>      output folder (overrides the config's "out")
      --check          generate in memory and compare: exit 1 listing the files that differ
  -w, --watch          generate again whenever a model, template or config file changes;
                       errors are reported, the last good output is kept
      --force          replace files in the way that shapecraft did not write
      --no-cache       ignore the content-hash caches: load, emit and compile everything
  -q, --quiet          print errors only
  -v, --verbose        print how long each step took
  -h, --help           show this help

Exit codes: 0 generated (or already up to date), 1 model errors or --check found differences,
2 usage error.
`;

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        config: { type: 'string', short: 'c' },
        model: { type: 'string' },
        out: { type: 'string' },
        check: { type: 'boolean' },
        watch: { type: 'boolean', short: 'w' },
        force: { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        verbose: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    new Reporter().error(`${(error as Error).message} (see shapecraft generate --help)`);
    return EXIT.usage;
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(GENERATE_HELP);
    return EXIT.ok;
  }
  const reporter = new Reporter({ quiet: values.quiet, verbose: values.verbose });
  if (values.check && values.watch) {
    reporter.error('--check and --watch cannot be combined (see shapecraft generate --help)');
    return EXIT.usage;
  }
  const flags: BuildFlags = { check: values.check ?? false, force: values.force ?? false, noCache: values['no-cache'] ?? false };
  const configure = () => loadConfig({ cwd: process.cwd(), file: values.config, overrides: { model: values.model, out: values.out } });

  if (values.watch) {
    // Loaded only for --watch: the file watcher is the heaviest import and one-shot runs never need it.
    const { watchAndBuild } = await import('../watch.ts');
    return watchAndBuild(configure, flags, reporter);
  }
  const { config, diagnostics } = configure();
  reporter.diagnostics(diagnostics);
  if (!config) return EXIT.failed;
  return buildOnce(config, flags, reporter);
}
