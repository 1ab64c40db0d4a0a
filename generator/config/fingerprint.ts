import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashParts, sha256 } from '../write/hash.ts';
import { MANIFEST_FILE, readManifest } from '../write/manifest.ts';
import type { ShapecraftConfig } from './loadConfig.ts';

/**
 * A hash of everything a run's output depends on: the model folder, the config, and shapecraft's
 * own generator code, runtime templates and locked dependencies. When it matches the hash recorded
 * after the last successful run, and the output folder still holds exactly what that run wrote,
 * there is nothing to do: no loading, emitting or compiling.
 */
const shapecraftRoot = fileURLToPath(new URL('../..', import.meta.url));

function filesUnder(dir: string, base: string): [string, Buffer][] {
  const found: [string, Buffer][] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) found.push(...filesUnder(path, base));
    } else if (entry.isFile()) found.push([relative(base, path).split(sep).join('/'), readFileSync(path)]);
  }
  return found;
}

function readIfExists(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    return Buffer.alloc(0);
  }
}

export function fingerprintOf(config: ShapecraftConfig): string {
  const configFile = config.file ? [[`config:${config.file}`, readFileSync(join(config.root, config.file))] as [string, Buffer]] : [];
  return hashParts([
    ['settings', JSON.stringify({ model: relative(config.root, config.model), out: relative(config.root, config.out), package: config.package, emitters: config.emitters, packageEmitter: config.packageEmitter })],
    ...configFile,
    ...filesUnder(config.model, config.model).map(([p, c]) => [`model:${p}`, c] as [string, Buffer]),
    ...filesUnder(join(shapecraftRoot, 'generator'), shapecraftRoot),
    ...filesUnder(join(shapecraftRoot, 'templates'), shapecraftRoot),
    ['package-lock.json', readIfExists(join(shapecraftRoot, 'package-lock.json'))],
  ]);
}

interface FingerprintRecord {
  fingerprint: string;
  /** Package folder relative to the config root. */
  packageDir: string;
  /** Hash of the manifest the run left. */
  manifest: string;
}

function recordPath(config: ShapecraftConfig): string {
  const key = sha256(JSON.stringify([relative(config.root, config.model), relative(config.root, config.out)])).slice(0, 16);
  return join(config.cacheDir, 'fingerprints', `${key}.json`);
}

/** After a successful run: remember what produced the folder's current contents. */
export function recordFingerprint(config: ShapecraftConfig, fingerprint: string, packageDir: string): void {
  const record: FingerprintRecord = {
    fingerprint,
    packageDir: relative(config.root, packageDir).split(sep).join('/'),
    manifest: sha256(readFileSync(join(packageDir, MANIFEST_FILE))),
  };
  const path = recordPath(config);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(`${path}.${process.pid}.tmp`, JSON.stringify(record));
  renameSync(`${path}.${process.pid}.tmp`, path);
}

/**
 * The package folder, when the last run had this fingerprint and the folder is exactly as that
 * run left it (every file re-hashed: a hand edit or a deleted file makes the run go ahead).
 */
export function upToDatePackage(config: ShapecraftConfig, fingerprint: string): string | undefined {
  let record: FingerprintRecord;
  try {
    record = JSON.parse(readFileSync(recordPath(config), 'utf8')) as FingerprintRecord;
  } catch {
    return undefined;
  }
  if (record.fingerprint !== fingerprint) return undefined;
  const packageDir = join(config.root, record.packageDir);
  try {
    if (sha256(readFileSync(join(packageDir, MANIFEST_FILE))) !== record.manifest) return undefined;
    for (const [path, hash] of Object.entries(readManifest(packageDir).files)) {
      if (sha256(readFileSync(join(packageDir, path))) !== hash) return undefined;
    }
  } catch {
    return undefined;
  }
  return packageDir;
}
