import type { MemberIR } from './types.ts';

/**
 * Whether a value must give the member. An idempotency token never must, even when the model calls
 * it required: clients fill one in when the caller leaves it out (as AWS SDKs do), so the types,
 * the validators and the checks of examples and defaults all let it be left out.
 */
export function mustBeGiven(member: Pick<MemberIR, 'required' | 'idempotencyToken'>): boolean {
  return member.required === true && member.idempotencyToken !== true;
}
