import type { DivisionRate } from '@tuoyu/contracts';
import { lazy, Suspense, useState } from 'react';
import { errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { usePublicHealthIndicator } from './queries';
import './child-health.css';

// The chart (and ECharts with it) loads only when asked for: the first page stays light.
const RateBars = lazy(async () => ({ default: (await import('./RateBars')).RateBars }));

const pct = (rate: number | null, none: string) => (rate === null ? none : `${rate.toFixed(1)}%`);

/**
 * 3岁以下儿童系统管理率 (I-2) against the plan's 92 %, in the style of the places section: the city
 * as a big figure, each county as a CSS bar with the target mark; the ECharts bar chart with its
 * target line loads only when the reader asks for it.
 */
export function HealthSection() {
  const t = useT();
  const health = usePublicHealthIndicator();
  const data = health.data;
  const none = t('common.none');
  const [chart, setChart] = useState(false);
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
          <h3 className="chpub-counties-title" id="health-counties">
            {t('chpub.home.countiesTitle')}
          </h3>
          <ul className="pub-places-counties" aria-labelledby="health-counties">
            {data.byDivision.map((d) => (
              <CountyBar key={d.divisionCode} row={d} target={data.target} none={none} />
            ))}
          </ul>
          {data.byDivision.length > 0 && (
            <div className="chpub-toggle">
              <button
                type="button"
                className="chpub-button"
                aria-expanded={chart}
                onClick={() => setChart((v) => !v)}
              >
                {t(chart ? 'chpub.home.hideChart' : 'chpub.home.showChart')}
              </button>
              {chart && (
                <Suspense fallback={<p className="pub-status">{t('chpub.chart.loading')}</p>}>
                  <RateBars rows={data.byDivision} target={data.target} />
                </Suspense>
              )}
            </div>
          )}
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

/** One county: its rate, a bar on the 0–100 % scale with the target as a tick. */
function CountyBar({ row, target, none }: { row: DivisionRate; target: number; none: string }) {
  const t = useT();
  const reached = row.rate !== null && row.rate >= target;
  return (
    <li className="pub-places-county">
      <div className="pub-places-county-head">
        <span className="chpub-county-name">{row.name}</span>
        <strong>{pct(row.rate, none)}</strong>
      </div>
      <div className="pub-places-bar" aria-hidden="true">
        <span
          className={reached ? 'pub-places-fill pub-places-fill-reached' : 'pub-places-fill'}
          style={{ width: `${Math.min(100, row.rate ?? 0)}%` }}
        />
        <span className="pub-places-mark" style={{ left: `${target}%` }} />
      </div>
      <p className="pub-muted">
        {t('chpub.home.countyCounts', { managed: row.numerator, counted: row.denominator })}
      </p>
    </li>
  );
}
