import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { hasErrors } from '../../diagnostics/diagnostic.ts';
import { emitClient } from '../../emit/client/index.ts';
import type { EmittedFile } from '../../emit/emitter.ts';
import { emitMock } from '../../emit/mock/index.ts';
import { emitValidators } from '../../emit/validators/index.ts';
import type { ServiceIR } from '../../ir/types.ts';
import { loadModel } from '../../load/index.ts';
import { newWorkFolder } from '../../write/workFolders.ts';
import { DEFAULT_LIMITS } from '../../../templates/runtime/mock/limits.ts';
import { EXIT } from '../exitCodes.ts';
import { Reporter } from '../reporter.ts';

export const MOCK_HELP = `Usage: shapecraft mock [options]

Serves the generated mock server of a model on loopback: requests are routed, parsed and validated
as the service would, and answered from the model's examples in the service's wire format: a
request that matches an example's input gets its output or modeled error, any other the first
example output. Stop it with Ctrl-C.

Options:
      --model <dir>    model folder (default: ./model)
  -p, --port <n>       port to listen on (default: 4010; 0 picks a free one)
      --host <addr>    address to listen on (default: 127.0.0.1)
      --limit <n=v>    set one of the limits that guard against hostile requests, repeatable; defaults:
${Object.entries(DEFAULT_LIMITS).map(([name, value]) => `                         ${name}=${value}`).join('\n')}
  -h, --help           show this help

Exit codes: 0 stopped cleanly, 1 model errors or the port is taken, 2 usage error.
`;

/**
 * The files a mock needs at run time, written where tsx can load them and where their bare imports
 * resolve to shapecraft's own dependencies (a work folder inside shapecraft's folder).
 */
function writeMockPackage(dir: string, files: EmittedFile[]): void {
  // The runtime is ES modules; outside a "type": "module" package tsx would load it as CommonJS.
  files = [...files, { path: 'package.json', contents: '{ "type": "module", "private": true }\n' }];
  for (const file of files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
}

export async function run(args: string[]): Promise<number> {
  const reporter = new Reporter();
  let options;
  try {
    options = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        model: { type: 'string' },
        port: { type: 'string', short: 'p' },
        host: { type: 'string' },
        limit: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    reporter.error(`${(error as Error).message} (see shapecraft mock --help)`);
    return EXIT.usage;
  }
  if (options.help) {
    process.stdout.write(MOCK_HELP);
    return EXIT.ok;
  }
  const port = Number(options.port ?? 4010);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    reporter.error(`--port must be a port number, not ${JSON.stringify(options.port)}`);
    return EXIT.usage;
  }
  const limits = limitsOf(options.limit ?? []);
  if (typeof limits === 'string') {
    reporter.error(`${limits} (see shapecraft mock --help)`);
    return EXIT.usage;
  }
  const { ir, diagnostics } = await loadModel(resolve(options.model ?? 'model'));
  reporter.diagnostics(diagnostics);
  if (!ir || hasErrors(diagnostics)) return EXIT.failed;

  const dir = newWorkFolder('mock');
  writeMockPackage(dir, [emitValidators, emitClient, emitMock].flatMap((emit) => emit(ir)));
  try {
    return await serve(dir, ir, { port, host: options.host ?? '127.0.0.1', limits }, reporter);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `--limit name=value` options as the mock's `limits`, or what is wrong with one of them. */
function limitsOf(options: string[]): Record<string, number> | string {
  const limits: Record<string, number> = {};
  for (const option of options) {
    const match = /^([A-Za-z]+)=(.+)$/.exec(option);
    if (!match) return `--limit takes name=value, not ${JSON.stringify(option)}`;
    limits[match[1]] = Number(match[2]);
  }
  return limits;
}

interface Listening {
  port: number;
  host: string;
  limits: Record<string, number>;
}

async function serve(dir: string, ir: ServiceIR, { port, host, limits }: Listening, reporter: Reporter): Promise<number> {
  const { createMockServer } = (await import(pathToFileURL(join(dir, 'src/mock/index.ts')).href)) as {
    createMockServer: (options?: object) => { listen(port?: number, host?: string): Promise<string>; close(): Promise<void> };
  };
  let mock: ReturnType<typeof createMockServer>;
  try {
    mock = createMockServer({ validateResponses: true, limits });
  } catch (error) {
    // The runtime refuses a limit that is unknown or not a positive finite number.
    reporter.error(`${(error as Error).message} (see shapecraft mock --help)`);
    return EXIT.usage;
  }
  let url: string;
  try {
    url = await mock.listen(port, host);
  } catch (error) {
    reporter.error(`cannot listen on port ${port}: ${(error as Error).message}`);
    return EXIT.failed;
  }
  reporter.info(`${ir.title} mock listening on ${url} (${ir.operations.length} operations); Ctrl-C stops it`);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void mock.close().then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return EXIT.ok;
}
