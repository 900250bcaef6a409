import { screen, within } from '@testing-library/react';
import type { CareClass, ChildList, Ratios, StaffMember } from '@tuoyu/contracts';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildMe } from '../../testing/fixtures';
import { renderConsole } from '../../testing/renderConsole';
import { server } from '../../testing/server';
import { RollCallPage } from './RollCallPage';

type ChildListItem = ChildList['items'][number];

const PROVIDER_ID = 5;
const manager = buildMe({ role: 'provider_manager', providerId: PROVIDER_ID, divisionCode: '150802001' });

const classes: CareClass[] = [
  { id: 11, type: 'toddler_young', name: '小一班', capacity: 20, room: null, enrolled: 2 },
  { id: 12, type: 'toddler_older', name: '大一班', capacity: 20, room: null, enrolled: 1 },
];

function child(id: number, name: string, classId: number): ChildListItem {
  const className = classes.find((c) => c.id === classId)?.name ?? '';
  return {
    id,
    name,
    residentId: '1508**********0012',
    birthDate: '2023-05-01',
    sex: 'female',
    classId,
    className,
    guardians: [],
    enrolledOn: '2025-01-06',
    leftOn: null,
    duplicateFlag: false,
  };
}

const children = [child(101, '王小花', 11), child(102, '李小明', 11), child(103, '张小虎', 12)];

const carer: StaffMember = {
  id: 201,
  name: '赵老师',
  residentId: '1508**********0021',
  role: 'carer',
  mobile: null,
  qualifications: [],
  healthExamDate: '2025-03-01',
  noCriminalRecordDate: '2025-03-01',
  hiredOn: '2024-09-01',
  leftOn: null,
  healthExamLapsed: false,
  alerts: [],
};
const cook: StaffMember = { ...carer, id: 202, name: '钱师傅', role: 'cook' };

/**
 * The provider's day as the server keeps it: who is in (王小花 already is), one carer for every
 * three children present, and a record of each check-in/out the page sends.
 */
function providerDay() {
  const present = new Map<string, number>([['child-101', 11]]);
  const posted: unknown[] = [];
  const ratioOf = (c: CareClass) => {
    const inClass = (subject: string) =>
      [...present].filter(([key, classId]) => key.startsWith(subject) && classId === c.id).length;
    const childrenPresent = inClass('child');
    const carersPresent = inClass('staff');
    const required = Math.ceil(childrenPresent / 3);
    const ok = carersPresent >= required;
    return {
      classId: c.id,
      name: c.name,
      type: c.type,
      childrenPresent,
      carersPresent,
      required,
      ok,
      breachSince: ok ? null : '2025-06-02T00:05:00.000Z',
    };
  };
  server.use(
    http.get('/api/classes', () => HttpResponse.json({ items: classes })),
    http.get('/api/staff', () => HttpResponse.json({ items: [carer, cook] })),
    http.get('/api/children', ({ request }) => {
      const classId = Number(new URL(request.url).searchParams.get('classId'));
      const items = children.filter((c) => c.classId === classId);
      return HttpResponse.json<ChildList>({ items, total: items.length, page: 1, pageSize: 100 });
    }),
    http.get('/api/attendance/present', () =>
      HttpResponse.json({
        items: [...present].map(([key, classId]) => {
          const [subject, id] = key.split('-');
          return { subject, id: Number(id), classId, since: '2025-06-02T00:00:00.000Z' };
        }),
      }),
    ),
    http.get(`/api/providers/${PROVIDER_ID}/ratios`, () =>
      HttpResponse.json<Ratios>({
        providerId: PROVIDER_ID,
        at: '2025-06-02T01:00:00.000Z',
        classes: classes.map(ratioOf),
      }),
    ),
    http.post('/api/attendance', async ({ request }) => {
      const body = (await request.json()) as { subject: string; id: number; classId: number; action: string };
      posted.push(body);
      const key = `${body.subject}-${body.id}`;
      if (body.action === 'in') present.set(key, body.classId);
      else present.delete(key);
      return HttpResponse.json({ ok: true }, { status: 201 });
    }),
  );
  return { present, posted };
}

