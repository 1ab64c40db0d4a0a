import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { ServiceIR } from '../../ir/types.ts';
import type { ModelOrigins } from '../../resolve/origins.ts';
import { checkConstraints } from './constraints.ts';
import type { CheckContext, SemanticCheck } from './context.ts';
import { checkDefaults } from './defaults.ts';
import { checkErrorTraits } from './errors.ts';
import { checkExamples } from './examples.ts';
import { checkHost } from './host.ts';
import { checkHttp } from './http.ts';
import { checkNames } from './names.ts';
import { checkReferences } from './references.ts';
import { checkRequiredCycles } from './requiredCycles.ts';
import { checkRules } from './rules.ts';

const CHECKS: SemanticCheck[] = [checkReferences, checkConstraints, checkRules, checkHttp, checkHost, checkNames, checkErrorTraits, checkRequiredCycles, checkDefaults];

/**
 * Runs every semantic check and collects all their diagnostics. Examples are checked last, and
 * not against shapes already found broken: that would only repeat the same mistake as noise.
 */
export function checkSemantics(ir: ServiceIR, origins: ModelOrigins, brokenShapes: ReadonlySet<string> = new Set()): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const ctx: CheckContext = {
    ir,
    shapes: new Map(ir.shapes.map((s) => [s.name, s])),
    origins,
    brokenShapes,
    flagged: new Set(brokenShapes),
    report: (d) => diagnostics.push({ severity: 'error', ...d }),
  };
  for (const check of CHECKS) check(ctx);
  checkExamples(ctx);
  return diagnostics;
}
