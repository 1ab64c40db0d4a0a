/**
 * What an importer could not carry over into the IR, by shape and member. Importers never drop a
 * source feature silently: everything the IR cannot hold becomes one of these notes.
 */
export interface ImportNote {
  /** Shape (or operation) name as written in the source model. */
  shape?: string;
  member?: string;
  /** The source feature: a botocore key (`endpoint.hostPrefix`) or a Smithy trait id. */
  trait: string;
  message: string;
}

/** Collects notes; `forShape` binds the shape name so mapping code stays short. */
export class ImportReport {
  readonly notes: ImportNote[] = [];

  add(note: ImportNote): void {
    this.notes.push(note.member === undefined ? { shape: note.shape, trait: note.trait, message: note.message } : note);
  }

  forShape(shape: string, member?: string): (trait: string, message: string) => void {
    return (trait, message) => this.add({ shape, member, trait, message });
  }

  /** Sorted by shape, member, trait so reports diff cleanly between runs. */
  sorted(): ImportNote[] {
    const key = (n: ImportNote) => [n.shape ?? '', n.member ?? '', n.trait, n.message];
    return [...this.notes].sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
      return 0;
    });
  }
}

/** A short JSON rendering of a dropped value for a report message. */
export function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** `shape.member: trait: message` lines, as the CLI prints them. */
export function formatNote(note: ImportNote): string {
  const where = [note.shape, note.member].filter(Boolean).join('.');
  return `${where ? `${where}: ` : ''}${note.trait}: ${note.message}`;
}

/** A report function bound to a shape (ImportReport.forShape). */
export type Note = (trait: string, message: string) => void;

/**
 * Reports each key of `record` not in `known` as not carried over, with its value, under
 * `prefix` + key; `messages` says more for keys the importer knows it drops.
 */
export function noteUnknownKeys(note: Note, record: object, known: ReadonlySet<string>, prefix = '', messages: Readonly<Record<string, string>> = {}): void {
  for (const key of Object.keys(record)) {
    if (known.has(key)) continue;
    const value = (record as Record<string, unknown>)[key];
    note(`${prefix}${key}`, Object.hasOwn(messages, key) ? messages[key] : `not representable in the IR: ${preview(value)}`);
  }
}
