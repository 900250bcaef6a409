import '../supervision/messages';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { JcPublicBulletinList } from '@tuoyu/contracts';
import { api } from '../../shared/api';
import { useLang, useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { formatLongDate } from '../common/format';
import { EmptyState, ErrorState, LoadingState } from '../common/StateBlocks';
import '../pages.css';
import './jc-bulletins.css';

const PAGE_SIZE = 10;

/** 联席会议工作通报: the public summaries of issued bulletins, newest first. */
export function PublicBulletinsPage() {
  const t = useT();
  const lang = useLang();
  useDocumentTitle(t('common.jcBulletins'));
  const list = useInfiniteQuery({
    queryKey: ['public', 'jc-bulletins'],
    queryFn: ({ pageParam, signal }) =>
      api.get<JcPublicBulletinList>(
        '/api/public/jc/bulletins',
        { page: pageParam, pageSize: PAGE_SIZE },
        signal,
      ),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="pp-page pjb">
      <section className="pub-hero">
        <h1>{t('common.jcBulletins')}</h1>
        <p>{t('pjb.lead')}</p>
      </section>
      {list.isPending ? (
        <LoadingState>{t('pjb.loading')}</LoadingState>
      ) : list.isError ? (
        <ErrorState message={t('pjb.loadError')} error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState message={t('pjb.empty')} />
      ) : (
        <ul className="pjb-list">
          {items.map((b) => (
            <li key={b.id} className="pub-card pjb-item">
              <h2>{b.title}</h2>
              <p className="pub-muted">
                {b.number} · {formatLongDate(lang, b.issuedOn)}
              </p>
              <p className="pjb-summary">{b.summary}</p>
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <button
          type="button"
          className="pjb-more"
          disabled={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {t('pjb.more')}
        </button>
      )}
    </div>
  );
}
