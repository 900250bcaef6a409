import { screen, within } from '@testing-library/react';
import type { ComplaintTracking } from '@tuoyu/contracts';
import { formatTrackingCode, TRACKING_ALPHABET, trackingCodeFromBytes } from '@tuoyu/domain';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderPublic } from '../../testing/render';
import { server } from '../../testing/server';
import { TrackComplaintPage } from './TrackComplaintPage';

const code = trackingCodeFromBytes(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
const unknownCode = trackingCodeFromBytes(Uint8Array.from([11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]));
/** The same code with its first symbol mistyped: the check symbol no longer fits. */
const mistyped =
  (TRACKING_ALPHABET[(TRACKING_ALPHABET.indexOf(code[0] ?? '') + 1) % 32] ?? '') + code.slice(1);

const answered: ComplaintTracking = {
  status: 'answered',
  receivedAt: '2025-06-01T02:00:00.000Z',
  acknowledgedAt: '2025-06-02T01:30:00.000Z',
  answeredAt: '2025-06-10T08:15:00.000Z',
  outcome: 'substantiated',
  reply: '已责令机构整改并回访。',
};

/** The tracking endpoint knowing one case; returns the codes it was asked about. */
function tracking(known: ComplaintTracking) {
  const asked: string[] = [];
  server.use(
    http.get('/api/public/complaints/:code', ({ params }) => {
      asked.push(String(params.code));
      return params.code === formatTrackingCode(code)
        ? HttpResponse.json(known)
        : HttpResponse.json(
            { type: 'about:blank', title: '未找到', status: 404, code: 'not_found', detail: '未找到' },
            { status: 404 },
          );
    }),
  );
  return asked;
}

const page = { path: 'complaints/track', Component: TrackComplaintPage };
const steps = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((step) => step.textContent);

describe('投诉进度查询 (tracking a complaint by its code)', () => {
  it('takes the code as typed and shows the status, the timeline and the answer', async () => {
    tracking(answered);
    const { user, router } = renderPublic('/complaints/track', page);

    const input = screen.getByRole('textbox', { name: '查询码' });
    await user.type(input, code.toLowerCase());
    await user.click(screen.getByRole('button', { name: '查询' }));

    const result = await screen.findByRole('region', { name: /当前状态/ });
    expect(within(result).getByRole('heading').textContent).toBe('当前状态：已答复');
    expect(input).toHaveProperty('value', formatTrackingCode(code));
    expect(router.state.location.search).toBe(`?code=${formatTrackingCode(code)}`);
    // Beijing time, as the complainant lives it.
    expect(steps()).toEqual(['已收到2025-06-01 10:00', '已受理2025-06-02 09:30', '已答复2025-06-10 16:15']);
    expect(within(result).getByText('属实')).toBeTruthy();
    expect(within(result).getByText('已责令机构整改并回访。')).toBeTruthy();
  });

  it('shows a case still being looked into with the steps to come, from a link with the code', async () => {
    tracking({ ...answered, status: 'assigned', answeredAt: null, outcome: null, reply: null });
    renderPublic(`/complaints/track?code=${formatTrackingCode(code)}`, page);

    const result = await screen.findByRole('region', { name: /当前状态/ });
    expect(within(result).getByRole('heading').textContent).toBe('当前状态：核查中');
    expect(steps()).toEqual(['已收到2025-06-01 10:00', '已受理2025-06-02 09:30', '核查中', '已答复待处理']);
    expect(within(result).queryByText('核查结果')).toBeNull();
  });

  it('tells a mistyped code apart without asking the server', async () => {
    const asked = tracking(answered);
    const { user } = renderPublic('/complaints/track', page);

    await user.type(screen.getByRole('textbox', { name: '查询码' }), mistyped);
    await user.click(screen.getByRole('button', { name: '查询' }));

    expect((await screen.findByRole('alert')).textContent).toContain('查询码有误');
    expect(screen.getByRole('textbox', { name: '查询码' }).getAttribute('aria-invalid')).toBe('true');
    expect(asked).toEqual([]);
  });

  it('says when no complaint has that code', async () => {
    tracking(answered);
    const { user } = renderPublic('/complaints/track', page);

    await user.type(screen.getByRole('textbox', { name: '查询码' }), unknownCode);
    await user.click(screen.getByRole('button', { name: '查询' }));

    expect((await screen.findByRole('alert')).textContent).toBe('没有找到这个查询码对应的投诉。');
  });
});
