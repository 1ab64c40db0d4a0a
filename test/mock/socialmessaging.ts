/** The real socialmessaging service (botocore model in ../shared), imported and generated with its mock. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emitMock } from '../../generator/emit/mock/index.ts';
import { importBotocore } from '../../generator/import/botocore/index.ts';
import { generatePackage, importModule, ROOT, RUNTIME_EMITTERS } from '../client/generate.ts';

export const SOCIALMESSAGING_MODEL = join(ROOT, '../shared/reference/botocore/socialmessaging-2024-01-01.json');

export async function socialMessagingPackage(name: string): Promise<{ dir: string; client: Record<string, any>; mock: Record<string, any> }> {
  const { ir } = importBotocore(JSON.parse(readFileSync(SOCIALMESSAGING_MODEL, 'utf8')));
  const dir = await generatePackage(ir, name, [...RUNTIME_EMITTERS, emitMock]);
  return {
    dir,
    client: await importModule<Record<string, any>>(dir, 'src/client/index.ts'),
    mock: await importModule<Record<string, any>>(dir, 'src/mock/index.ts'),
  };
}

export const IDS = {
  waba: 'waba-01234567890123456789012345678901',
  phone: 'phone-number-id-01234567890123456789012345678901',
  arn: 'arn:aws:social-messaging:us-east-1:123456789012:waba/0123456789',
  topic: 'arn:aws:sns:us-east-1:123456789012:events',
  role: 'arn:aws:iam::123456789012:role/events-writer',
};

/** The same calls for both clients: operation name → input (SDK command names add `Command`). */
export const CALLS: [string, Record<string, unknown>][] = [
  ['SendWhatsAppMessage', { originationPhoneNumberId: IDS.phone, message: new TextEncoder().encode('{"to":"+15550100"}'), metaApiVersion: 'v20.0' }],
  ['GetLinkedWhatsAppBusinessAccount', { id: IDS.waba }],
  ['ListLinkedWhatsAppBusinessAccounts', { maxResults: 10, nextToken: 'page 2/3' }],
  ['TagResource', { resourceArn: IDS.arn, tags: [{ key: 'team', value: 'growth' }, { key: 'empty' }] }],
  ['UntagResource', { resourceArn: IDS.arn, tagKeys: ['team'] }],
  ['ListTagsForResource', { resourceArn: IDS.arn }],
  ['PutWhatsAppBusinessAccountEventDestinations', { id: IDS.waba, eventDestinations: [{ eventDestinationArn: IDS.topic, roleArn: IDS.role }] }],
  ['DeleteWhatsAppMessageMedia', { mediaId: 'media-1', originationPhoneNumberId: IDS.phone }],
  ['GetLinkedWhatsAppBusinessAccountPhoneNumber', { id: IDS.phone }],
];
