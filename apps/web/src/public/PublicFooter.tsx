import { Link } from 'react-router';
import { useT } from '../shared/i18n';

export function PublicFooter() {
  const t = useT();
  return (
    <footer className="pub-footer">
      <p>
        <Link to="/draws">{t('common.randomInspectionDraws')}</Link>
        {' · '}
        <Link to="/complaints/new">{t('common.fileAComplaint')}</Link>
        {' · '}
        <Link to="/complaints/track">{t('common.trackAComplaint')}</Link>
        {' · '}
        <Link to="/complaints/stats">{t('common.complaintStatistics')}</Link>
        {' · '}
        <Link to="/blacklist">{t('common.blacklist')}</Link>
        {' · '}
        <Link to="/jc-bulletins">{t('common.jcBulletins')}</Link>
      </p>
      <p>{t('public.footer.host')}</p>
      <p>{t('public.footer.source')}</p>
    </footer>
  );
}
