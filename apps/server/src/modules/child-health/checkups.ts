/**
 * Newborn visits, the 满月 check and the 4-2-2 check-ups (issue 11 item 3): z-scores by the WHO LMS
 * method, implausible measurements refused naming the field, growth and anaemia flags for the
 * 体弱儿 list, and whether the check-up satisfied a due date (`onTime`).
 */
import type { CheckupRecorded, RecordCheckupBody } from '@tuoyu/contracts';
import {
  ageInDays,
  type DatedCheckup,
  growthFlags,
  implausibleFields,
  satisfiesADueDate,
  zScores,
} from '@tuoyu/domain';
import type { Db } from '../../db';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { encryptField } from '../../platform/crypto';
import { type FieldError, invalid, notFound, ruleBroken } from '../../platform/errors';
import { type Bilingual, msg } from '../../platform/i18n';
import { scopeOf } from '../../platform/scope';
import { nowIso, todayInBeijing } from '../../platform/time';
import { type HealthRules, healthRules, refreshLedger } from './ledger';
import { checkupRows, insertCheckup, scopedChild, updateHealthChild } from './queries';
import type { CheckupData } from './view';

const IMPLAUSIBLE: Record<'weightKg' | 'lengthCm' | 'headCm', Bilingual> = {
  weightKg: msg(
    '体重与月龄明显不符，请核对（单位：千克）',
    'The weight is implausible for the age; check it (kg)',
  ),
  lengthCm: msg(
    '身长与月龄明显不符，请核对（单位：厘米）',
    'The length is implausible for the age; check it (cm)',
  ),
  headCm: msg(
    '头围与月龄明显不符，请核对（单位：厘米）',
    'The head circumference is implausible; check it (cm)',
  ),
};

/** What a check-up measures and flags, or the field errors that refuse it. */
export function assessCheckup(
  child: { sex: 'male' | 'female'; birthDate: string },
  b: RecordCheckupBody,
  today: string,
): { problems: FieldError[]; data: CheckupData; flags: string[]; ageDays: number } {
  const problems: FieldError[] = [];
  if (b.date < child.birthDate)
    problems.push({
      path: 'date',
      message: msg('检查日期不能早于出生日期', 'The date cannot be before birth'),
    });
  if (b.date > today)
    problems.push({ path: 'date', message: msg('检查日期不能晚于今天', 'The date cannot be after today') });
  const ageDays = Math.max(0, ageInDays(child.birthDate, b.date));
  const z = zScores(child.sex, ageDays, { weightKg: b.weightKg, lengthCm: b.lengthCm, headCm: b.headCm });
  if (problems.length === 0)
    for (const field of implausibleFields(z)) problems.push({ path: field, message: IMPLAUSIBLE[field] });
  const flags = growthFlags(z, ageDays, b.hemoglobinGL);
  return {
    problems,
    ageDays,
    flags,
    data: {
      weightKg: b.weightKg,
      lengthCm: b.lengthCm,
      headCm: b.headCm ?? null,
      hemoglobinGL: b.hemoglobinGL ?? null,
      development: b.development ?? null,
      feeding: b.feeding || null,
      guidance: b.guidance || null,
      referral: b.referral || null,
      notes: b.notes || null,
      zScores: {
        weightForAge: z.weightForAge,
        lengthForAge: z.lengthForAge,
        weightForLength: z.weightForLength,
        headForAge: z.headForAge ?? null,
      },
    },
  };
}

/** Whether a check-up satisfies a due date the earlier ones did not (newborn visits: within 28 days). */
export function isOnTime(
  birthDate: string,
  kind: RecordCheckupBody['kind'],
  date: string,
  scheduled: readonly DatedCheckup[],
  rules: HealthRules,
) {
  if (kind !== 'scheduled') return ageInDays(birthDate, date) <= 28;
  return satisfiesADueDate(birthDate, scheduled, { id: Number.MAX_SAFE_INTEGER, date }, rules.window);
}

/** Writes one assessed check-up and what follows from it (flags, last date, the ledger). */
export async function writeCheckup(
  trx: Db,
  ctx: AppContext,
  child: { id: number; birthDate: string },
  b: RecordCheckupBody,
  assessed: ReturnType<typeof assessCheckup>,
  recorder: { id: number | null; name: string },
  rules: HealthRules,
) {
  // The child's row first: a second writer of the same child waits here (see refreshLedger).
  await updateHealthChild(trx, child.id, { updated_at: nowIso() });
  const existing = await checkupRows(trx, child.id);
  const scheduled = existing.filter((c) => c.kind === 'scheduled').map((c) => ({ id: c.id, date: c.date }));
  const onTime = isOnTime(child.birthDate, b.kind, b.date, scheduled, rules);
  const id = await insertCheckup(trx, {
    child_id: child.id,
    kind: b.kind,
    age_months: b.kind === 'scheduled' ? (b.ageMonths ?? null) : null,
    date: b.date,
    data_enc: encryptField(ctx.keys, JSON.stringify(assessed.data)),
    flags: assessed.flags.join(','),
    on_time: onTime ? 1 : 0,
    recorded_by: recorder.id,
    recorder_name: recorder.name,
    created_at: nowIso(),
  });
  // The list's flags and last date are the latest check-up's (a late entry of an older one keeps them).
  const latest = [...existing, { date: b.date, id, flags: assessed.flags.join(',') }]
    .sort((a, c) => a.date.localeCompare(c.date) || a.id - c.id)
    .at(-1);
  if (latest) await updateHealthChild(trx, child.id, { flags: latest.flags, last_checkup_on: latest.date });
  await refreshLedger(trx, child.id, rules);
  return { id, onTime };
}

export async function recordCheckup(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  childId: number,
  b: RecordCheckupBody,
): Promise<CheckupRecorded> {
  const child = await scopedChild(ctx.db, scopeOf(caller), childId);
  if (!child) throw notFound();
  if (child.status !== 'active')
    throw invalid({ path: 'date', message: msg('该儿童已不在册', 'The child is off the register') });
  const assessed = assessCheckup({ sex: child.sex, birthDate: child.birth_date }, b, todayInBeijing());
  if (assessed.problems.length)
    throw ruleBroken(
      msg('检查记录不合理，请核对标出的项目', 'The check-up does not add up; check the fields listed'),
      assessed.problems,
    );
  const rules = await healthRules(ctx.db);
  const { id, onTime } = await ctx.db.transaction().execute(async (trx) => {
    const written = await writeCheckup(
      trx,
      ctx,
      { id: childId, birthDate: child.birth_date },
      b,
      assessed,
      { id: caller.id, name: caller.displayName },
      rules,
    );
    await recordAudit(trx, ctx.keys, actor, {
      action: 'health_checkup.record',
      entityType: 'health_child',
      entityId: childId,
      divisionCode: child.division_code,
      changes: { checkupId: written.id, kind: b.kind, ageMonths: b.ageMonths ?? null, date: b.date },
    });
    return written;
  });
  return { id, onTime, zScores: assessed.data.zScores, flags: assessed.flags as CheckupRecorded['flags'] };
}
