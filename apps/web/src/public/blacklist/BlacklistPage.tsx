import '../supervision/messages';
import { useQuery } from '@tanstack/react-query';
import type { PublicBlacklist } from '@tuoyu/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../shared/api';
import { useLang, useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { formatLongDate } from '../common/format';
import { EmptyState, ErrorState, LoadingState } from '../common/StateBlocks';
import '../pages.css';
import './blacklist.css';

type Tab = 'providers' | 'persons';

/**
 * 黑名单公示 (SPEC C2): institutions on the blacklist with the decision and its legal basis, and
 * persons banned from childcare work by name and masked ID number only, as the law allows.
 */
export function BlacklistPage() {
  const t = useT();
  const lang = useLang();
  useDocumentTitle(t('common.blacklist'));
  const [tab, setTab] = useState<Tab>('providers');
  const list = useQuery({
    queryKey: ['public', 'blacklist'],
    queryFn: ({ signal }) => api.get<PublicBlacklist>('/api/public/blacklist', undefined, signal),
  });

  return (
    <div className="pp-page pbl">
      <section className="pub-hero">
        <h1>{t('common.blacklist')}</h1>
        <p>{t('pb.lead')}</p>
      </section>
      <div className="pbl-tabs" role="tablist" aria-label={t('common.blacklist')}>
        {(['providers', 'persons'] as const).map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={tab === k}
            className={tab === k ? 'pbl-tab pbl-tab-on' : 'pbl-tab'}
            onClick={() => setTab(k)}
          >
            {t(`pb.tab.${k}`)}
            {list.data && <span className="pbl-count">{list.data[k].length}</span>}
          </button>
        ))}
      </div>
      {list.isPending ? (
        <LoadingState>{t('pb.loading')}</LoadingState>
      ) : list.isError ? (
        <ErrorState message={t('pb.loadError')} error={list.error} onRetry={() => void list.refetch()} />
      ) : tab === 'providers' ? (
        list.data.providers.length === 0 ? (
          <EmptyState message={t('pb.emptyProviders')} />
        ) : (
          <ul className="pbl-list" role="tabpanel">
            {list.data.providers.map((p) => (
              <li key={p.providerId} className="pub-card pbl-item">
                <h2>
                  <Link to={`/providers/${p.providerId}`}>{p.name}</Link>
                </h2>
                <p className="pub-muted">
                  {p.divisionName} · {t('pb.creditCode')} {p.creditCode}
                </p>
                <dl className="pbl-facts">
                  <dt>{t('common.decision')}</dt>
                  <dd>{p.decision}</dd>
                  <dt>{t('common.legalBasis')}</dt>
                  <dd>{p.legalBasis}</dd>
                  <dt>{t('pb.decided')}</dt>
                  <dd>
                    {formatLongDate(lang, p.decidedOn)} · {p.decidingUnit}
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        )
      ) : list.data.persons.length === 0 ? (
        <EmptyState message={t('pb.emptyPersons')} />
      ) : (
        <>
          <p className="pub-muted pbl-note">{t('pb.personsNote')}</p>
          <ul className="pbl-list" role="tabpanel">
            {list.data.persons.map((p) => (
              <li key={`${p.maskedId}-${p.decidedOn}`} className="pub-card pbl-item">
                <h2>
                  {p.name} <span className="pbl-id">{p.maskedId}</span>
                </h2>
                <dl className="pbl-facts">
                  <dt>{t('common.decision')}</dt>
                  <dd>{p.decision}</dd>
                  <dt>{t('common.legalBasis')}</dt>
                  <dd>{p.legalBasis}</dd>
                  <dt>{t('common.decidedOn')}</dt>
                  <dd>{formatLongDate(lang, p.decidedOn)}</dd>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
