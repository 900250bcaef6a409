import { Link } from 'react-router';
import { useT } from '../shared/i18n';
import { useDocumentTitle } from '../shared/useDocumentTitle';

export function PublicNotFoundPage() {
  const t = useT();
  useDocumentTitle(t('public.notFound.title'));
  return (
    <section className="pub-section pub-notfound">
      <p className="pub-notfound-code" aria-hidden="true">
        404
      </p>
      <h1>{t('public.notFound.title')}</h1>
      <p>{t('public.notFound.body')}</p>
      <Link className="pub-button" to="/">
        {t('public.notFound.home')}
      </Link>
    </section>
  );
}
