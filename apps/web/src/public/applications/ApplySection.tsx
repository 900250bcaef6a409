import { useQueryClient } from '@tanstack/react-query';
import type { Application } from '@tuoyu/contracts';
import { CLASS_TYPE_NAMES, type ServiceForm } from '@tuoyu/domain';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { formatInteger, useLang, useT } from '../../shared/i18n';
import { loginHref, useParentSession } from '../bookings/session';
import { localName } from '../common/format';
import { ApplyForm } from './ApplyForm';
import { myApplicationsKey } from './queries';
import '../bookings/bookings.css';
import './applications.css';

/**
 * 申请入托 on a provider's page: what applying means, and for a logged-in parent the form
 * (`POST /api/public/providers/:id/applications`); the answer is the waitlist position.
 */
export default function ApplySection({
  providerId,
  serviceForms,
}: {
  providerId: number;
  serviceForms: readonly ServiceForm[];
}) {
  const t = useT();
  const lang = useLang();
  const location = useLocation();
  const queryClient = useQueryClient();
  const session = useParentSession();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<Application | null>(null);

  const classType = (a: Application) => localName(CLASS_TYPE_NAMES[a.classType], lang);

  return (
    <section className="pub-card pv-section bk ap" aria-labelledby="ap-title">
      <h2 id="ap-title">{t('apply.section.title')}</h2>
      <p className="pub-muted">{t('apply.section.lead')}</p>

      {session.state === 'anonymous' && (
        <p className="bk-note">
          {t('apply.loginFirst')}{' '}
          <Link className="bk-note-link" to={loginHref(location.pathname)}>
            {t('apply.login')} ›
          </Link>
        </p>
      )}
      {session.state === 'other' && <p className="bk-note">{t('apply.parentsOnly')}</p>}
      {session.state === 'parent' && (
        <p className="bk-my">
          <Link to="/my/applications">{t('apply.myLink')} ›</Link>
        </p>
      )}
      {done && (
        <div className="bk-alert bk-alert-ok" role="status">
          <p className="ap-done">
            {done.position === null
              ? t('apply.doneDecided', { classType: classType(done) })
              : t('apply.done', { n: formatInteger(lang, done.position), classType: classType(done) })}
          </p>
          <Link className="bk-note-link" to="/my/applications">
            {t('apply.myLink')} ›
          </Link>
        </div>
      )}
      {session.state === 'parent' && !open && (
        <button
          type="button"
          className="pub-button"
          onClick={() => {
            setOpen(true);
            setDone(null);
          }}
        >
          {t('apply.open')}
        </button>
      )}
      {session.state === 'parent' && open && (
        <ApplyForm
          providerId={providerId}
          serviceForms={serviceForms}
          onCancel={() => setOpen(false)}
          onApplied={(application) => {
            setOpen(false);
            setDone(application);
            void queryClient.invalidateQueries({ queryKey: myApplicationsKey });
          }}
        />
      )}
    </section>
  );
}
