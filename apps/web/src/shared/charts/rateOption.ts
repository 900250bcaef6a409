import type { DivisionRate } from '@tuoyu/contracts';
import type { EChartsCoreOption } from 'echarts/core';

export const RATE_COLORS = { reached: '#52c41a', below: '#fa8c16', highlight: '#0b5cad', target: '#cf1322' };

export interface RateChartLabels {
  /** The value axis' name, e.g. 管理率（%）. */
  axis: string;
  /** The bars' series name, e.g. 3岁以下儿童系统管理率. */
  series: string;
  /** The target line's label, e.g. 目标 92%. */
  targetLine: string;
  /** What a division without a denominator shows, e.g. —. */
  none: string;
}

export interface RateChartInput {
  rows: readonly DivisionRate[];
  target: number;
  labels: RateChartLabels;
  /** A division to draw in the highlight colour (the caller's own). */
  highlight?: string;
  /** Narrow screens: category labels slanted so long names fit. */
  narrow?: boolean;
}

const percent = (rate: number | null, none: string) => (rate === null ? none : `${rate.toFixed(1)}%`);

/**
 * The ECharts option of a rate by division (I-2 by county or township): one bar per division,
 * green at or above the target, orange below it, the target as a dashed red line, the value on top.
 * A division with nobody to count has no rate: an empty bar labelled `none`. Pure, so it is tested
 * without a canvas.
 */
export function rateChartOption({
  rows,
  target,
  labels,
  highlight,
  narrow,
}: RateChartInput): EChartsCoreOption {
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 64, top: 32, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number }[]) => {
        const row = rows[items[0]?.dataIndex ?? -1];
        if (!row) return '';
        return `${row.name}<br/>${labels.series}：${percent(row.rate, labels.none)}（${row.numerator}/${row.denominator}）`;
      },
    },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      axisLabel: { interval: 0, rotate: narrow && rows.length > 4 ? 40 : 0 },
    },
    yAxis: { type: 'value', min: 0, max: 100, name: labels.axis, nameTextStyle: { align: 'left' } },
    series: [
      {
        type: 'bar',
        name: labels.series,
        barMaxWidth: 36,
        cursor: 'pointer',
        data: rows.map((r) => ({
          value: r.rate ?? 0,
          itemStyle: {
            color:
              r.divisionCode === highlight
                ? RATE_COLORS.highlight
                : r.rate !== null && r.rate >= target
                  ? RATE_COLORS.reached
                  : RATE_COLORS.below,
          },
          // On a phone the values would overlap: the tooltip and the list beside the chart carry them.
          label: {
            show: !narrow || rows.length <= 4,
            position: 'top',
            formatter: percent(r.rate, labels.none),
          },
        })),
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: RATE_COLORS.target, type: 'dashed', width: 2 },
          label: { formatter: labels.targetLine, position: 'end' },
          data: [{ yAxis: target }],
        },
      },
    ],
  };
}
