/**
 * Indicator I-1, care places per 1,000 residents (plan 总体要求 ≥ 4; SPEC §5): approved capacity of
 * filed, operating providers (kindergarten toddler classes included; family care points and
 * hourly-care providers shown apart, standards.md "param") ÷ resident population × 1000.
 * Read from the per-county summary kept current on every listing change (summary.ts).
 */
import type { PlacesIndicator } from '@tuoyu/contracts';
import { PLACES_TARGET_PER_1000, placesNeeded, placesPer1000 } from '@tuoyu/domain';
import type { AppContext } from '../../platform/context';
import { todayInBeijing } from '../../platform/time';
import { cityAndCounties, placesSummaries, populationsUpTo } from './queries';

export async function placesIndicator(ctx: AppContext, year: number): Promise<PlacesIndicator> {
  const [sums, pops, divisions] = await Promise.all([
    placesSummaries(ctx.db),
    populationsUpTo(ctx.db, year),
    cityAndCounties(ctx.db),
  ]);
  type Sum = Omit<(typeof sums)[number], 'updated_at' | 'division_code'>;
  const zero: Sum = { places: 0, inclusive_places: 0, family_places: 0, hourly_providers: 0, providers: 0 };
  const popOf = (code: string) => pops.find((p) => p.division_code === code);
  const figures = (code: string, name: string, s: Sum, pop: { residents: number; year: number }) => ({
    divisionCode: code,
    divisionName: name,
    places: s.places,
    inclusivePlaces: s.inclusive_places,
    familyPointPlaces: s.family_places,
    hourlyProviders: s.hourly_providers,
    providers: s.providers,
    population: pop.residents,
    populationYear: pop.year,
    placesPer1000: placesPer1000(s.places, pop.residents),
    placesNeeded: placesNeeded(s.places, pop.residents, PLACES_TARGET_PER_1000),
  });
  const counties = divisions
    .filter((d) => d.level === 'county')
    .map((d) =>
      figures(
        d.code,
        d.name,
        sums.find((s) => s.division_code === d.code) ?? zero,
        popOf(d.code) ?? { residents: 0, year },
      ),
    );
  const total = sums.reduce<Sum>(
    (a, s) => ({
      places: a.places + s.places,
      inclusive_places: a.inclusive_places + s.inclusive_places,
      family_places: a.family_places + s.family_places,
      hourly_providers: a.hourly_providers + s.hourly_providers,
      providers: a.providers + s.providers,
    }),
    zero,
  );
  const cityPop = popOf('150800') ?? {
    residents: counties.reduce((a, c) => a + c.population, 0),
    year: Math.max(...counties.map((c) => c.populationYear)),
  };
  const cityName = divisions.find((d) => d.level === 'city')?.name ?? '巴彦淖尔市';
  return {
    year,
    target: PLACES_TARGET_PER_1000,
    referenceDate: todayInBeijing(),
    city: figures('150800', cityName, total, cityPop),
    counties,
    demo: ctx.config.demo,
  };
}
