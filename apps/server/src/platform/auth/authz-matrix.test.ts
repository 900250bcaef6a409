/**
 * The authorization matrix: every operation of the OpenAPI document × anonymous and one account
 * of every role, checked against the operation's declared access (x-access, from the route's
 * config.access): anonymous on a non-public operation → 401; a role not declared → 403
 * `forbidden` (the access hook answers before validation, so no module can answer otherwise);
 * a declared role or a public operation → neither 401 nor 403.
 */
import type { Role } from '@tuoyu/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers';
import {
  type ApiOperation,
  apiOperations,
  IDENTITIES,
  type Identity,
  oneUserPerRole,
  type RoleSessions,
  requestOf,
  sampleOf,
  urlOf,
} from '../../test/operations';

let t: TestApp;
let ops: ApiOperation[];
let sessions: RoleSessions;
beforeAll(async () => {
  t = await buildTestApp();
  sessions = await oneUserPerRole(t);
  // Logging out ends the session the later operations need: last.
  ops = (await apiOperations(t)).sort(
    (a, b) => Number(a.operationId === 'postAuthLogout') - Number(b.operationId === 'postAuthLogout'),
  );
}, 120_000);
afterAll(() => t.close());

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
const BOUNDARY = 'matrix-boundary';
const uploadPayload = Buffer.concat([
  Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  ),
  PDF,
  Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
]);

function minimalRequest(op: ApiOperation, cookie: string | undefined) {
  const query = op.query
    .filter((q) => q.required)
    .map((q) => `${q.name}=${encodeURIComponent(String(sampleOf(q.schema)))}`)
    .join('&');
  // A provider's own accounts act on their own provider; other ids are plausible but absent.
  const own: Record<string, string> = /^\/api\/(public\/)?providers\/\{id\}/.test(op.path)
    ? { id: String(sessions.providerId) }
    : {};
  const url = urlOf(op, own) + (query ? `?${query}` : '');
  if (op.upload) {
    return requestOf(op, cookie, {
      url,
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: uploadPayload,
    });
  }
  return requestOf(op, cookie, { url, ...(op.body ? { payload: sampleOf(op.body) as object } : {}) });
}

/** What the declared access allows this identity to get: 401, 403 or "through the gate". */
function expected(op: ApiOperation, who: Identity): 401 | 403 | 'through' | 'undeclared' {
  const a = op.access;
  if (!a || !(a.public || a.authenticated || a.roles?.length)) return 'undeclared';
  if (a.public) return 'through';
  if (who === 'anonymous') return 401;
  if (a.roles && !a.roles.includes(who as Role)) return 403;
  return 'through';
}

describe('authorization matrix: every operation × anonymous and every role', () => {
  it('answers exactly as each operation declares', async () => {
    const wrong: string[] = [];
    let requests = 0;
    for (const op of ops) {
      for (const who of IDENTITIES) {
        const want = expected(op, who);
        const label = `${op.method} ${op.path} as ${who}`;
        if (want === 'undeclared') {
          wrong.push(`${label}: no declared access (x-access)`);
          continue;
        }
        const cookie = who === 'anonymous' ? undefined : sessions.cookies[who];
        const res = await t.app.inject(minimalRequest(op, cookie));
        requests++;
        const code = res.statusCode >= 400 ? (res.json() as { code?: string }).code : undefined;
        if (want === 401 && res.statusCode !== 401) wrong.push(`${label}: ${res.statusCode}, expected 401`);
        if (want === 403 && (res.statusCode !== 403 || code !== 'forbidden'))
          wrong.push(`${label}: ${res.statusCode} ${code}, expected 403 forbidden`);
        // Through the gate: never 403, and 401 only as an answer of the operation itself (a wrong
        // password at login), not the gate's "login required".
        if (want === 'through' && (res.statusCode === 403 || code === 'auth.required'))
          wrong.push(`${label}: ${res.statusCode} ${code}, but the role is allowed`);
        if (res.statusCode >= 500) wrong.push(`${label}: ${res.statusCode}`);
      }
    }
    console.log(
      `authorization matrix: ${ops.length} operations × ${IDENTITIES.length} identities = ${requests} requests`,
    );
    expect(wrong).toEqual([]);
    expect(requests).toBe(ops.length * IDENTITIES.length);
    expect(ops.length).toBeGreaterThanOrEqual(155);
  }, 120_000);
});
