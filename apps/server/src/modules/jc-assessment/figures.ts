/**
 * What each indicator counts for a year (督查考核, 三(三)), as of 31 December or today if earlier:
 * - places: capacity of providers filed by then and not deregistered (current approved capacity; the
 *   platform keeps no capacity history) ÷ the latest population up to the year × 1000 (I-1's rule);
 * - healthManagement: I-2 of the county for the year (child-health's kept sums), 无数据 without children;
 * - filingsOnTime: submissions in the year decided (accepted or returned) within the city's filing
 *   limit in working days (登记和备案办法: 5), by the platform calendar; one still open past it is late,
 *   one still within it is not counted;
 * - inspectionsDone: inspections drawn by the plans published in the year that were submitted;
 * - complaintsOnTime: complaints received in the year answered by their answer deadline; open ones
 *   past it are late, open ones not yet due not counted;
 * - tasksOnTime (units): tasks led by the unit and due in the year (the due date in effect, after any
 *   extension) done on or before it; open ones past it are late, those due today or later not counted.
 */
import type { JcAssessIndicator, JcAssessKind } from '@tuoyu/domain';
import {
  addDays,
  addWorkingDays,
  beijingDate,
  beijingInstant,
  percentOf,
  placesPer1000,
} from '@tuoyu/domain';
import type { AppContext } from '../../platform/context';
import { todayInBeijing } from '../../platform/time';
import { currentCalendar } from '../calendar/service';
import { publicHealthIndicator } from '../child-health/indicators';
import { populationsUpTo } from '../indicators/queries';
import { standardsSettings } from '../settings/service';
import {
  complaintsReceived,
  counties,
  decisions,
  placesFiledBefore,
  plannedInspections,
  submissions,
  tasksDue,
  units,
} from './queries';

export interface Figure {
  indicator: JcAssessIndicator;
  numerator: number;
  denominator: number;
  value: number | null;
}
export interface FigureRow {
  kind: JcAssessKind;
  code: string;
  figures: Figure[];
}

/** A counter of numerator/denominator per key. */
function tally() {
  const m = new Map<string, { n: number; d: number }>();
  return {
    add(key: string, hit: boolean) {
      const c = m.get(key) ?? { n: 0, d: 0 };
      c.d += 1;
      if (hit) c.n += 1;
      m.set(key, c);
    },
    rate(indicator: JcAssessIndicator, key: string): Figure {
      const c = m.get(key) ?? { n: 0, d: 0 };
      return { indicator, numerator: c.n, denominator: c.d, value: percentOf(c.n, c.d) };
    },
  };
}

async function filingTally(ctx: AppContext, from: string, to: string, asOf: string) {
  const [subs, decided, settings, calendar] = await Promise.all([
    submissions(ctx.db, from, to),
    decisions(ctx.db, from),
    standardsSettings(ctx.db),
    currentCalendar(ctx.db),
  ]);
  const t = tally();
  for (const s of subs) {
    const due = addWorkingDays(beijingDate(s.at), settings.filingDeadlineWorkingDays, calendar);
    const d = decided.find((e) => e.filing_id === s.filing_id && e.at > s.at);
    if (d) t.add(s.division_code, beijingDate(d.at) <= due);
    else if (due < asOf) t.add(s.division_code, false);
  }
  return t;
}

export async function figuresOf(ctx: AppContext, year: number) {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const today = todayInBeijing();
  const asOf = today < last ? today : last;
  const from = beijingInstant(first);
  const to = beijingInstant(addDays(asOf, 1));
  const [countyList, unitList, places, pops, health, filings, inspections, complaints, tasks] =
    await Promise.all([
      counties(ctx.db),
      units(ctx.db),
      placesFiledBefore(ctx.db, to),
      populationsUpTo(ctx.db, year),
      publicHealthIndicator(ctx, year),
      filingTally(ctx, from, to, asOf),
      plannedInspections(ctx.db, from, to),
      complaintsReceived(ctx.db, first, asOf),
      tasksDue(ctx.db, first, last),
    ]);
  const inspected = tally();
  for (const i of inspections) inspected.add(i.division_code, i.status !== 'assigned');
  const answered = tally();
  for (const c of complaints) {
    if (c.answered_at) answered.add(c.division_code, beijingDate(c.answered_at) <= c.answer_by);
    else if (c.answer_by < asOf) answered.add(c.division_code, false);
  }
  const done = tally();
  for (const k of tasks) {
    if (k.status === 'done' && k.done_on) done.add(k.lead_unit, k.done_on <= k.due_on);
    else if (k.due_on < asOf) done.add(k.lead_unit, false);
  }
  const rows: FigureRow[] = countyList.map((c) => {
    const p = Number(places.find((x) => x.division_code === c.code)?.places ?? 0);
    const pop = pops.find((x) => x.division_code === c.code)?.residents ?? 0;
    const h = health.byDivision.find((x) => x.divisionCode === c.code);
    return {
      kind: 'county',
      code: c.code,
      figures: [
        { indicator: 'places', numerator: p, denominator: pop, value: placesPer1000(p, pop) },
        {
          indicator: 'healthManagement',
          numerator: h?.numerator ?? 0,
          denominator: h?.denominator ?? 0,
          value: h && h.denominator > 0 ? h.rate : null,
        },
        filings.rate('filingsOnTime', c.code),
        inspected.rate('inspectionsDone', c.code),
        answered.rate('complaintsOnTime', c.code),
      ],
    };
  });
  for (const u of unitList)
    rows.push({ kind: 'unit', code: u.code, figures: [done.rate('tasksOnTime', u.code)] });
  return {
    asOf,
    rows,
    names: new Map([...countyList, ...unitList].map((x) => [`${x.code}`, x.name])),
  };
}
