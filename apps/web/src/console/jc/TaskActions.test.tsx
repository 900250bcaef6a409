import { screen, waitFor } from '@testing-library/react';
import type { JcTask, UnitList } from '@tuoyu/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { buildMe } from '../../testing/fixtures';
import { renderConsole } from '../../testing/renderConsole';
import { server } from '../../testing/server';
import { TasksPage } from './TasksPage';

const units: UnitList = {
  items: [
    {
      code: 'hrss',
      name: '巴彦淖尔市人力资源和社会保障局',
      shortName: '市人社局',
      role: 'member',
      dutiesClause: null,
      duties: null,
    },
    {
      code: 'finance',
      name: '巴彦淖尔市财政局',
      shortName: '市财政局',
      role: 'member',
      dutiesClause: null,
      duties: null,
    },
  ],
};

function task(o: Partial<JcTask>): JcTask {
  return {
    id: 5,
    title: '落实托育从业人员培训补贴',
    leadUnit: 'hrss',
    coUnits: ['finance'],
    dueOn: '2026-06-30',
    status: 'open',
    light: 'green',
    lastProgressAt: null,
    matterId: 1,
    matterTitle: '落实托育从业人员培训补贴',
    minutesNo: '巴托育联纪〔2026〕1号',
    output: '培训补贴实施方案',
    doneOn: null,
    events: [],
    actions: [],
    ...o,
  };
}

/** The board with task 5 open in its drawer; the server answers with `detail` and records what is posted. */
function serve(detail: JcTask) {
  const posted: { path: string; body: unknown }[] = [];
  server.use(
    http.get('/api/units', () => HttpResponse.json(units)),
    http.get('/api/jc/tasks', () => HttpResponse.json({ items: [detail], total: 1, page: 1, pageSize: 20 })),
    http.get('/api/jc/tasks/5', () => HttpResponse.json(detail)),
    http.post('/api/jc/tasks/5/:action', async ({ request, params }) => {
      posted.push({ path: String(params.action), body: await request.json() });
      return HttpResponse.json({ ok: true });
    }),
  );
  return posted;
}

const page = { path: 'jc/tasks', Component: TasksPage };
const form = (name: RegExp) => screen.queryByRole('region', { name });

describe('the task drawer shows only the steps the server allows', { timeout: 60_000 }, () => {
  it('a co-unit may only report progress, and its percent is sent as a number', async () => {
    const posted = serve(task({ actions: ['progress'] }));
    const me = buildMe({ role: 'department_officer', divisionCode: '150800', unit: 'finance' });
    const { user } = renderConsole('/console/jc/tasks?task=5', me, page);
    expect(await screen.findByRole('region', { name: /反馈进展/ })).toBeTruthy();
    expect(form(/申请延期/)).toBeNull();
    expect(form(/申请办结/)).toBeNull();
    expect(form(/提交审核/)).toBeNull();
    await user.type(screen.getByRole('textbox', { name: '进展情况' }), '已起草方案');
    await user.type(screen.getByRole('spinbutton', { name: '完成进度（%）' }), '40');
    await user.click(screen.getByRole('button', { name: /反馈进展/ }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({ path: 'progress', body: { text: '已起草方案', percent: 40 } });
  });

  it('the lead unit gets progress, extension and completion; nothing to decide', async () => {
    serve(task({ actions: ['progress', 'extension', 'completion'] }));
    const me = buildMe({ role: 'department_officer', divisionCode: '150800', unit: 'hrss' });
    renderConsole('/console/jc/tasks?task=5', me, page);
    expect(await screen.findByRole('region', { name: /申请延期/ })).toBeTruthy();
    expect(form(/反馈进展/)).toBeTruthy();
    expect(form(/申请办结/)).toBeTruthy();
    expect(form(/提交审核/)).toBeNull();
  });

  it('the convener decides a completion request: a rejection goes with its reason', async () => {
    const posted = serve(
      task({
        status: 'completion_requested',
        actions: ['decision'],
        events: [
          {
            id: 1,
            kind: 'completion',
            unitCode: 'hrss',
            text: '方案已印发',
            percent: null,
            dueOn: null,
            approve: null,
            reason: null,
            at: '2026-05-01T02:00:00Z',
          },
        ],
      }),
    );
    const { user } = renderConsole(
      '/console/jc/tasks?task=5',
      buildMe({ role: 'jc_convener', divisionCode: '150800' }),
      page,
    );
    expect(await screen.findByRole('region', { name: /提交审核/ })).toBeTruthy();
    expect(screen.getByText('方案已印发')).toBeTruthy();
    expect(form(/反馈进展/)).toBeNull();
    await user.click(screen.getByRole('radio', { name: '退回' }));
    await user.type(screen.getByRole('textbox', { name: '审核意见' }), '请补充拨付文件');
    await user.click(screen.getByRole('button', { name: /提交审核/ }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({ path: 'decision', body: { approve: false, reason: '请补充拨付文件' } });
  });

  it('without actions it says there is nothing to do', async () => {
    serve(task({ status: 'done', light: null, actions: [] }));
    renderConsole(
      '/console/jc/tasks?task=5',
      buildMe({ role: 'jc_office', divisionCode: '150800', unit: 'health' }),
      page,
    );
    expect(await screen.findByText('当前没有需要您办理的操作')).toBeTruthy();
    expect(screen.queryAllByRole('region', { name: /反馈进展|申请延期|申请办结|提交审核/ })).toHaveLength(0);
  });
});
