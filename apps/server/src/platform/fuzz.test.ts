/**
 * The fuzz suite: every operation of the OpenAPI document gets at least 30 malformed requests
 * (test/malformed.ts; fixed seed), sent as a caller the operation admits so that validation and
 * handlers are reached. None may answer 5xx, every 4xx is problem+json, and the audit chain
 * verifies afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, onPostgres, type TestApp } from '../test/helpers';
import { malformedVariants, type Variant } from '../test/malformed';
import {
  type ApiOperation,
  apiOperations,
  type Identity,
  oneUserPerRole,
  type RoleSessions,
  requestOf,
  restoreSession,
} from '../test/operations';
import { verifyAuditChain } from './audit';

const SEED = 20260901;
const MIN_VARIANTS = 30;

let t: TestApp;
let ops: ApiOperation[];
let sessions: RoleSessions;
beforeAll(async () => {
  t = await buildTestApp();
  sessions = await oneUserPerRole(t);
  ops = await apiOperations(t);
}, 120_000);
afterAll(() => t.close());

/** A caller the operation admits: anonymous for public ones, else its first declared role. */
function callerOf(op: ApiOperation): Identity {
  if (op.access?.public) return 'anonymous';
  return op.access?.roles?.[0] ?? 'county_regulator';
}

const cookieOf = (who: Identity) => (who === 'anonymous' ? undefined : sessions.cookies[who]);

/** Sends the variant; when an earlier one ended the caller's session (logout, say), logs in again and resends. */
async function send(op: ApiOperation, who: Identity, v: Variant) {
  const inject = () =>
    t.app.inject(
      requestOf(op, cookieOf(who), {
        url: v.url,
        ...(v.headers ? { headers: v.headers } : {}),
        ...(v.payload !== undefined ? { payload: v.payload } : {}),
      }),
    );
  const res = await inject();
  if (who === 'anonymous' || res.statusCode !== 401 || res.json().code !== 'auth.required') return res;
  await restoreSession(t, sessions, who);
  return inject();
}

describe(`fuzz: ≥ ${MIN_VARIANTS} malformed requests per operation (${onPostgres() ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('never answers 5xx, answers every 4xx with problem+json, and leaves the audit chain intact', async () => {
    const failures: string[] = [];
    let requests = 0;
    let serverErrors = 0;
    let fewest = Number.POSITIVE_INFINITY;
    for (const [i, op] of ops.entries()) {
      const who = callerOf(op);
      const own = /^\/api\/(public\/)?providers\/\{id\}/.test(op.path) ? String(sessions.providerId) : '1';
      const variants = malformedVariants(op, { id: own }, SEED + i, MIN_VARIANTS);
      fewest = Math.min(fewest, variants.length);
      for (const v of variants) {
        const res = await send(op, who, v);
        requests++;
        const label = `${op.method} ${op.path} as ${who}, ${v.kind}`;
        if (res.statusCode >= 500) {
          serverErrors++;
          failures.push(`${label}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        } else if (res.statusCode >= 400) {
          const type = String(res.headers['content-type'] ?? '');
          if (!type.startsWith('application/problem+json') || res.json().status !== res.statusCode)
            failures.push(`${label}: ${res.statusCode} as ${type}`);
        }
      }
    }
    const audit = await verifyAuditChain(t.ctx.db, t.ctx.keys);
    console.log(
      `fuzz (${onPostgres() ? 'PostgreSQL' : 'SQLite'}): ${requests} requests over ${ops.length} operations ` +
        `(≥ ${fewest} each), ${serverErrors} answers ≥ 500, ${failures.length} failures, audit ${audit.ok ? 'intact' : 'BROKEN'}`,
    );
    expect(failures.slice(0, 60)).toEqual([]);
    expect(fewest).toBeGreaterThanOrEqual(MIN_VARIANTS);
    expect(audit.ok).toBe(true);
  }, 240_000);
});
