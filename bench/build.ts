/**
 * Build benchmark: how long `shapecraft generate` takes when nothing changed and when one shape
 * changed, against a full regeneration (--no-cache: load, emit, compile, write everything) in the
 * same run, for the socialmessaging model and for the largest shared model (quicksight, imported
 * from botocore).
 *
 *   node --import tsx bench/build.ts [socialmessaging|quicksight]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { buildOnce } from '../generator/cli/buildOnce.ts';
import { Reporter } from '../generator/cli/reporter.ts';
import { EMITTER_MODULES } from '../generator/config/emitters.ts';
import { loadConfig } from '../generator/config/loadConfig.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = join(root, '..', 'shared');
const cli = join(root, 'bin', 'shapecraft.js');
const work = join(root, 'bench', '.tmp', 'build');
const only = process.argv[2];

/** Every emitter present in this checkout. */
const allEmitters = [
  ...Object.entries(EMITTER_MODULES).filter(([, m]) => existsSync(fileURLToPath(new URL(m.module, new URL('../generator/config/', import.meta.url))))).map(([n]) => n),
  'package',
];

const cases: { name: string; prepare: (modelDir: string) => void }[] = [
  { name: 'socialmessaging', prepare: (modelDir) => cpSync(join(root, 'model'), modelDir, { recursive: true }) },
  {
    name: 'quicksight',
    prepare: (modelDir) => {
      const run = spawnSync(process.execPath, [cli, 'import', 'botocore', join(shared, 'reference', 'botocore', 'quicksight-2018-04-01.json'), '--out', modelDir], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`import failed:\n${run.stderr}`);
    },
  },
];

/** A stream that keeps what it is given: diagnostics of a failed attempt, step timings of --verbose. */
function capture(): NodeJS.WriteStream & { text: string } {
  const stream = new Writable({ write: (chunk, _encoding, callback) => { stream.text += String(chunk); callback(); } }) as unknown as NodeJS.WriteStream & { text: string };
  stream.text = '';
  return stream;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

async function timed(fn: () => Promise<number>): Promise<number> {
  const started = performance.now();
  const code = await fn();
  if (code !== 0) throw new Error(`generate exited with ${code}`);
  return performance.now() - started;
}

/**
 * When a model is too much for one of the emitters, the benchmark still measures the build with
 * the rest: first without the client (and the mock, which builds on it), then types alone.
 */
const FALLBACKS = [allEmitters.filter((e) => e !== 'client' && e !== 'mock'), ['types', 'package']];

for (const { name, prepare } of cases) {
  if (only && only !== name) continue;
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  prepare(join(dir, 'model'));
  const configure = (emitters: string[]) => {
    writeFileSync(join(dir, 'shapecraft.config.json'), JSON.stringify({ model: 'model', out: 'generated', emitters }));
    const { config, diagnostics } = loadConfig({ cwd: dir });
    if (!config) throw new Error(JSON.stringify(diagnostics));
    return config;
  };
  let config = configure(allEmitters);
  const build = (flags: { noCache?: boolean; reporter?: Reporter } = {}) => () =>
    buildOnce(config, { check: false, force: false, noCache: flags.noCache ?? false }, flags.reporter ?? new Reporter({ quiet: true }));

  // The peer: a full regeneration, nothing reused (first run: empty output folder, cold caches).
  let emitters = allEmitters;
  let full: number | undefined;
  for (const fallback of [undefined, ...FALLBACKS]) {
    if (fallback) {
      emitters = fallback;
      config = configure(fallback);
    }
    const errors = capture();
    try {
      full = await timed(build({ noCache: true, reporter: new Reporter({ quiet: true, stderr: errors }) }));
      break;
    } catch {
      const first = errors.text.split('\n').find((l) => / error /.test(l)) ?? 'no diagnostic';
      console.log(`\n${name}: the build fails with ${emitters.join(', ')}: ${first.slice(0, 200)}`);
    }
  }
  if (full === undefined) continue;
  const fullAgain = await timed(build({ noCache: true }));

  // No change: the fingerprint of model, config and generator matches; output verified by hash.
  await timed(build());
  const noChange: number[] = [];
  for (let i = 0; i < 5; i++) noChange.push(await timed(build()));
  const noChangeCli = median([0, 1, 2].map(() => {
    const started = performance.now();
    const run = spawnSync(process.execPath, [cli, 'generate'], { cwd: dir, encoding: 'utf8' });
    if (run.status !== 0 || !/nothing written/.test(run.stdout)) throw new Error(run.stdout + run.stderr);
    return performance.now() - started;
  }));

  // One shape changes (a length bound): load, emit, compile and write again; one type changes.
  const probe = join(dir, 'model', 'bench-probe.yaml');
  const setProbe = (max: number) => writeFileSync(probe, `shapes:\n  BenchProbe:\n    type: string\n    docs: A shape the benchmark changes.\n    length: { max: ${max} }\n`);
  setProbe(1);
  await timed(build());
  const oneShape: number[] = [];
  const steps = capture();
  for (let i = 2; i <= 4; i++) {
    setProbe(i);
    steps.text = '';
    oneShape.push(await timed(build({ reporter: new Reporter({ verbose: true, stdout: capture(), stderr: steps }) })));
  }
  const changed = median(oneShape);
  // Where the last one-shape run spent its time, as `generate --verbose` prints it.
  const breakdown = steps.text.split('\n').map((l) => l.trim().replace(/\s+/g, ' ')).filter((l) => l && !l.startsWith('total'));

  console.log(`\n${name} (${emitters.join(', ')})`);
  console.log(`  full regeneration (--no-cache)    ${fmt(full).padStart(10)}  (again: ${fmt(fullAgain)})  = peer`);
  console.log(`  no change, in process             ${fmt(median(noChange)).padStart(10)}  ${(median(noChange) / fullAgain).toFixed(4)}x full`);
  console.log(`  no change, CLI process wall time  ${fmt(noChangeCli).padStart(10)}  ${(noChangeCli / fullAgain).toFixed(4)}x full`);
  console.log(`  one shape changed                 ${fmt(changed).padStart(10)}  ${(changed / fullAgain).toFixed(3)}x full`);
  console.log(`    last one-shape run by step: ${breakdown.join('; ')}`);
}
