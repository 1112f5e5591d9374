import { z } from 'zod';
import { apiErrorSchema } from './errors';

// Building blocks of the OpenAPI document: JSON Schema from the handlers' own zod schemas, error answers
// that list the `error.code` values they can carry, and examples a client (and the contract test) can send.

export type JsonSchema = Record<string, unknown>;

export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return rest;
}

export function parameters(schema: z.ZodType, where: 'query' | 'path', examples: Record<string, unknown> = {}) {
  const s = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, prop]) => ({
    name,
    in: where,
    required: where === 'path' || (s.required ?? []).includes(name),
    schema: prop,
    ...(name in examples ? { example: examples[name] } : {}),
  }));
}

export const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema: jsonSchema(schema, 'output') } },
});

export const noContent = (description: string) => ({ description });

/** An error answer: the common `{ error: { code, message } }` shape with the codes this answer can carry. */
export function errors(description: string, ...codes: string[]) {
  const schema = jsonSchema(apiErrorSchema, 'output') as {
    properties: { error: { properties: Record<string, JsonSchema> } };
  };
  schema.properties.error.properties.code = { type: 'string', enum: codes };
  return {
    description: `${description} (error.code: ${codes.map((c) => `\`${c}\``).join(', ')})`,
    content: { 'application/json': { schema } },
  };
}

export const badRequest = (...more: string[]) =>
  errors('Invalid input: `error.fields` names each bad field', 'invalid_request', 'invalid_json', ...more);

export const body = (schema: z.ZodType, example: unknown) => ({
  required: true,
  content: { 'application/json': { schema: jsonSchema(schema, 'input'), example } },
});

export const tooMany = (what: string) => errors(`${what} (Retry-After header)`, 'rate_limited');

/** A Bearer access token is required. */
export const bearerOnly = [{ bearerAuth: [] }];
/** Anonymous, or signed in with a Bearer access token (then the account's cart and orders). */
export const bearerOptional = [{}, { bearerAuth: [] }];

export const unauthorized = errors(
  'No access token (`unauthorized`), or one that is invalid, expired or revoked (`invalid_token`): refresh it, or sign in again',
  'unauthorized',
  'invalid_token',
);
export const badToken = errors(
  'The Authorization header carries an invalid, expired or revoked access token',
  'invalid_token',
);
export const redisDown = errors('The cart store (Redis) is unavailable', 'cart_unavailable');
