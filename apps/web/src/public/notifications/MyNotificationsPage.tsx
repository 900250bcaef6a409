import { beijingDateTime as beijingTime } from '@tuoyu/domain';
import { Link, useLocation } from 'react-router';
import { useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { loginHref, type ParentSession, useParentSession } from '../bookings/session';
import { EmptyState, ErrorState, LoadingState } from '../common/StateBlocks';
import '../pages.css';
import '../bookings/bookings.css';
import './notifications.css';
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
      <Body session={session} />
    </div>
  );
}

function Body({ session }: { session: ParentSession }) {
  const t = useT();
  const location = useLocation();
  if (session.state === 'loading') return <LoadingState>{t('notices.loading')}</LoadingState>;
  if (session.state === 'error') return <ErrorState message={t('notices.error')} error={session.error} />;
  if (session.state === 'anonymous') {
    return (
      <EmptyState
        message={t('notices.loginFirst')}
        action={
          <Link className="pub-button" to={loginHref(location.pathname)}>
            {t('common.logIn')}
          </Link>
        }
      />
    );
  }
  if (session.state === 'other') return <EmptyState message={t('my.parentsOnly')} />;
  return <NoticeList />;
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
