/**
 * Names of the boto3-style pages. The generated client's own names (class, methods) come from the
 * client emitter's naming module, so the examples in the docs call what the package exports.
 */
import type { ServiceIR } from '../../../ir/types.ts';

/** `AWS End User Messaging Social` → `EndUserMessagingSocial`, as boto3's reference names the client. */
export function boto3ClientNameOf(service: Pick<ServiceIR, 'title' | 'name'>): string {
  const words = service.title
    .replace(/^(AWS|Amazon)\s+/i, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const pascal = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  const base = /^[A-Za-z]/.test(pascal) ? pascal : service.name.charAt(0).toUpperCase() + service.name.slice(1);
  return base;
}
