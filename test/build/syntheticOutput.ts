import type { EmittedFile } from '../../generator/emit/emitter.ts';

/**
 * A package-sized output whose every file says which version it belongs to. Versions differ in
 * contents and in shape: each drops some paths the other has, so a mixture is easy to see.
 */
export function syntheticOutput(version: string, count: number): EmittedFile[] {
  const files: EmittedFile[] = [];
  for (let i = 0; i < count; i++) {
    if ((i + version.length) % 7 === 0) continue;
    const path = `${i % 3 === 0 ? 'dist' : 'src'}/group${i % 13}/file${i}.ts`;
    files.push({ path, contents: `// version ${version}, file ${i}\n${`export const v${i} = ${JSON.stringify(version)};\n`.repeat(40)}` });
  }
  files.push({ path: 'package.json', contents: JSON.stringify({ name: 'synthetic', version }) });
  return files;
}
