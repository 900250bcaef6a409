import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PublicProviderList } from '@tuoyu/contracts';
import { lazy, Suspense, useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../shared/api';
import { formatInteger, useLang, useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useDemoFlag } from '../common/queries';
import { DemoNotice, EmptyState, ErrorState, LoadingState } from '../common/StateBlocks';
import { FindFiltersForm } from './FindFiltersForm';
import {
  apiQuery,
  type FindFilters,
  type FindView,
  hasFilters,
  type LatLng,
  noFilters,
  PAGE_SIZE,
  readFilters,
  toSearchParams,
} from './findParams';
import { ProviderCard } from './ProviderCard';
import { type GeoStatus, useGeolocation } from './useGeolocation';
import '../pages.css';
import './find.css';

// The map view and its chart library load only when someone opens it.
const ProviderMap = lazy(async () => ({ default: (await import('./ProviderMap')).ProviderMap }));

const GEO_MESSAGES: Partial<
  Record<GeoStatus, 'find.near.denied' | 'find.near.unavailable' | 'find.near.unsupported'>
> = {
  denied: 'find.near.denied',
  unavailable: 'find.near.unavailable',
  unsupported: 'find.near.unsupported',
};

/** A location pin drawn here (no emoji font on many phones, no icon library on the public site). */
function PinIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 2a7 7 0 0 0-7 7c0 5.25 7 13 7 13s7-7.75 7-13a7 7 0 0 0-7-7Zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5Z"
      />
    </svg>
  );
}

/** 找托育 (SPEC C2): search filed providers by place, service form, age, 普惠, vacancies and distance. */
export function FindPage() {
  const t = useT();
  const lang = useLang();
  useDocumentTitle(t('common.findChildcare'));
  const demo = useDemoFlag();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const update = useCallback(
    (patch: Partial<FindFilters>) => {
      // A new filter starts again at page 1; the view and page are kept only when set explicitly.
      const next = { ...filters, page: 1, ...patch };
      setParams(toSearchParams(next));
    },
    [filters, setParams],
  );

  const [geoStatus, locate] = useGeolocation((near: LatLng) => update({ near }));

  const list = useQuery({
    queryKey: ['public', 'providers', apiQuery(filters), filters.page],
    queryFn: ({ signal }) =>
      api.get<PublicProviderList>(
        '/api/public/providers',
        { ...apiQuery(filters), page: filters.page, pageSize: PAGE_SIZE },
        signal,
      ),
    placeholderData: keepPreviousData,
    enabled: filters.view === 'list',
  });

  const goToPage = (page: number) => {
    update({ page });
    resultsHeading.current?.focus();
    resultsHeading.current?.scrollIntoView({ block: 'start' });
  };

  const setView = (view: FindView) => update({ view, page: filters.page });
  const geoMessage = GEO_MESSAGES[geoStatus];
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  return (
    <div className="pp-page">
      <section className="pub-hero pf-hero">
        <h1>{t('common.findChildcare')}</h1>
        <p>{t('find.lead')}</p>
        {demo && <DemoNotice />}
      </section>

      <FindFiltersForm filters={filters} onChange={update} />

      <div className="pf-near">
        {filters.near ? (
          <>
            <p className="pf-near-active" role="status">
              <PinIcon />
              {t('find.near.active')}
            </p>
            <button type="button" className="pp-button-secondary" onClick={() => update({ near: null })}>
              {t('find.near.cancel')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="pub-button pf-near-button"
            onClick={locate}
            disabled={geoStatus === 'locating'}
            aria-describedby={geoMessage ? 'pf-geo-message' : undefined}
          >
            <PinIcon />
            {geoStatus === 'locating' ? t('find.near.locating') : t('find.near.button')}
          </button>
        )}
        {hasFilters(filters) && (
          <button
            type="button"
            className="pp-button-secondary"
            onClick={() =>
              setParams(toSearchParams({ ...readFilters(new URLSearchParams()), view: filters.view }))
            }
          >
            {t('find.filter.clear')}
          </button>
        )}
        {geoMessage && !filters.near && (
          <p id="pf-geo-message" className="pf-near-message" role="alert">
            {t(geoMessage)}
          </p>
        )}
      </div>

      <section className="pf-results" aria-labelledby="pf-results-title">
        <div className="pf-results-bar">
          <h2 id="pf-results-title" ref={resultsHeading} tabIndex={-1}>
            {filters.view === 'list' && list.data
              ? t('find.results.count', { n: formatInteger(lang, list.data.total) })
              : t('find.results.title')}
          </h2>
          <fieldset className="pf-view">
            <legend className="pp-visually-hidden">{t('find.view.label')}</legend>
            {(['list', 'map'] as const).map((view) => (
              <button
                key={view}
                type="button"
                aria-pressed={filters.view === view}
                onClick={() => setView(view)}
              >
                {t(view === 'list' ? 'find.view.list' : 'find.view.map')}
              </button>
            ))}
          </fieldset>
        </div>

        {filters.view === 'map' ? (
          <Suspense fallback={<LoadingState>{t('find.map.loading')}</LoadingState>}>
            <ProviderMap
              filters={filters}
              onClearFilters={() => update({ ...readFilters(new URLSearchParams()), view: 'map' })}
            />
          </Suspense>
        ) : list.isPending ? (
          <LoadingState>{t('find.loading')}</LoadingState>
        ) : list.isError ? (
          <ErrorState message={t('find.error')} error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.total === 0 ? (
          <EmptyState
            message={t('find.empty')}
            action={
              hasFilters(filters) && (
                <button
                  type="button"
                  className="pub-button"
                  onClick={() => setParams(toSearchParams(noFilters()))}
                >
                  {t('find.empty.clear')}
                </button>
              )
            }
          />
        ) : list.data.items.length === 0 ? (
          <EmptyState
            message={t('find.page.beyond')}
            action={
              <button type="button" className="pub-button" onClick={() => goToPage(1)}>
                {t('find.page.first')}
              </button>
            }
          />
        ) : (
          <>
            {list.isPlaceholderData && (
              <p className="pf-updating" role="status">
                {t('find.updating')}
              </p>
            )}
            <ul className={list.isPlaceholderData ? 'pf-cards pf-cards-stale' : 'pf-cards'}>
              {list.data.items.map((provider) => (
                <ProviderCard key={provider.id} provider={provider} />
              ))}
            </ul>
            {pages > 1 && (
              <nav className="pf-pager" aria-label={t('find.page.label')}>
                <button
                  type="button"
                  className="pp-button-secondary"
                  disabled={filters.page <= 1}
                  onClick={() => goToPage(filters.page - 1)}
                >
                  ‹ {t('common.previous')}
                </button>
                <span aria-current="page">{t('find.page.of', { page: filters.page, pages })}</span>
                <button
                  type="button"
                  className="pp-button-secondary"
                  disabled={filters.page >= pages}
                  onClick={() => goToPage(filters.page + 1)}
                >
                  {t('common.next')} ›
                </button>
              </nav>
            )}
          </>
        )}
      </section>
    </div>
  );
}
