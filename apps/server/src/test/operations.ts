/**
 * Whole-API test support (authorization matrix, fuzz suite): every operation of the app's own
 * OpenAPI document, one logged-in account per role, path values and minimal inputs built from
 * the operation's schemas.
 */
import { ROLES, type Role } from '@tuoyu/contracts';
import fc from 'fast-check';
import { registration } from '../modules/providers/test-fixtures';
import { hashPassword } from '../platform/auth/passwords';
import { call, createUser, loginAs, TEST_PASSWORD, type TestApp, userSession } from './helpers';

export type JsonSchema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
};

export interface Access {
  public?: true;
  authenticated?: true;
  roles?: Role[];
}

export interface ApiOperation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI path, e.g. /api/users/{id}. */
  path: string;
  operationId: string;
  access: Access | undefined;
  pathParams: { name: string; schema: JsonSchema }[];
  query: { name: string; required: boolean; schema: JsonSchema }[];
  /** JSON body schema, when the operation takes one. */
  body: JsonSchema | undefined;
  upload: boolean;
}

interface RawOperation {
  operationId: string;
  'x-access'?: Access;
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

/** Every operation of the document the app serves at /api/openapi.json. */
export async function apiOperations(t: TestApp): Promise<ApiOperation[]> {
  const doc = (await call(t.app, 'GET', '/api/openapi.json')).json() as {
    paths: Record<string, Record<string, RawOperation>>;
  };
  return Object.entries(doc.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, op]) => ({
      method: method.toUpperCase() as ApiOperation['method'],
      path,
      operationId: op.operationId,
      access: op['x-access'],
      pathParams: (op.parameters ?? []).filter((p) => p.in === 'path'),
      query: (op.parameters ?? [])
        .filter((p) => p.in === 'query')
        .map((p) => ({ name: p.name, required: !!p.required, schema: p.schema })),
      body: op.requestBody?.content['application/json']?.schema,
      upload: !!op.requestBody?.content['multipart/form-data'],
    })),
  );
}

/** Plausible values for path parameters by name: ids that may or may not exist, real codes. */
const PATH_VALUES: Record<string, string> = {
  divisionCode: '150802',
  year: '2026',
  filingNumber: '150802-2026-0001',
  trackingCode: 'TS20260101ABCD',
};

export function urlOf(op: ApiOperation, values: Record<string, string> = {}): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(values[name] ?? PATH_VALUES[name] ?? '999999'),
  );
}

/** A minimal instance of a schema: required fields only, first enum value, smallest valid size. */
export function sampleOf(schema: JsonSchema | undefined, seed = 1): unknown {
  if (!schema) return {};
  const options = schema.anyOf ?? schema.oneOf;
  if (options) {
    const notNull = options.find((o) => o.type !== 'null' && !(o.enum?.length === 1 && o.enum[0] === null));
    return sampleOf(notNull ?? options[0], seed);
  }
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => sampleOf(s, seed)));
  if (schema.enum?.length) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const name of schema.required ?? []) out[name] = sampleOf(schema.properties?.[name], seed);
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(schema.items, seed));
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'string':
      return sampleString(schema, seed);
    default:
      return null;
  }
}

function sampleString(schema: JsonSchema, seed: number): string {
  if (schema.format === 'date') return '2026-03-02';
  if (schema.format === 'date-time') return '2026-03-02T08:00:00.000Z';
  if (schema.format === 'email') return 'a@example.com';
  if (schema.pattern) {
    const [s] = fc.sample(fc.stringMatching(new RegExp(schema.pattern)), { seed, numRuns: 1 });
    return s ?? '';
  }
  return '测'.repeat(Math.max(schema.minLength ?? 1, 1));
}

export type Identity = 'anonymous' | Role;
export const IDENTITIES: readonly Identity[] = ['anonymous', ...ROLES];

