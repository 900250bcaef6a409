import type { ReactNode } from 'react';
import { errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';

/** "Loading…" for a section or page, announced to screen readers. */
export function LoadingState({ children }: { children: ReactNode }) {
  return (
    <p className="pub-status pp-state" role="status">
      <span className="pp-spinner" aria-hidden="true" />
      {children}
    </p>
  );
}

/** A failure in plain words, the server's own reason below it, and a retry button. */
export function ErrorState({
  message,
  error,
  onRetry,
}: {
  message: string;
  error: unknown;
  onRetry?: () => void;
}) {
  const t = useT();
  return (
    <div className="pub-status pp-state" role="alert">
      <p>{message}</p>
      <p className="pub-muted">{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" className="pub-button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * Nothing to show: says so and offers the next step. `asHeading` makes the message the page's
 * title (a page that is itself "not found").
 */
export function EmptyState({
  message,
  action,
  asHeading = false,
}: {
  message: string;
  action?: ReactNode;
  asHeading?: boolean;
}) {
  return (
    <div className="pub-status pp-state pp-empty">
      {asHeading ? <h1 className="pp-empty-title">{message}</h1> : <p>{message}</p>}
      {action}
    </div>
  );
}

/** The 演示数据 notice (UX.md: mark demo data wherever it shows). */
export function DemoNotice() {
  const t = useT();
  return (
    <p className="pub-demo">
      <span className="pub-tag pub-tag-demo">{t('common.demoData')}</span> {t('public.demoNote')}
    </p>
  );
}
