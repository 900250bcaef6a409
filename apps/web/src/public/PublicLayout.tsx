import { Outlet } from 'react-router';
import { useT } from '../shared/i18n';
import type { PublicLayoutContext } from './layoutContext';
import { PublicFooter } from './PublicFooter';
import { PublicHeader } from './PublicHeader';
import { useLargeText } from './useLargeText';
import './messages';
import './public.css';

/** The frame of the parents' site: plain React and its own CSS, so no console code loads here. */
export function PublicLayout() {
  const t = useT();
  const [largeText, toggleLargeText] = useLargeText();
  return (
    <div className="pub" data-large-text={largeText}>
      <a className="pub-skip" href="#main">
        {t('public.skipToContent')}
      </a>
      <PublicHeader largeText={largeText} onToggleLargeText={toggleLargeText} />
      <main id="main" className="pub-main" tabIndex={-1}>
        <Outlet context={{ largeText } satisfies PublicLayoutContext} />
      </main>
      <PublicFooter />
    </div>
  );
}
