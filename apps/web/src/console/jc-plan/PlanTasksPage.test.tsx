import { screen, within } from '@testing-library/react';
import type { JcPlanProgressBody, JcPlanTask } from '@tuoyu/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { buildMe } from '../../testing/fixtures';
import { renderConsole } from '../../testing/renderConsole';
import { server } from '../../testing/server';
import { PlanTasksPage } from './PlanTasksPage';

const hrss = buildMe({
  role: 'department_officer',
  divisionCode: '150800',
  unit: 'hrss',
  unitName: '市人社局',
});
const page = { path: 'jc-plan', Component: PlanTasksPage };

const task = (
  id: string,
  title: string,
  units: string[],
  progress: JcPlanTask['progress'] = [],
): JcPlanTask => ({
  id,
  year: 2026,
  section: '(一)家庭支持指导体系',
  title,
  notes: '',
  responsibleUnits: units,
  progress,
  mine: units.includes('hrss'),
});

function api() {
  const puts: { id: string; body: JcPlanProgressBody }[] = [];
  let tasks = [
    task(
      '1-1',
      '全面落实产假及相关政策',
      ['hrss', 'health'],
      [{ unit: 'hrss', status: 'done', text: '全部落实', updatedAt: '2026-11-01T02:00:00.000Z' }],
    ),
    task('1-2', '依法保障工作权利', ['hrss', 'edu']),
    task('2-1', '科学规划婴幼儿照护服务机构布局', ['nr']),
  ];
  server.use(
    http.get('/api/units', () => HttpResponse.json({ items: [] })),
    http.get('/api/jc/plan-tasks', () => HttpResponse.json(tasks)),
    http.put('/api/jc/plan-tasks/:id/progress', async ({ params, request }) => {
      const body = (await request.json()) as JcPlanProgressBody;
      puts.push({ id: String(params.id), body });
      const p = { unit: 'hrss', status: body.status, text: body.text, updatedAt: '2026-12-01T02:00:00.000Z' };
      tasks = tasks.map((x) => (x.id === params.id ? { ...x, progress: [...x.progress, p] } : x));
      return HttpResponse.json(p);
    }),
  );
  return puts;
}

describe('方案任务清单 (a unit’s plan tasks)', () => {
  it('shows only the unit’s tasks; the 待办 filter keeps the unreported one, and a report clears it', async () => {
    const puts = api();
    const { user } = renderConsole('/console/jc-plan?unreported=true', hrss, page);
    expect(await screen.findByRole('heading', { name: '实施方案任务清单' })).toBeTruthy();
    const row = (await screen.findByText('依法保障工作权利')).closest('tr') as HTMLElement;
    expect(screen.queryByText('全面落实产假及相关政策')).toBeNull();
    expect(screen.queryByText('科学规划婴幼儿照护服务机构布局')).toBeNull();
    await user.click(within(row).getByRole('button', { name: '报送进展' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('推进情况'), '已开展返岗技能培训');
    await user.click(within(dialog).getByRole('button', { name: '报送进展' }));
    expect(await screen.findByText('本年度承担的任务均已报送，辛苦了。')).toBeTruthy();
    expect(puts).toEqual([
      { id: '1-2', body: { year: expect.any(Number), status: 'in_progress', text: '已开展返岗技能培训' } },
    ]);
  });
});
