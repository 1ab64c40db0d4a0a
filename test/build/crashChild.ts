/**
 * Child process of crash.test.ts: writes one version of a large synthetic output with the real
 * writer, printing `writing` just before it starts, so the parent can kill it part way.
 * Usage: node --import tsx crashChild.ts <target> <version> <count>
 */
import { writeOutput } from '../../generator/write/index.ts';
import { syntheticOutput } from './syntheticOutput.ts';

const [target, version, count] = process.argv.slice(2);
const files = syntheticOutput(version, Number(count));
process.stdout.write('writing\n');
const result = writeOutput(target, files);
process.stdout.write(result.diagnostics.length === 0 ? 'done\n' : `failed ${JSON.stringify(result.diagnostics)}\n`);
