import { useT } from '../shared/i18n';

export function PublicFooter() {
  const t = useT();
  return (
    <footer className="pub-footer">
      <p>{t('public.footer.host')}</p>
      <p>{t('public.footer.source')}</p>
    </footer>
  );
}
