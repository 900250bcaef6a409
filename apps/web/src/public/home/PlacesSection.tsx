import { useQuery } from '@tanstack/react-query';
import type { PlacesIndicator } from '@tuoyu/contracts';
import { Link } from 'react-router';
import { api, errorMessage } from '../../shared/api';
import { formatInteger, type Lang, useLang, useT } from '../../shared/i18n';

type Figures = PlacesIndicator['city'];

function per1000(lang: Lang, value: number): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/**
 * 每千人口托位数 (SPEC §5 I-1) against the plan's target of 4: the city as big figures, each county
 * as a bar drawn with plain CSS widths — no chart library on the first page.
 */
export function PlacesSection() {
  const t = useT();
  const lang = useLang();
  const places = useQuery({
    queryKey: ['public', 'indicators', 'places'],
    queryFn: ({ signal }) => api.get<PlacesIndicator>('/api/public/indicators/places', undefined, signal),
  });

  return (
    <section className="pub-section" aria-labelledby="places-title">
      <h2 id="places-title">{t('find.places.title')}</h2>
      {places.isPending && (
        <p className="pub-status" role="status">
          {t('public.overview.loading')}
        </p>
      )}
      {places.isError && (
        <div className="pub-status" role="alert">
          <p>{t('find.places.error')}</p>
          <p className="pub-muted">{errorMessage(places.error)}</p>
          <button type="button" className="pub-button" onClick={() => void places.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {places.data && <PlacesFigures data={places.data} lang={lang} />}
    </section>
  );
}

function PlacesFigures({ data, lang }: { data: PlacesIndicator; lang: Lang }) {
  const t = useT();
  const { city, target } = data;
  // Bars share one scale: the target, or the best county when one is above it.
  const scale = Math.max(target, ...data.counties.map((c) => c.placesPer1000 ?? 0));
  const targetAt = `${(target / scale) * 100}%`;
  return (
    <>
      <p className="pub-section-lead">
        {t('find.places.lead', { target: formatInteger(lang, target) })}
        {data.demo && (
          <>
            {' '}
            <span className="pub-tag pub-tag-demo">{t('common.demoData')}</span>
          </>
        )}
      </p>
      <div className="pub-card pub-places-city">
        <p className="pub-places-big">
          <strong>
            {city.placesPer1000 === null ? t('common.none') : per1000(lang, city.placesPer1000)}
          </strong>
          <span className="pub-places-slash" aria-hidden="true">
            /
          </span>
          <span className="pub-places-target">
            {t('find.places.target', { target: formatInteger(lang, target) })}
          </span>
        </p>
        <p>
          {t('find.places.cityNow', {
            name: city.divisionName,
            places: formatInteger(lang, city.places),
            inclusive: formatInteger(lang, city.inclusivePlaces),
          })}
        </p>
        <p className="pub-places-needed">
          {city.placesNeeded > 0
            ? t('find.places.needed', { n: formatInteger(lang, city.placesNeeded) })
            : t('find.places.reached')}
        </p>
      </div>
      <h3 id="places-counties">{t('find.places.countiesTitle')}</h3>
      <ul className="pub-places-counties" aria-labelledby="places-counties">
        {data.counties.map((county) => (
          <CountyBar
            key={county.divisionCode}
            county={county}
            scale={scale}
            targetAt={targetAt}
            lang={lang}
          />
        ))}
      </ul>
      <p className="pub-muted pub-places-note">
        {t('find.places.note', { date: data.referenceDate, year: city.populationYear })}
      </p>
    </>
  );
}

function CountyBar({
  county,
  scale,
  targetAt,
  lang,
}: {
  county: Figures;
  scale: number;
  targetAt: string;
  lang: Lang;
}) {
  const t = useT();
  const value = county.placesPer1000;
  const width = value === null ? 0 : Math.min(100, (value / scale) * 100);
  return (
    <li className="pub-places-county">
      <div className="pub-places-county-head">
        <Link to={`/find?division=${county.divisionCode}`}>{county.divisionName}</Link>
        <strong>{value === null ? t('find.places.noPopulation') : per1000(lang, value)}</strong>
      </div>
      <div className="pub-places-bar" aria-hidden="true">
        <span
          className={county.placesNeeded > 0 ? 'pub-places-fill' : 'pub-places-fill pub-places-fill-reached'}
          style={{ width: `${width}%` }}
        />
        <span className="pub-places-mark" style={{ left: targetAt }} />
      </div>
      <p className="pub-muted">
        {t('find.places.countyPlaces', { places: formatInteger(lang, county.places) })}
        {' · '}
        {county.placesNeeded > 0
          ? t('find.places.countyNeeded', { n: formatInteger(lang, county.placesNeeded) })
          : t('find.places.reached')}
      </p>
    </li>
  );
}
