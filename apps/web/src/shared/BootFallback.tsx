import { useT } from './i18n';

/** What shows while a code-split part of the app (login, console) downloads: plain, no Ant Design. */
export function BootFallback() {
  const t = useT();
  return (
    <div className="boot-fallback" role="status" aria-live="polite">
      <div className="boot-spinner" aria-hidden="true" />
      <span>{t('app.loading')}</span>
    </div>
  );
}
