/**
 * Login, logout, own password change (MLPS 2.0 level 3): argon2id, lockout after 5 failures in
 * 15 minutes for 15 minutes (the right password is refused too), every event audited.
 */
import type { Me } from '@tuoyu/contracts';
import { checkPasswordPolicy } from '@tuoyu/domain';
import { type AuditActor, recordAudit } from '../../platform/audit';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../../platform/auth/passwords';
import { createSession, deleteSession, revokeUserSessions } from '../../platform/auth/sessions';
import type { AppContext, SessionUser } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { FIELD_MESSAGES } from '../../platform/messages';
import { addMinutes, beijingTime, nowIso } from '../../platform/time';
import { jurisdictionNames } from '../reference/names';
import * as users from '../users/queries';

export const MAX_FAILED_LOGINS = 5;
export const FAILURE_WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;

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

/** Checks the credentials and opens a session; returns the cookie token and the user id. */
export async function login(ctx: AppContext, input: LoginInput): Promise<{ token: string; me: Me }> {
  const user = await users.findUserForLogin(ctx.db, input.username);
  if (!user) {
    await burnPasswordCheck(input.password);
    await ctx.db.transaction().execute((trx) =>
      recordAudit(trx, ctx.keys, anonymous(input), {
        action: 'auth.login_failed',
        entityType: 'user',
        changes: { reason: 'unknown_user' },
      }),
    );
    throw new AppError('auth.invalid_credentials');
  }
  const actor: AuditActor = { ...anonymous(input), actorId: user.id, actorRole: user.role };
  const now = nowIso();

  if (user.locked_until && user.locked_until > now) {
    await ctx.db.transaction().execute((trx) =>
      recordAudit(trx, ctx.keys, actor, {
        action: 'auth.login_refused_locked',
        entityType: 'user',
        entityId: user.id,
      }),
    );
    throw new AppError('auth.locked', { until: beijingTime(user.locked_until) });
  }

  if (!(await verifyPassword(user.password_hash, input.password))) {
    const windowOpen =
      user.failed_window_start && user.failed_window_start > addMinutes(now, -FAILURE_WINDOW_MINUTES);
    const failures = windowOpen ? user.failed_logins + 1 : 1;
    const lockedUntil = failures >= MAX_FAILED_LOGINS ? addMinutes(now, LOCK_MINUTES) : null;
    await ctx.db.transaction().execute(async (trx) => {
      await users.updateUser(trx, user.id, {
        failed_logins: lockedUntil ? 0 : failures,
        failed_window_start: lockedUntil ? null : windowOpen ? user.failed_window_start : now,
        locked_until: lockedUntil,
      });
      await recordAudit(trx, ctx.keys, actor, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        changes: { failedLogins: failures },
      });
      if (lockedUntil) {
        await recordAudit(trx, ctx.keys, actor, {
          action: 'auth.locked',
          entityType: 'user',
          entityId: user.id,
          divisionCode: user.division_code,
          changes: { lockedUntil: { from: null, to: lockedUntil } },
        });
      }
    });
    if (lockedUntil) throw new AppError('auth.locked', { until: beijingTime(lockedUntil) });
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

  const token = await ctx.db.transaction().execute(async (trx) => {
    await users.updateUser(trx, user.id, {
      failed_logins: 0,
      failed_window_start: null,
      locked_until: null,
      last_login_at: now,
    });
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
    ...names,
  };
}

/** Changes the caller's own password; other sessions of the account end, this one stays. */
export async function changeOwnPassword(
  ctx: AppContext,
  user: SessionUser,
  actor: AuditActor,
  oldPassword: string,
  newPassword: string,
) {
  const row = await users.findUserRow(ctx.db, user.id);
  if (!row) throw new AppError('auth.required');
  if (!(await verifyPassword(row.password_hash, oldPassword))) {
    throw new AppError('auth.wrong_old_password', {}, [
      { path: 'oldPassword', message: FIELD_MESSAGES.wrongOldPassword },
    ]);
  }
  if (oldPassword === newPassword) {
    throw new AppError('auth.password_reused', {}, [
      { path: 'newPassword', message: FIELD_MESSAGES.samePassword },
    ]);
  }
  assertPasswordPolicy(newPassword, row.username, 'newPassword');
  const hash = await hashPassword(newPassword);
  const now = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await users.updateUser(trx, user.id, {
      password_hash: hash,
      must_change_password: 0,
      password_changed_at: now,
      updated_at: now,
    });
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

/** 422 naming the field when a password breaks the policy (GB/T 22239-2019 level 3 spirit). */
export function assertPasswordPolicy(password: string, username: string, path: string) {
  if (!checkPasswordPolicy(password, { username }).ok) {
    throw new AppError('auth.weak_password', {}, [{ path, message: FIELD_MESSAGES.weakPassword }]);
  }
}
