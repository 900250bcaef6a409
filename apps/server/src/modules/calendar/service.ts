/**
 * 节假日安排: the one working-day calendar every deadline counts with — the statutory holidays of
 * any year (computed in @tuoyu/domain) plus the State Council schedules the city enters here.
 */
import type { CalendarDay, CalendarYear } from '@tuoyu/contracts';
import {
  addWorkingDays,
  type CalendarDayKind,
  isoWeekday,
  type ScheduleProblem,
  scheduleProblems,
  type WorkingCalendar,
  workingCalendar,
} from '@tuoyu/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { type FieldError, invalid } from '../../platform/errors';
import { nowIso } from '../../platform/time';
import {
  calendarDays,
  calendarVersion,
  calendarYears,
  enteredYear,
  replaceCalendarDays,
  touchCalendarYear,
} from './queries';
import { recomputeOpenDeadlines } from './recompute';

type Q = Kysely<Database>;

interface Loaded {
  version: string;
  calendar: WorkingCalendar;
  updatedAt: Map<number, string>;
}

async function version(db: Q): Promise<string> {
  const r = await calendarVersion(db);
  return `${String(r?.n ?? 0)}:${String(r?.r ?? 0)}`;
}

async function load(db: Q): Promise<Loaded> {
  const v = await version(db);
  const years = await calendarYears(db);
  const days = await calendarDays(db);
  const schedules = new Map<number, CalendarDay[]>(years.map((y) => [Number(y.year), []]));
  for (const d of days) {
    schedules.get(Number(d.year))?.push({ date: d.date, kind: d.kind as CalendarDayKind, name: d.name });
  }
  return {
    version: v,
    calendar: workingCalendar(schedules),
    updatedAt: new Map(years.map((y) => [Number(y.year), y.updated_at])),
  };
}

/**
 * Kept per database handle and checked on every use against a version figure (how many years are
 * entered and the sum of their revisions, which every change raises): one tiny aggregate over a
 * few rows instead of reloading the days. Another app server's change raises the revision in the
 * shared database, so every server counts with it from its next deadline on — no message between
 * servers, no stale window. Inside a transaction (`db` is then the transaction) the calendar is
 * built from what that transaction sees and not cached under the shared handle.
 */
const cache = new WeakMap<Q, Loaded>();

async function loaded(db: Q): Promise<Loaded> {
  const hit = cache.get(db);
  if (hit && hit.version === (await version(db))) return hit;
  const fresh = await load(db);
  if (!db.isTransaction) cache.set(db, fresh);
  return fresh;
}

/** The working calendar for every year, as the database holds it now. Every deadline uses this. */
export async function currentCalendar(db: Q): Promise<WorkingCalendar> {
  return (await loaded(db)).calendar;
}

/** GET /api/calendar/:year. */
export async function getCalendarYear(db: Q, year: number): Promise<CalendarYear> {
  const { calendar, updatedAt } = await loaded(db);
  return { ...calendar.year(year), updatedAt: updatedAt.get(year) ?? null };
}

/** The Nth working day after `from`. */
export async function workingDaysAfter(db: Q, from: string, add: number) {
  return { from, add, date: addWorkingDays(from, add, await currentCalendar(db)) };
}

/** Where a schedule row sits: its path in the request and the row number people see. */
export interface RowPlace {
  path: (index: number, field: 'date' | 'kind') => string;
  row: (index: number) => number;
}
const LIST_PLACE: RowPlace = { path: (i, field) => `days.${i}.${field}`, row: (i) => i + 1 };

function problemField(p: ScheduleProblem, year: number, place: RowPlace): FieldError {
  const path = place.path(p.index, p.problem === 'workday_on_weekday' ? 'kind' : 'date');
  const n = place.row(p.index);
  switch (p.problem) {
    case 'outside_year':
      return {
        path,
        message: { zh: `第 ${n} 行的日期不在 ${year} 年内`, en: `Row ${n}: the date is not in ${year}` },
      };
    case 'duplicate':
      return {
        path,
        message: { zh: `第 ${n} 行的日期与前面重复`, en: `Row ${n}: this date is already listed` },
      };
    case 'workday_on_weekday':
      return {
        path,
        message: {
          zh: `第 ${n} 行：调休上班日须为周六或周日（工作日本来就上班）`,
          en: `Row ${n}: a make-up workday must be a Saturday or Sunday (weekdays are worked anyway)`,
        },
      };
    case 'workday_on_statutory_holiday':
      return {
        path,
        message: {
          zh: `第 ${n} 行：该日是法定节假日（${p.holiday}），不能调为上班`,
          en: `Row ${n}: this date is a statutory holiday (${p.holiday}) and cannot be a workday`,
        },
      };
  }
}

/** Refuses a schedule with any problem (400, each naming its row); otherwise nothing. */
export function checkSchedule(year: number, days: readonly CalendarDay[], place = LIST_PLACE) {
  const problems = scheduleProblems(year, days);
  if (problems.length) throw invalid(...problems.map((p) => problemField(p, year, place)));
}

const isWeekend = (date: string) => [0, 6].includes(isoWeekday(date));

/**
 * PUT /api/calendar/:year: replaces the year's official schedule, recomputes the open deadlines it
 * moves and writes one audit entry, all in one transaction. Holidays on a weekend are dropped: they
 * change nothing.
 */
export async function putCalendarYear(
  ctx: AppContext,
  actor: AuditActor,
  year: number,
  days: readonly CalendarDay[],
  action = 'calendar.schedule',
): Promise<CalendarYear> {
  checkSchedule(year, days);
  const kept = days.filter((d) => d.kind === 'workday' || !isWeekend(d.date));
  await ctx.db.transaction().execute(async (trx) => {
    // The year's row first: on PostgreSQL it locks the year, so two saves cannot interleave.
    const at = nowIso();
    await touchCalendarYear(trx, year, at, actor.actorUsername);
    const before = (await load(trx)).calendar;
    const previous = before.year(year);
    await replaceCalendarDays(trx, year, kept);
    const after = (await load(trx)).calendar;
    const moved = await recomputeOpenDeadlines(trx, year, before, after);
    await recordAudit(trx, ctx.keys, actor, {
      action,
      entityType: 'calendar',
      entityId: year,
      changes: {
        days: { from: previous.days, to: after.year(year).days },
        ...(moved.filings.length ? { filings: moved.filings } : {}),
        ...(moved.complaints.length ? { complaints: moved.complaints } : {}),
      },
    });
  });
  return getCalendarYear(ctx.db, year);
}

/**
 * The warning the console home shows the city and the administrator (and the scheduled job can
 * send): from 1 November (Beijing date `today`) while next year's official schedule is missing,
 * `{year}` of that next year; otherwise null. The State Council publishes it in late October or
 * November, so before November there is nothing to chase.
 */
export async function calendarWarning(
  ctx: Pick<AppContext, 'db'>,
  today: string,
): Promise<{ year: number } | null> {
  const year = Number(today.slice(0, 4));
  if (today.slice(5) < '11-01') return null;
  const entered = await enteredYear(ctx.db, year + 1);
  return entered ? null : { year: year + 1 };
}
