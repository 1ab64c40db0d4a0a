import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface ModelFileText {
  /** Path relative to the current directory, with `/` separators: what diagnostics print. */
  file: string;
  text: string;
}

/** Paths of the `.yaml`/`.yml` files under `dir`, in the order the file system lists them. */
export async function modelFilePaths(dir: string): Promise<string[]> {
  const paths: string[] = [];
  async function walk(current: string): Promise<void> {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) paths.push(path);
    }
  }
  await walk(dir);
  return paths;
}

/**
 * Every model file under `dir`, in sorted order of their relative paths, so the result is the same
 * whatever order the file system lists them in.
 */
export async function readModelFiles(dir: string, cwd = process.cwd()): Promise<ModelFileText[]> {
  const paths = await modelFilePaths(dir);
  const files = await Promise.all(
    paths.map(async (path) => ({
      file: relative(cwd, path).split(sep).join('/'),
      text: await readFile(path, 'utf8'),
    })),
  );
  return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
