/**
 * Deadline and certificate-expiry notices (issue 9, item 6), sent by scheduled jobs into the
 * responsible users' messages (`notifications`, read through GET /api/my/notifications):
 * - a rectification order due within 3 days, or overdue, → the provider's managers;
 * - a filing whose review deadline is within 2 days, or passed, → the county's regulators;
 * - a carer's qualification or yearly health exam lapsing within 30 days (the staff register's
 *   alerts) → the provider's managers.
 * Each notice carries `kind:item:user:day` as its unique de-duplication key, so every item is
 * notified once per user and day however often the job runs.
 */
import type { Db } from '../../db';
import type { NotificationTable } from '../../db/schema';
import type { AppContext } from '../../platform/context';
import { nowIso } from '../../platform/time';
import { staffView } from '../staff/service';
import * as q from './queries';

const DAY = 86_400_000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

interface Notice {
  kind: string;
  /** What the notice is about, unique within its kind (e.g. the finding's id). */
  item: string;
  providerId: number;
  title: string;
  body: string;
}

/** Inserts the notice for each recipient unless that user already has it today; returns how many were new. */
async function notify(db: Db, day: string, notice: Notice, userIds: number[]): Promise<number> {
  let sent = 0;
  for (const userId of userIds) {
    const row: Omit<NotificationTable, 'id'> = {
      user_id: userId,
      provider_id: notice.providerId,
      child_id: null,
      kind: notice.kind,
      title: notice.title.slice(0, 100),
      body: notice.body.slice(0, 1000),
      created_at: nowIso(),
      read_at: null,
      dedupe_key: `${notice.kind}:${notice.item}:${userId}:${day}`,
    };
    const inserted = await q.insertNoticeOnce(db, row);
    if (inserted) sent++;
  }
  return sent;
}

async function managersOf(db: Db, providerIds: number[]) {
  if (providerIds.length === 0) return new Map<number, number[]>();
  const rows = await q.activeManagers(db, providerIds);
  const by = new Map<number, number[]>();
  for (const r of rows)
    if (r.provider_id !== null) by.set(r.provider_id, [...(by.get(r.provider_id) ?? []), r.id]);
  return by;
}

/** Rectification orders and filing reviews close to (or past) their deadline. */
export async function sendDeadlineNotices(ctx: AppContext, day: string) {
  const findings = await q.findingsDueBy(ctx.db, addDays(day, 3));
  const managers = await managersOf(ctx.db, [...new Set(findings.map((f) => f.provider_id))]);
  let rectification = 0;
  for (const f of findings) {
    const overdue = (f.deadline ?? '') < day;
    rectification += await notify(
      ctx.db,
      day,
      {
        kind: 'rectification.deadline',
        item: String(f.id),
        providerId: f.provider_id,
        title: overdue ? `整改已逾期（期限 ${f.deadline}）` : `整改期限将至：${f.deadline}`,
        body: `${f.provider_name}：检查项「${f.item}」的整改${overdue ? '已超过' : '须在'} ${f.deadline}${overdue ? '，请尽快整改并答复' : ' 前完成并答复'}。`,
      },
      managers.get(f.provider_id) ?? [],
    );
  }

  const filings = await q.filingsDueBy(ctx.db, addDays(day, 2));
  const counties = [...new Set(filings.map((f) => f.division_code))];
  const regulators = counties.length ? await q.activeCountyRegulators(ctx.db, counties) : [];
  let filing = 0;
  for (const f of filings) {
    filing += await notify(
      ctx.db,
      day,
      {
        kind: 'filing.review_deadline',
        item: String(f.id),
        providerId: f.provider_id,
        title: `备案审核期限：${f.due_date}`,
        body: `${f.name} 的备案申请须在 ${f.due_date} 前审核${(f.due_date ?? '') < day ? '（已逾期）' : ''}。`,
      },
      regulators.filter((r) => r.division_code === f.division_code).map((r) => r.id),
    );
  }
  return { rectification, filing };
}

/** Carers' qualifications and yearly health exams lapsing within 30 days (the register's alerts). */
export async function sendCertificateNotices(ctx: AppContext, day: string) {
  const staff = await q.currentStaffAll(ctx.db);
  const alerting = staff
    .map((s) => ({ s, alerts: staffView(s, day).alerts }))
    .filter((x) => x.alerts.length > 0);
  const managers = await managersOf(ctx.db, [...new Set(alerting.map((x) => x.s.provider_id))]);
  let sent = 0;
  for (const { s, alerts } of alerting) {
    for (const a of alerts) {
      const lapsed = a.due < day;
      sent += await notify(
        ctx.db,
        day,
        {
          kind: 'staff.certificate_expiry',
          item: `${s.id}:${a.kind}:${a.label}`,
          providerId: s.provider_id,
          title: `${s.name}：${a.label}${lapsed ? '已过期' : `将于 ${a.due} 到期`}`,
          body: `${s.name}的${a.label}${lapsed ? `已于 ${a.due} 过期` : `将于 ${a.due} 到期`}，请及时办理${a.kind === 'health_exam' ? '；健康检查过期的人员不计入师幼比' : ''}。`,
        },
        managers.get(s.provider_id) ?? [],
      );
    }
  }
  return { notices: sent, staff: alerting.length };
}
