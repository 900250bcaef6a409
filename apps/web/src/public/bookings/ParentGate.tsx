import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { type MessageKey, useT } from '../../shared/i18n';
import { EmptyState, ErrorState, LoadingState } from '../common/StateBlocks';
import { loginHref, type ParentSession } from './session';

/** What a parent's page says while the session loads, fails, is anonymous or is not a parent's. */
export interface GateWords {
  loading: MessageKey;
  error: MessageKey;
  loginFirst: MessageKey;
  parentsOnly: MessageKey;
}

/** A parent's own page (我的…): its content only for a logged-in parent, else what to do. */
export function ParentGate({
  session,
  words,
  children,
}: {
  session: ParentSession;
  words: GateWords;
  children: ReactNode;
}) {
  const t = useT();
  const location = useLocation();
  if (session.state === 'loading') return <LoadingState>{t(words.loading)}</LoadingState>;
  if (session.state === 'error') return <ErrorState message={t(words.error)} error={session.error} />;
  if (session.state === 'anonymous') {
    return (
      <EmptyState
        message={t(words.loginFirst)}
        action={
          <Link className="pub-button" to={loginHref(location.pathname)}>
            {t('common.logIn')}
          </Link>
        }
      />
    );
  }
  if (session.state === 'other') return <EmptyState message={t(words.parentsOnly)} />;
  return children;
}
