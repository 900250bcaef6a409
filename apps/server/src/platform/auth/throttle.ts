/**
 * Failed password checks, counted in the database (table login_failures) so that every app server
 * behind the load balancer applies the same limits, on SQLite and PostgreSQL alike. The rules and
 * their figures are in @tuoyu/domain login-throttle.ts; this file counts, records and prunes.
 * Every place that checks a password (login, own password change) goes through here.
 */
import {
  ADDRESS_FREE_FAILURES,
  LOCK_MINUTES,
  PAIR_FREE_FAILURES,
  retryAfterSeconds,
  shouldLock,
  THROTTLE_WINDOW_MINUTES,
} from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Db } from '../../db';
import type { Database, UserRow } from '../../db/schema';
import { type AuditActor, recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { addMinutes, nowIso } from '../time';

export interface AttemptKey {
  /** normaliseUsername() of what was typed, whether or not such an account exists. */
  username: string;
  ip: string;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The form usernames are compared in: NFKC, trimmed, lower case, at most 64 characters. */
export function normaliseUsername(typed: string): string {
  // A lone surrogate cannot be stored faithfully (SQLite turns it into U+FFFD); replace it first.
  return typed.replace(LONE_SURROGATE, '\ufffd').normalize('NFKC').trim().toLowerCase().slice(0, 64);
}

export const attemptKey = (username: string, ip: string | null): AttemptKey => ({
  username: normaliseUsername(username),
  ip: (ip ?? 'unknown').slice(0, 64),
});

const windowStart = () => addMinutes(nowIso(), -THROTTLE_WINDOW_MINUTES);

async function countSince(db: Db, where: { username?: string; ip: string }) {
  let q = db
    .selectFrom('login_failures')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('at').as('last')])
    .where('ip', '=', where.ip)
    .where('at', '>', windowStart());
  if (where.username !== undefined) q = q.where('username', '=', where.username);
  const row = await q.executeTakeFirst();
  return { failures: Number(row?.n ?? 0), lastMs: row?.last ? Date.parse(String(row.last)) : 0 };
}

/** 429 `auth.throttled` with the seconds to wait, when this name or this address must slow down. */
export async function assertNotThrottled(db: Db, key: AttemptKey): Promise<void> {
  const now = Date.now();
  const pair = await countSince(db, key);
  const address = await countSince(db, { ip: key.ip });
  const seconds = Math.max(
    retryAfterSeconds(pair.failures, pair.lastMs, PAIR_FREE_FAILURES, now),
    retryAfterSeconds(address.failures, address.lastMs, ADDRESS_FREE_FAILURES, now),
  );
  if (seconds > 0) throw new AppError('auth.throttled', { seconds });
}

/** Records one failure and forgets those older than the window (an indexed range delete). */
export async function recordFailure(db: Db, key: AttemptKey): Promise<void> {
  await db.deleteFrom('login_failures').where('at', '<=', windowStart()).execute();
  await db
    .insertInto('login_failures')
    .values({ username: key.username, ip: key.ip, at: nowIso() })
    .execute();
}

/** A success clears the count of this name from this address (not the other addresses'). */
export async function clearFailures(db: Db, key: AttemptKey): Promise<void> {
  await db
    .deleteFrom('login_failures')
    .where('username', '=', key.username)
    .where('ip', '=', key.ip)
    .execute();
}

/**
 * After a failure on an existing account: locks it when the failures since the window opened
 * (or since its last lock or unlock) come from enough distinct addresses. Audited as auth.locked.
 */
export async function lockIfDistributed(
  ctx: AppContext,
  trx: Transaction<Database>,
  user: UserRow,
  actor: AuditActor,
): Promise<void> {
  const now = nowIso();
  if (user.locked_until && user.locked_until > now) return;
  const start = windowStart();
  const since =
    user.failed_window_start && user.failed_window_start > start ? user.failed_window_start : start;
  const row = await trx
    .selectFrom('login_failures')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('ip').distinct().as('addresses')])
    .where('username', '=', normaliseUsername(user.username))
    .where('at', '>', since)
    .executeTakeFirst();
  if (!shouldLock(Number(row?.n ?? 0), Number(row?.addresses ?? 0))) return;
  const lockedUntil = addMinutes(now, LOCK_MINUTES);
  await trx
    .updateTable('users')
    .set({ locked_until: lockedUntil, failed_window_start: now })
    .where('id', '=', user.id)
    .execute();
  await recordAudit(trx, ctx.keys, actor, {
    action: 'auth.locked',
    entityType: 'user',
    entityId: user.id,
    divisionCode: user.division_code,
    changes: {
      lockedUntil: { from: null, to: lockedUntil },
      failures: Number(row?.n),
      addresses: Number(row?.addresses),
    },
  });
}

/** Accounts locked now, soonest to unlock first (sysadmin's console home). */
export async function lockedAccounts(db: Db) {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'locked_until'])
    .where('locked_until', '>', nowIso())
    .orderBy('locked_until')
    .limit(100)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    lockedUntil: r.locked_until ?? '',
  }));
}

/** Addresses past their free failures within the window, the worst first. */
export async function failingAddresses(db: Db) {
  const rows = await db
    .selectFrom('login_failures')
    .select((eb) => [
      'ip',
      eb.fn.countAll<number>().as('failures'),
      eb.fn.count<number>('username').distinct().as('usernames'),
      eb.fn.max('at').as('lastAt'),
    ])
    .where('at', '>', windowStart())
    .groupBy('ip')
    .having((eb) => eb.fn.countAll(), '>=', ADDRESS_FREE_FAILURES)
    .orderBy('failures', 'desc')
    .limit(20)
    .execute();
  return rows.map((r) => ({
    ip: r.ip,
    failures: Number(r.failures),
    usernames: Number(r.usernames),
    lastAt: String(r.lastAt),
  }));
}
