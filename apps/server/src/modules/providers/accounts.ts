/**
 * The provider's first account: issued by the county health commission once the provider is
 * registered; the initial password is shown once and must be changed at first login.
 */

import { randomInt } from 'node:crypto';
import { can } from '@tuoyu/contracts';
import { type AuditActor, recordAudit } from '../../platform/audit';
import { hashPassword } from '../../platform/auth/passwords';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { scopeOf } from '../../platform/scope';
import { nowIso } from '../../platform/time';
import { insertUser, usernameExists } from '../users/queries';
import * as q from './queries';

const ALPHABETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '@#%+=?'];

/** 14 characters from all four classes (no look-alikes such as O/0, l/1): meets the policy by construction. */
export function generateInitialPassword(): string {
  const pick = (a: string) => a[randomInt(a.length)] ?? 'x';
  const chars = ALPHABETS.map(pick);
  const all = ALPHABETS.join('');
  while (chars.length < 14) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] ?? '', chars[i] ?? ''];
  }
  return chars.join('');
}

export async function issueManagerAccount(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  providerId: number,
) {
  if (!can(caller.role, 'providers.set-manager')) throw forbidden();
  const row = await q.findFilingByProvider(ctx.db, scopeOf(caller), providerId);
  if (!row) throw notFound();
  if (row.manager_username) {
    throw conflict({
      zh: `该机构已有负责人账号 ${row.manager_username}，如需可由管理员重置密码`,
      en: `The provider already has a manager account (${row.manager_username})`,
    });
  }
  // The credit code is the provider's own identifier, so it is the login name it will remember.
  let username = row.credit_code.toLowerCase();
  if (await usernameExists(ctx.db, username)) username = `${username}-m`;
  const initialPassword = generateInitialPassword();
  const hash = await hashPassword(initialPassword);
  const now = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    const userId = await insertUser(trx, {
      username,
      display_name: `${row.name} 负责人`,
      mobile_enc: null,
      role: 'provider_manager',
      division_code: row.division_code,
      unit: null,
      status: 'active',
      password_hash: hash,
      must_change_password: 1,
      failed_logins: 0,
      password_changed_at: now,
      created_at: now,
      updated_at: now,
      provider_id: providerId,
    });
    await q.updateProvider(trx, providerId, { manager_user_id: userId, updated_at: now });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'provider.manager_issued',
      entityType: 'provider',
      entityId: providerId,
      divisionCode: row.division_code,
      changes: { username, userId, password: '***' },
    });
  });
  return { username, initialPassword };
}
