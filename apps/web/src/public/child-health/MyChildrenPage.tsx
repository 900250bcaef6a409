import { Link, useLocation } from 'react-router';
import { useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { loginHref, type ParentSession, useParentSession } from '../bookings/session';
import { EmptyState, ErrorState, LoadingState } from '../common/StateBlocks';
import { LinkChildForm } from './LinkChildForm';
import { MyChildCard } from './MyChildCard';
import { useMyChildren } from './queries';
import '../pages.css';
import '../bookings/bookings.css';
import './child-health.css';

/** 我的孩子 (`/my/children`): a parent's children's health records — when to go for check-ups, the last guidance, growth. */
export function MyChildrenPage() {
  const t = useT();
  useDocumentTitle(t('chpub.my.title'));
  const session = useParentSession();
  return (
    <div className="pp-page bk-page">
      <section className="pub-hero">
        <h1>{t('chpub.my.title')}</h1>
        <p>{t('chpub.my.lead')}</p>
      </section>
      <p className="bk-my">
        <Link to="/my/bookings">{t('common.myBookings')} ›</Link>{' '}
        <Link to="/my/notifications">{t('notices.title')} ›</Link>
      </p>
      <Body session={session} />
    </div>
  );
}

function Body({ session }: { session: ParentSession }) {
  const t = useT();
  const location = useLocation();
  if (session.state === 'loading') return <LoadingState>{t('chpub.my.loading')}</LoadingState>;
  if (session.state === 'error') return <ErrorState message={t('chpub.my.error')} error={session.error} />;
  if (session.state === 'anonymous') {
    return (
      <EmptyState
        message={t('chpub.my.loginFirst')}
        action={
          <Link className="pub-button" to={loginHref(location.pathname)}>
            {t('common.logIn')}
          </Link>
        }
      />
    );
  }
  if (session.state === 'other') return <EmptyState message={t('chpub.my.parentsOnly')} />;
  return <Children />;
}

function Children() {
  const t = useT();
  const children = useMyChildren();
  if (children.isPending) return <LoadingState>{t('chpub.my.loading')}</LoadingState>;
  if (children.isError) {
    return (
      <ErrorState
        message={t('chpub.my.error')}
        error={children.error}
        onRetry={() => void children.refetch()}
      />
    );
  }
  const items = children.data.items;
  return (
    <>
      {items.length === 0 ? (
        <EmptyState message={t('chpub.my.empty')} />
      ) : (
        <ul className="chpub-children">
          {items.map((c) => (
            <MyChildCard key={c.id} child={c} />
          ))}
        </ul>
      )}
      <LinkChildForm />
    </>
  );
}
