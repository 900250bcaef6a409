import type { DivisionRate } from '@tuoyu/contracts';
import { useMemo, useRef } from 'react';
import { rateChartOption } from '../../shared/charts/rateOption';
import { useEChart } from '../../shared/charts/useEChart';
import { useT } from '../../shared/i18n';
import { usePublicLayout } from '../layoutContext';

/** I-2 by county against the target line: ECharts, fetched only when this chart is shown. */
export function RateBars({ rows, target }: { rows: readonly DivisionRate[]; target: number }) {
  const t = useT();
  const { largeText } = usePublicLayout();
  const ref = useRef<HTMLDivElement>(null);
  const option = useMemo(() => {
    const base = rateChartOption({
      rows,
      target,
      narrow: typeof window !== 'undefined' && window.innerWidth < 600,
      labels: {
        axis: t('chpub.home.axis'),
        series: t('chpub.home.rate'),
        targetLine: t('chpub.home.targetLine', { target }),
        none: t('common.none'),
      },
    });
    return largeText ? { ...base, textStyle: { fontSize: 16 } } : base;
  }, [rows, target, t, largeText]);
  const state = useEChart(ref, option);
  return (
    <div className="chpub-chart-wrap">
      {state === 'loading' && (
        <p className="pub-status" role="status">
          {t('chpub.chart.loading')}
        </p>
      )}
      {state === 'error' && <p className="pub-muted">{t('chpub.chart.error')}</p>}
      <div
        ref={ref}
        className="chpub-chart"
        role="img"
        aria-label={t('chpub.home.chartLabel', { target })}
        style={{ visibility: state === 'ready' ? 'visible' : 'hidden' }}
      />
    </div>
  );
}
