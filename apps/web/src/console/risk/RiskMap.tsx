import type { ProviderRiskItem } from '@tuoyu/contracts';
import type { RiskTier } from '@tuoyu/domain';
import type { EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { boundsOf, CITY_BOUNDS, COUNTY_SEATS, fitToAspect } from '../../public/find/mapPlaces';
import { useT } from '../../shared/i18n';
import { TIER_COLOR, tierLabel } from './labels';

const TIERS: RiskTier[] = ['high', 'normal', 'low'];

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * Providers as points coloured by risk tier on the same schematic grid as the public map (no
 * official boundaries ship with the product), county seats for orientation. ECharts loads with
 * this component only; a click shows the provider's reasons.
 */
export function RiskMap({
  items,
  onSelect,
}: {
  items: ProviderRiskItem[];
  onSelect: (providerId: number) => void;
}) {
  const t = useT();
  // The latest handler, without redrawing the chart when the page's filters change.
  const select = useRef(onSelect);
  select.current = onSelect;
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    let disposed = false;
    const el = box.current;
    if (!el) return;
    void import('../../public/find/mapEngine').then(({ init }) => {
      if (disposed) return;
      chart.current ??= init(el);
      const located = items.filter((i) => i.lat !== null && i.lng !== null) as (ProviderRiskItem & {
        lat: number;
        lng: number;
      })[];
      const counties = new Set(located.map((i) => i.divisionCode));
      const seats = COUNTY_SEATS.filter((s) => counties.size === 0 || counties.has(s.code));
      const b = fitToAspect(
        counties.size > 1 ? CITY_BOUNDS : (boundsOf([...located, ...seats], 0.08) ?? CITY_BOUNDS),
        el.clientWidth - 60,
        el.clientHeight - 40,
      );
      const fmt = (v: number) => v.toFixed(2);
      chart.current.setOption(
        {
          animation: false,
          grid: { left: 52, right: 12, top: 12, bottom: 28 },
          tooltip: {
            trigger: 'item',
            formatter: (p: { data: { name: string; tier?: RiskTier; score?: number } }) =>
              p.data.tier
                ? `${escapeHtml(p.data.name)}<br/>${t(tierLabel(p.data.tier))} · ${t('risk.col.score')} ${p.data.score}`
                : escapeHtml(p.data.name),
          },
          xAxis: {
            type: 'value',
            min: b.minLng,
            max: b.maxLng,
            axisLabel: { formatter: (v: number) => `${fmt(v)}°E` },
            splitLine: { lineStyle: { type: 'dashed', color: '#e5e9f0' } },
          },
          yAxis: {
            type: 'value',
            min: b.minLat,
            max: b.maxLat,
            axisLabel: { formatter: (v: number) => `${fmt(v)}°N` },
            splitLine: { lineStyle: { type: 'dashed', color: '#e5e9f0' } },
          },
          series: [
            {
              type: 'scatter',
              id: 'seats',
              symbol: 'diamond',
              symbolSize: 9,
              itemStyle: { color: '#595959' },
              label: { show: true, position: 'right', formatter: '{b}', color: '#595959' },
              data: seats.map((s) => ({ name: s.county, value: [s.lng, s.lat] })),
              silent: true,
              z: 1,
            },
            ...TIERS.map((tier) => ({
              type: 'scatter' as const,
              id: tier,
              name: t(tierLabel(tier)),
              symbolSize: tier === 'high' ? 14 : 10,
              itemStyle: { color: TIER_COLOR[tier], borderColor: '#fff', borderWidth: 1 },
              z: tier === 'high' ? 4 : tier === 'normal' ? 3 : 2,
              data: located
                .filter((i) => i.tier === tier)
                .map((i) => ({
                  name: i.name,
                  tier: i.tier,
                  score: i.score,
                  id: i.providerId,
                  value: [i.lng, i.lat],
                })),
            })),
          ],
        },
        { notMerge: true },
      );
      chart.current.off('click');
      chart.current.on('click', (p) => {
        const id = (p.data as { id?: number } | undefined)?.id;
        if (id) select.current(id);
      });
    });
    return () => {
      disposed = true;
    };
  }, [items, t]);

  useEffect(() => {
    const onResize = () => chart.current?.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  return (
    <figure className="risk-map">
      <div ref={box} className="risk-map-canvas" role="img" aria-label={t('risk.map.aria')} />
      <figcaption>{t('risk.map.caption')}</figcaption>
    </figure>
  );
}
