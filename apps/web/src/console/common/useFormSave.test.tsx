import { screen, within } from '@testing-library/react';
import type { CareClass } from '@tuoyu/contracts';
import { HttpResponse, http } from 'msw';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { buildMe } from '../../testing/fixtures';
import { renderConsole } from '../../testing/renderConsole';
import { server } from '../../testing/server';
import { EnrolDrawer } from '../children/EnrolDrawer';

const manager = buildMe({ role: 'provider_manager', providerId: 5, divisionCode: '150802001' });
const classes: CareClass[] = [
  { id: 11, type: 'toddler_young', name: '小一班', capacity: 20, room: null, enrolled: 2 },
];

/** The children page's 入托登记 drawer, open, closing when it is done. */
function EnrolHarness() {
  const [open, setOpen] = useState(true);
  return open ? (
    <EnrolDrawer open classes={classes} defaultClassId={11} onClose={() => setOpen(false)} />
  ) : (
    <p>抽屉已关闭</p>
  );
}

const page = { path: 'operations/children', Component: EnrolHarness };

function problem(status: number, code: string, detail: string, errors?: { path: string; message: string }[]) {
  return HttpResponse.json(
    { type: 'about:blank', title: detail, status, code, detail, ...(errors ? { errors } : {}) },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** The form item (label, input, its messages) a control belongs to. */
const itemOf = (control: HTMLElement) => control.closest<HTMLElement>('.ant-form-item') ?? control;

/** Fills the drawer as a person pasting the values in (typing each key is slow on a busy machine), then 保存. */
async function fillAndSave(user: ReturnType<typeof renderConsole>['user']) {
  const fill = async (label: string, value: string) => {
    await user.click(screen.getByLabelText(label));
    await user.paste(value);
  };
  await screen.findByLabelText('幼儿姓名');
  await fill('幼儿姓名', '王小花');
  await fill('身份证号', '11010519491231002X');
  await fill('监护人姓名', '王芳');
  await fill('关系', '母亲');
  await fill('手机号', '13800138000');
  await user.click(screen.getByRole('button', { name: /保\s*存/ }));
}

// Five Ant Design fields filled and a drawer re-rendered per step: slow on a shared 2-core machine.
describe('useFormSave (入托登记 drawer)', { timeout: 60_000 }, () => {
  it('puts a 400’s field errors on their fields, a nested path on its guardian, the rest in the banner', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post('/api/children', async ({ request }) => {
        bodies.push(await request.json());
        return problem(400, 'validation', '请求参数有误', [
          { path: 'body.residentId', message: '身份证号已被登记' },
          { path: 'guardians.0.mobile', message: '该手机号不是有效的手机号码' },
          { path: 'body.nickname', message: '不认识的字段 nickname' },
        ]);
      }),
    );
    const { user } = renderConsole('/console/operations/children', manager, page);
    await fillAndSave(user);

    expect(await screen.findByText('身份证号已被登记')).toBeTruthy();
    expect(within(itemOf(screen.getByLabelText('身份证号'))).getByText('身份证号已被登记')).toBeTruthy();
    expect(
      within(itemOf(screen.getByLabelText('手机号'))).getByText('该手机号不是有效的手机号码'),
    ).toBeTruthy();
    // What matches no field is not lost: the banner says it, after the server's detail.
    expect(screen.getByRole('alert').textContent).toBe('请求参数有误 不认识的字段 nickname');
    // What was typed stays, so the person corrects only the marked fields.
    expect((screen.getByLabelText('手机号') as HTMLInputElement).value).toBe('13800138000');
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({
      name: '王小花',
      residentId: '11010519491231002X',
      guardians: [{ name: '王芳', relation: '母亲', mobile: '13800138000' }],
      classId: 11,
    });
  });

  it('places a 422’s field error on its field and shows no banner when nothing is left over', async () => {
    server.use(
      http.post('/api/children', () =>
        problem(422, 'children.class_full', '班级已满', [{ path: 'classId', message: '小一班已满 20 人' }]),
      ),
    );
    const { user } = renderConsole('/console/operations/children', manager, page);
    await fillAndSave(user);

    const message = await screen.findByText('小一班已满 20 人');
    expect(itemOf(message).textContent).toContain('班级');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a 422 without field errors in the banner, and clears it when the retry succeeds', async () => {
    let answer = () => problem(422, 'children.duplicate', '该幼儿已在本机构在托');
    server.use(http.post('/api/children', () => answer()));
    const { user } = renderConsole('/console/operations/children', manager, page);
    await fillAndSave(user);

    expect((await screen.findByRole('alert')).textContent).toBe('该幼儿已在本机构在托');

    answer = () => HttpResponse.json({ id: 301, duplicateFlag: false }, { status: 201 });
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByText('已为“王小花”办理入托登记')).toBeTruthy();
    expect(await screen.findByText('抽屉已关闭')).toBeTruthy();
  });
});
