import { beijingDateTime as beijingTime } from '@tuoyu/domain';
import { useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useParentSession } from '../bookings/session';
import { EmptyState, ErrorState, LoadingState } from '../common/StateBlocks';
import '../pages.css';
import '../bookings/bookings.css';
import './notifications.css';
import { ParentGate } from '../bookings/ParentGate';
import { useMarkNotificationRead, useMyNotifications } from './queries';

/** 我的消息 (`/my/notifications`): what the child's provider has told the guardian (abnormal health checks). */
export function MyNotificationsPage() {
  const t = useT();
  useDocumentTitle(t('notices.title'));
  const session = useParentSession();
  return (
    <div className="pp-page bk-page">
      <section className="pub-hero">
        <h1>{t('notices.title')}</h1>
        <p>{t('notices.lead')}</p>
      </section>
      <ParentGate
        session={session}
        words={{
          loading: 'notices.loading',
          error: 'notices.error',
          loginFirst: 'notices.loginFirst',
          parentsOnly: 'my.parentsOnly',
        }}
      >
        <NoticeList />
      </ParentGate>
    </div>
  );
}

function NoticeList() {
  const t = useT();
  const list = useMyNotifications();
  const read = useMarkNotificationRead();
  if (list.isPending) return <LoadingState>{t('notices.loading')}</LoadingState>;
  if (list.isError)
    return <ErrorState message={t('notices.error')} error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.items.length === 0) return <EmptyState message={t('notices.empty')} />;
  return (
    <ul className="notices-list">
      {list.data.items.map((n) => (
        <li key={n.id} className="pub-card bk-item">
          <h2 className="bk-item-title">
            {n.title}
            {!n.readAt && <span className="pub-tag bk-status bk-status-booked">{t('notices.unread')}</span>}
          </h2>
          <p>{n.body}</p>
          <p className="pub-muted">
            {n.providerName} · {beijingTime(n.createdAt)}
          </p>
          {!n.readAt && (
            <button
              type="button"
              className="pp-button-secondary"
              onClick={() => read.mutate(n.id)}
              disabled={read.isPending}
            >
              {t('notices.markRead')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
