import { type Sex, valueAtZ } from '@tuoyu/domain';
import type { EChartsCoreOption } from 'echarts/core';
import { ageMonthsOf } from './age';

export type GrowthMeasure = 'weight' | 'length';

export interface GrowthChartLabels {
  xAxis: string;
  yAxis: string;
  child: string;
  median: string;
  plus2: string;
  minus2: string;
}

export interface GrowthPointIn {
  ageDays: number;
  weightKg: number;
  lengthCm: number;
}

/** WHO's curve at `k` SD: length (lying) under 24 months, height (standing) from 24 (WHO 2006). */
function reference(measure: GrowthMeasure, sex: Sex, months: number, k: number): number | null {
  if (measure === 'weight') return valueAtZ('weightForAge', sex, months, k);
  return valueAtZ(months < 24 ? 'lengthForAge' : 'heightForAge', sex, months, k);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A growth curve: the child's measurements by age in months over the WHO median and ±2 SD lines
 * (weight-for-age or length/height-for-age), 0 to 36 months (further when the child is older).
 */
export function growthChartOption(
  measure: GrowthMeasure,
  sex: Sex,
  points: readonly GrowthPointIn[],
  labels: GrowthChartLabels,
): EChartsCoreOption {
  const last = Math.max(0, ...points.map((p) => ageMonthsOf(p.ageDays)));
  const maxMonth = Math.min(60, Math.max(36, Math.ceil(last) + 1));
  const months = Array.from({ length: maxMonth + 1 }, (_, m) => m);
  const curve = (k: number) =>
    months.flatMap((m) => {
      const v = reference(measure, sex, m, k);
      return v === null ? [] : [[m, round1(v)]];
    });
  const refLine = (name: string, k: number, color: string, type: 'solid' | 'dashed') => ({
    type: 'line',
    name,
    data: curve(k),
    showSymbol: false,
    silent: true,
    lineStyle: { color, width: 1.5, type },
    itemStyle: { color },
  });
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 24, top: 60, bottom: 32, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'item' },
    xAxis: {
      type: 'value',
      min: 0,
      max: maxMonth,
      interval: 6,
      name: labels.xAxis,
      nameLocation: 'middle',
      nameGap: 24,
    },
    yAxis: { type: 'value', scale: true, name: labels.yAxis },
    series: [
      refLine(labels.plus2, 2, '#d48806', 'dashed'),
      refLine(labels.median, 0, '#389e0d', 'solid'),
      refLine(labels.minus2, -2, '#d48806', 'dashed'),
      {
        type: 'line',
        name: labels.child,
        data: points.map((p) => [
          round1(ageMonthsOf(p.ageDays)),
          measure === 'weight' ? p.weightKg : p.lengthCm,
        ]),
        symbolSize: 9,
        lineStyle: { color: '#0b5cad', width: 2.5 },
        itemStyle: { color: '#0b5cad' },
      },
    ],
  };
}
