/**
 * I-2, 3岁以下儿童系统管理率 (plan 总体要求 ≥ 92 %; SPEC §5; standards.md child health), with the
 * newborn visit rate and the family-doctor contract rate. Read from the kept sums: the public
 * figure by county, the in-scope figure one level down with the children not managed.
 */
import type { HealthIndicator, ScopedHealthIndicator } from '@tuoyu/contracts';
import {
  addMonths,
  CITY_CODE,
  HEALTH_MANAGEMENT_TARGET,
  maskPersonName,
  ratePercent,
  reportingPeriod,
  reportingYearOf,
  SCHEDULE_AGES,
} from '@tuoyu/domain';
import type { AppContext, SessionUser } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { divisionPrefix, isInScope, scopeOf } from '../../platform/scope';
import { todayInBeijing } from '../../platform/time';
import { healthRules } from './ledger';
import { divisionNames } from './queries';
import {
  childDivisions,
  divisionNamed,
  familyDoctorSums,
  missedDues,
  rateSums,
  unmanagedChildren,
} from './queries-indicators';

/** The year asked for (the running one by default), its period and its evaluation date. */
async function periodOf(ctx: AppContext, year: number | undefined) {
  const rules = await healthRules(ctx.db);
  const today = todayInBeijing();
  const y = year ?? reportingYearOf(today, rules.yearStart);
  const period = reportingPeriod(y, rules.yearStart);
  const asOf = [today, period.to].sort()[0] as string; // ISO dates: the earlier one
  const rule = { scheduleAges: [...SCHEDULE_AGES], ...rules.window, yearStart: rules.yearStart };
  return { year: y, period, asOf, rule };
}

interface Sums {
  code: string;
  entering: number;
  failing: number;
  births: number;
  visited: number;
}

function sumBy(rows: Sums[], key: (r: Sums) => string): Sums[] {
  const by = new Map<string, Sums>();
  for (const r of rows) {
    const k = key(r);
    const cur = by.get(k) ?? { code: k, entering: 0, failing: 0, births: 0, visited: 0 };
    cur.entering += Number(r.entering);
    cur.failing += Number(r.failing);
    cur.births += Number(r.births);
    cur.visited += Number(r.visited);
    by.set(k, cur);
  }
  return [...by.values()];
}

/** The figure of one division and of each division one level down. */
async function rates(ctx: AppContext, code: string, year: number, asOf: string) {
  // Townships summed up to the counties when the city is asked.
  const digits = code === CITY_CODE ? 6 : 9;
  const [townships, parts, self] = await Promise.all([
    rateSums(ctx.db, year, asOf, divisionPrefix(code)),
    childDivisions(ctx.db, code),
    divisionNamed(ctx.db, code),
  ]);
  const sums = sumBy(townships, (s) => s.code.slice(0, digits));
  const figure = (s: { entering: number; failing: number } | undefined) => {
    const denominator = Number(s?.entering ?? 0);
    const numerator = denominator - Number(s?.failing ?? 0);
    return { numerator, denominator, rate: ratePercent(numerator, denominator) };
  };
  const byDivision = parts.map((d) => ({
    divisionCode: d.code,
    name: d.name,
    ...figure(sums.find((s) => s.code === d.code)),
  }));
  const total = sums.reduce(
    (a, s) => ({
      entering: a.entering + Number(s.entering),
      failing: a.failing + Number(s.failing),
      births: a.births + Number(s.births),
      visited: a.visited + Number(s.visited),
    }),
    { entering: 0, failing: 0, births: 0, visited: 0 },
  );
  return {
    name: self?.name ?? code,
    byDivision,
    ...figure(total),
    births: total.births,
    visited: total.visited,
  };
}

export async function publicHealthIndicator(ctx: AppContext, year?: number): Promise<HealthIndicator> {
  const p = await periodOf(ctx, year);
  const r = await rates(ctx, CITY_CODE, p.year, p.asOf);
  return {
    year: p.year,
    period: p.period,
    asOf: p.asOf,
    divisionCode: CITY_CODE,
    numerator: r.numerator,
    denominator: r.denominator,
    rate: r.rate,
    target: HEALTH_MANAGEMENT_TARGET,
    rule: p.rule,
    byDivision: r.byDivision,
  };
}

const UNMANAGED_LIMIT = 200;

/**
 * The ages a child missed in the year: its open due dates, and always the first one the year's
 * rule left unsatisfied — a check-up in the previous year may close a due date on the schedule
 * while the rule, counting only check-ups inside the year, does not.
 */
function missedAgesOf(
  u: { id: number; birth_date: string; first_unsatisfied: string | null },
  missed: { child_id: number; age_months: number }[],
) {
  const ages = new Set(missed.filter((m) => m.child_id === u.id).map((m) => m.age_months));
  const first = SCHEDULE_AGES.find((m) => addMonths(u.birth_date, m) === u.first_unsatisfied);
  if (first !== undefined) ages.add(first);
  return [...ages].sort((a, b) => a - b);
}

export async function scopedHealthIndicator(
  ctx: AppContext,
  caller: SessionUser,
  q: { year?: number | undefined; division?: string | undefined },
): Promise<ScopedHealthIndicator> {
  const scope = scopeOf(caller);
  const code = q.division ?? caller.divisionCode;
  if (!isInScope(scope, code) || !(await divisionNamed(ctx.db, code))) throw notFound();
  const p = await periodOf(ctx, q.year);
  const prefix = divisionPrefix(code);
  const [r, fd, unmanaged] = await Promise.all([
    rates(ctx, code, p.year, p.asOf),
    familyDoctorSums(ctx.db, prefix, p.asOf, addMonths(p.asOf, -36)),
    unmanagedChildren(ctx.db, p.year, p.asOf, prefix, UNMANAGED_LIMIT),
  ]);
  const ids = unmanaged.rows.map((u) => u.id);
  const [missed, names] = await Promise.all([
    missedDues(ctx.db, ids, p.period.from, p.asOf),
    divisionNames(ctx.db, [...new Set(unmanaged.rows.map((u) => u.division_code))]),
  ]);
  return {
    year: p.year,
    period: p.period,
    asOf: p.asOf,
    divisionCode: code,
    numerator: r.numerator,
    denominator: r.denominator,
    rate: r.rate,
    target: HEALTH_MANAGEMENT_TARGET,
    rule: p.rule,
    byDivision: r.byDivision,
    newbornVisit: { numerator: r.visited, denominator: r.births, rate: ratePercent(r.visited, r.births) },
    familyDoctor: {
      numerator: Number(fd.contracted),
      denominator: Number(fd.children),
      rate: ratePercent(Number(fd.contracted), Number(fd.children)),
    },
    unmanaged: unmanaged.rows.map((u) => ({
      id: u.id,
      name: maskPersonName(u.name),
      townshipCode: u.division_code,
      townshipName: names.get(u.division_code) ?? u.division_code,
      birthDate: u.birth_date,
      missedAges: missedAgesOf(u, missed),
    })),
    unmanagedTotal: unmanaged.total,
  };
}
