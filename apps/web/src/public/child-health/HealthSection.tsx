import { errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { usePublicHealthIndicator } from './queries';
import { RateBars } from './RateBars';
import './child-health.css';

const pct = (rate: number | null, none: string) => (rate === null ? none : `${rate.toFixed(1)}%`);

/**
 * 3岁以下儿童系统管理率 (I-2) against the plan's 92 %: the city as a big figure, then by county
 * (bars with the target line, ECharts fetched on demand) and the same figures as text.
 */
export function HealthSection() {
  const t = useT();
  const health = usePublicHealthIndicator();
  const data = health.data;
  const none = t('common.none');
  return (
    <section className="pub-section" aria-labelledby="health-title">
      <h2 id="health-title">{t('chpub.home.title')}</h2>
      {health.isPending && (
        <p className="pub-status" role="status">
          {t('public.overview.loading')}
        </p>
      )}
      {health.isError && (
        <div className="pub-status" role="alert">
          <p>{t('chpub.home.error')}</p>
          <p className="pub-muted">{errorMessage(health.error)}</p>
          <button type="button" className="pub-button" onClick={() => void health.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {data && (
        <>
          <p className="pub-section-lead">{t('chpub.home.lead', { target: data.target })}</p>
          <div className="pub-card pub-places-city">
            <p className="pub-places-big">
              <strong>{pct(data.rate, none)}</strong>
              <span className="pub-places-slash" aria-hidden="true">
                /
              </span>
              <span className="pub-places-target">{t('chpub.home.target', { target: data.target })}</span>
            </p>
            <p>
              {t('chpub.home.cityNow', {
                year: data.year,
                managed: data.numerator,
                counted: data.denominator,
              })}
            </p>
            <p className="pub-places-needed">
              {data.rate !== null && data.rate >= data.target
                ? t('chpub.home.reached')
                : t('chpub.home.notYet')}
            </p>
          </div>
          <h3 className="chpub-counties-title">{t('chpub.home.countiesTitle')}</h3>
          {data.byDivision.length > 0 && <RateBars rows={data.byDivision} target={data.target} />}
          <ul className="chpub-rates">
            {data.byDivision.map((d) => (
              <li key={d.divisionCode}>
                <span>{d.name}</span>
                <strong className={d.rate !== null && d.rate >= data.target ? 'chpub-ok' : undefined}>
                  {pct(d.rate, none)}
                </strong>
              </li>
            ))}
          </ul>
          <p className="pub-muted pub-places-note">
            {t('chpub.home.note', {
              from: data.period.from,
              to: data.period.to,
              date: data.asOf.slice(0, 10),
            })}
          </p>
        </>
      )}
    </section>
  );
}
