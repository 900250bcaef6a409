import type { PlacesIndicator } from '@tuoyu/contracts';
import { Alert, Skeleton } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../shared/i18n';
import { loadECharts } from './echarts';

/** Places per 1,000 residents by county, bars against the target line (plan 总体要求: ≥ 4). */
export function PlacesChart({ data, highlight }: { data: PlacesIndicator; highlight?: string }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');

  useEffect(() => {
    let disposed = false;
    let chart: { dispose: () => void; resize: () => void } | null = null;
    // Follows its container (sider folded, window resized, grid reflowed), not only the window.
    const observer = new ResizeObserver(() => chart?.resize());
    loadECharts()
      .then((echarts) => {
        if (disposed || !ref.current) return;
        const instance = echarts.init(ref.current, undefined, { renderer: 'canvas' });
        chart = instance;
        const counties = data.counties;
        instance.setOption({
          aria: { enabled: true },
          grid: { left: 8, right: 56, top: 24, bottom: 8, containLabel: true },
          tooltip: {
            trigger: 'axis',
            axisPointer: { type: 'shadow' },
            valueFormatter: (v: unknown) => (typeof v === 'number' ? v.toFixed(2) : String(v)),
          },
          xAxis: {
            type: 'category',
            data: counties.map((c) => c.divisionName),
            axisLabel: {
              interval: 0,
              rotate: counties.length > 5 && (ref.current?.clientWidth ?? 800) < 600 ? 40 : 0,
            },
          },
          yAxis: { type: 'value', name: t('prov.places.axis'), nameTextStyle: { align: 'left' } },
          series: [
            {
              type: 'bar',
              name: t('prov.places.per1000'),
              barMaxWidth: 36,
              data: counties.map((c) => ({
                value: c.placesPer1000 ?? 0,
                itemStyle: {
                  color:
                    c.divisionCode === highlight
                      ? '#0b5cad'
                      : (c.placesPer1000 ?? 0) >= data.target
                        ? '#52c41a'
                        : '#69a7e6',
                },
              })),
              label: {
                show: true,
                position: 'top',
                formatter: (p: { value: number }) => p.value.toFixed(2),
              },
              markLine: {
                symbol: 'none',
                lineStyle: { color: '#cf1322', type: 'dashed', width: 2 },
                label: { formatter: t('prov.places.targetLine', { target: data.target }), position: 'end' },
                data: [{ yAxis: data.target }],
              },
            },
          ],
        });
        observer.observe(ref.current);
        setState('ready');
      })
      .catch(() => {
        if (!disposed) setState('error');
      });
    return () => {
      disposed = true;
      observer.disconnect();
      chart?.dispose();
    };
  }, [data, highlight, t]);

  return (
    <div className="prov-chart-wrap">
      {state === 'loading' && <Skeleton active paragraph={{ rows: 6 }} className="prov-chart-skeleton" />}
      {state === 'error' && <Alert type="error" showIcon title={t('prov.places.chartError')} />}
      <div
        ref={ref}
        className="prov-chart"
        role="img"
        aria-label={t('prov.places.chartLabel')}
        style={{ visibility: state === 'ready' ? 'visible' : 'hidden' }}
      />
    </div>
  );
}
