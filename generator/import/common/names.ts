import { typeNameOf } from '../../ir/names.ts';

/** The model format's name rules (docs/model-format.md, "Names"). */
export const SHAPE_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
export const MEMBER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Punctuation becomes `_` (so `a-b` and `ab` stay apart); a shape name must start with a letter. */
function sanitizeShapeName(name: string): string {
  const base = name.replace(/[^A-Za-z0-9_]/g, '_').replace(/^[^A-Za-z]+/, '');
  return base === '' ? 'Shape' : base;
}

function sanitizeMemberName(name: string): string {
  const base = name.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z_]/.test(base) ? base : `_${base}`;
}

/**
 * Assigns final shape names for a whole model at once, so the result does not depend on the order
 * shapes are met. A name claims both itself and its TypeScript type name (`String` claims
 * `StringShape`), which keeps every generated type name unique. Legal names are kept when they can
 * be; the rest are sanitised and numbered (`_2`, `_3`) in sorted order.
 */
export class ShapeNames {
  private readonly finalNames = new Map<string, string>();
  private readonly claimed = new Set<string>();
  readonly renamed: { from: string; to: string; why: string }[] = [];

  constructor(sourceNames: Iterable<string>) {
    const sorted = [...new Set(sourceNames)].sort();
    const legal = sorted.filter((n) => SHAPE_NAME.test(n));
    const legalSet = new Set(legal);
    const later: { name: string; why: string }[] = [];
    // Names whose type name is their own claim first; a shadowing name (`String`) yields to a
    // shape that is literally called like its type name (`StringShape`).
    for (const name of legal) {
      const typeName = typeNameOf(name);
      if (typeName !== name) continue;
      this.claim(name, name);
    }
    for (const name of legal) {
      const typeName = typeNameOf(name);
      if (typeName === name) continue;
      if (legalSet.has(typeName) || this.claimed.has(typeName)) {
        later.push({ name, why: `its TypeScript name ${typeName} is taken by another shape` });
      } else this.claim(name, name);
    }
    for (const name of sorted) {
      if (!SHAPE_NAME.test(name)) later.push({ name, why: 'not a legal shape name' });
    }
    later.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const { name, why } of later) {
      const to = this.unique(sanitizeShapeName(name));
      this.claim(name, to);
      this.renamed.push({ from: name, to, why });
    }
  }

  /** Final name of a source shape name given to the constructor. */
  get(sourceName: string): string {
    const name = this.finalNames.get(sourceName);
    // A TypeError: the source model is inconsistent, which the CLI reports as a bad input file.
    if (name === undefined) throw new TypeError(`the model refers to a shape it does not define: ${sourceName}`);
    return name;
  }

  has(sourceName: string): boolean {
    return this.finalNames.has(sourceName);
  }

  /** A fresh name for a shape the importer creates (synthetic inputs, prelude shapes). */
  fresh(wanted: string): string {
    const name = this.unique(sanitizeShapeName(wanted));
    this.claimed.add(name);
    this.claimed.add(typeNameOf(name));
    return name;
  }

  private unique(base: string): string {
    const free = (n: string) => !this.claimed.has(n) && !this.claimed.has(typeNameOf(n));
    if (free(base)) return base;
    for (let i = 2; ; i++) if (free(`${base}_${i}`)) return `${base}_${i}`;
  }

  private claim(source: string, name: string): void {
    this.finalNames.set(source, name);
    this.claimed.add(name);
    this.claimed.add(typeNameOf(name));
  }
}

/** Member names of one structure: legal names are kept, others sanitised and numbered. */
export function memberNames(sourceNames: readonly string[]): Map<string, string> {
  const result = new Map<string, string>();
  const taken = new Set(sourceNames.filter((n) => MEMBER_NAME.test(n)));
  for (const name of sourceNames) {
    if (MEMBER_NAME.test(name)) {
      result.set(name, name);
      continue;
    }
    const base = sanitizeMemberName(name);
    let candidate = base;
    for (let i = 2; taken.has(candidate); i++) candidate = `${base}_${i}`;
    taken.add(candidate);
    result.set(name, candidate);
  }
  return result;
}

/** The loader's default symbolic name of an enum value; using it keeps exported YAML concise. */
export { enumNameOf as defaultEnumName } from '../../resolve/resolveModel.ts';

/** Enum value names, made unique within the enum by numbering repeats. */
export function uniqueEnumNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let i = 2; seen.has(candidate); i++) candidate = `${name}_${i}`;
    seen.add(candidate);
    return candidate;
  });
}
