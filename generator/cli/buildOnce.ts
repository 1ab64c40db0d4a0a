import { relative, sep } from 'node:path';
import { fingerprintOf, recordFingerprint, upToDatePackage } from '../config/fingerprint.ts';
import type { ShapecraftConfig } from '../config/loadConfig.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { runPipeline, type StepTiming } from '../pipeline.ts';
import { describePlan, planOutput, writeOutput } from '../write/index.ts';
import { EXIT } from './exitCodes.ts';
import { formatMs, type Reporter } from './reporter.ts';

export interface BuildFlags {
  check: boolean;
  force: boolean;
  noCache: boolean;
}

/**
 * One generation: skip when nothing it depends on changed, otherwise run the pipeline and then
 * either write the package (generate) or compare it with the folder (generate --check).
 * Returns the exit code; prints everything through the reporter.
 */
export async function buildOnce(
  config: ShapecraftConfig,
  flags: BuildFlags,
  reporter: Reporter,
): Promise<number> {
  const started = performance.now();
  const shown = (path: string) => relative(process.cwd(), path).split(sep).join('/') || '.';
  const timings: StepTiming[] = [];
  const total = () => formatMs(performance.now() - started);

  // Without --check or --no-cache, a run whose inputs are unchanged has nothing to do.
  const fingerprint = flags.check || flags.noCache ? undefined : fingerprintOf(config);
  if (fingerprint) {
    const upToDate = upToDatePackage(config, fingerprint);
    if (upToDate) {
      reporter.info(`${shown(upToDate)} is up to date: model, config and generator unchanged (content hash ${fingerprint.slice(0, 12)}); nothing written (${total()})`);
      return EXIT.ok;
    }
  }

  const result = await runPipeline(config, {
    noCache: flags.noCache,
    onStep: (step, index, count) => reporter.progress(`[${index + 1}/${count + 1}] ${step}…`),
  });
  timings.push(...result.timings);
  reporter.diagnostics(result.diagnostics);
  if (hasErrors(result.diagnostics) || !result.files || !result.packageDir) {
    printTimings(reporter, timings, total());
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    reporter.error(`generation failed with ${errors} error${errors === 1 ? '' : 's'}; ${shown(result.packageDir ?? config.out)} was left as it was`);
    return EXIT.failed;
  }

  const writeStarted = performance.now();
  reporter.progress(`[5/5] ${flags.check ? 'compare' : 'write'}…`);
  if (flags.check) {
    const differences = describePlan(planOutput(result.packageDir, result.files));
    timings.push({ step: 'compare', ms: performance.now() - writeStarted });
    printTimings(reporter, timings, total());
    if (differences.length === 0) {
      reporter.info(`${shown(result.packageDir)} is up to date with the model (${result.files.length} files checked)`);
      return EXIT.ok;
    }
    const count = differences.length === 1 ? '1 file differs' : `${differences.length} files differ`;
    reporter.error(`${shown(result.packageDir)} is not what the model produces (${count}); run \`npm run generate\`:`);
    for (const line of differences) reporter.errorDetail(`  ${line}`);
    return EXIT.failed;
  }

  const written = writeOutput(result.packageDir, result.files, { force: flags.force });
  timings.push({ step: 'write', ms: performance.now() - writeStarted });
  for (const action of written.recovered) reporter.info(action);
  reporter.diagnostics(written.diagnostics);
  if (hasErrors(written.diagnostics) || !written.plan) {
    reporter.error(`nothing was written; ${shown(result.packageDir)} was left as it was`);
    return EXIT.failed;
  }
  printTimings(reporter, timings, total());
  if (fingerprint) recordFingerprint(config, fingerprint, result.packageDir);
  const plan = written.plan;
  if (!written.wrote) {
    reporter.info(`${shown(result.packageDir)} is up to date: the output is identical, nothing written (${total()})`);
  } else {
    const counts = [`${plan.added.length} added`, `${plan.changed.length + plan.conflicts.length} changed`, `${plan.removed.length} removed`, `${plan.unchanged.length} unchanged`];
    reporter.info(`wrote ${shown(result.packageDir)}: ${counts.join(', ')} (${total()})`);
  }
  return EXIT.ok;
}

function printTimings(reporter: Reporter, timings: readonly StepTiming[], total: string): void {
  for (const t of timings) reporter.detail(`  ${t.step.padEnd(8)} ${formatMs(t.ms).padStart(8)}${t.note ? `  ${t.note}` : ''}`);
  reporter.detail(`  ${'total'.padEnd(8)} ${total.padStart(8)}`);
}
