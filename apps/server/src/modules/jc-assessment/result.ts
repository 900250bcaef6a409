/**
 * The result table (督查考核, 三(三)): the stored figures scored with the weights they were computed
 * with, the office's marks, final score, rank and grade — ranked over every county or unit, then cut
 * to what the caller may see: the office and convener everything; a county regulator its county's
 * row and a member unit's city-level account its unit's, once published.
 */
import type { JcAssessment, JcAssessRow, JcWeights } from '@tuoyu/contracts';
import {
  DEFAULT_JC_WEIGHTS,
  finalScore,
  gradeOf,
  indicatorScore,
  JC_INDICATOR_RULES,
  type JcAssessKind,
  ranksOf,
  weightedScore,
} from '@tuoyu/domain';
import type { AppContext, SessionUser } from '../../platform/context';
import { oversees, unitOf } from '../jc/parties';
import type { Figure } from './figures';
import { assessmentOf, counties, marksOf, snapshotRows, units } from './queries';

export type Viewer = JcAssessment['view'];

export function viewerOf(caller: SessionUser): Viewer {
  if (oversees(caller)) return 'all';
  if (caller.role === 'county_regulator') return 'county';
  return unitOf(caller) ? 'unit' : 'none';
}

const weightOf = (w: JcWeights, kind: JcAssessKind, indicator: string) =>
  (w[kind] as Record<string, number>)[indicator] ?? 0;

export const parseWeights = (s: string | null | undefined): JcWeights =>
  s ? (JSON.parse(s) as JcWeights) : structuredClone(DEFAULT_JC_WEIGHTS);

/** Every row of the year scored and ranked (no scope). */
export async function scoredRows(ctx: AppContext, year: number) {
  const [a, rows, marks, countyList, unitList] = await Promise.all([
    assessmentOf(ctx.db, year),
    snapshotRows(ctx.db, year),
    marksOf(ctx.db, year),
    counties(ctx.db),
    units(ctx.db),
  ]);
  const weights = parseWeights(a?.computed_weights ?? a?.weights);
  const names = new Map([...countyList, ...unitList].map((x) => [x.code, x.name]));
  const scored: JcAssessRow[] = rows.map((r) => {
    const figures = JSON.parse(r.figures) as Figure[];
    const items = figures.map((f) => ({
      weight: weightOf(weights, r.kind, f.indicator),
      score: indicatorScore(f.indicator, f.value),
    }));
    const base = weightedScore(items);
    const own = marks.filter((m) => m.kind === r.kind && m.code === r.code);
    const points = own.map((m) => m.tenths / 10);
    const final = finalScore(base.score, points);
    return {
      kind: r.kind,
      code: r.code,
      name: names.get(r.code) ?? r.code,
      indicators: figures.map((f, i) => ({
        ...f,
        rule: JC_INDICATOR_RULES[f.indicator].rule,
        target: JC_INDICATOR_RULES[f.indicator].target ?? null,
        score: items[i]?.score ?? null,
        weight: items[i]?.weight ?? 0,
        effectiveWeight: base.effective[i] ?? 0,
      })),
      baseScore: base.score,
      marks: own.map((m) => ({
        id: m.id,
        points: m.tenths / 10,
        reason: m.reason,
        at: m.at,
        by: m.by ?? null,
      })),
      marksTotal: points.reduce((s, p) => s + p, 0),
      finalScore: final,
      rank: null,
      grade: gradeOf(final),
    };
  });
  const order = [...countyList, ...unitList].map((x) => x.code);
  scored.sort((x, y) => order.indexOf(x.code) - order.indexOf(y.code));
  for (const kind of ['county', 'unit'] as const) {
    const of = scored.filter((r) => r.kind === kind);
    const ranks = ranksOf(of.map((r) => r.finalScore));
    of.forEach((r, i) => {
      r.rank = ranks[i] ?? null;
    });
  }
  return { a, weights, rows: scored };
}

export async function assessment(ctx: AppContext, caller: SessionUser, year: number): Promise<JcAssessment> {
  const { a, weights, rows } = await scoredRows(ctx, year);
  const view = viewerOf(caller);
  const published = !!a?.published_at;
  const visible = (r: JcAssessRow) =>
    view === 'all' ||
    (published && view === 'county' && r.kind === 'county' && r.code === caller.divisionCode) ||
    (published && view === 'unit' && r.kind === 'unit' && r.code === unitOf(caller));
  const shown = rows.filter(visible);
  return {
    year,
    status: published ? 'published' : a?.computed_at ? 'computed' : 'draft',
    view,
    computedAt: a?.computed_at ?? null,
    publishedAt: a?.published_at ?? null,
    asOf: a?.as_of ?? null,
    weights,
    stale: !!a?.computed_weights && a.computed_weights !== a.weights,
    counties: shown.filter((r) => r.kind === 'county'),
    units: shown.filter((r) => r.kind === 'unit'),
  };
}
