/**
 * `npm run conformance -- <file>...`: every case of botocore rest-json protocol test files against
 * the generated client. Prints each failing case with what differed, then `N passed, M failed`.
 * Without arguments it runs both shared files (input.json and output.json).
 */
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KNOWN_FAILURES } from './knownFailures.ts';
import { runSuite, type CaseResult } from './runner.ts';
import { loadSuites } from './suites.ts';

const SHARED = fileURLToPath(new URL('../../../shared/conformance/botocore-rest-json/', import.meta.url));

export async function runFile(file: string): Promise<CaseResult[]> {
  const kind = basename(file).startsWith('output') ? 'output' : 'input';
  const results: CaseResult[] = [];
  const suites = loadSuites(file);
  for (const [index, suite] of suites.entries()) results.push(...(await runSuite(suite, index, kind)));
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = process.argv.slice(2);
  const targets = files.length > 0 ? files : [join(SHARED, 'input.json'), join(SHARED, 'output.json')];
  let passed = 0;
  let failed = 0;
  for (const file of targets) {
    for (const r of await runFile(file)) {
      if (r.problems.length === 0) passed++;
      else {
        failed++;
        const known = KNOWN_FAILURES[r.id] ? `\n    known: ${KNOWN_FAILURES[r.id]}` : '';
        console.log(`FAIL ${r.id} (${r.suite})\n${r.problems.map((p) => `    ${p}`).join('\n')}${known}`);
      }
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}
