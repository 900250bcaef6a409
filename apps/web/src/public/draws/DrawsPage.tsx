import '../supervision/messages';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { EmptyState, ErrorState, LoadingState } from '../common/StateBlocks';
import { beijingMinute, usePublicDraws } from './queries';
import '../pages.css';
import './draws.css';

/** 双随机抽查公示: every published plan, newest first, each opening its verifiable record. */
export function DrawsPage() {
  const t = useT();
  useDocumentTitle(t('common.randomInspectionDraws'));
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const draws = usePublicDraws(page);
  const pages = draws.data ? Math.max(1, Math.ceil(draws.data.total / draws.data.pageSize)) : 1;

  return (
    <div className="pp-page pdr">
      <section className="pub-hero">
        <h1>{t('common.randomInspectionDraws')}</h1>
        <p>{t('pd.lead')}</p>
      </section>
      {draws.isPending ? (
        <LoadingState>{t('app.loading')}</LoadingState>
      ) : draws.isError && !draws.data ? (
        <ErrorState message={t('pd.loadError')} error={draws.error} onRetry={() => void draws.refetch()} />
      ) : draws.data.items.length === 0 ? (
        <EmptyState message={t('pd.empty')} />
      ) : (
        <>
          <ul className="pdr-list">
            {draws.data.items.map((d) => (
              <li key={d.id} className="pub-card pdr-item">
                <h2>
                  <Link to={`/draws/${d.id}`}>{d.planName}</Link>
                </h2>
                <p className="pub-muted">
                  {d.divisionName} · {t('pd.publishedAt', { at: beijingMinute(d.publishedAt) })}
                </p>
                <p>
                  {d.revealed ? (
                    <span className="pub-tag pdr-tag-drawn">{t('pd.revealed')}</span>
                  ) : (
                    <span className="pub-tag pdr-tag-pending">
                      {d.drawnAt ? t('common.drawnNotYetPublic') : t('pd.pending')}
                    </span>
                  )}{' '}
                  {d.revealed
                    ? t('pd.summaryDrawn', { n: d.candidates, k: d.selected })
                    : d.drawnAt
                      ? t('pd.summarySecret', { n: d.candidates, k: d.selected })
                      : t('pd.summaryPending', { n: d.candidates })}
                </p>
              </li>
            ))}
          </ul>
          {pages > 1 && (
            <nav className="pdr-pager" aria-label={t('pd.pager')}>
              <button
                type="button"
                className="pub-button"
                disabled={page <= 1}
                onClick={() => setParams({ page: String(page - 1) })}
              >
                {t('common.previous')}
              </button>
              <span>
                {page} / {pages}
              </span>
              <button
                type="button"
                className="pub-button"
                disabled={page >= pages}
                onClick={() => setParams({ page: String(page + 1) })}
              >
                {t('common.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </div>
  );
}
