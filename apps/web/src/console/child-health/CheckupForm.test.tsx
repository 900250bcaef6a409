import { screen, waitFor } from '@testing-library/react';
import type { CheckupRecorded, ScheduleItem } from '@tuoyu/contracts';
import { HttpResponse, http } from 'msw';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { buildMe } from '../../testing/fixtures';
import { renderConsole } from '../../testing/renderConsole';
import { server } from '../../testing/server';
import { CheckupForm } from './CheckupForm';

const worker = buildMe({ role: 'health_worker', divisionCode: '150802004', divisionName: '解放街道' });

const schedule: ScheduleItem[] = [
  {
    ageMonths: 3,
    dueOn: '2026-03-01',
    dueFrom: '2026-01-30',
    dueTo: '2026-03-31',
    status: 'done',
    checkupId: 1,
    counted: true,
  },
  {
    ageMonths: 6,
    dueOn: '2026-06-01',
    dueFrom: '2026-05-02',
    dueTo: '2026-07-01',
    status: 'due',
    checkupId: null,
    counted: true,
  },
];
const child = { id: 7, birthDate: '2025-12-01', schedule };

/** The form as the check-up page shows it; what the server answered appears below when saved. */
function Harness() {
  const [saved, setSaved] = useState<CheckupRecorded | null>(null);
  return saved ? (
    <p>已保存：{saved.onTime ? '按时' : '不按时'}</p>
  ) : (
    <CheckupForm child={child} onSaved={setSaved} />
  );
}

const page = { path: 'child-health/:id/checkup', Component: Harness };
const url = '/console/child-health/7/checkup';

const visible = (name: string) => screen.queryByRole('spinbutton', { name });
const next = () => screen.getByRole('button', { name: /下一步/ });

describe('CheckupForm (a home visit on a phone, step by step)', { timeout: 60_000 }, () => {
  it('starts on the due age and moves on only when the step’s fields are valid', async () => {
    const { user } = renderConsole(url, worker, page);
    // Step 1: the schedule's open age (6 months) is chosen already; today is the date.
    expect(await screen.findByText('6月龄')).toBeTruthy();
    expect(visible('体重')).toBeNull();
    await user.click(next());
    // Step 2: nothing typed — the required measurements stop the form here.
    expect(visible('体重')).toBeTruthy();
    await user.click(next());
    expect(await screen.findByText('请填写体重')).toBeTruthy();
    expect(screen.getByText('请填写身长（身高）')).toBeTruthy();
    expect(visible('体重')).toBeTruthy();
    // An implausible value is refused before it is sent.
    await user.type(screen.getByRole('spinbutton', { name: '体重' }), '70');
    await user.type(screen.getByRole('spinbutton', { name: '身长（身高）' }), '66');
    await user.click(next());
    expect(await screen.findByText('体重应在 0.5 至 40 之间')).toBeTruthy();
    expect(visible('体重')).toBeTruthy();
    await user.clear(screen.getByRole('spinbutton', { name: '体重' }));
    await user.type(screen.getByRole('spinbutton', { name: '体重' }), '7.2');
    await user.click(next());
    // Step 3: findings are optional.
    await waitFor(() => expect(visible('体重')).toBeNull());
    expect(screen.getByRole('textbox', { name: '指导意见' })).toBeTruthy();
    await user.click(next());
    // Step 4: the review shows what will be sent.
    expect(await screen.findByText('7.2 千克')).toBeTruthy();
    expect(screen.getByText('66 厘米')).toBeTruthy();
  });

  it('puts a 422 on its field and goes back to that step; a good answer reaches the page', async () => {
    const bodies: unknown[] = [];
    let refuse = true;
    server.use(
      http.post('/api/child-health/children/7/checkups', async ({ request }) => {
        bodies.push(await request.json());
        if (refuse) {
          refuse = false;
          return HttpResponse.json(
            {
              type: 'about:blank',
              title: '数据不合理',
              status: 422,
              code: 'validation',
              detail: '数据不合理',
              errors: [{ path: 'weightKg', message: '体重与月龄明显不符，请核对' }],
            },
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          );
        }
        return HttpResponse.json(
          {
            id: 31,
            onTime: true,
            zScores: { weightForAge: 0.1, lengthForAge: 0.2, weightForLength: 0, headForAge: null },
            flags: [],
          },
          { status: 201 },
        );
      }),
    );
    const { user } = renderConsole(url, worker, page);
    await screen.findByText('6月龄');
    await user.click(next());
    await user.type(screen.getByRole('spinbutton', { name: '体重' }), '3.1');
    await user.type(screen.getByRole('spinbutton', { name: '身长（身高）' }), '66');
    await user.click(next());
    await user.click(next());
    await user.click(await screen.findByRole('button', { name: /保\s*存/ }));
    // Back on step 2, the server's words under the weight, what was typed kept.
    expect(await screen.findByText('体重与月龄明显不符，请核对')).toBeTruthy();
    expect(visible('体重')).toBeTruthy();
    expect((screen.getByRole('spinbutton', { name: '身长（身高）' }) as HTMLInputElement).value).toBe('66.0');
    expect(bodies[0]).toMatchObject({ kind: 'scheduled', ageMonths: 6, weightKg: 3.1, lengthCm: 66 });
    await user.clear(screen.getByRole('spinbutton', { name: '体重' }));
    await user.type(screen.getByRole('spinbutton', { name: '体重' }), '7.4');
    await user.click(next());
    await user.click(next());
    await user.click(await screen.findByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('已保存：按时')).toBeTruthy();
    expect(bodies[1]).toMatchObject({ weightKg: 7.4 });
  });
});
