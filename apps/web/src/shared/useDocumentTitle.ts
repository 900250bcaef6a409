import { useEffect } from 'react';
import { useT } from './i18n';

/** Sets the browser tab title to "<page> - <platform>", so tabs and screen readers name the page. */
export function useDocumentTitle(pageTitle?: string): void {
  const t = useT();
  const appName = t('app.name');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} - ${appName}` : appName;
  }, [pageTitle, appName]);
}
