import type { DivisionRate } from '@tuoyu/contracts';
import { Alert, Grid, Skeleton } from 'antd';
import { useMemo, useRef } from 'react';
import { rateChartOption } from '../../shared/charts/rateOption';
import { useEChart } from '../../shared/charts/useEChart';
import { useT } from '../../shared/i18n';
import './child-health.css';

/**
 * I-2 by division (counties of the city, or townships of a county) against the target line; a
 * click on a bar drills down to that division. ECharts loads on demand.
 */
export function RateChart({
  rows,
  target,
  highlight,
  onPick,
}: {
  rows: readonly DivisionRate[];
  target: number;
  highlight?: string;
  onPick?: (row: DivisionRate) => void;
}) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const ref = useRef<HTMLDivElement>(null);
  const narrow = screens.md === false;
  const option = useMemo(
    () =>
      rateChartOption({
        rows,
        target,
        highlight,
        narrow,
        labels: {
          axis: t('ch.ind.axis'),
          series: t('ch.ind.rate'),
          targetLine: t('ch.ind.targetLine', { target }),
          none: t('common.none'),
        },
      }),
    [rows, target, highlight, narrow, t],
  );
  const state = useEChart(ref, option, ({ dataIndex }) => {
    const row = rows[dataIndex];
    if (row && onPick) onPick(row);
  });
  return (
    <div className="ch-chart-wrap">
      {state === 'loading' && <Skeleton active paragraph={{ rows: 6 }} className="ch-chart-skeleton" />}
      {state === 'error' && <Alert type="error" showIcon title={t('ch.chart.error')} />}
      <div
        ref={ref}
        className="ch-chart"
        role="img"
        aria-label={t('ch.ind.chartLabel', { target })}
        style={{ visibility: state === 'ready' ? 'visible' : 'hidden' }}
      />
    </div>
  );
}
