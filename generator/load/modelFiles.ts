import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { recoverOutput } from '../write/index.ts';

export interface ModelFileText {
  /** Path relative to the current directory, with `/` separators: what diagnostics print. */
  file: string;
  text: string;
  /**
   * Set when the file is not valid UTF-8: the offset in `text` of the first bad byte (decoded as
   * U+FFFD there). parseModelFile reports it instead of reading a silently altered model.
   */
  invalidUtf8At?: number;
}

/** The YAML spec's encoding for a model. `fatal` makes a bad byte an error, not a silent U+FFFD. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** The same, replacing bad bytes: only to show the file and find where the first bad byte is. */
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The text of a model file. A byte-order mark is kept (`ignoreBOM`), as `readFile(path, 'utf8')`
 * did before, so columns on the first line do not move; the YAML parser skips it.
 */
function decodeModelFile(bytes: Uint8Array): { text: string; invalidUtf8At?: number } {
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    const text = lenientUtf8.decode(bytes);
    return { text, invalidUtf8At: firstReplacedOffset(text, bytes) };
  }
}

/**
 * Where in the leniently decoded `text` the first invalid byte sits: walks the text and the bytes
 * side by side, and stops at the first U+FFFD that the bytes do not spell out (EF BF BD would be a
 * real, valid U+FFFD).
 */
function firstReplacedOffset(text: string, bytes: Uint8Array): number {
  let byte = 0;
  for (let offset = 0; offset < text.length; ) {
    const codePoint = text.codePointAt(offset)!;
    if (codePoint === 0xfffd && !(bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd)) return offset;
    byte += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    offset += codePoint > 0xffff ? 2 : 1;
  }
  return text.length;
}

/**
 * `shapecraft import` replaces a model folder by two renames; an import killed between them leaves
 * the folder beside its place, whole. This puts it back, as the next import would.
 */
function restoreInterruptedImport(dir: string): void {
  try {
    recoverOutput(dir);
  } catch {
    // Nothing to restore here (a read-only parent, say): the missing folder is reported as before.
  }
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
  if (!existsSync(dir)) restoreInterruptedImport(dir);
  const paths = await modelFilePaths(dir);
  const files = await Promise.all(
    paths.map(async (path) => ({
      file: relative(cwd, path).split(sep).join('/'),
      ...decodeModelFile(await readFile(path)),
    })),
  );
  return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
