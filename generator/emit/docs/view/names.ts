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

/** `AssociateWhatsAppBusinessAccount` → `associate_whatsapp_business_account`, as boto3 names methods. */
export function snakeCaseOf(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[a-z0-9]+(?:_[a-z0-9]+)*/g, (words) => PARTIAL_RENAMES.reduce((w, [from, to]) => w.replaceAll(from, to), words));
}

/** Brand names boto3 keeps as one word, as botocore's own `_partial_renames` table does. */
const PARTIAL_RENAMES: [string, string][] = [
  ['whats_app', 'whatsapp'],
  ['ipv_6', 'ipv6'],
  ['ipv_4', 'ipv4'],
];
