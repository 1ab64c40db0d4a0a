/**
 * `npm run bench`: every benchmark script under bench/, one after another, each in its own process
 * so one cannot warm up or slow down another.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const scripts = ['bench/validators/run.ts', 'bench/generation.ts', 'bench/build.ts', 'bench/client.ts'];
let failed = 0;
for (const script of scripts) {
  if (!existsSync(`${root}/${script}`)) continue;
  console.log(`\n# ${script}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
