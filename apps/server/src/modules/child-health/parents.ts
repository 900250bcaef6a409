/**
 * 我的孩子 (issue 11 item 6): a parent links a child by its birth certificate or resident ID number
 * and birth date — accepted only when one of the record's guardians has the parent's mobile — and
 * sees the schedule, the growth points and the last visit's guidance.
 */
import type { LinkMyChildBody, MyHealthChild } from '@tuoyu/contracts';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { lookupHash } from '../../platform/crypto';
import { ruleBroken } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { nowIso, todayInBeijing } from '../../platform/time';
import { checkupRows, divisionNames, dueRows } from './queries';
import { childByNumber, insertLink, linkedChildren, parentMobileHash } from './queries-parents';
import { isCountedAge, openDueStatus, toCheckup } from './view';

/** One answer for "no such child" and "not your child": the record's existence is not revealed. */
const noMatch = (path: string) =>
  ruleBroken(
    msg(
      '没有找到与您的手机号相符的儿童健康档案：请核对编号和出生日期，或请社区卫生服务中心核对监护人手机号',
      'No child health record matches your mobile number: check the number and birth date, or ask the health centre to check the guardian’s mobile',
    ),
    [{ path, message: msg('未找到相符的档案', 'No matching record') }],
  );

export async function linkMyChild(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  b: LinkMyChildBody,
) {
  const mobileHash = await parentMobileHash(ctx.db, caller.id);
  const number = b.birthCertificateNo ?? b.residentId ?? '';
  const column = b.birthCertificateNo ? 'birth_cert_hash' : 'resident_id_hash';
  const child = await childByNumber(ctx.db, column, lookupHash(ctx.keys, number), b.birthDate);
  if (!child || !mobileHash || !child.mobileHashes.includes(mobileHash))
    throw noMatch(b.birthCertificateNo ? 'birthCertificateNo' : 'residentId');
  await ctx.db.transaction().execute(async (trx) => {
    await insertLink(trx, { user_id: caller.id, child_id: child.id, created_at: nowIso() });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'health_child.parent_link',
      entityType: 'health_child',
      entityId: child.id,
      divisionCode: child.division_code,
    });
  });
  return { id: child.id };
}

export async function myHealthChildren(
  ctx: AppContext,
  caller: SessionUser,
): Promise<{ items: MyHealthChild[] }> {
  const today = todayInBeijing();
  const children = await linkedChildren(ctx.db, caller.id);
  const names = await divisionNames(ctx.db, [...new Set(children.map((c) => c.division_code))]);
  const items = await Promise.all(
    children.map(async (c) => {
      const [dues, rows] = await Promise.all([dueRows(ctx.db, c.id), checkupRows(ctx.db, c.id)]);
      const checkups = rows.map((r) => toCheckup(ctx.keys, r, c.birth_date));
      const last = checkups.at(-1);
      return {
        id: c.id,
        name: c.name,
        sex: c.sex,
        birthDate: c.birth_date,
        townshipName: names.get(c.division_code) ?? c.division_code,
        schedule: dues.map((d) => ({
          ageMonths: d.age_months,
          dueOn: d.due_on,
          dueFrom: d.due_from,
          dueTo: d.due_to,
          status: d.checkup_id !== null ? ('done' as const) : openDueStatus(d, today),
          checkupId: d.checkup_id,
          counted: isCountedAge(d.age_months),
        })),
        growth: checkups.map((k) => ({
          date: k.date,
          ageDays: k.ageDays,
          weightKg: k.weightKg,
          lengthCm: k.lengthCm,
          headCm: k.headCm,
        })),
        lastVisit: last ? { date: last.date, kind: last.kind, guidance: last.guidance } : null,
      };
    }),
  );
  return { items };
}
