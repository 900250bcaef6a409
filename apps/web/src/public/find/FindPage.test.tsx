import { screen, within } from '@testing-library/react';
import type { PublicProviderItem, PublicProviderList } from '@tuoyu/contracts';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { providerItem, publicBasics } from '../../testing/publicApi';
import { renderPublic } from '../../testing/render';
import { server } from '../../testing/server';
import { FindPage } from './FindPage';

const sunshine = providerItem(1, '阳光托育园', { inclusive: true });
const rainbow = providerItem(2, '彩虹宝贝托育中心', { vacancies: 0, minMonthlyFeeFen: null });

/** The directory, filtering as the server does for the filters these tests use; records each query. */
function directory(providers: PublicProviderItem[]) {
  const queries: URLSearchParams[] = [];
  server.use(
    ...publicBasics,
    http.get('/api/public/providers', ({ request }) => {
      const query = new URL(request.url).searchParams;
      queries.push(query);
      const q = query.get('q') ?? '';
      const items = providers.filter(
        (p) => (query.get('inclusive') !== 'true' || p.inclusive) && p.name.includes(q),
      );
      return HttpResponse.json<PublicProviderList>({ items, total: items.length, page: 1, pageSize: 10 });
    }),
  );
  return queries;
}

const results = () => screen.getByRole('region', { name: /查找结果|找到/ });

/** The result card of the provider called `name`. */
function card(name: string) {
  const item = screen.getByRole('link', { name }).closest('li');
  if (!item) throw new Error(`no card for ${name}`);
  return within(item);
}

describe('找托育 (find care)', () => {
  beforeEach(() => {
    directory([sunshine, rainbow]);
  });

  it('lists the providers with the facts a parent compares', async () => {
    renderPublic('/find', { path: 'find', Component: FindPage });

    expect(await screen.findByRole('heading', { name: '找到 2 家托育机构' })).toBeTruthy();
    const names = within(results()).getAllByRole('heading', { level: 3 });
    expect(names.map((name) => name.textContent)).toEqual(['阳光托育园', '彩虹宝贝托育中心']);
    expect(screen.getByRole('link', { name: '阳光托育园' }).getAttribute('href')).toBe('/providers/1');
    const first = card('阳光托育园');
    expect(first.getByText('普惠')).toBeTruthy();
    expect(first.getByText('空位 12 / 托位 60')).toBeTruthy();
    expect(first.getByText('¥1,800.00/月起')).toBeTruthy();
    const second = card('彩虹宝贝托育中心');
    expect(second.getByText('暂无空位（托位 60）')).toBeTruthy();
    expect(second.getByText('收费见详情')).toBeTruthy();
  });

  it('narrows the results with a filter and keeps it in the address', async () => {
    const queries = directory([sunshine, rainbow]);
    const { user, router } = renderPublic('/find', { path: 'find', Component: FindPage });
    await screen.findByRole('heading', { name: '找到 2 家托育机构' });

    await user.click(screen.getByRole('checkbox', { name: '只看普惠' }));

    expect(await screen.findByRole('heading', { name: '找到 1 家托育机构' })).toBeTruthy();
    expect(within(results()).queryByRole('link', { name: '彩虹宝贝托育中心' })).toBeNull();
    expect(queries.at(-1)?.get('inclusive')).toBe('true');
    expect(router.state.location.search).toBe('?inclusive=true');
  });

  it('searches by name and offers to clear the conditions when nothing matches', async () => {
    const { user } = renderPublic('/find?inclusive=true', { path: 'find', Component: FindPage });
    await screen.findByRole('heading', { name: '找到 1 家托育机构' });

    await user.type(screen.getByRole('searchbox', { name: '搜索机构名称或地址' }), '彩虹');
    await user.click(screen.getByRole('button', { name: '搜索' }));

    expect(await screen.findByText('没有找到符合条件的托育机构，试试放宽条件。')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '清除所有条件' }));
    expect(await screen.findByRole('heading', { name: '找到 2 家托育机构' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '只看普惠' })).toHaveProperty('checked', false);
  });

  it('says so when the search cannot be answered, with the server’s reason and a retry', async () => {
    server.use(
      http.get('/api/public/providers', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: '服务暂不可用',
            status: 503,
            code: 'unavailable',
            detail: '系统维护中',
          },
          { status: 503 },
        ),
      ),
    );
    renderPublic('/find', { path: 'find', Component: FindPage });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('暂时无法查询，请稍后再试。')).toBeTruthy();
    expect(within(alert).getByText('系统维护中')).toBeTruthy();
    expect(within(alert).getByRole('button', { name: '重试' })).toBeTruthy();
  });
});
