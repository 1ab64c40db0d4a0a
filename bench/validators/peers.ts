/**
 * The peers the generated validator is measured against, for the same input shape:
 * - AJV with default options, from a plain JSON Schema of AssociateWhatsAppBusinessAccountInput
 *   (what most tools generate; the exclusivity rule as `not: { required: [...] }`);
 * - zod 4, as a team would write it (its `.min/.max` count UTF-16 units, not code points: zod cannot
 *   state Smithy's meaning directly, so it is measured as written and that is said in the report).
 */
import { Ajv } from 'ajv';
import { z } from 'zod';

const str = (minLength: number, maxLength?: number, pattern?: string) => ({
  type: 'string',
  minLength,
  ...(maxLength !== undefined && { maxLength }),
  ...(pattern !== undefined && { pattern }),
});
const tag = { type: 'object', additionalProperties: false, required: ['key'], properties: { key: str(1, 128), value: str(0, 256) } };
const schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    signupCallback: { type: 'object', additionalProperties: false, required: ['accessToken'], properties: { accessToken: str(0, 1000), callbackUrl: str(0, 100) } },
    setupFinalization: {
      type: 'object',
      additionalProperties: false,
      required: ['associateInProgressToken', 'phoneNumbers'],
      not: { required: ['phoneNumberParent', 'waba'] },
      properties: {
        associateInProgressToken: str(0, 50),
        phoneNumbers: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'twoFactorPin'],
            properties: { id: str(1, 100), twoFactorPin: str(1, 6), dataLocalizationRegion: str(0, undefined, '[A-Z]{2}'), tags: { type: 'array', items: tag } },
          },
        },
        phoneNumberParent: str(1, 115, '.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*'),
        waba: {
          type: 'object',
          additionalProperties: false,
          properties: {
            id: str(1, 100),
            eventDestinations: {
              type: 'array',
              maxItems: 1,
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['eventDestinationArn'],
                properties: { eventDestinationArn: str(0, 2048, 'arn:.*:[a-z-]+([/:](.*))?'), roleArn: str(0, undefined, 'arn:.*:iam::\\d{12}:role\\/[a-zA-Z0-9+=,.@\\-_]+') },
              },
            },
            tags: { type: 'array', items: tag },
          },
        },
      },
    },
  },
};

const ajvDefault = new Ajv({ allErrors: true }).compile(schema);
export function ajvDefaultCheck(input: unknown): unknown[] {
  return ajvDefault(input) ? [] : ajvDefault.errors!;
}

const zTag = z.strictObject({ key: z.string().min(1).max(128), value: z.string().max(256).optional() });
const zInput = z.strictObject({
  signupCallback: z.strictObject({ accessToken: z.string().max(1000), callbackUrl: z.string().max(100).optional() }).optional(),
  setupFinalization: z
    .strictObject({
      associateInProgressToken: z.string().max(50),
      phoneNumbers: z.array(
        z.strictObject({ id: z.string().min(1).max(100), twoFactorPin: z.string().min(1).max(6), dataLocalizationRegion: z.string().regex(/[A-Z]{2}/u).optional(), tags: z.array(zTag).optional() }),
      ),
      phoneNumberParent: z.string().min(1).max(115).regex(/.*(^waba-.*$)|(^arn:.*:waba\/[0-9a-zA-Z]+$).*/u).optional(),
      waba: z
        .strictObject({
          id: z.string().min(1).max(100).optional(),
          eventDestinations: z
            .array(z.strictObject({ eventDestinationArn: z.string().max(2048).regex(/arn:.*:[a-z-]+([/:](.*))?/u), roleArn: z.string().regex(/arn:.*:iam::\d{12}:role\/[a-zA-Z0-9+=,.@\-_]+/u).optional() }))
            .max(1)
            .optional(),
          tags: z.array(zTag).optional(),
        })
        .optional(),
    })
    .refine((f) => !(f.phoneNumberParent !== undefined && f.waba !== undefined), { message: 'phoneNumberParent and waba exclude each other' })
    .optional(),
});
export function zodCheck(input: unknown): unknown[] {
  const result = zInput.safeParse(input);
  return result.success ? [] : result.error.issues;
}
