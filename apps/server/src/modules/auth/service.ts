/**
 * Login, logout, own password change (MLPS 2.0 level 3): argon2id, every event audited. Failed
 * password checks are throttled per (username, address) and per address, and an account locks
 * only under a guess from several addresses (platform/auth/throttle.ts, rules in @tuoyu/domain).
 * A wrong password, an unknown username and a locked account get the same 401 after the same
 * work — a real argon2 verification — so neither the body nor the timing tells them apart.
 */
import { type ChangePasswordBody, type Me, permissionsOf } from '@tuoyu/contracts';
import type { UserRow } from '../../db/schema';
import { type AuditActor, recordAudit } from '../../platform/audit';
import { assertPasswordPolicy } from '../../platform/auth/password-policy';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../../platform/auth/passwords';
import { createSession, deleteSession, revokeUserSessions } from '../../platform/auth/sessions';
import {
  type AttemptKey,
  assertNotThrottled,
  attemptKey,
  clearFailures,
  lockIfDistributed,
  recordFailure,
} from '../../platform/auth/throttle';
import type { AppContext, SessionUser } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { FIELD_MESSAGES } from '../../platform/messages';
import { nowIso } from '../../platform/time';
import { jurisdictionNames } from '../reference/names';
import * as q from './queries';

interface LoginInput {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string;
}

const anonymous = (i: LoginInput): AuditActor => ({
  actorId: null,
  actorUsername: i.username.slice(0, 64),
  actorRole: null,
  requestId: i.requestId,
  ip: i.ip,
});

const isLocked = (user: UserRow) => !!user.locked_until && user.locked_until > nowIso();

/** One password check: the account (undefined: no such account), where from, what a refusal is audited as. */
interface PasswordAttempt {
  key: AttemptKey;
  user: UserRow | undefined;
  password: string;
  actor: AuditActor;
  refusal: 'auth.login_failed' | 'auth.password_change_failed';
}

/**
 * Checks a password under the shared limits: 429 while the name or address must wait; otherwise
 * a real argon2 verification. True only for the right password of an account that is not locked.
 * A refusal is recorded (and audited as `refusal`), and may lock the account; a success clears
 * this name's failures from this address.
 */
async function checkPassword(
  ctx: AppContext,
  { key, user, password, actor, refusal }: PasswordAttempt,
): Promise<boolean> {
  await assertNotThrottled(ctx.db, key);
  const right = user ? await verifyPassword(user.password_hash, password) : await burnPasswordCheck(password);
  const locked = !!user && isLocked(user);
  if (right && !locked) {
    await clearFailures(ctx.db, key);
    return true;
  }
  await ctx.db.transaction().execute(async (trx) => {
    await recordFailure(trx, key);
    await recordAudit(trx, ctx.keys, actor, {
      action: refusal,
      entityType: 'user',
      ...(user ? { entityId: user.id } : {}),
      changes: { reason: !user ? 'unknown_user' : locked ? 'locked' : 'wrong_password' },
    });
    if (user) await lockIfDistributed(ctx, trx, user, actor);
  });
  return false;
}

/** Checks the credentials and opens a session; returns the cookie token and the user id. */
export async function login(ctx: AppContext, input: LoginInput): Promise<{ token: string; me: Me }> {
  const key = attemptKey(input.username, input.ip);
  const user = await q.accountByUsername(ctx.db, key.username);
  const actor: AuditActor = user
    ? { ...anonymous(input), actorId: user.id, actorRole: user.role }
    : anonymous(input);
  const attempt = { key, user, password: input.password, actor, refusal: 'auth.login_failed' } as const;
  if (!(await checkPassword(ctx, attempt)) || !user) {
    throw new AppError('auth.invalid_credentials');
  }

  if (user.status !== 'active') {
    await ctx.db.transaction().execute((trx) =>
      recordAudit(trx, ctx.keys, actor, {
        action: 'auth.login_refused_disabled',
        entityType: 'user',
        entityId: user.id,
      }),
    );
    throw new AppError('auth.disabled');
  }

  const now = nowIso();
  const token = await ctx.db.transaction().execute(async (trx) => {
    await q.recordLogin(trx, user.id, now);
    await recordAudit(trx, ctx.keys, actor, { action: 'auth.login', entityType: 'user', entityId: user.id });
    return createSession(trx, user.id, input.ip, input.userAgent);
  });
  const who = await me(ctx, {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    role: user.role as Me['role'],
    divisionCode: user.division_code,
    unit: user.unit,
    mustChangePassword: user.must_change_password === 1,
    providerId: user.provider_id,
  });
  return { token, me: who };
}

export async function logout(ctx: AppContext, user: SessionUser, actor: AuditActor) {
  await ctx.db.transaction().execute(async (trx) => {
    await deleteSession(trx, user.sessionId);
    await recordAudit(trx, ctx.keys, actor, { action: 'auth.logout', entityType: 'user', entityId: user.id });
  });
}

/** The caller as the console shows them; built from the session, names from the cache. */
export async function me(ctx: AppContext, user: Omit<SessionUser, 'sessionId'>): Promise<Me> {
  const names = await jurisdictionNames(ctx.db, user.divisionCode, user.unit);
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    divisionCode: user.divisionCode,
    unit: user.unit,
    mustChangePassword: user.mustChangePassword,
    providerId: user.providerId,
    permissions: permissionsOf(user.role),
    ...names,
  };
}

/** Changes the caller's own password; other sessions of the account end, this one stays. */
export async function changeOwnPassword(
  ctx: AppContext,
  user: SessionUser,
  actor: AuditActor,
  { oldPassword, newPassword }: ChangePasswordBody,
) {
  const row = await q.accountById(ctx.db, user.id);
  if (!row) throw new AppError('auth.required');
  // The change form checks a password too: same limits as the login, or it is a free guessing oracle.
  const key = attemptKey(row.username, actor.ip);
  const attempt = {
    key,
    user: row,
    password: oldPassword,
    actor,
    refusal: 'auth.password_change_failed',
  } as const;
  if (!(await checkPassword(ctx, attempt))) {
    throw new AppError('auth.wrong_old_password', {}, [
      { path: 'oldPassword', message: FIELD_MESSAGES.wrongOldPassword },
    ]);
  }
  if (oldPassword === newPassword) {
    throw new AppError('auth.password_reused', {}, [
      { path: 'newPassword', message: FIELD_MESSAGES.samePassword },
    ]);
  }
  assertPasswordPolicy(newPassword, { username: row.username, displayName: row.display_name }, 'newPassword');
  const hash = await hashPassword(newPassword);
  const now = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await q.setOwnPassword(trx, user.id, hash, now);
    await revokeUserSessions(trx, user.id, user.sessionId);
    await recordAudit(trx, ctx.keys, actor, {
      action: 'auth.password_change',
      entityType: 'user',
      entityId: user.id,
      divisionCode: row.division_code,
      changes: { password: { from: '***', to: '***' } },
    });
  });
}
