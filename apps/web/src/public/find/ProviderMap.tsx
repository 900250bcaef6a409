import type { PublicProviderItem } from '@tuoyu/contracts';
import { formatYuan } from '@tuoyu/domain';
import type { EChartsType } from 'echarts/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatInteger, useLang, useT } from '../../shared/i18n';
import { EmptyState, ErrorState, LoadingState } from '../common/StateBlocks';
import { usePublicLayout } from '../layoutContext';
import { type FindFilters, hasFilters, type LatLng } from './findParams';
import { MapLegend } from './MapLegend';
import { buildMapOption, gridMargins } from './mapOption';
import { type Bounds, boundsOf, CITY_BOUNDS, COUNTY_SEATS, fitToAspect } from './mapPlaces';
import { type Located, useMapBoundaries, useMapProviders } from './queries';
import { type Engine, useMapEngine } from './useMapEngine';

const GEO_MAP_NAME = 'tuoyu-boundaries';

function isLocated(p: PublicProviderItem): p is Located {
  return p.location !== null;
}

function insideBounds(p: LatLng, b: Bounds): boolean {
  return p.lat >= b.minLat && p.lat <= b.maxLat && p.lng >= b.minLng && p.lng <= b.maxLng;
}

/**
 * 地图 view of 找托育: the county seats and the providers on a plain latitude/longitude grid, clearly
 * labelled 示意图, or on official boundaries when loaded. A tap on one provider opens its page; a
 * tap where several overlap lists them below the map, each a big link.
 */
