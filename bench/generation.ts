/**
 * Generation benchmark: wall time and peak memory of a full generation — import the botocore
 * model, export it as YAML, load the YAML, run every emitter present — for socialmessaging
 * (219 shapes, the peer) and quicksight (2,746 shapes) in the same run. Each measurement is a
 * fresh child process, so peak RSS is that generation's alone and nothing is warmed up.
 * Growth no worse than linear means the per-shape ratio (quicksight ÷ socialmessaging) stays ≤ 1.
 *
 *   node --import tsx bench/generation.ts [runs] [budget seconds per measurement, default 180]
 *
 * The child prints each stage as it finishes, so a measurement that exceeds its budget is still
 * reported: the stages that finished, and the one that was running when it was stopped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const MODELS = {
  socialmessaging: join(root, '..', 'shared', 'reference', 'botocore', 'socialmessaging-2024-01-01.json'),
  quicksight: join(root, '..', 'shared', 'reference', 'botocore', 'quicksight-2018-04-01.json'),
};

interface Measurement {
  shapes: number;
  operations: number;
  /** Milliseconds per stage, in order. */
  stages: Record<string, number>;
  /** Emitters that threw, with the first line of the error: not part of the time. */
  failed: Record<string, string>;
  maxRssMb: number;
  wallMs: number;
}

/** Child side: one generation, reported as JSON on stdout. */
async function measureChild(model: string): Promise<void> {
  const started = performance.now();
  const stages: Record<string, number> = {};
  const failed: Record<string, string> = {};
  const time = async <T>(stage: string, fn: () => T | Promise<T>): Promise<T> => {
    const t = performance.now();
    process.stdout.write(`start ${stage}\n`);
    const result = await fn();
    stages[stage] = performance.now() - t;
    process.stdout.write(`stage ${stage} ${stages[stage]}\n`);
    return result;
  };
  const { importBotocore } = await import('../generator/import/botocore/index.ts');
  const { modelToYaml } = await import('../generator/export/index.ts');
  const { loadModelTexts } = await import('../generator/load/index.ts');
  const { EMITTER_MODULES } = await import('../generator/config/emitters.ts');

  const json = await time('read', () => JSON.parse(readFileSync(model, 'utf8')));
  const { ir: imported } = await time('import', () => importBotocore(json));
  const yaml = await time('export', () => modelToYaml(imported));
  const loaded = await time('load', () => loadModelTexts(yaml.map((f) => ({ file: f.path, text: f.contents }))));
  const ir = loaded.ir ?? imported;
  for (const [name, { module, exportName }] of Object.entries(EMITTER_MODULES)) {
    const path = new URL(module, new URL('../generator/config/', import.meta.url));
    if (!existsSync(fileURLToPath(path))) continue;
    try {
      const emit = (await import(path.href))[exportName] as (ir: unknown) => unknown[];
      await time(`emit ${name}`, () => emit(ir));
    } catch (error) {
      failed[name] = (error as Error).message.split('\n')[0];
    }
  }
  const result: Measurement = {
    shapes: ir.shapes.length,
    operations: ir.operations.length,
    stages,
    failed,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    wallMs: performance.now() - started,
  };
  process.stdout.write(`result ${JSON.stringify(result)}\n`);
}

interface Outcome {
  /** Absent when the child was stopped: then `stages` has what finished and `running` the rest. */
  result?: Measurement;
  stages: Record<string, number>;
  running?: string;
}

function measure(model: string, budgetMs: number): Outcome {
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', model], {
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
  if (!result && run.error === undefined && run.status !== 0) throw new Error(`measurement of ${model} failed:\n${run.stderr}`);
  return { result, stages, running };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

function parent(runs: number, budgetMs: number): void {
  const results: Record<string, { m: Measurement; wall: number; rss: number }> = {};
  for (const [name, path] of Object.entries(MODELS)) {
    const outcomes = Array.from({ length: runs }, () => measure(path, budgetMs));
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
    console.log(`${name}: ${m.shapes} shapes, ${m.operations} operations: ${fmt(wall)} wall, ${rss.toFixed(0)} MB peak RSS (median of ${runs})`);
    console.log(`  ${stages}`);
    for (const [emitter, error] of Object.entries(m.failed)) console.log(`  emitter ${emitter} failed (not timed): ${error}`);
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

if (process.argv[2] === '--child') await measureChild(process.argv[3]);
else parent(Number(process.argv[2] ?? 3), Number(process.argv[3] ?? 180) * 1000);
