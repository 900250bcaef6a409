import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { JcMinutesCreated, UnitList } from '@tuoyu/contracts';
import { HttpResponse, http } from 'msw';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { buildMe } from '../../testing/fixtures';
import { renderConsole } from '../../testing/renderConsole';
import { server } from '../../testing/server';
import { MinutesEditor } from './MinutesEditor';

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
    {
      code: 'hetao',
      name: '河套学院',
      shortName: '河套学院',
      role: 'other',
      dutiesClause: null,
      duties: null,
    },
  ],
};

function Harness() {
  const [saved, setSaved] = useState<JcMinutesCreated | null>(null);
  return saved ? <p>已印发：{saved.minutesNo}</p> : <MinutesEditor meetingId={3} onSaved={setSaved} />;
}

const office = buildMe({ role: 'jc_office', divisionCode: '150800', unit: 'health' });
const page = { path: 'jc/meetings/:id/minutes/new', Component: Harness };

/** Opens an Ant Design select by its field label and picks the option shown with `option`. */
async function pick(user: ReturnType<typeof renderConsole>['user'], label: string, option: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
  const choices = await screen.findAllByTitle(option);
  await user.click(choices[choices.length - 1] as HTMLElement);
}

describe('MinutesEditor (会议纪要)', { timeout: 60_000 }, () => {
  it('posts the summary, the matter with its task and the city-government flag; shows the number', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.get('/api/units', () => HttpResponse.json(units)),
      http.post('/api/jc/meetings/3/minutes', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(
          { minutesNo: '巴托育联纪〔2026〕2号', matterIds: [11], taskIds: [21] },
          { status: 201 },
        );
      }),
    );
    const { user } = renderConsole('/console/jc/meetings/3/minutes/new', office, page);
    await user.type(await screen.findByRole('textbox', { name: '会议概况' }), '会议研究了培训补贴。');
    await user.type(screen.getByRole('textbox', { name: '事项' }), '落实托育从业人员培训补贴');
    await user.type(screen.getByRole('textbox', { name: '具体内容' }), '市人社局牵头，市财政局配合。');
    await user.type(screen.getByRole('textbox', { name: '预期成果' }), '培训补贴实施方案');
    await pick(user, '牵头单位', '市人社局');
    await pick(user, '配合单位', '市财政局');
    const due = screen.getByRole('textbox', { name: '完成时限' });
    await user.click(due);
    await user.type(due, '2026-06-30');
    // Enter would submit the form; leaving the field keeps the typed date.
    await user.click(screen.getByText('重大事项报市政府审定'));
    await user.click(screen.getByRole('button', { name: /印发纪要/ }));
    expect(await screen.findByText('已印发：巴托育联纪〔2026〕2号')).toBeTruthy();
    expect(bodies).toEqual([
      {
        summary: '会议研究了培训补贴。',
        matters: [
          {
            title: '落实托育从业人员培训补贴',
            detail: '市人社局牵头，市财政局配合。',
            tasks: [
              { leadUnit: 'hrss', coUnits: ['finance'], dueOn: '2026-06-30', output: '培训补贴实施方案' },
            ],
          },
        ],
        reportToCityGovernment: true,
      },
    ]);
  });

  it('sends nothing while a required field is empty, and a second matter is its own entry', async () => {
    let sent = 0;
    server.use(
      http.get('/api/units', () => HttpResponse.json(units)),
      http.post('/api/jc/meetings/3/minutes', () => {
        sent += 1;
        return HttpResponse.json({}, { status: 201 });
      }),
    );
    const { user } = renderConsole('/console/jc/meetings/3/minutes/new', office, page);
    await user.click(await screen.findByRole('button', { name: /增加议定事项/ }));
    expect(screen.getByText('议定事项 2')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /印发纪要/ }));
    expect(await screen.findByText('请填写会议概况')).toBeTruthy();
    expect(screen.getAllByText('请填写事项')).toHaveLength(2);
    const second = screen.getByText('议定事项 2').closest('.ant-card') as HTMLElement;
    expect(within(second).getByRole('textbox', { name: '事项' })).toBeTruthy();
    await waitFor(() => expect(sent).toBe(0));
  });
});
