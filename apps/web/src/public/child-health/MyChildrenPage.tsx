import { Link } from 'react-router';
import { useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useParentSession } from '../bookings/session';
import { EmptyState, ErrorState, LoadingState } from '../common/StateBlocks';
import { LinkChildForm } from './LinkChildForm';
import { MyChildCard } from './MyChildCard';
import { useMyChildren } from './queries';
import '../pages.css';
import '../bookings/bookings.css';
import './child-health.css';
import { ParentGate } from '../bookings/ParentGate';

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
      <ParentGate
        session={session}
        words={{
          loading: 'chpub.my.loading',
          error: 'chpub.my.error',
          loginFirst: 'chpub.my.loginFirst',
          parentsOnly: 'chpub.my.parentsOnly',
        }}
      >
        <Children />
      </ParentGate>
    </div>
  );
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
