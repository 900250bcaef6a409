import { Link } from 'react-router';
import { setLang, useLang, useT } from '../shared/i18n';

interface PublicHeaderProps {
  largeText: boolean;
  onToggleLargeText: () => void;
}

/** Platform name, language, large text and the staff login link; wraps to two rows on a phone. */
export function PublicHeader({ largeText, onToggleLargeText }: PublicHeaderProps) {
  const t = useT();
  const lang = useLang();
  const otherLang = lang === 'en' ? 'zh-CN' : 'en';
  return (
    <header className="pub-header">
      <div className="pub-header-inner">
        <Link className="pub-brand" to="/">
          <span className="pub-brand-mark" aria-hidden="true">
            托
          </span>
          <span>{t('app.name')}</span>
        </Link>
        <nav className="pub-tools" aria-label={t('public.toolsLabel')}>
          <button
            type="button"
            className="pub-tool"
            lang={otherLang}
            title={t('lang.switchLabel')}
            onClick={() => setLang(otherLang)}
          >
            {t('lang.switchTo')}
          </button>
          <button type="button" className="pub-tool" aria-pressed={largeText} onClick={onToggleLargeText}>
            <span className="pub-tool-check" aria-hidden="true">
              {largeText ? '✓' : 'A'}
            </span>
            {t('public.largeText')}
          </button>
          <Link className="pub-tool" to="/my/bookings">
            {t('common.myBookings')}
          </Link>
          <Link className="pub-tool pub-tool-primary" to="/login">
            {t('common.staffLogin')}
          </Link>
        </nav>
      </div>
    </header>
  );
}
