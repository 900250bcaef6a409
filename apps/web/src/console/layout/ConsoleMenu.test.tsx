import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe } from '../../testing/fixtures';
import { renderConsole } from '../../testing/renderConsole';

// The menu and the guard are the layout's: the page inside may be anything that asks nothing.
const quietPage = { path: 'reference-stub', Component: () => <p>页面内容</p> };
const filingDetail = { path: 'filings/:id', Component: () => <p>备案详情内容</p> };

const manager = buildMe({ role: 'provider_manager', providerId: 5, divisionCode: '150802001' });
const countyRegulator = buildMe({ role: 'county_regulator' });

/** The texts of the side menu's links, as the person reads them. */
async function menuTexts(): Promise<string[]> {
  const menu = await screen.findByRole('menu', { name: '主菜单' });
  return within(menu)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('the console menu and page guard, per caller', { timeout: 60_000 }, () => {
  it('shows a county regulator the review queue and user management, not the audit log', async () => {
    renderConsole('/console/reference-stub', countyRegulator, quietPage);

    const texts = await menuTexts();
    expect(texts).toEqual(expect.arrayContaining(['工作台', '用户管理', '备案审核']));
    expect(texts).not.toContain('审计日志');
    expect(texts).not.toContain('签到与师幼比');
  });

  it('shows a provider’s manager its own staff accounts and the roll call, not the review queue', async () => {
    renderConsole('/console/reference-stub', manager, quietPage);

    const texts = await menuTexts();
    expect(texts).toEqual(expect.arrayContaining(['工作台', '本机构人员账号', '签到与师幼比']));
    expect(texts).not.toContain('备案审核');
    expect(texts).not.toContain('用户管理');
  });

  it('refuses a page the caller may not open, and lets one it may', async () => {
    const { unmount } = renderConsole('/console/filings/42', manager, filingDetail);
    expect(await screen.findByText('无权访问')).toBeTruthy();
    expect(screen.queryByText('备案详情内容')).toBeNull();
    unmount();

    renderConsole('/console/filings/42', countyRegulator, filingDetail);
    expect(await screen.findByText('备案详情内容')).toBeTruthy();
    expect(screen.queryByText('无权访问')).toBeNull();
  });
});
