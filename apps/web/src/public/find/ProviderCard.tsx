import type { PublicProviderItem } from '@tuoyu/contracts';
import { formatYuan, PROVIDER_KIND_NAMES, SERVICE_FORM_NAMES } from '@tuoyu/domain';
import { Link } from 'react-router';
import { formatInteger, useLang, useT } from '../../shared/i18n';
import { formatAgeRange, formatKm, localName } from '../common/format';

/**
 * One provider in the results: the facts a parent compares first (UX.md: name, distance, vacancies,
 * price from ¥…/月, 普惠). The name is the card's one link and covers the whole card as a tap target.
 */
export function ProviderCard({ provider: p }: { provider: PublicProviderItem }) {
  const t = useT();
  const lang = useLang();
  const where = [p.divisionName, p.townshipName].filter(Boolean).join(' · ');
  return (
    <li className="pf-card">
      <h3 className="pf-card-title">
        <Link className="pf-card-link" to={`/providers/${p.id}`}>
          {p.name}
        </Link>
      </h3>
      <p className="pf-card-tags">
        {p.inclusive && <span className="pub-tag pp-tag-inclusive">{t('find.tag.inclusive')}</span>}
        {p.kind !== 'institution' && (
          <span className="pub-tag pp-tag-kind">{localName(PROVIDER_KIND_NAMES[p.kind], lang)}</span>
        )}
      </p>
      <p className="pf-card-where">
        <span>{where}</span>
        {p.distanceKm !== undefined && (
          <strong className="pf-card-distance">
            {t('find.card.distance', { km: formatKm(lang, p.distanceKm) })}
          </strong>
        )}
      </p>
      <div className="pf-card-facts">
        <p className={p.vacancies > 0 ? 'pf-fact' : 'pf-fact pf-fact-none'}>
          {p.vacancies > 0
            ? t('find.card.vacancyOf', {
                vacancies: formatInteger(lang, p.vacancies),
                capacity: formatInteger(lang, p.capacity),
              })
            : t('find.card.noVacancy', { capacity: formatInteger(lang, p.capacity) })}
        </p>
        <p className="pf-fact pf-fact-fee">
          {p.minMonthlyFeeFen === null
            ? t('find.card.feeUnknown')
            : t('find.card.feeFrom', { fee: formatYuan(p.minMonthlyFeeFen) })}
        </p>
      </div>
      <p className="pf-card-ages">
        {t('find.card.ages', { range: formatAgeRange(t, p.ageFromMonths, p.ageToMonths) })}
      </p>
      <div className="pf-card-foot">
        <ul className="pp-chips">
          {p.serviceForms.map((form) => (
            <li key={form} className="pp-chip">
              {localName(SERVICE_FORM_NAMES[form], lang)}
            </li>
          ))}
        </ul>
        <span className="pf-card-more" aria-hidden="true">
          {t('find.card.more')} ›
        </span>
      </div>
    </li>
  );
}
