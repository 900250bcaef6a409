import { SERVICE_FORM_NAMES, SERVICE_FORMS, type ServiceForm } from '@tuoyu/domain';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useLang, useT } from '../../shared/i18n';
import { formatAge, localName } from '../common/format';
import { useCounties } from '../common/queries';
import type { FindFilters } from './findParams';

interface Props {
  filters: FindFilters;
  onChange: (patch: Partial<FindFilters>) => void;
}

const AGES = Array.from({ length: 37 }, (_, i) => i);

/** The search box and the few big filters (UX.md): each change applies at once, no extra button. */
export function FindFiltersForm({ filters, onChange }: Props) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const counties = useCounties();
  const [q, setQ] = useState(filters.q);
  // Back/forward and links change the address: the box follows it.
  useEffect(() => setQ(filters.q), [filters.q]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: q.trim() });
  };

  return (
    <search className="pf-filters">
      <form onSubmit={submit}>
        <div className="pf-search">
          <label className="pp-visually-hidden" htmlFor={`${id}-q`}>
            {t('find.search.label')}
          </label>
          <input
            id={`${id}-q`}
            type="search"
            enterKeyHint="search"
            maxLength={64}
            value={q}
            placeholder={t('common.providerNameOrAddress')}
            onChange={(e) => setQ(e.target.value)}
          />
          <button type="submit" className="pub-button">
            {t('find.search.submit')}
          </button>
        </div>

        <div className="pf-selects">
          <div className="pp-field pf-field-division">
            <label htmlFor={`${id}-division`}>{t('find.filter.division')}</label>
            <select
              id={`${id}-division`}
              value={filters.division}
              onChange={(e) => onChange({ division: e.target.value })}
            >
              <option value="">{t('find.filter.divisionAll')}</option>
              {/* A division in the address that the list lacks (still loading) stays selectable. */}
              {filters.division && !counties.data && (
                <option value={filters.division}>{filters.division}</option>
              )}
              {counties.data?.map((county) => (
                <optgroup key={county.code} label={county.name}>
                  <option value={county.code}>{t('find.filter.countyAll', { name: county.name })}</option>
                  {county.townships.map((township) => (
                    <option key={township.code} value={township.code}>
                      {township.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>

          <div className="pp-field">
            <label htmlFor={`${id}-form`}>{t('common.typeOfCare')}</label>
            <select
              id={`${id}-form`}
              value={filters.serviceForm}
              onChange={(e) => onChange({ serviceForm: e.target.value as ServiceForm | '' })}
            >
              <option value="">{t('common.any')}</option>
              {SERVICE_FORMS.map((form) => (
                <option key={form} value={form}>
                  {localName(SERVICE_FORM_NAMES[form], lang)}
                </option>
              ))}
            </select>
          </div>

          <div className="pp-field">
            <label htmlFor={`${id}-age`}>{t('find.filter.age')}</label>
            <select
              id={`${id}-age`}
              value={filters.ageMonths ?? ''}
              onChange={(e) => onChange({ ageMonths: e.target.value === '' ? null : Number(e.target.value) })}
            >
              <option value="">{t('common.any')}</option>
              {AGES.map((months) => (
                <option key={months} value={months}>
                  {months >= 12 && months % 6 === 0
                    ? t('find.filter.ageWithYears', { n: months, years: formatAge(t, months) })
                    : t('find.age.months', { n: months })}
                </option>
              ))}
            </select>
          </div>
        </div>

        <div className="pf-toggles">
          <label className="pf-toggle">
            <input
              type="checkbox"
              checked={filters.inclusive}
              onChange={(e) => onChange({ inclusive: e.target.checked })}
            />
            <span>{t('find.filter.inclusive')}</span>
          </label>
          <label className="pf-toggle">
            <input
              type="checkbox"
              checked={filters.hasVacancy}
              onChange={(e) => onChange({ hasVacancy: e.target.checked })}
            />
            <span>{t('find.filter.vacancy')}</span>
          </label>
        </div>
      </form>
    </search>
  );
}