export function ProviderMap({
  filters,
  onClearFilters,
}: {
  filters: FindFilters;
  onClearFilters: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const navigate = useNavigate();
  const { largeText } = usePublicLayout();
  const fontSize = largeText ? 22 : 17;

  const providers = useMapProviders(filters);
  const boundaries = useMapBoundaries();
  const box = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const engineRef = useRef<Engine | null>(null);
  const { engineState, engineError, size } = useMapEngine({ box, chartRef, engineRef });
  const [geoMap, setGeoMap] = useState<string | null>(null);
  // What a tap picked, for the result set it was picked from (new filters drop it).
  const [pick, setPick] = useState<{ from: unknown; items: Located[] }>({ from: null, items: [] });

  // Official boundaries: register once the engine is here.
  useEffect(() => {
    const engine = engineRef.current;
    const geojson = boundaries.data;
    if (engineState !== 'ready' || !engine || !geojson) return;
    let cancelled = false;
    engine
      .enableGeo()
      .then(() => {
        if (cancelled) return;
        engine.registerMap(GEO_MAP_NAME, geojson);
        setGeoMap(GEO_MAP_NAME);
      })
      .catch(() => {
        // The schematic stays: a broken boundary file must not take the map away.
      });
    return () => {
      cancelled = true;
    };
  }, [engineState, boundaries.data]);

  const located = useMemo(() => (providers.data?.items ?? []).filter(isLocated), [providers.data]);
  const you = filters.near;

  // The window: the whole city, or the matches when the filter narrows to a county or township.
  const frame = useMemo((): Bounds => {
    const narrowed = filters.division ? boundsOf(located.map((p) => p.location)) : null;
    if (narrowed) return narrowed;
    const all = boundsOf([
      { lat: CITY_BOUNDS.minLat, lng: CITY_BOUNDS.minLng },
      { lat: CITY_BOUNDS.maxLat, lng: CITY_BOUNDS.maxLng },
      ...located.map((p) => p.location),
    ]);
    return all ?? CITY_BOUNDS;
  }, [filters.division, located]);

  const vacancyText = useCallback(
    (p: PublicProviderItem) =>
      t('find.card.vacancyOf', {
        vacancies: formatInteger(lang, p.vacancies),
        capacity: formatInteger(lang, p.capacity),
      }),
    [t, lang],
  );

  // Draw.
  useEffect(() => {
    const chart = chartRef.current;
    if (engineState !== 'ready' || !chart || !providers.data || size.width === 0) return;
    chart.resize();
    const m = gridMargins(fontSize);
    const bounds = geoMap
      ? null
      : fitToAspect(frame, size.width - m.left - m.right, size.height - m.top - m.bottom);
    const view = bounds ?? frame;
    chart.setOption(
      buildMapOption({
        providers: located,
        seats: COUNTY_SEATS,
        you: you && insideBounds(you, view) ? you : null,
        bounds,
        geoMap,
        geoWindow: geoMap && filters.division ? frame : null,
        fontSize,
        text: {
          seats: t('find.map.seats'),
          providers: t('find.map.providers'),
          you: t('find.map.you'),
          vacancies: vacancyText,
        },
      }),
      { notMerge: true },
    );
  }, [
    engineState,
    providers.data,
    located,
    size,
    geoMap,
    frame,
    you,
    fontSize,
    t,
    vacancyText,
    filters.division,
  ]);

  // A tap: the providers within a fingertip of it (≥ 44 px across, UX.md).
  useEffect(() => {
    const chart = chartRef.current;
    if (engineState !== 'ready' || !chart) return;
    const radius = largeText ? 28 : 24;
    const zr = chart.getZr();
    const onClick = (event: { offsetX: number; offsetY: number }) => {
      const near = located
        .map((p) => {
          const px = chart.convertToPixel({ seriesId: 'providers' }, [p.location.lng, p.location.lat]) as
            | number[]
            | undefined;
          const d = px ? Math.hypot((px[0] ?? 0) - event.offsetX, (px[1] ?? 0) - event.offsetY) : Infinity;
          return { p, d };
        })
        .filter((x) => x.d <= radius)
        .sort((a, b) => a.d - b.d)
        .map((x) => x.p);
      const only = near[0];
      if (near.length === 1 && only) {
        void navigate(`/providers/${only.id}`);
        return;
      }
      setPick({ from: providers.data, items: near });
    };
    zr.on('click', onClick);
    return () => {
      zr.off('click', onClick);
    };
  }, [engineState, located, largeText, navigate, providers.data]);

  const picked = pick.from === providers.data ? pick.items : [];

  // The list of a tapped cluster opens below the map: bring it into view on a phone.
  const pickedPanel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (pick.items.length > 1) pickedPanel.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [pick]);

  const total = providers.data?.total ?? 0;
  const unlocated = (providers.data?.items.length ?? 0) - located.length;
  const shown = providers.data?.items.length ?? 0;

  return (
    <div className="pf-map">
      {providers.isPending && <LoadingState>{t('find.loading')}</LoadingState>}
      {providers.isError && (
        <ErrorState
          message={t('find.error')}
          error={providers.error}
          onRetry={() => void providers.refetch()}
        />
      )}
      {engineState === 'failed' && <ErrorState message={t('find.map.error')} error={engineError} />}
      {providers.data && total === 0 && (
        <EmptyState
          message={t('find.empty')}
          action={
            hasFilters(filters) && (
              <button type="button" className="pub-button" onClick={onClearFilters}>
                {t('find.empty.clear')}
              </button>
            )
          }
        />
      )}
      {providers.data && total > 0 && (
        <p className="pf-map-count">{t('find.results.count', { n: formatInteger(lang, total) })}</p>
      )}

      <figure className="pf-map-figure" hidden={engineState === 'failed' || total === 0}>
        <div className="pf-map-frame">
          {!geoMap && <span className="pf-map-badge">{t('find.map.schematic')}</span>}
          {engineState === 'loading' && (
            <p className="pf-map-loading" role="status">
              {t('find.map.loading')}
            </p>
          )}
          <div
            ref={box}
            className="pf-map-canvas"
            role="img"
            aria-label={t('find.map.label', { n: located.length })}
          />
        </div>
        <figcaption>
          <MapLegend you={!!you} />
          <p className="pf-map-note">
            {geoMap
              ? t('find.map.officialNote', { source: boundaries.data?.source ?? '' })
              : t('find.map.schematicNote')}{' '}
            {t('find.map.hint')}
          </p>
          {unlocated > 0 && <p className="pf-map-note">{t('find.map.unlocated', { n: unlocated })}</p>}
          {shown < total && <p className="pf-map-note">{t('find.map.truncated', { n: shown, total })}</p>}
        </figcaption>
      </figure>

      {picked.length > 1 && (
        <section ref={pickedPanel} className="pf-map-picked" aria-labelledby="pf-picked-title">
          <div className="pf-map-picked-head">
            <h3 id="pf-picked-title">{t('find.map.here', { n: picked.length })}</h3>
            <button
              type="button"
              className="pp-button-secondary"
              onClick={() => setPick({ from: null, items: [] })}
            >
              {t('find.map.close')}
            </button>
          </div>
          <ul>
            {picked.map((p) => (
              <li key={p.id}>
                <Link to={`/providers/${p.id}`}>{p.name}</Link>
                <span className="pub-muted">
                  {vacancyText(p)}
                  {p.minMonthlyFeeFen !== null &&
                    ` · ${t('find.card.feeFrom', { fee: formatYuan(p.minMonthlyFeeFen) })}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
