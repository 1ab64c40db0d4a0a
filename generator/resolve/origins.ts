import type { SourceLocation } from '../ir/types.ts';
import type { ParsedModelFile, PathSegment } from '../load/parseModelFile.ts';

/**
 * Where each service, operation and shape was written, so checks that run on the resolved IR can
 * still point at the exact key or value in its file.
 */
export class ModelOrigins {
  private readonly entries = new Map<string, { file: ParsedModelFile; path: PathSegment[] }>();

  record(kind: 'service' | 'operation' | 'shape', name: string, file: ParsedModelFile, path: PathSegment[]): void {
    this.entries.set(`${kind}:${name}`, { file, path });
  }

  has(kind: 'service' | 'operation' | 'shape', name: string): boolean {
    return this.entries.has(`${kind}:${name}`);
  }

  /** The location of `sub` inside the named definition (of its key when `part` is 'key'). */
  locate(
    kind: 'service' | 'operation' | 'shape',
    name: string,
    sub: PathSegment[] = [],
    part: 'key' | 'value' = 'value',
  ): SourceLocation | undefined {
    const entry = this.entries.get(`${kind}:${name}`);
    if (!entry) return undefined;
    return entry.file.locate([...entry.path, ...sub], sub.length === 0 ? 'key' : part);
  }
}

export function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
