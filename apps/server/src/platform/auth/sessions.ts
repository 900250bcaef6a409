/**
 * Server-side sessions (MLPS 2.0 level 3): a random 256-bit token in an httpOnly, SameSite=Lax
 * cookie; only its SHA-256 is stored. Idle expiry 30 minutes, absolute expiry 12 hours.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db';
import { sha256Hex } from '../crypto';
import { addMinutes, nowIso } from '../time';

export const SESSION_COOKIE = 'tuoyu_sid';
export const IDLE_MINUTES = 30;
export const ABSOLUTE_MINUTES = 12 * 60;
/** last_seen_at is refreshed at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60_000;

export async function createSession(db: Db, userId: number, ip: string | null, userAgent: string | null) {
  const token = randomBytes(32).toString('base64url');
  const now = nowIso();
  await db
    .insertInto('sessions')
    .values({
      id: sha256Hex(token),
      user_id: userId,
      created_at: now,
      last_seen_at: now,
      expires_at: addMinutes(now, ABSOLUTE_MINUTES),
      ip,
      user_agent: userAgent?.slice(0, 256) ?? null,
    })
    .execute();
  return token;
}

/** The session and its user, or null when the token is unknown or the session has expired. */
export async function resolveSession(db: Db, token: string) {
  const id = sha256Hex(token);
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id as sessionId',
      's.last_seen_at',
      's.expires_at',
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.division_code',
      'u.unit',
      'u.status',
      'u.must_change_password',
      'u.provider_id',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  const idleDeadline = Date.parse(row.last_seen_at) + IDLE_MINUTES * 60_000;
  if (now >= Date.parse(row.expires_at) || now >= idleDeadline || row.status !== 'active') {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return null;
  }
  if (now - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now).toISOString() })
      .where('id', '=', id)
      .execute();
  }
  return row;
}

export const deleteSession = (db: Db, sessionId: string) =>
  db.deleteFrom('sessions').where('id', '=', sessionId).execute();

/** Ends every session of a user (disabled, role changed, password reset), optionally but one. */
export async function revokeUserSessions(db: Db, userId: number, exceptSessionId?: string) {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptSessionId) q = q.where('id', '!=', exceptSessionId);
  await q.execute();
}

export async function purgeExpiredSessions(db: Db) {
  const now = nowIso();
  const idleCutoff = addMinutes(now, -IDLE_MINUTES);
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleCutoff)]))
    .execute();
}
