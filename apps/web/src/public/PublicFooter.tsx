import { Link } from 'react-router';
import { useT } from '../shared/i18n';

export function PublicFooter() {
  const t = useT();
  return (
    <footer className="pub-footer">
      <p>
        <Link to="/draws">{t('public.footer.draws')}</Link>
        {' · '}
        <Link to="/complaints/new">{t('public.footer.complaints')}</Link>
        {' · '}
        <Link to="/complaints/track">{t('public.footer.complaintTrack')}</Link>
        {' · '}
        <Link to="/complaints/stats">{t('public.footer.complaintStats')}</Link>
        {' · '}
        <Link to="/blacklist">{t('public.footer.blacklist')}</Link>
      </p>
      <p>{t('public.footer.host')}</p>
      <p>{t('public.footer.source')}</p>
    </footer>
  );
}
