import shapecraftPackage from '../../package.json' with { type: 'json' };
import { EXIT } from './exitCodes.ts';
import { Reporter } from './reporter.ts';

/**
 * `shapecraft <command> [options]`. Each command is its own module exporting
 * `run(args): Promise<number>`, imported only when asked for: a command that is missing or broken
 * is a clear error for that command and never stops the others from working.
 * Exit codes are in exitCodes.ts.
 */

const COMMANDS: Record<string, string> = {
  generate: 'Generate the package for a model (types, validators, client, mock server, docs).',
  import: 'Convert a botocore or Smithy JSON model into a shapecraft YAML model.',
  mock: 'Run the generated mock server for a model.',
};

export const MAIN_HELP = `Usage: shapecraft <command> [options]

Schema-first codegen: one API model in, types, validators, a typed client, a mock server and docs out.

Commands:
${Object.entries(COMMANDS).map(([name, text]) => `  ${name.padEnd(10)}${text}`).join('\n')}

Options:
  -h, --help     show this help (and \`shapecraft <command> --help\` for a command's options)
  --version      print the version

Exit codes: 0 success, 1 failure (model errors, --check differences), 2 usage error.
`;

interface Command {
  run(args: string[]): Promise<number>;
}

export async function main(argv: string[]): Promise<number> {
  const reporter = new Reporter();
  const [name, ...args] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(MAIN_HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${shapecraftPackage.version}\n`);
    return EXIT.ok;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    reporter.error(`unknown command ${JSON.stringify(name)}; the commands are ${Object.keys(COMMANDS).join(', ')} (see shapecraft --help)`);
    return EXIT.usage;
  }
  let command: Command;
  try {
    // A computed specifier: the commands are written separately and may not exist yet.
    const modulePath = `./commands/${name}.ts`;
    command = (await import(modulePath)) as Command;
    if (typeof command.run !== 'function') throw new Error(`generator/cli/commands/${name}.ts does not export run(args)`);
  } catch (error) {
    reporter.error(`the "${name}" command is not available in this build: ${(error as Error).message.split('\n')[0]}`);
    return EXIT.internal;
  }
  try {
    return await command.run(args);
  } catch (error) {
    reporter.error(`internal error in "${name}" (a bug in shapecraft, please report it):\n${(error as Error).stack ?? String(error)}`);
    return EXIT.internal;
  }
}
