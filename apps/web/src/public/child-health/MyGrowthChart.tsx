import type { MyHealthChild } from '@tuoyu/contracts';
import { useMemo, useRef, useState } from 'react';
import { type GrowthMeasure, growthChartOption } from '../../shared/charts/growthOption';
import { useEChart } from '../../shared/charts/useEChart';
import { useT } from '../../shared/i18n';
import { usePublicLayout } from '../layoutContext';

/** The child's growth over WHO's median and ±2 SD; loaded (with ECharts and the WHO tables) only when opened. */
export function MyGrowthChart({ child }: { child: MyHealthChild }) {
  const t = useT();
  const { largeText } = usePublicLayout();
  const [measure, setMeasure] = useState<GrowthMeasure>('weight');
  const ref = useRef<HTMLDivElement>(null);
  const option = useMemo(() => {
    const base = growthChartOption(measure, child.sex, child.growth, {
      xAxis: t('chpub.growth.xAxis'),
      yAxis: t(measure === 'weight' ? 'chpub.growth.kg' : 'chpub.growth.cm'),
      child: child.name,
      median: t('chpub.growth.median'),
      plus2: t('chpub.growth.plus2'),
      minus2: t('chpub.growth.minus2'),
    });
    return largeText ? { ...base, textStyle: { fontSize: 16 } } : base;
  }, [measure, child, t, largeText]);
  const state = useEChart(ref, option);
  return (
    <div>
      <fieldset className="chpub-seg">
        <legend className="pp-visually-hidden">{t('chpub.growth.title')}</legend>
        {(['weight', 'length'] as const).map((m) => (
          <button
            key={m}
            type="button"
            className="pp-button-secondary"
            aria-pressed={measure === m}
            onClick={() => setMeasure(m)}
          >
            {t(m === 'weight' ? 'chpub.growth.weight' : 'chpub.growth.length')}
          </button>
        ))}
      </fieldset>
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
          aria-label={t('chpub.growth.label')}
          style={{ visibility: state === 'ready' ? 'visible' : 'hidden' }}
        />
      </div>
      <p className="chpub-hint">{t('chpub.growth.explain')}</p>
    </div>
  );
}
