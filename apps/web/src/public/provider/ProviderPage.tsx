import { useQuery } from '@tanstack/react-query';
import type { PublicProviderDetail } from '@tuoyu/contracts';
import { CLASS_TYPE_NAMES, formatYuan, PROVIDER_KIND_NAMES, SERVICE_FORM_NAMES } from '@tuoyu/domain';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../../shared/api';
import { formatInteger, useLang, useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { LazyApplySection } from '../applications/LazyApplySection';
import { LazyBlacklistBanner } from '../blacklist/LazyBlacklistBanner';
import { LazySlotsSection } from '../bookings/LazySlotsSection';
import { formatAgeRange, formatFee, formatLongDate, localName } from '../common/format';
import { DemoNotice, EmptyState, ErrorState, LoadingState } from '../common/StateBlocks';
import { LazyInspectionsSection } from '../inspections/LazyInspectionsSection';
import '../pages.css';
import './provider.css';

/** 机构公示 (SPEC C2): a provider's "trust card", from `GET /api/public/providers/:id`. */
export function ProviderPage() {
  const t = useT();
  const { id = '' } = useParams();
  const validId = /^[1-9]\d{0,9}$/.test(id);
  const detail = useQuery({
    queryKey: ['public', 'provider', id],
    queryFn: ({ signal }) => api.get<PublicProviderDetail>(`/api/public/providers/${id}`, undefined, signal),
    enabled: validId,
  });
  useDocumentTitle(detail.data?.name ?? t('find.provider.title'));

  const back = (
    <p className="pp-back">
      <Link to="/find">‹ {t('find.provider.back')}</Link>
    </p>
  );

  if (!validId || (detail.isError && detail.error instanceof ApiError && detail.error.status === 404)) {
    return (
      <div className="pp-page">
        {back}
        <EmptyState
          asHeading
          message={t('find.provider.notFound')}
          action={
            <>
              <p className="pub-muted">{t('find.provider.notFoundBody')}</p>
              <Link className="pub-button" to="/find">
                {t('common.findChildcare')}
              </Link>
            </>
          }
        />
      </div>
    );
  }
  if (detail.isPending) {
    return (
      <div className="pp-page">
        {back}
        <LoadingState>{t('find.provider.loading')}</LoadingState>
      </div>
    );
  }
  if (detail.isError) {
    return (
      <div className="pp-page">
        {back}
        <ErrorState
          message={t('find.provider.error')}
          error={detail.error}
          onRetry={() => void detail.refetch()}
        />
      </div>
    );
  }
  return (
    <div className="pp-page">
      {back}
      <TrustCard p={detail.data} />
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="pub-card pv-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function TrustCard({ p }: { p: PublicProviderDetail }) {
  const t = useT();
  const lang = useLang();
  const where = [p.divisionName, p.townshipName].filter(Boolean).join(' ');
  return (
    <article className="pv">
      <header className="pv-head">
        <h1>{p.name}</h1>
        <p className="pv-tags">
          {/* A blacklisted provider's banner below says what it is; no badge above it says otherwise. */}
          {!p.blacklisted && <span className="pub-tag pp-tag-filed">✓ {t('common.registered')}</span>}
          {p.inclusive && !p.blacklisted && (
            <span className="pub-tag pp-tag-inclusive">{t('find.tag.inclusive')}</span>
          )}
          <span className="pub-tag pp-tag-kind">{localName(PROVIDER_KIND_NAMES[p.kind], lang)}</span>
        </p>
        <p className="pv-filing">
          {t('find.provider.filingNumber', { number: p.filingNumber })}
          <span aria-hidden="true"> · </span>
          {t('find.provider.filedOn', { date: formatLongDate(lang, p.filedAt) })}
          <br />
          <Link to={`/verify/${encodeURIComponent(p.filingNumber)}`}>{t('find.provider.verify')} ›</Link>
          {' · '}
          <Link to={`/complaints/new?providerId=${p.id}&providerName=${encodeURIComponent(p.name)}`}>
            {t('common.fileAComplaint')} ›
          </Link>
        </p>
        {p.demo && <DemoNotice />}
      </header>
      <LazyBlacklistBanner providerId={p.id} />

      <div className="pv-figures">
        <div className={p.vacancies > 0 ? 'pub-card pv-figure' : 'pub-card pv-figure pv-figure-none'}>
          <p className="pv-figure-label">{t('find.provider.vacanciesNow')}</p>
          <p className="pv-figure-value">{formatInteger(lang, p.vacancies)}</p>
          <p className="pub-muted">{t('find.provider.capacityOf', { n: formatInteger(lang, p.capacity) })}</p>
        </div>
        <div className="pub-card pv-figure">
          <p className="pv-figure-label">{t('find.provider.feeFrom')}</p>
          <p className="pv-figure-value">
            {p.minMonthlyFeeFen === null ? t('common.none') : formatYuan(p.minMonthlyFeeFen)}
          </p>
          <p className="pub-muted">{t('find.provider.feeFromNote')}</p>
        </div>
      </div>

      <a className="pub-button pv-call" href={`tel:${p.contactPhone.replace(/[^\d+]/g, '')}`}>
        <span aria-hidden="true">☎</span> {t('find.provider.call', { phone: p.contactPhone })}
      </a>

      {/* A blacklisted provider takes no applications or bookings (the banner above says why). */}
      {!p.blacklisted && <LazyApplySection providerId={p.id} serviceForms={p.serviceForms} />}
      {!p.blacklisted && <LazySlotsSection providerId={p.id} serviceForms={p.serviceForms} />}
      <div className="pv-body">
        <Section id="pv-basics" title={t('find.provider.basics')}>
          <dl className="pv-facts">
            <Row label={t('find.provider.address')}>
              {where}
              <br />
              {p.address}
            </Row>
            <Row label={t('common.openingHours')}>{p.openingHours}</Row>
            <Row label={t('find.provider.phone')}>
              <a href={`tel:${p.contactPhone.replace(/[^\d+]/g, '')}`}>{p.contactPhone}</a>
            </Row>
            <Row label={t('find.provider.ages')}>{formatAgeRange(t, p.ageFromMonths, p.ageToMonths)}</Row>
            <Row label={t('common.typeOfCare')}>
              <ul className="pp-chips">
                {p.serviceForms.map((form) => (
                  <li key={form} className="pp-chip">
                    {localName(SERVICE_FORM_NAMES[form], lang)}
                  </li>
                ))}
              </ul>
            </Row>
            <Row label={t('find.provider.inclusive')}>
              {p.inclusive ? t('find.provider.inclusiveYes') : t('common.no')}
            </Row>
            <Row label={t('find.provider.meals')}>
              {p.mealsServed ? t('find.provider.mealsYes') : t('find.provider.mealsNo')}
            </Row>
            <Row label={t('find.provider.kind')}>{localName(PROVIDER_KIND_NAMES[p.kind], lang)}</Row>
          </dl>
        </Section>

        <Section id="pv-classes" title={t('find.provider.classes')}>
          {p.classes.length === 0 ? (
            <p className="pub-muted">{t('find.provider.noClasses')}</p>
          ) : (
            <ul className="pv-list">
              {p.classes.map((c, i) => (
                // Classes have no id in the disclosure; their order is the filing's own.
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for this page.
                <li key={i}>
                  <span>
                    <strong>{localName(CLASS_TYPE_NAMES[c.type], lang)}</strong>
                    {c.name && <span className="pub-muted"> · {c.name}</span>}
                  </span>
                  <span className="pv-list-value">
                    {t('find.provider.classCapacity', { n: formatInteger(lang, c.capacity) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section id="pv-fees" title={t('find.provider.fees')}>
          <p className="pub-muted">{t('find.provider.feesLead')}</p>
          {p.fees.length === 0 ? (
            <p>{t('find.provider.noFees')}</p>
          ) : (
            <ul className="pv-list pv-fees">
              {p.fees.map((fee, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fee items may repeat a name; order is the filing's.
                <li key={i}>
                  <span>
                    <strong>{fee.item}</strong>
                    <span className="pv-fee-meta">
                      {localName(SERVICE_FORM_NAMES[fee.serviceForm], lang)}
                      {' · '}
                      {fee.classType
                        ? localName(CLASS_TYPE_NAMES[fee.classType], lang)
                        : t('find.provider.feeAllClasses')}
                    </span>
                  </span>
                  <span className="pv-list-value">{formatFee(lang, fee.amountFen, fee.unit)}</span>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section id="pv-quality" title={t('find.provider.quality')}>
          {p.qualityGrade ? (
            <p className="pv-grade">{p.qualityGrade}</p>
          ) : (
            <>
              <p className="pv-none">{t('find.provider.qualityNone')}</p>
              <p className="pub-muted">{t('find.provider.qualityNoneBody')}</p>
            </>
          )}
        </Section>

        <LazyInspectionsSection providerId={p.id} />
      </div>
    </article>
  );
}
