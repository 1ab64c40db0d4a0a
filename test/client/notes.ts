/** The `notes` fixture model, loaded through the real loader and generated into test/.tmp. */
import { fileURLToPath } from 'node:url';
import { loadModel } from '../../generator/load/index.ts';
import type { ServiceIR } from '../../generator/ir/types.ts';
import type { Emitter } from '../../generator/emit/emitter.ts';
import { generatePackage, importModule, RUNTIME_EMITTERS } from './generate.ts';

export const NOTES_MODEL = fileURLToPath(new URL('./fixtures/notes/', import.meta.url));

export async function loadNotes(): Promise<ServiceIR> {
  const { ir, diagnostics } = await loadModel(NOTES_MODEL);
  if (!ir) throw new Error(`the notes fixture does not load: ${diagnostics.map((d) => d.message).join('; ')}`);
  return ir;
}

/** Generates the notes package into test/.tmp/<name> and imports its client module. */
export async function notesClientModule(name: string, emitters: Emitter[] = RUNTIME_EMITTERS): Promise<{ dir: string; client: Record<string, any> }> {
  const dir = await generatePackage(await loadNotes(), name, emitters);
  return { dir, client: await importModule<Record<string, any>>(dir, 'src/client/index.ts') };
}
