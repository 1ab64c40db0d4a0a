/**
 * Generation benchmark: wall time and peak memory of a full generation, `shapecraft generate
 * --no-cache` (load and check the YAML model, every emitter, package.json, the tsc compile of
 * dist/, the atomic write), for socialmessaging (219 shapes, the peer) and quicksight (2,746
 * shapes) in the same run. Both models are first imported from botocore and written as YAML; the
 * import is timed too but is not part of generation. Each generation runs in a fresh child
 * process, so its peak RSS is its own (worker threads included) and nothing is warmed up.
 * Growth no worse than linear means the per-shape ratio (quicksight ÷ socialmessaging) stays ≤ 1.
 *
 *   node --import tsx bench/generation.ts [runs, default 3] [budget seconds per measurement, default 180] [threads]
 *
 * `threads` sets how many threads run the emitters (1: the main thread; 2 or more: the worker
 * pool), instead of the pipeline's own choice, to compare the two on one machine.
 *
 * The child prints each step as it finishes, so a measurement that exceeds its budget is still
 * reported: the steps that finished, and the one that was running when it was stopped.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, 'bench', '.tmp', 'generation');
const MODELS = {
  socialmessaging: join(root, '..', 'shared', 'reference', 'botocore', 'socialmessaging-2024-01-01.json'),
  quicksight: join(root, '..', 'shared', 'reference', 'botocore', 'quicksight-2018-04-01.json'),
};

interface Measurement {
  shapes: number;
  operations: number;
  files: number;
  /** Milliseconds per step, in order, and what --verbose notes of a step (per-emitter times). */
  stages: Record<string, number>;
  notes: Record<string, string>;
  maxRssMb: number;
  wallMs: number;
  /** CPU time of the process, all threads (not the tsc and esbuild child processes). */
  cpuMs: number;
}

/** Imports a botocore model and writes it as a YAML model folder: the input of generation. */
async function importModel(name: string, source: string): Promise<{ dir: string; ms: number }> {
  const { importBotocore } = await import('../generator/import/botocore/index.ts');
  const { modelToYaml } = await import('../generator/export/index.ts');
  const started = performance.now();
  const { ir } = importBotocore(JSON.parse(readFileSync(source, 'utf8')));
  const files = modelToYaml(ir);
  const ms = performance.now() - started;
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(dir, 'model', file.path)), { recursive: true });
    writeFileSync(join(dir, 'model', file.path), file.contents);
  }
  writeFileSync(join(dir, 'shapecraft.config.json'), JSON.stringify({ model: 'model', out: 'generated' }));
  return { dir, ms };
}

/** Child side: one generation in `dir`, reported as JSON on stdout. */
async function measureChild(dir: string, threads: number | undefined): Promise<void> {
  const started = performance.now();
  const { loadConfig } = await import('../generator/config/loadConfig.ts');
  const { runPipeline } = await import('../generator/pipeline.ts');
  const { writeOutput } = await import('../generator/write/index.ts');
  const { config } = loadConfig({ cwd: dir });
  rmSync(config!.out, { recursive: true, force: true });
  rmSync(config!.cacheDir, { recursive: true, force: true });
  const result = await runPipeline(config!, {
    noCache: true,
    threads,
    onStep: (step) => process.stdout.write(`start ${step}\n`),
  });
  if (!result.files || !result.packageDir) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  const stages: Record<string, number> = {};
  const notes: Record<string, string> = {};
  for (const t of result.timings) {
    stages[t.step] = t.ms;
    if (t.note) notes[t.step] = t.note;
    process.stdout.write(`stage ${t.step} ${t.ms}\n`);
  }
  const writeStarted = performance.now();
  process.stdout.write('start write\n');
  const written = writeOutput(result.packageDir, result.files, { force: false });
  if (!written.wrote) throw new Error(written.diagnostics.map((d) => d.message).join('\n'));
  stages.write = performance.now() - writeStarted;
  const cpu = process.cpuUsage();
  const measurement: Measurement = {
    shapes: result.ir!.shapes.length,
    operations: result.ir!.operations.length,
    files: result.files.length,
    stages,
    notes,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    wallMs: performance.now() - started,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
  process.stdout.write(`result ${JSON.stringify(measurement)}\n`);
}

interface Outcome {
  /** Absent when the child was stopped: then `stages` has what finished and `running` the rest. */
  result?: Measurement;
  stages: Record<string, number>;
  running?: string;
}

function measure(dir: string, budgetMs: number, threads: number | undefined): Outcome {
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', dir, ...(threads ? [String(threads)] : [])], {
    cwd: root, encoding: 'utf8', maxBuffer: 1 << 24, timeout: budgetMs, killSignal: 'SIGKILL',
  });
  const stages: Record<string, number> = {};
  let running: string | undefined;
  let result: Measurement | undefined;
  for (const line of run.stdout.split('\n')) {
    const [kind, ...rest] = line.split(' ');
    if (kind === 'start') running = rest.join(' ');
    else if (kind === 'stage') {
      stages[rest.slice(0, -1).join(' ')] = Number(rest[rest.length - 1]);
      running = undefined;
    } else if (kind === 'result') result = JSON.parse(rest.join(' ')) as Measurement;
  }
  if (!result && run.error === undefined && run.status !== 0) throw new Error(`measurement in ${dir} failed:\n${run.stderr}`);
  return { result, stages, running };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

