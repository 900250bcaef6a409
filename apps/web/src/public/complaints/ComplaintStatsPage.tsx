import type { ComplaintStatsRow } from '@tuoyu/contracts';
import { COMPLAINT_CATEGORIES } from '@tuoyu/domain';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { ErrorState, LoadingState } from '../common/StateBlocks';
import '../supervision/messages';
import '../pages.css';
import './complaints.css';
import { useComplaintStats } from './queries';
import { catKey, thisMonth } from './shared';

/**
 * 投诉举报月度统计 (一公开): per county, received / answered / on time / findings, a bar per county
 * (plain CSS: no chart library for two figures), and the categories.
 */
export function ComplaintStatsPage() {
  const t = useT();
  useDocumentTitle(t('pc.stats.title'));
  const id = useId();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '')
    ? (params.get('month') as string)
    : thisMonth();
  const q = useComplaintStats(month);
  const rows = q.data?.rows ?? [];
  const sum = (k: keyof Omit<ComplaintStatsRow, 'divisionCode' | 'divisionName' | 'byCategory'>) =>
    rows.reduce((s, r) => s + r[k], 0);
  const max = Math.max(1, ...rows.map((r) => r.received));

  return (
    <div className="pp-page pcm pcm-wide">
      <section className="pub-hero">
        <h1>{t('pc.stats.title')}</h1>
        <p>{t('pc.stats.lead')}</p>
      </section>
      <div className="pub-card">
        <label htmlFor={`${id}-month`} className="pcm-label">
          {t('common.month')}
        </label>
        <input
          id={`${id}-month`}
          type="month"
          value={month}
          max={thisMonth()}
          onChange={(e) => e.target.value && setParams({ month: e.target.value })}
        />
      </div>
      {q.isPending ? (
        <LoadingState>{t('pc.stats.loading')}</LoadingState>
      ) : q.isError ? (
        <ErrorState message={t('pc.stats.error')} error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <div style={{ opacity: q.isPlaceholderData ? 0.6 : 1 }}>
          <section className="pub-card" aria-labelledby={`${id}-chart`}>
            <h2 id={`${id}-chart`}>{t('pc.stats.chart')}</h2>
            {sum('received') === 0 ? (
              <p className="pub-muted">{t('pc.stats.empty')}</p>
            ) : (
              <ul className="pcm-bars">
                {rows.map((r) => (
                  <li key={r.divisionCode}>
                    <span className="pcm-bar-name">{r.divisionName}</span>
                    <span className="pcm-bar-track" aria-hidden="true">
                      <span
                        className="pcm-bar pcm-bar-received"
                        style={{ width: `${(r.received / max) * 100}%` }}
                      />
                      <span
                        className="pcm-bar pcm-bar-answered"
                        style={{ width: `${(r.answered / max) * 100}%` }}
                      />
                    </span>
                    <span className="pcm-bar-figure">
                      {r.answered}/{r.received}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <p className="pcm-legend">
              <span className="pcm-key pcm-bar-received" aria-hidden="true" /> {t('pc.stats.received')}{' '}
              <span className="pcm-key pcm-bar-answered" aria-hidden="true" /> {t('pc.stats.answered')}
            </p>
          </section>
          <section className="pub-card pcm-table-wrap" aria-label={t('pc.stats.title')}>
            <table className="pcm-table">
              <thead>
                <tr>
                  <th scope="col">{t('common.complaintCounty')}</th>
                  <th scope="col">{t('pc.stats.received')}</th>
                  <th scope="col">{t('pc.stats.answered')}</th>
                  <th scope="col">{t('pc.stats.onTime')}</th>
                  <th scope="col">{t('pc.stats.substantiated')}</th>
                  <th scope="col">{t('pc.stats.partly')}</th>
                  <th scope="col">{t('pc.stats.unsubstantiated')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.divisionCode}>
                    <th scope="row">{r.divisionName}</th>
                    <td>{r.received}</td>
                    <td>{r.answered}</td>
                    <td>{r.answeredOnTime}</td>
                    <td>{r.substantiated}</td>
                    <td>{r.partly}</td>
                    <td>{r.unsubstantiated}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('pc.stats.total')}</th>
                  <td>{sum('received')}</td>
                  <td>{sum('answered')}</td>
                  <td>{sum('answeredOnTime')}</td>
                  <td>{sum('substantiated')}</td>
                  <td>{sum('partly')}</td>
                  <td>{sum('unsubstantiated')}</td>
                </tr>
              </tfoot>
            </table>
          </section>
          <section className="pub-card" aria-labelledby={`${id}-cats`}>
            <h2 id={`${id}-cats`}>{t('pc.stats.byCategory')}</h2>
            <ul className="pcm-cat-figures">
              {COMPLAINT_CATEGORIES.map((c) => (
                <li key={c}>
                  <span>{t(catKey(c))}</span>
                  <strong>{rows.reduce((s, r) => s + (r.byCategory[c] ?? 0), 0)}</strong>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
      <p className="pcm-links">
        <Link to="/complaints/new">{t('pc.nav.new')}</Link> ·{' '}
        <Link to="/complaints/track">{t('common.trackAComplaint')}</Link>
      </p>
    </div>
  );
}
