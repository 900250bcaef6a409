import type { Application } from '@tuoyu/contracts';
import { CLASS_TYPE_NAMES } from '@tuoyu/domain';
import { Link } from 'react-router';
import { formatInteger, useLang, useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useParentSession } from '../bookings/session';
import { formatLongDate, localName } from '../common/format';
import { EmptyState, ErrorState, LoadingState } from '../common/StateBlocks';
import { useMyApplications } from './queries';
import '../pages.css';
import '../bookings/bookings.css';
import './applications.css';
import { ParentGate } from '../bookings/ParentGate';

/** 我的申请 (`/my/applications`): the parent's applications for a place, with status and waitlist position. */
export function MyApplicationsPage() {
  const t = useT();
  useDocumentTitle(t('apply.myLink'));
  const session = useParentSession();
  return (
    <div className="pp-page bk-page">
      <section className="pub-hero">
        <h1>{t('apply.myLink')}</h1>
        <p>{t('apply.my.lead')}</p>
      </section>
      <ParentGate
        session={session}
        words={{
          loading: 'apply.my.loading',
          error: 'apply.my.error',
          loginFirst: 'apply.my.loginFirst',
          parentsOnly: 'apply.my.parentsOnly',
        }}
      >
        <ApplicationItems />
      </ParentGate>
    </div>
  );
}

function ApplicationItems() {
  const t = useT();
  const list = useMyApplications();
  if (list.isPending) return <LoadingState>{t('apply.my.loading')}</LoadingState>;
  if (list.isError) {
    return (
      <ErrorState message={t('apply.my.error')} error={list.error} onRetry={() => void list.refetch()} />
    );
  }
  if (list.data.items.length === 0) {
    return (
      <EmptyState
        message={t('apply.my.empty')}
        action={
          <Link className="pub-button" to="/find">
            {t('common.findCare')}
          </Link>
        }
      />
    );
  }
  return (
    <ul className="bk-items">
      {list.data.items.map((a) => (
        <ApplicationItem key={a.id} a={a} />
      ))}
    </ul>
  );
}

function ApplicationItem({ a }: { a: Application }) {
  const t = useT();
  const lang = useLang();
  return (
    <li className={`pub-card bk-item ap-item-${a.status}`}>
      <p className="bk-item-head">
        <Link to={`/providers/${a.providerId}`}>{a.providerName}</Link>
        <span className={`pub-tag bk-status ap-status-${a.status}`}>{t(`apply.status.${a.status}`)}</span>
      </p>
      {a.status === 'waiting' && a.position !== null && (
        <p className="bk-item-when">{t('apply.my.position', { n: formatInteger(lang, a.position) })}</p>
      )}
      <p>
        {t('common.childName', { name: a.childName })}
        <span className="pp-chip ap-class">{localName(CLASS_TYPE_NAMES[a.classType], lang)}</span>
      </p>
      <p className="pub-muted">
        {t('apply.my.desiredStart', { date: formatLongDate(lang, a.desiredStart) })}
      </p>
      {a.status === 'declined' && a.declineReason && (
        <p className="ap-reason">{t('apply.my.reason', { reason: a.declineReason })}</p>
      )}
    </li>
  );
}
