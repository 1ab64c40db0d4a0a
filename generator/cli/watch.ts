import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import chokidar from 'chokidar';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ShapecraftConfig } from '../config/loadConfig.ts';
import { buildOnce, type BuildFlags } from './buildOnce.ts';
import { EXIT } from './exitCodes.ts';
import type { Reporter } from './reporter.ts';

const templatesDir = fileURLToPath(new URL('../../templates', import.meta.url));

/**
 * `generate --watch`: build, then build again whenever a model, runtime template or config file
 * changes. A broken model is reported and the last good output stays in place (the writer is only
 * reached by a run without errors). Changes that arrive during a build queue one more build.
 * Ends with exit code 0 on SIGINT or SIGTERM.
 */
export async function watchAndBuild(
  configure: () => { config?: ShapecraftConfig; diagnostics: Diagnostic[] },
  flags: BuildFlags,
  reporter: Reporter,
): Promise<number> {
  let running = false;
  let pending = false;
  let timer: NodeJS.Timeout | undefined;
  let watched: string[] = [];

  const build = async (): Promise<void> => {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    try {
      const { config, diagnostics } = configure();
      reporter.diagnostics(diagnostics);
      if (config) {
        const paths = [config.model, templatesDir, ...(config.file ? [join(config.root, config.file)] : [])];
        const added = paths.filter((p) => !watched.includes(p));
        if (added.length > 0) watcher.add(added);
        watched = paths;
        await buildOnce(config, flags, reporter);
      }
    } catch (error) {
      reporter.error(`build failed: ${(error as Error).stack ?? String(error)}`);
    } finally {
      running = false;
      reporter.info('watching for changes (Ctrl-C to stop)');
    }
    if (pending) {
      pending = false;
      await build();
    }
  };

  const watcher = chokidar.watch([], { ignoreInitial: true, ignored: (path) => basename(path).startsWith('.') });
  watcher.on('all', (event, path) => {
    reporter.detail(`${event}: ${path}`);
    clearTimeout(timer);
    // Editors save in bursts (write, rename, chmod); one build per burst.
    timer = setTimeout(() => void build(), 100);
  });
  await build();

  return new Promise((resolve) => {
    const stop = (): void => {
      clearTimeout(timer);
      void watcher.close().then(() => resolve(EXIT.ok));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
