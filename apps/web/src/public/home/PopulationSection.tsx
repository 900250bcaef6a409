import type { PublicOverview } from '@tuoyu/contracts';
import { formatInteger, useLang, useT } from '../../shared/i18n';

type County = PublicOverview['counties'][number];

/** The city's residents and one card per county: the denominators of the plan's targets. */
export function PopulationSection({ overview }: { overview: PublicOverview }) {
  const t = useT();
  const lang = useLang();
  const { city } = overview;
  return (
    <section className="pub-section" aria-labelledby="population-title">
      <h2 id="population-title">{t('public.population.title')}</h2>
      <p className="pub-big-figure">
        <strong>{t('public.unit.people', { n: formatInteger(lang, city.residents) })}</strong>
        <span className="pub-muted">
          {city.name} · {t('public.population.year', { year: city.year })}
        </span>
      </p>
      <h2 id="counties-title">{t('public.counties.title')}</h2>
      <ul className="pub-counties" aria-labelledby="counties-title">
        {overview.counties.map((county) => (
          <CountyCard key={county.code} county={county} />
        ))}
      </ul>
    </section>
  );
}

function CountyCard({ county }: { county: County }) {
  const t = useT();
  const lang = useLang();
  return (
    <li className="pub-card pub-county">
      <h3>{county.name}</h3>
      <dl>
        {county.seat && (
          <div>
            <dt>{t('common.seat')}</dt>
            <dd>{county.seat}</dd>
          </div>
        )}
        <div>
          <dt>{t('public.county.residents')}</dt>
          <dd>
            {t('public.unit.people', { n: formatInteger(lang, county.residents) })}
            <span className="pub-muted"> ({t('public.population.year', { year: county.year })})</span>
          </dd>
        </div>
        <div>
          <dt>{t('common.townships')}</dt>
          <dd>{t('public.unit.count', { n: county.townships })}</dd>
        </div>
        {county.areaKm2 !== null && (
          <div>
            <dt>{t('public.county.area')}</dt>
            <dd>{t('public.unit.km2', { n: formatInteger(lang, county.areaKm2) })}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}