const page = { path: 'operations/roll-call', Component: RollCallPage };
const tapButton = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}`) });

describe('签到与师幼比 (roll call)', () => {
  let day: ReturnType<typeof providerDay>;
  beforeEach(() => {
    day = providerDay();
  });

  it('starts from who is in and shows the live ratio of the first class', async () => {
    renderConsole('/console/operations/roll-call', manager, page);

    expect(await screen.findByRole('heading', { name: '签到与师幼比' })).toBeTruthy();
    expect((await screen.findByRole('radio', { name: /小一班/ })).getAttribute('aria-checked')).toBe('true');
    expect(await screen.findByRole('button', { name: /王小花/ })).toBeTruthy();
    expect(tapButton('王小花').getAttribute('aria-pressed')).toBe('true');
    expect(tapButton('王小花').textContent).toContain('在园');
    expect(tapButton('李小明').getAttribute('aria-pressed')).toBe('false');
    expect(tapButton('李小明').textContent).toContain('未到');
    // Only carers count towards the ratio: the cook is not on the list.
    expect(screen.getByRole('button', { name: /赵老师/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /钱师傅/ })).toBeNull();

    const ratio = await screen.findByText(/在园 1 名/);
    expect(ratio.closest('[role="status"]')?.textContent).toBe(
      '在园 1 名 · 保育人员 0 名 · 需 1 名师幼比不达标（自 08:05 起）',
    );
  });

  it('checks a carer in with one tap and the ratio follows the server', async () => {
    const { user } = renderConsole('/console/operations/roll-call', manager, page);
    await screen.findByText(/保育人员 0 名/);

    await user.click(await screen.findByRole('button', { name: /赵老师/ }));

    expect(day.posted).toEqual([{ subject: 'staff', id: 201, classId: 11, action: 'in' }]);
    expect(await screen.findByText('师幼比达标')).toBeTruthy();
    expect(screen.getByText(/保育人员 1 名/)).toBeTruthy();
    expect(tapButton('赵老师').getAttribute('aria-pressed')).toBe('true');
  });

  it('checks a child out with a second tap', async () => {
    const { user } = renderConsole('/console/operations/roll-call', manager, page);
    await screen.findByText(/在园 1 名/);

    await user.click(tapButton('王小花'));

    expect(day.posted).toEqual([{ subject: 'child', id: 101, classId: 11, action: 'out' }]);
    expect(await screen.findByText(/在园 0 名/)).toBeTruthy();
    expect(tapButton('王小花').getAttribute('aria-pressed')).toBe('false');
  });

  it('checks in every child of the picked class at once', async () => {
    const { user } = renderConsole('/console/operations/roll-call', manager, page);
    await screen.findByRole('button', { name: /王小花/ });

    await user.click(screen.getByRole('radio', { name: /大一班/ }));
    expect(await screen.findByRole('button', { name: /张小虎/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /王小花/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: '全部签到' }));

    expect(await screen.findByText(/在园 1 名 · 保育人员 0 名/)).toBeTruthy();
    expect(day.posted).toEqual([{ subject: 'child', id: 103, classId: 12, action: 'in' }]);
    expect(tapButton('张小虎').getAttribute('aria-pressed')).toBe('true');
  });

  it('lets the server’s state win when someone else already checked the child in', async () => {
    server.use(
      http.post('/api/attendance', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: '冲突',
            status: 409,
            code: 'attendance.already_in',
            detail: '该幼儿已签到',
          },
          { status: 409 },
        ),
      ),
    );
    const { user } = renderConsole('/console/operations/roll-call', manager, page);
    await screen.findByRole('button', { name: /李小明/ });

    await user.click(tapButton('李小明'));

    expect(await screen.findByText('该幼儿已签到')).toBeTruthy();
    expect(tapButton('李小明').getAttribute('aria-pressed')).toBe('true');
    expect(within(tapButton('李小明')).getByText('在园')).toBeTruthy();
  });
});