export interface RoleSessions {
  cookies: Record<Role, string>;
  ids: Record<Role, number>;
  usernames: Record<Role, string>;
  providerId: number;
}

/** Where each role's test account sits: the city, or 临河区 and its township where a level applies. */
const DIVISION_OF: Record<Role, string> = {
  sysadmin: '150800',
  city_regulator: '150800',
  county_regulator: '150802',
  township_officer: '150802004',
  department_officer: '150802',
  provider_manager: '150802',
  provider_staff: '150802',
  jc_office: '150800',
  jc_convener: '150800',
  health_worker: '150802004',
  parent: '150800',
};
const UNIT_OF: Partial<Record<Role, string>> = {
  department_officer: 'samr',
  city_regulator: 'health',
  county_regulator: 'health',
  health_worker: 'health',
  jc_convener: 'health',
};

/**
 * One logged-in account of every role, in 临河区 (150802) where a level applies; the provider
 * accounts belong to a freshly registered provider.
 */
export async function oneUserPerRole(t: TestApp): Promise<RoleSessions> {
  const samr = await userSession(t, {
    role: 'department_officer',
    divisionCode: DIVISION_OF.department_officer,
    unit: 'samr',
  });
  const reg = await call(t.app, 'POST', '/api/registrations', { cookie: samr.cookie, body: registration() });
  if (reg.statusCode !== 201) throw new Error(`registration failed: ${reg.body}`);
  const providerId = (reg.json() as { providerId: number }).providerId;
  const cookies = {} as Record<Role, string>;
  const ids = {} as Record<Role, number>;
  const usernames = {} as Record<Role, string>;
  for (const role of ROLES) {
    if (role === 'department_officer') {
      cookies[role] = samr.cookie;
      ids[role] = samr.id;
      usernames[role] = samr.username;
      continue;
    }
    const user = await createUser(t.ctx, { role, divisionCode: DIVISION_OF[role] });
    if (role === 'provider_manager' || role === 'provider_staff') {
      await t.ctx.db
        .updateTable('users')
        .set({ provider_id: providerId })
        .where('id', '=', user.id)
        .execute();
    }
    cookies[role] = await loginAs(t.app, user.username, user.password);
    ids[role] = user.id;
    usernames[role] = user.username;
  }
  return { cookies, ids, usernames, providerId };
}

let testHash: Promise<string> | undefined;

/**
 * Logs the role's account in again after a request ended its session; when a request changed the
 * account itself (a reset password, a lock, another role), it is first put back as seeded.
 */
export async function restoreSession(t: TestApp, s: RoleSessions, role: Role): Promise<string> {
  testHash ??= hashPassword(TEST_PASSWORD);
  const provider = role === 'provider_manager' || role === 'provider_staff';
  await t.ctx.db
    .updateTable('users')
    .set({
      role,
      division_code: DIVISION_OF[role],
      unit: UNIT_OF[role] ?? null,
      status: 'active',
      password_hash: await testHash,
      must_change_password: 0,
      failed_logins: 0,
      failed_window_start: null,
      locked_until: null,
      provider_id: provider ? s.providerId : null,
    })
    .where('id', '=', s.ids[role])
    .execute();
  s.cookies[role] = await loginAs(t.app, s.usernames[role], TEST_PASSWORD);
  return s.cookies[role];
}

/** The method, URL, headers and payload of a browser-like request (CSRF header on writes). */
export function requestOf(
  op: ApiOperation,
  cookie: string | undefined,
  extra: { url?: string; headers?: Record<string, string>; payload?: string | Buffer | object } = {},
) {
  return {
    method: op.method,
    url: extra.url ?? urlOf(op),
    headers: {
      ...(op.method !== 'GET' ? { 'x-requested-with': 'tuoyu' } : {}),
      ...(cookie ? { cookie } : {}),
      ...extra.headers,
    },
    ...(extra.payload !== undefined ? { payload: extra.payload } : {}),
  };
}
