/** Account administration: list, create, change, disable, unlock, reset password. Every change audited. */
import type { CreateUserBody, Role, UpdateUserBody, User, UserListQuery } from '@tuoyu/contracts';
import { isValidMobile, maskMobile } from '@tuoyu/domain';
import { type AuditActor, recordAudit } from '../../platform/audit';
import { assertPasswordPolicy } from '../../platform/auth/password-policy';
import { hashPassword } from '../../platform/auth/passwords';
import { revokeUserSessions } from '../../platform/auth/sessions';
import type { AppContext, SessionUser } from '../../platform/context';
import { decryptField, encryptField, lookupHash } from '../../platform/crypto';
import { AppError, type FieldError, invalid, notFound, ruleBroken } from '../../platform/errors';
import { diffFields } from '../../platform/masking';
import { FIELD_MESSAGES } from '../../platform/messages';
import { scopeOf } from '../../platform/scope';
import { nowIso } from '../../platform/time';
import { findDivision, findUnit } from '../reference/queries';
import { DEFAULT_UNIT, mayManage, ROLE_LEVELS } from './policy';
import * as q from './queries';

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,31}$/;
const LEVEL_NAMES = {
  city: { zh: '市', en: 'city' },
  county: { zh: '旗县区', en: 'county' },
  township: { zh: '苏木乡镇(街道)', en: 'township' },
};

function toUser(ctx: AppContext, u: NonNullable<Awaited<ReturnType<typeof q.findUserById>>>): User {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    mobile: u.mobile_enc ? maskMobile(decryptField(ctx.keys, u.mobile_enc)) : null,
    role: u.role as Role,
    divisionCode: u.division_code,
    divisionName: u.division_name,
    unit: u.unit,
    unitName: u.unit_local_name ? `${u.division_name}${u.unit_local_name}` : null,
    status: u.status,
    lockedUntil: u.locked_until && u.locked_until > nowIso() ? u.locked_until : null,
    lastLoginAt: u.last_login_at,
    createdAt: u.created_at,
  };
}

export async function listUsers(ctx: AppContext, caller: SessionUser, filter: UserListQuery) {
  const { items, total } = await q.listUsers(ctx.db, scopeOf(caller), filter);
  return { items: items.map((u) => toUser(ctx, u)), total, page: filter.page, pageSize: filter.pageSize };
}

export async function getUser(ctx: AppContext, caller: SessionUser, id: number): Promise<User> {
  const u = await q.findUserById(ctx.db, id, scopeOf(caller));
  if (!u) throw notFound();
  return toUser(ctx, u);
}

/** Checks role, jurisdiction level, unit and mobile together, so one answer lists every problem. */
async function checkAssignment(
  ctx: AppContext,
  caller: SessionUser,
  a: {
    role: Role;
    divisionCode: string;
    unit: string | null;
    mobile?: string | null;
    providerId: number | null;
  },
) {
  const problems: FieldError[] = [];
  const division = await findDivision(ctx.db, a.divisionCode);
  if (!division) problems.push({ path: 'divisionCode', message: FIELD_MESSAGES.unknownDivision });
  else if (!ROLE_LEVELS[a.role].includes(division.level)) {
    const levels = ROLE_LEVELS[a.role].map((l) => LEVEL_NAMES[l]);
    problems.push({
      path: 'divisionCode',
      message: {
        zh: FIELD_MESSAGES.divisionLevel.zh.replace('{level}', levels.map((l) => l.zh).join('或')),
        en: FIELD_MESSAGES.divisionLevel.en.replace('{level}', levels.map((l) => l.en).join(' or ')),
      },
    });
  }
  // An empty code is a code like any other: not a unit (clearing the unit is `null`).
  if (a.unit !== null && !(await findUnit(ctx.db, a.unit)))
    problems.push({ path: 'unit', message: FIELD_MESSAGES.unknownUnit });
  if (a.role === 'department_officer' && !a.unit)
    problems.push({ path: 'unit', message: FIELD_MESSAGES.unitRequired });
  if (a.mobile && !isValidMobile(a.mobile))
    problems.push({ path: 'mobile', message: FIELD_MESSAGES.invalidMobile });
  if (problems.length) throw invalid(...problems);
  if (!mayManage(caller, a.role, a.divisionCode, a.providerId)) {
    throw ruleBroken(FIELD_MESSAGES.roleNotAllowed, [
      { path: 'role', message: FIELD_MESSAGES.roleNotAllowed },
    ]);
  }
}

