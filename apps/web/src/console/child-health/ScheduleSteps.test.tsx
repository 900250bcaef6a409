import { screen, within } from '@testing-library/react';
import type { ScheduleItem } from '@tuoyu/contracts';
import { describe, expect, it } from 'vitest';
import { buildMe } from '../../testing/fixtures';
import { renderConsole } from '../../testing/renderConsole';
import { ScheduleSteps } from './ScheduleSteps';
import { DUE_COLORS } from './tags';

const worker = buildMe({ role: 'health_worker', divisionCode: '150802004', divisionName: '解放街道' });

const item = (ageMonths: number, status: ScheduleItem['status'], dueOn: string): ScheduleItem => ({
  ageMonths,
  dueOn,
  dueFrom: dueOn,
  dueTo: dueOn,
  status,
  checkupId: status === 'done' ? ageMonths : null,
  counted: ageMonths !== 36,
});

const schedule: ScheduleItem[] = [
  item(3, 'done', '2025-04-01'),
  item(6, 'done', '2025-07-01'),
  item(8, 'missed', '2025-09-01'),
  item(12, 'late', '2026-01-01'),
  item(18, 'due', '2026-07-01'),
  item(24, 'upcoming', '2027-01-01'),
  item(30, 'upcoming', '2027-07-01'),
  item(36, 'upcoming', '2028-01-01'),
];

function Harness() {
  return <ScheduleSteps schedule={schedule} />;
}

describe('ScheduleSteps (the 4-2-2 schedule on a child’s record)', () => {
  it('shows each age with its due date and its status in words and colour', async () => {
    renderConsole('/console/child-health/1', worker, { path: 'child-health/:id', Component: Harness });
    const expected: [number, string, keyof typeof DUE_COLORS][] = [
      [3, '已完成', 'done'],
      [8, '已错过', 'missed'],
      [12, '已逾期', 'late'],
      [18, '待检查', 'due'],
      [24, '未到期', 'upcoming'],
    ];
    for (const [age, word, status] of expected) {
      const step = await screen.findByTestId(`schedule-${age}`);
      const tag = within(step).getByText(word);
      expect(tag.className).toContain(`ant-tag-${DUE_COLORS[status]}`);
      expect(within(step).getByText(schedule.find((s) => s.ageMonths === age)?.dueOn ?? '')).toBeTruthy();
    }
    expect(screen.getByText('12月龄')).toBeTruthy();
  });

  it('marks the 36-month exit check as not counted, and only that one', async () => {
    renderConsole('/console/child-health/1', worker, { path: 'child-health/:id', Component: Harness });
    const exit = await screen.findByTestId('schedule-36');
    expect(within(exit).getByText('不计入管理率')).toBeTruthy();
    expect(screen.getAllByText('不计入管理率')).toHaveLength(1);
  });

  it('gives the steps their states: done finished, missed an error, the first open one current', async () => {
    const { container } = renderConsole('/console/child-health/1', worker, {
      path: 'child-health/:id',
      Component: Harness,
    });
    await screen.findByTestId('schedule-3');
    const steps = [...container.querySelectorAll('.ant-steps-item')];
    expect(steps).toHaveLength(8);
    expect(steps[0]?.className).toContain('ant-steps-item-finish');
    expect(steps[2]?.className).toContain('ant-steps-item-error');
    expect(steps[3]?.className).toContain('ant-steps-item-process');
    expect(steps[5]?.className).toContain('ant-steps-item-wait');
  });
});
