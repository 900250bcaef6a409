import { useRouteError } from 'react-router';
import { useT } from './i18n';

/**
 * Last-resort error page of the router: mostly a code-split chunk that failed to download (weak
 * network, or a new release replaced the files). A reload fixes both, so that is what it offers.
 */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  // Kept in the console for whoever is debugging; the person sees plain words.
  console.error(error);
  return (
    <div className="route-error" role="alert">
      <h1>{t('app.loadFailed')}</h1>
      <p>{t('app.loadFailedBody')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}