export async function createUser(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  body: CreateUserBody,
) {
  if (!USERNAME.test(body.username))
    throw invalid({ path: 'username', message: FIELD_MESSAGES.invalidUsername });
  const unit = body.unit ?? DEFAULT_UNIT[body.role] ?? null;
  const mobile = body.mobile || null;
  // A manager's staff belong to the manager's provider; other accounts to none.
  const providerId = caller.role === 'provider_manager' ? caller.providerId : null;
  await checkAssignment(ctx, caller, {
    role: body.role,
    divisionCode: body.divisionCode,
    unit,
    mobile,
    providerId,
  });
  assertPasswordPolicy(body.password, { username: body.username, displayName: body.displayName }, 'password');
  const passwordHash = await hashPassword(body.password);
  const now = nowIso();
  const id = await ctx.db.transaction().execute(async (trx) => {
    if (await q.usernameExists(trx, body.username)) {
      throw new AppError('user.username_taken', { username: body.username }, [
        { path: 'username', message: FIELD_MESSAGES.usernameTaken },
      ]);
    }
    const newId = await q.insertUser(trx, {
      username: body.username,
      display_name: body.displayName,
      mobile_enc: mobile ? encryptField(ctx.keys, mobile) : null,
      mobile_hash: mobile ? lookupHash(ctx.keys, mobile) : null,
      role: body.role,
      division_code: body.divisionCode,
      unit,
      status: 'active',
      password_hash: passwordHash,
      // An initial password set by someone else is known to two people: change it at first login.
      must_change_password: 1,
      failed_logins: 0,
      password_changed_at: now,
      created_at: now,
      updated_at: now,
      provider_id: providerId,
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'user.create',
      entityType: 'user',
      entityId: newId,
      divisionCode: body.divisionCode,
      changes: {
        username: body.username,
        displayName: body.displayName,
        role: body.role,
        divisionCode: body.divisionCode,
        unit,
        mobile,
      },
    });
    return newId;
  });
  return getUser(ctx, caller, id);
}

export async function updateUser(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  body: UpdateUserBody,
) {
  const current = await q.findUserById(ctx.db, id, scopeOf(caller));
  if (!current) throw notFound();
  if (!mayManage(caller, current.role, current.division_code, current.provider_id))
    throw new AppError('forbidden');
  if (id === caller.id && (body.role || body.status === 'disabled' || body.divisionCode)) {
    throw ruleBroken({
      zh: '不能停用自己的账号或修改自己的角色、辖区',
      en: 'You cannot disable your own account or change your own role or jurisdiction',
    });
  }
  const next = {
    role: (body.role ?? current.role) as Role,
    divisionCode: body.divisionCode ?? current.division_code,
    unit: body.unit === undefined ? current.unit : body.unit,
  };
  await checkAssignment(ctx, caller, { ...next, mobile: body.mobile, providerId: current.provider_id });
  const now = nowIso();
  const before = {
    displayName: current.display_name,
    role: current.role,
    divisionCode: current.division_code,
    unit: current.unit,
    status: current.status,
  };
  const changes: Record<string, unknown> = diffFields(before, {
    displayName: body.displayName,
    role: body.role,
    divisionCode: body.divisionCode,
    unit: body.unit,
    status: body.status,
  });
  if (body.mobile !== undefined) changes.mobile = { from: '***', to: body.mobile };
  if (body.unlock) changes.lockedUntil = { from: current.locked_until, to: null };
  await ctx.db.transaction().execute(async (trx) => {
    await q.updateUser(trx, id, {
      display_name: body.displayName,
      mobile_enc:
        body.mobile === undefined ? undefined : body.mobile ? encryptField(ctx.keys, body.mobile) : null,
      mobile_hash:
        body.mobile === undefined ? undefined : body.mobile ? lookupHash(ctx.keys, body.mobile) : null,
      role: body.role,
      division_code: body.divisionCode,
      unit: body.unit,
      status: body.status,
      // Failures before the unlock no longer count toward a new lock.
      ...(body.unlock ? { locked_until: null, failed_window_start: now } : {}),
      updated_at: now,
    });
    // A narrower role, another jurisdiction or a disabled account must not keep a live session.
    if (changes.role || changes.divisionCode || changes.unit || body.status === 'disabled') {
      await revokeUserSessions(trx, id);
    }
    await recordAudit(trx, ctx.keys, actor, {
      action:
        body.status === 'disabled' && changes.status
          ? 'user.disable'
          : body.unlock
            ? 'user.unlock'
            : 'user.update',
      entityType: 'user',
      entityId: id,
      divisionCode: next.divisionCode,
      changes,
    });
  });
  return getUser(ctx, caller, id);
}

export async function resetPassword(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  newPassword: string,
) {
  const current = await q.findUserById(ctx.db, id, scopeOf(caller));
  if (!current) throw notFound();
  if (!mayManage(caller, current.role, current.division_code, current.provider_id))
    throw new AppError('forbidden');
  assertPasswordPolicy(
    newPassword,
    { username: current.username, displayName: current.display_name },
    'newPassword',
  );
  const hash = await hashPassword(newPassword);
  const now = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await q.updateUser(trx, id, {
      password_hash: hash,
      must_change_password: 1,
      password_changed_at: now,
      // A reset also lifts a lock; failures before it no longer count toward a new one.
      locked_until: null,
      failed_window_start: now,
      updated_at: now,
    });
    await revokeUserSessions(trx, id);
    await recordAudit(trx, ctx.keys, actor, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: id,
      divisionCode: current.division_code,
      changes: {
        password: { from: '***', to: '***' },
        mustChangePassword: { from: current.must_change_password === 1, to: true },
      },
    });
  });
}

/** Fills the look-up hash of accounts whose mobile predates it (run at start; a no-op after). */
export async function backfillMobileHashes(ctx: AppContext) {
  const rows = await q.usersWithoutMobileHash(ctx.db);
  for (const r of rows) {
    await q.updateUser(ctx.db, r.id, {
      mobile_hash: lookupHash(ctx.keys, decryptField(ctx.keys, r.mobile_enc)),
    });
  }
  return rows.length;
}
