/**
 * Runtime code ships as real, type-checked TypeScript kept in `templates/runtime/<area>/`; emitters
 * copy the areas they need into the package's `src/runtime/<area>/`, byte for byte.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EmittedFile } from '../emitter.ts';

const RUNTIME_DIR = fileURLToPath(new URL('../../../templates/runtime/', import.meta.url));

export function runtimeFiles(area: 'protocol' | 'client' | 'checksum' | 'mock'): EmittedFile[] {
  const dir = `${RUNTIME_DIR}${area}/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()
    .map((f) => ({ path: `src/runtime/${area}/${f}`, contents: readFileSync(`${dir}${f}`, 'utf8') }));
}