async function parent(runs: number, budgetMs: number, threads: number | undefined): Promise<void> {
  const results: Record<string, { m: Measurement; wall: number; rss: number }> = {};
  for (const [name, path] of Object.entries(MODELS)) {
    const imported = await importModel(name, path);
    const outcomes = Array.from({ length: runs }, () => measure(imported.dir, budgetMs, threads));
    const stopped = outcomes.find((o) => !o.result);
    if (stopped) {
      const done = Object.entries(stopped.stages).map(([s, ms]) => `${s} ${fmt(ms)}`).join(', ');
      console.log(`${name}: stopped after the ${fmt(budgetMs)} budget, while running "${stopped.running}" (finished: ${done})`);
      continue;
    }
    const ms = outcomes.map((o) => o.result!);
    const m = ms[0];
    const wall = median(ms.map((x) => x.wallMs));
    const rss = median(ms.map((x) => x.maxRssMb));
    results[name] = { m, wall, rss };
    const stages = Object.keys(m.stages).map((s) => `${s} ${fmt(median(ms.map((x) => x.stages[s])))}`).join(', ');
    console.log(`${name}: ${m.shapes} shapes, ${m.operations} operations, ${m.files} files: generation ${fmt(wall)} wall (${fmt(median(ms.map((x) => x.cpuMs)))} CPU in the process), ${rss.toFixed(0)} MB peak RSS (median of ${runs}; import from botocore, not included: ${fmt(imported.ms)})`);
    console.log(`  ${stages}`);
    if (m.notes.emit) console.log(`  emit: ${m.notes.emit}`);
  }
  const peer = results.socialmessaging;
  const big = results.quicksight;
  if (!peer || !big) {
    console.log('no ratio: a measurement did not finish');
    process.exitCode = 1;
    return;
  }
  const shapeRatio = big.m.shapes / peer.m.shapes;
  console.log(`quicksight vs socialmessaging: ${shapeRatio.toFixed(1)}x the shapes, ${(big.wall / peer.wall).toFixed(1)}x the time, ${(big.rss / peer.rss).toFixed(1)}x the peak RSS`);
  console.log(`per shape (≤ 1 means no worse than linear): time ${((big.wall / peer.wall) / shapeRatio).toFixed(2)}, memory ${((big.rss / peer.rss) / shapeRatio).toFixed(2)}`);
  console.log(`goal: largest model under 5 s: ${big.wall < 5000 ? 'met' : 'NOT met'} (${fmt(big.wall)})`);
}

const threadsArg = (at: number) => (process.argv[at] ? Number(process.argv[at]) : undefined);
if (process.argv[2] === '--child') await measureChild(process.argv[3], threadsArg(4));
else await parent(Number(process.argv[2] ?? 3), Number(process.argv[3] ?? 180) * 1000, threadsArg(4));
