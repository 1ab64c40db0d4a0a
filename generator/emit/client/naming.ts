/** Identifiers the client emitter derives from the model, in one place so every file agrees. */
import type { OperationIR, ServiceIR } from '../../ir/types.ts';

/** `socialmessaging` → `Socialmessaging`: prefix of the client and base exception classes. */
export function servicePrefix(ir: ServiceIR): string {
  return ir.name.charAt(0).toUpperCase() + ir.name.slice(1);
}

export const clientClassName = (ir: ServiceIR) => `${servicePrefix(ir)}Client`;
export const baseClientClassName = (ir: ServiceIR) => `${servicePrefix(ir)}BaseClient`;
export const baseExceptionName = (ir: ServiceIR) => `${servicePrefix(ir)}ServiceException`;

/** The exported operation definition constant (`SendWhatsAppMessageOperation`). */
export const operationConstName = (op: OperationIR) => `${op.name}Operation`;

export const validatorNames = (op: OperationIR) => ({ input: `validate${op.name}Input`, output: `validate${op.name}Output` });
