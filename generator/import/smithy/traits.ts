import type { Bounds, Deprecation } from '../../ir/types.ts';
import { htmlToMarkdown } from '../common/docs.ts';
import { compact, preview } from '../common/index.ts';
import type { Traits } from './model.ts';

/**
 * Reads traits off one shape or member and remembers which were used, so that `leftovers` can put
 * every trait nobody consumed into the import report.
 */
export class TraitReader {
  private readonly used = new Set<string>();
  constructor(readonly traits: Traits = {}) {}

  get<T>(id: string): T | undefined {
    if (!(id in this.traits)) return undefined;
    this.used.add(id);
    return this.traits[id] as T;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** Marks traits as carried over by other means (e.g. `input`, implied by the operation). */
  consume(...ids: string[]): void {
    for (const id of ids) this.used.add(id);
  }

  docs(): string | undefined {
    return htmlToMarkdown(this.get<string>('smithy.api#documentation'));
  }

  deprecated(): Deprecation | undefined {
    const d = this.get<{ message?: string; since?: string }>('smithy.api#deprecated');
    return d === undefined ? undefined : compact({ message: d.message, since: d.since });
  }

  sensitive(): true | undefined {
    return this.has('smithy.api#sensitive') ? true : undefined;
  }

  length(): Bounds | undefined {
    const b = this.get<Bounds>('smithy.api#length');
    return b === undefined ? undefined : compact({ min: b.min, max: b.max });
  }

  range(): Bounds | undefined {
    const b = this.get<Bounds>('smithy.api#range');
    return b === undefined ? undefined : compact({ min: b.min, max: b.max });
  }

  leftovers(note: (trait: string, message: string) => void): void {
    for (const [id, value] of Object.entries(this.traits)) {
      if (!this.used.has(id)) note(id, `not representable in the IR: ${preview(value)}`);
    }
  }
}

export const TIMESTAMP_FORMATS = new Set(['date-time', 'epoch-seconds', 'http-date']);
