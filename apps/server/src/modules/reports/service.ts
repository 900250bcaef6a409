/**
 * The monthly report, produced from the records and never typed in (issue 4, item 9): capacity,
 * children enrolled at month end, the attendance rate, staff by role, ratio breaches and the
 * completion of morning health checks. One provider's report for itself and the regulators in
 * scope; every filed or listed provider's for the county and the city — each figure one grouped
 * query over the whole set (a sub-select of the providers), never one query per provider.
 *
 * Attendance rate = child-days present ÷ (children enrolled at month end × working days of the
 * month elapsed, per the platform's working calendar, modules/calendar: a month in progress
 * counts its working days up to today, and "month end" is today); health-check
 * completion = morning checks of children present that day ÷ child-days present. Both as
 * percentages to one decimal, null without a denominator.
 */
import { type MonthlyReport, STAFF_ROLES } from '@tuoyu/contracts';
import { type HolidayCalendar, isWorkingDay } from '@tuoyu/domain';
import type { Db } from '../../db';
import type { AppContext, SessionUser } from '../../platform/context';
import { assertProviderVisible } from '../../platform/provider-access';
import { scopeOf } from '../../platform/scope';
import { beijingInstant, todayInBeijing } from '../../platform/time';
import { currentCalendar } from '../calendar/service';
import {
  breachesOverlapping,
  childDaysPresent,
  enrolledOn,
  morningChecksOfPresent,
  oneProvider,
  type ProviderSet,
  providerHeads,
  reportedProviders,
  staffOn,
} from './queries';

interface Month {
  month: string;
  /** First and last Beijing calendar days. */
  first: string;
  last: string;
  /** The month as UTC instants: [start, end). */
  startUtc: string;
  endUtc: string;
  workingDays: number;
  /** Working days up to `today` (inclusive); all of them once the month is over. */
  workingDaysElapsed: number;
  complete: boolean;
  /** The day enrolment is counted on: the month's last, or today while it runs. */
  asOf: string;
}

export function monthOf(month: string, calendar: HolidayCalendar, today = todayInBeijing()): Month {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const first = `${month}-01`;
  const last = `${month}-${String(days).padStart(2, '0')}`;
  let workingDays = 0;
  let workingDaysElapsed = 0;
  for (let d = 1; d <= days; d++) {
    const date = `${month}-${String(d).padStart(2, '0')}`;
    if (!isWorkingDay(date, calendar)) continue;
    workingDays++;
    if (date <= today) workingDaysElapsed++;
  }
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return {
    month,
    first,
    last,
    startUtc: beijingInstant(first),
    endUtc: beijingInstant(`${next}-01`),
    workingDays,
    workingDaysElapsed,
    complete: last < today,
    asOf: last < today ? last : today < first ? first : today,
  };
}

const pct = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 1000) / 10 : null);

const countBy = (rows: { provider_id: number; n: number | string | bigint }[]) =>
  new Map(rows.map((r) => [r.provider_id, Number(r.n)]));

/** Every figure of every provider in `set`, in the order of `providers`. */
async function reports(
  db: Db,
  providers: { id: number; name: string; capacity: number }[],
  set: ProviderSet,
  mo: Month,
): Promise<MonthlyReport[]> {
  if (providers.length === 0) return [];
  const [enrolled, present, staff, breaches, morning] = await Promise.all([
    enrolledOn(db, set, mo.asOf),
    childDaysPresent(db, set, mo.first, mo.last),
    staffOn(db, set, mo.asOf),
    // Their minutes inside the month are summed below.
    breachesOverlapping(db, set, mo.startUtc, mo.endUtc),
    morningChecksOfPresent(db, set, mo.first, mo.last),
  ]);
  const enrolledBy = countBy(enrolled);
  const presentBy = countBy(present);
  const morningBy = countBy(morning);
  const now = Date.now();
  const monthStart = Date.parse(mo.startUtc);
  const monthEnd = Math.min(Date.parse(mo.endUtc), now);
  return providers.map((p) => {
    const children = enrolledBy.get(p.id) ?? 0;
    const childDays = presentBy.get(p.id) ?? 0;
    const staffByRole = Object.fromEntries(STAFF_ROLES.map((r) => [r, 0])) as MonthlyReport['staffByRole'];
    for (const s of staff)
      if (s.provider_id === p.id && s.role in staffByRole)
        staffByRole[s.role as keyof typeof staffByRole] = Number(s.n);
    const own = breaches.filter((b) => b.provider_id === p.id);
    const ms = own.reduce((sum, b) => {
      const from = Math.max(Date.parse(b.started_at), monthStart);
      const to = Math.min(b.ended_at ? Date.parse(b.ended_at) : now, monthEnd);
      return sum + Math.max(0, to - from);
    }, 0);
    return {
      providerId: p.id,
      providerName: p.name,
      month: mo.month,
      capacity: p.capacity,
      enrolled: children,
      workingDays: mo.workingDays,
      workingDaysElapsed: mo.workingDaysElapsed,
      complete: mo.complete,
      childDaysPresent: childDays,
      attendanceRate: pct(childDays, children * mo.workingDaysElapsed),
      staffByRole,
      ratioBreaches: { count: own.length, minutes: Math.round(ms / 60_000) },
      healthCheckCompletion: pct(morningBy.get(p.id) ?? 0, childDays),
    };
  });
}

/** One provider's report: the provider itself and regulators in scope; anyone else 404. */
export async function providerReport(
  ctx: AppContext,
  caller: SessionUser,
  providerId: number,
  month: string,
): Promise<MonthlyReport> {
  await assertProviderVisible(ctx, caller, providerId);
  const set = oneProvider(ctx.db, providerId);
  const [p] = await providerHeads(ctx.db, set);
  if (!p) throw new Error('provider missing');
  const [report] = await reports(ctx.db, [p], set, monthOf(month, await currentCalendar(ctx.db)));
  if (!report) throw new Error('report missing');
  return report;
}

/** Every filed or listed provider in the regulator's scope, by id. */
export async function scopeReports(
  ctx: AppContext,
  caller: SessionUser,
  month: string,
  limit?: number,
): Promise<{ month: string; items: MonthlyReport[] }> {
  const set = reportedProviders(ctx.db, scopeOf(caller));
  const providers = await providerHeads(ctx.db, set, limit);
  return {
    month,
    items: await reports(ctx.db, providers, set, monthOf(month, await currentCalendar(ctx.db))),
  };
}
