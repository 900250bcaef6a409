/**
 * Monthly public statistics of complaints per county (SPEC C6, "一公开"): the complaints received
 * in the month (Beijing dates), how many are answered so far and how many within the deadline, the
 * outcomes and the categories. Cases still with the city for triage are a row of their own.
 */
import type { ComplaintStats } from '@tuoyu/contracts';
import { COMPLAINT_CATEGORIES, complaintAnsweredOnTime } from '@tuoyu/domain';
import type { AppContext } from '../../platform/context';
import { beijingDate } from '../../platform/time';
import * as q from './queries';

export async function monthlyStats(ctx: AppContext, month: string): Promise<ComplaintStats> {
  const [divisions, rows] = await Promise.all([q.statsDivisions(ctx.db), q.receivedInMonth(ctx.db, month)]);
  const out = divisions.map((d) => ({
    divisionCode: d.code,
    divisionName: d.code === q.CITY_CODE ? `${d.name}（市级待分办）` : d.name,
    received: 0,
    answered: 0,
    answeredOnTime: 0,
    substantiated: 0,
    partly: 0,
    unsubstantiated: 0,
    byCategory: Object.fromEntries(COMPLAINT_CATEGORIES.map((c) => [c, 0])) as Record<string, number>,
  }));
  for (const r of rows) {
    const row = out.find((o) => o.divisionCode === r.division_code);
    if (!row) continue;
    row.received++;
    row.byCategory[r.category] = (row.byCategory[r.category] ?? 0) + 1;
    if (!r.answered_at) continue;
    row.answered++;
    if (
      complaintAnsweredOnTime({
        answerBy: r.answer_by,
        answeredOn: beijingDate(r.answered_at),
      })
    )
      row.answeredOnTime++;
    if (r.outcome) row[r.outcome]++;
  }
  // The city's triage row only when it has cases; every county always (a zero is news too).
  return { month, rows: out.filter((o) => o.divisionCode !== q.CITY_CODE || o.received > 0) };
}
