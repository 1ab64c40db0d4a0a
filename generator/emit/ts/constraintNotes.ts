import type { Bounds, MemberTraitsIR, ShapeIR } from '../../ir/types.ts';

function bounds(b: Bounds | undefined, unit: string): string | undefined {
  if (!b) return undefined;
  if (b.min !== undefined && b.max !== undefined) return b.min === b.max ? `exactly ${b.min}${unit}` : `${b.min} to ${b.max}${unit}`;
  return b.min !== undefined ? `at least ${b.min}${unit}` : `at most ${b.max}${unit}`;
}

/**
 * One-line notes of what a value must satisfy, for doc comments: an editor then shows the
 * service's limits where the value is typed.
 */
export function constraintNotes(shape: ShapeIR, traits: MemberTraitsIR = {}): string[] {
  const notes: string[] = [];
  const unit = shape.type === 'string' ? ' characters' : shape.type === 'blob' ? ' bytes' : shape.type === 'map' ? ' entries' : ' items';
  for (const b of ['length' in shape ? shape.length : undefined, traits.length]) {
    const text = bounds(b, unit);
    if (text) notes.push(`Length: ${text}.`);
  }
  for (const b of ['range' in shape ? shape.range : undefined, traits.range]) {
    const text = bounds(b, '');
    if (text) notes.push(`Range: ${text}.`);
  }
  for (const p of [shape.type === 'string' ? shape.pattern : undefined, traits.pattern]) {
    if (p !== undefined) notes.push(`Pattern: \`${p.replace(/`/g, '\\`')}\` (unanchored).`);
  }
  if (shape.type === 'list' && shape.uniqueItems) notes.push('Items must be unique.');
  if (shape.sensitive) notes.push('Sensitive: never logged or shown in validation messages.');
  return notes;
}
