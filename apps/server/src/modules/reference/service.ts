/** Reference data use cases: read divisions, units and populations; edit a year's population. */
import type { Division, Population, PublicOverview, Unit } from '@tuoyu/contracts';
import type { AuditActor } from '../../platform/audit';
import { recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { FIELD_MESSAGES } from '../../platform/messages';
import { nowIso } from '../../platform/time';
import * as q from './queries';

export async function getDivisions(ctx: AppContext): Promise<Division[]> {
  const rows = await q.listDivisions(ctx.db);
  return rows.map((d) => ({
    code: d.code,
    name: d.name,
    level: d.level,
    parentCode: d.parent_code,
    kind: d.kind,
    statisticalOnly: d.statistical_only === 1,
    seat: d.seat,
    areaKm2: d.area_km2 == null ? null : Number(d.area_km2),
  }));
}

export async function getUnits(ctx: AppContext): Promise<Unit[]> {
  const rows = await q.listUnits(ctx.db);
  return rows.map((u) => ({
    code: u.code,
    name: u.name,
    shortName: u.short_name,
    role: u.role,
    dutiesClause: u.duties_clause,
    duties: u.duties,
  }));
}

export async function getPopulations(ctx: AppContext, year?: number): Promise<Population[]> {
  const rows = await q.listPopulations(ctx.db, year);
  return rows.map((p) => ({
    divisionCode: p.division_code,
    divisionName: p.division_name,
    year: p.year,
    residents: p.residents,
    source: p.source,
  }));
}

/** Sets the resident population of a city or county for a year (statistics input, SPEC §3). */
export async function putPopulation(
  ctx: AppContext,
  actor: AuditActor,
  divisionCode: string,
  year: number,
  body: { residents: number; source: string },
): Promise<Population> {
  const division = await q.findDivision(ctx.db, divisionCode);
  if (!division || division.level === 'township') {
    throw invalid({ path: 'divisionCode', message: FIELD_MESSAGES.unknownDivision });
  }
  await ctx.db.transaction().execute(async (trx) => {
    const before = await q.findPopulation(trx, divisionCode, year);
    await q.upsertPopulation(trx, { division_code: divisionCode, year, ...body, updated_at: nowIso() });
    await recordAudit(trx, ctx.keys, actor, {
      action: before ? 'population.update' : 'population.create',
      entityType: 'population',
      entityId: `${divisionCode}/${year}`,
      divisionCode,
      changes: {
        residents: { from: before?.residents ?? null, to: body.residents },
        source: { from: before?.source ?? null, to: body.source },
      },
    });
  });
  return { divisionCode, divisionName: division.name, year, ...body };
}

/** The public home page's facts: the city and its counties with their latest population. */
export async function getPublicOverview(ctx: AppContext): Promise<PublicOverview> {
  const [divisions, pops, townships] = await Promise.all([
    q.listDivisions(ctx.db),
    q.listPopulations(ctx.db),
    q.countTownshipsByCounty(ctx.db),
  ]);
  const latest = new Map<string, { residents: number; year: number }>();
  for (const p of pops) {
    const seen = latest.get(p.division_code);
    if (!seen || p.year > seen.year) latest.set(p.division_code, { residents: p.residents, year: p.year });
  }
  const tcount = new Map(townships.map((t) => [t.parent_code, Number(t.n)]));
  const counties = divisions
    .filter((d) => d.level === 'county')
    .map((d) => ({
      code: d.code,
      name: d.name,
      seat: d.seat,
      residents: latest.get(d.code)?.residents ?? 0,
      year: latest.get(d.code)?.year ?? 0,
      townships: tcount.get(d.code) ?? 0,
      areaKm2: d.area_km2 == null ? null : Number(d.area_km2),
    }));
  const city = divisions.find((d) => d.level === 'city');
  const cityPop = latest.get(city?.code ?? '') ?? {
    residents: counties.reduce((s, c) => s + c.residents, 0),
    year: Math.max(0, ...counties.map((c) => c.year)),
  };
  return {
    city: { code: city?.code ?? '150800', name: city?.name ?? '巴彦淖尔市', ...cityPop },
    counties,
    demo: ctx.config.demo,
  };
}
