import type { DivisionRate } from '@tuoyu/contracts';
import { describe, expect, it } from 'vitest';
import { RATE_COLORS, rateChartOption } from './rateOption';

const rows: DivisionRate[] = [
  { divisionCode: '150802', name: '临河区', numerator: 930, denominator: 1000, rate: 93 },
  { divisionCode: '150821', name: '五原县', numerator: 450, denominator: 500, rate: 90 },
  { divisionCode: '150826', name: '杭锦后旗', numerator: 0, denominator: 0, rate: null },
];
const labels = { axis: '管理率（%）', series: '系统管理率', targetLine: '目标 92%', none: '—' };

interface Bar {
  value: number;
  itemStyle: { color: string };
  label: { formatter: string };
}
interface Series {
  data: Bar[];
  markLine: { data: { yAxis: number }[]; label: { formatter: string } };
}

const seriesOf = (option: ReturnType<typeof rateChartOption>) => (option.series as Series[])[0] as Series;

describe('rateChartOption (I-2 by division against the target line)', () => {
  it('draws one bar per division in order, named on the category axis, on a 0–100 scale', () => {
    const option = rateChartOption({ rows, target: 92, labels });
    expect((option.xAxis as { data: string[] }).data).toEqual(['临河区', '五原县', '杭锦后旗']);
    expect(option.yAxis).toMatchObject({ min: 0, max: 100, name: '管理率（%）' });
    expect(seriesOf(option).data.map((b) => b.value)).toEqual([93, 90, 0]);
  });

  it('colours a bar at or above the target green, below it orange, and the caller’s own in the highlight', () => {
    const bars = seriesOf(rateChartOption({ rows, target: 92, labels })).data;
    expect(bars.map((b) => b.itemStyle.color)).toEqual([
      RATE_COLORS.reached,
      RATE_COLORS.below,
      RATE_COLORS.below,
    ]);
    const highlighted = seriesOf(rateChartOption({ rows, target: 92, labels, highlight: '150821' })).data;
    expect(highlighted[1]?.itemStyle.color).toBe(RATE_COLORS.highlight);
    // Exactly on the target counts as reached.
    const onTarget = seriesOf(rateChartOption({ rows, target: 93, labels })).data;
    expect(onTarget[0]?.itemStyle.color).toBe(RATE_COLORS.reached);
  });

  it('draws the target as a line at its value with its label', () => {
    const { markLine } = seriesOf(rateChartOption({ rows, target: 92, labels }));
    expect(markLine.data).toEqual([{ yAxis: 92 }]);
    expect(markLine.label.formatter).toBe('目标 92%');
  });

  it('labels each bar with its percent, and a division with nobody counted with the dash', () => {
    const bars = seriesOf(rateChartOption({ rows, target: 92, labels })).data;
    expect(bars.map((b) => b.label.formatter)).toEqual(['93.0%', '90.0%', '—']);
  });

  it('slants the names on a narrow screen when there are many divisions', () => {
    const many = [...rows, ...rows].map((r, i) => ({ ...r, divisionCode: `${r.divisionCode}${i}` }));
    const axis = (narrow: boolean) =>
      (rateChartOption({ rows: many, target: 92, labels, narrow }).xAxis as { axisLabel: { rotate: number } })
        .axisLabel.rotate;
    expect(axis(true)).toBe(40);
    expect(axis(false)).toBe(0);
  });

  it('shows the division, its rate and its counts in the tooltip', () => {
    const tooltip = rateChartOption({ rows, target: 92, labels }).tooltip as {
      formatter: (items: { dataIndex: number }[]) => string;
    };
    expect(tooltip.formatter([{ dataIndex: 1 }])).toBe('五原县<br/>系统管理率：90.0%（450/500）');
  });
});
