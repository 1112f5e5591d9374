import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAccount } from '../support/accounts';
import { connectTestDatabase } from '../support/test-database';

// The contract test: reads /api/openapi.json from the running server and calls every operation in it, with
// the document's own examples, three ways: without credentials, with a garbage Bearer token and with a valid
// one (a fresh account each time, since some operations end their session). Every answer must be one the
// document lists for that operation, an error must carry one of the codes listed for its status, an
// operation that needs a Bearer token must answer 401 without one, and with one it must not.

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');

type Param = { name: string; in: string; required?: boolean; example?: unknown };
type Response = { description: string; content?: { 'application/json': { schema: Schema } } };
type Schema = { properties?: { error?: { properties: { code: { enum?: string[] } } } } };
type Operation = {
  security?: Record<string, string[]>[];
  parameters?: Param[];
  requestBody?: { content: { 'application/json': { example?: unknown } } };
  responses: Record<string, Response>;
};
type Doc = {
  components: { securitySchemes: Record<string, { type: string; scheme: string }> };
  paths: Record<string, Record<string, Operation>>;
};

let ipSeq = 0;
const freshIp = () => `100.${100 + (process.pid % 20)}.${Math.floor(ipSeq / 250) % 250}.${ipSeq++ % 250}`;

function request(path: string, op: Operation) {
  let url = path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = { 'x-forwarded-for': freshIp() };
  for (const p of op.parameters ?? []) {
    if (p.in === 'path') {
      expect(p.example, `${path}: path parameter ${p.name} has an example`).toBeDefined();
      url = url.replace(`{${p.name}}`, encodeURIComponent(String(p.example)));
    } else if (p.in === 'query' && p.example !== undefined) {
      query.set(p.name, String(p.example));
    } else if (p.in === 'header' && p.required) {
      headers[p.name.toLowerCase()] = `contract-${randomUUID()}`;
    }
  }
  const example = op.requestBody?.content['application/json'].example;
  if (op.requestBody) {
    expect(example, `${path}: request body has an example`).toBeDefined();
    headers['content-type'] = 'application/json';
  }
  return {
    url: `${url}${query.size ? `?${query}` : ''}`,
    headers,
    body: op.requestBody ? JSON.stringify(example) : undefined,
  };
}

describe.skipIf(!baseUrl || !databaseUrl)('OpenAPI contract: every operation, with and without credentials', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  let doc: Doc;
  beforeAll(async () => {
    conn = connectTestDatabase(databaseUrl ?? '');
    const res = await fetch(`${baseUrl}/api/openapi.json`);
    expect(res.status).toBe(200);
    doc = (await res.json()) as Doc;
  });
  afterAll(() => conn?.close());

  async function accessToken(): Promise<string> {
    const account = await createAccount(conn.db, 'customer', 'contract');
    const res = await fetch(`${baseUrl}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': freshIp() },
      body: JSON.stringify({ email: account.email, password: account.password }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { accessToken: string }).accessToken;
  }

  async function call(name: string, method: string, path: string, op: Operation, token?: string) {
    const { url, headers, body } = request(path, op);
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(`${baseUrl}${url}`, { method: method.toUpperCase(), headers, body, redirect: 'manual' });
    const documented = op.responses[String(res.status)];
    const text = await res.text();
    expect(documented, `${name}: ${res.status} is documented (${text.slice(0, 200)})`).toBeDefined();
    if (res.status >= 400) {
      const json = JSON.parse(text) as { error?: { code?: string; message?: string } };
      const codes = documented?.content?.['application/json'].schema.properties?.error?.properties.code.enum ?? [];
      expect(codes, `${name}: ${res.status} ${json.error?.code} is a documented code`).toContain(json.error?.code);
      expect(json.error?.message, name).toMatch(/\S/);
    } else if (documented?.content) {
      expect(res.headers.get('content-type'), name).toMatch(/application\/json/);
      JSON.parse(text);
    }
    return res.status;
  }

  it('calls every documented operation', async () => {
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, op, name: `${method.toUpperCase()} ${path}` })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(30);
    const seen: string[] = [];
    for (const { path, method, op, name } of operations) {
      const bearer = op.security?.some((s) => 'bearerAuth' in s) ?? false;
      const required = bearer && !op.security?.some((s) => Object.keys(s).length === 0);

      const anonymous = await call(`${name} (anonymous)`, method, path, op);
      if (required) expect(anonymous, `${name} without credentials`).toBe(401);
      if (bearer) {
        expect(await call(`${name} (garbage token)`, method, path, op, 'not.a.token'), name).toBe(401);
      }
      const signedIn = await call(`${name} (signed in)`, method, path, op, await accessToken());
      if (bearer) expect(signedIn, `${name} with a valid token`).not.toBe(401);
      seen.push(`${name}: ${anonymous}/${signedIn}`);
    }
    // The run's answers, for whoever reads the log.
    console.info(seen.join('\n'));
  });
});
