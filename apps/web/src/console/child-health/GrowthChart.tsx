import type { Sex } from '@tuoyu/domain';
import { Alert, Empty, Segmented, Skeleton } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { type GrowthMeasure, type GrowthPointIn, growthChartOption } from '../../shared/charts/growthOption';
import { useEChart } from '../../shared/charts/useEChart';
import { useT } from '../../shared/i18n';
import './child-health.css';

/**
 * The child's growth curve over WHO's median and ±2 SD (weight-for-age or length/height-for-age
 * by age in months). ECharts loads on first view, in its own chunk.
 */
export function GrowthChart({ sex, points }: { sex: Sex; points: readonly GrowthPointIn[] }) {
  const t = useT();
  const [measure, setMeasure] = useState<GrowthMeasure>('weight');
  const ref = useRef<HTMLDivElement>(null);
  const option = useMemo(
    () =>
      points.length === 0
        ? null
        : growthChartOption(measure, sex, points, {
            xAxis: t('ch.growth.xAxis'),
            yAxis: t(measure === 'weight' ? 'ch.growth.kg' : 'ch.growth.cm'),
            child: t('ch.growth.child'),
            median: t('ch.growth.median'),
            plus2: t('ch.growth.plus2'),
            minus2: t('ch.growth.minus2'),
          }),
    [measure, sex, points, t],
  );
  const state = useEChart(ref, option);
  if (points.length === 0) return <Empty description={t('ch.growth.empty')} />;
  return (
    <>
      <Segmented<GrowthMeasure>
        value={measure}
        onChange={setMeasure}
        options={[
          { value: 'weight', label: t('ch.growth.weightForAge') },
          { value: 'length', label: t('ch.growth.lengthForAge') },
        ]}
      />
      <div className="ch-chart-wrap">
        {state === 'loading' && <Skeleton active paragraph={{ rows: 6 }} className="ch-chart-skeleton" />}
        {state === 'error' && <Alert type="error" showIcon title={t('ch.chart.error')} />}
        <div
          ref={ref}
          className="ch-chart"
          role="img"
          aria-label={t(measure === 'weight' ? 'ch.growth.weightLabel' : 'ch.growth.lengthLabel')}
          style={{ visibility: state === 'ready' ? 'visible' : 'hidden' }}
        />
      </div>
    </>
  );
}
