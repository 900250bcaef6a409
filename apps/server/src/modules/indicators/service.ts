/**
 * Indicator I-1, care places per 1,000 residents (plan 总体要求 ≥ 4; SPEC §5): approved capacity of
 * filed, operating providers (kindergarten toddler classes included; family care points and
 * hourly-care providers shown apart, standards.md "param") ÷ resident population × 1000.
 * Aggregated by one grouped query over the indexed public columns, never by reading filings.
 */
import type { PlacesIndicator } from '@tuoyu/contracts';
import { PLACES_TARGET_PER_1000, placesNeeded, placesPer1000 } from '@tuoyu/domain';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import { todayInBeijing } from '../../platform/time';
import { serviceBit } from '../providers/public-listing';

const HOURLY_BITS = serviceBit('hourly') | serviceBit('temporary');

export async function placesIndicator(ctx: AppContext, year: number): Promise<PlacesIndicator> {
  const [sums, pops, divisions] = await Promise.all([
    ctx.db
      .selectFrom('providers')
      .select([
        'division_code',
        sql<number>`sum(case when kind <> 'family_point' then capacity else 0 end)`.as('places'),
        sql<number>`sum(case when kind <> 'family_point' and inclusive = 1 then capacity else 0 end)`.as(
          'inclusive_places',
        ),
        sql<number>`sum(case when kind = 'family_point' then capacity else 0 end)`.as('family_places'),
        sql<number>`sum(case when (service_mask & ${HOURLY_BITS}) <> 0 then 1 else 0 end)`.as('hourly'),
        sql<number>`count(*)`.as('providers'),
      ])
      .where('public', '=', 1)
      .groupBy('division_code')
      .execute(),
    ctx.db.selectFrom('populations').selectAll().where('year', '<=', year).orderBy('year', 'desc').execute(),
    ctx.db
      .selectFrom('divisions')
      .select(['code', 'name', 'level'])
      .where('level', 'in', ['city', 'county'])
      .orderBy('code')
      .execute(),
  ]);
  const popOf = (code: string) => pops.find((p) => p.division_code === code);
  const sumOf = (code: string) => sums.find((s) => s.division_code === code);
  const figures = (
    code: string,
    name: string,
    s: (typeof sums)[number] | undefined,
    pop: { residents: number; year: number },
  ) => {
    const places = Number(s?.places ?? 0);
    return {
      divisionCode: code,
      divisionName: name,
      places,
      inclusivePlaces: Number(s?.inclusive_places ?? 0),
      familyPointPlaces: Number(s?.family_places ?? 0),
      hourlyProviders: Number(s?.hourly ?? 0),
      providers: Number(s?.providers ?? 0),
      population: pop.residents,
      populationYear: pop.year,
      placesPer1000: placesPer1000(places, pop.residents),
      placesNeeded: placesNeeded(places, pop.residents, PLACES_TARGET_PER_1000),
    };
  };
  const counties = divisions
    .filter((d) => d.level === 'county')
    .map((d) => figures(d.code, d.name, sumOf(d.code), popOf(d.code) ?? { residents: 0, year }));
  const total = (k: 'places' | 'inclusive_places' | 'family_places' | 'hourly' | 'providers') =>
    sums.reduce((a, s) => a + Number(s[k] ?? 0), 0);
  const cityPop = popOf('150800') ?? {
    residents: counties.reduce((a, c) => a + c.population, 0),
    year: Math.max(...counties.map((c) => c.populationYear)),
  };
  const city = figures(
    '150800',
    divisions.find((d) => d.level === 'city')?.name ?? '巴彦淖尔市',
    {
      division_code: '150800',
      places: total('places'),
      inclusive_places: total('inclusive_places'),
      family_places: total('family_places'),
      hourly: total('hourly'),
      providers: total('providers'),
    },
    cityPop,
  );
  return {
    year,
    target: PLACES_TARGET_PER_1000,
    referenceDate: todayInBeijing(),
    city,
    counties,
    demo: ctx.config.demo,
  };
}
