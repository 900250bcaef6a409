import '../supervision/messages';
import { useQuery } from '@tanstack/react-query';
import type { PublicBlacklisting } from '@tuoyu/contracts';
import { Link } from 'react-router';
import { api } from '../../shared/api';
import { useLang, useT } from '../../shared/i18n';
import { formatLongDate } from '../common/format';
import './blacklist.css';

/**
 * The red notice on a blacklisted provider's public page: the decision, its legal basis, who
 * decided and when. Renders nothing for every other provider (or while loading, or on error).
 */
export function BlacklistBanner({ providerId }: { providerId: number }) {
  const t = useT();
  const lang = useLang();
  const q = useQuery({
    queryKey: ['public', 'blacklisting', providerId],
    queryFn: ({ signal }) =>
      api.get<PublicBlacklisting>(`/api/public/blacklist/providers/${providerId}`, undefined, signal),
  });
  const e = q.data?.entry;
  if (!e) return null;
  return (
    <section className="pbl-banner" role="alert" aria-labelledby="pbl-banner-title">
      <h2 id="pbl-banner-title">⚠ {t('pb.banner.title')}</h2>
      <p>{e.decision}</p>
      <p>
        <strong>{t('common.legalBasis')}：</strong>
        {e.legalBasis}
      </p>
      <p>
        {t('pb.banner.decided', { date: formatLongDate(lang, e.decidedOn), unit: e.decidingUnit })}
        {e.documentNumber ? `（${e.documentNumber}）` : ''}
      </p>
      <p>
        <Link to="/blacklist">{t('pb.banner.more')} ›</Link>
      </p>
    </section>
  );
}

export default BlacklistBanner;
