import { screen, within } from '@testing-library/react';
import type { PublicBlacklisting, PublicInspectionList, PublicProviderDetail } from '@tuoyu/contracts';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { providerDetail } from '../../testing/publicApi';
import { renderPublic } from '../../testing/render';
import { server } from '../../testing/server';
import { ProviderPage } from './ProviderPage';

const sunshine = providerDetail(7, '阳光托育园', { inclusive: true });

const inspections: PublicInspectionList = {
  items: [
    {
      id: 3,
      inspectedOn: '2025-06-10',
      kind: 'random',
      checklistName: '托育机构综合检查表',
      result: 'rectify',
      publishedAt: '2025-06-11T02:00:00.000Z',
      closedAt: null,
      units: ['临河区卫健委'],
      findings: [
        {
          itemText: '消防通道保持畅通',
          category: 'fire',
          deadline: '2025-07-10',
          status: 'open',
          rectifiedAt: null,
          verifiedAt: null,
        },
        {
          itemText: '玩具定期清洗消毒',
          category: 'health',
          deadline: '2999-12-31',
          status: 'open',
          rectifiedAt: null,
          verifiedAt: null,
        },
      ],
    },
  ],
};

/** The disclosure of `provider` and the sections around it, for a visitor who is not logged in. */
function disclose(provider: PublicProviderDetail, blacklisting: PublicBlacklisting = { entry: null }) {
  server.use(
    http.get('/api/public/providers/:id', ({ params }) =>
      params.id === String(provider.id)
        ? HttpResponse.json(provider)
        : HttpResponse.json(
            { type: 'about:blank', title: '未找到', status: 404, code: 'not_found', detail: '未找到' },
            { status: 404 },
          ),
    ),
    http.get('/api/public/providers/:id/inspections', () => HttpResponse.json(inspections)),
    http.get('/api/public/blacklist/providers/:id', () => HttpResponse.json(blacklisting)),
    http.get('/api/auth/session', () => HttpResponse.json({ user: null })),
  );
}

const page = { path: 'providers/:id', Component: ProviderPage };

describe('机构公示 (a provider’s public page)', () => {
  it('shows the filing, places, fees, classes and published inspections', async () => {
    disclose(sunshine);
    renderPublic('/providers/7', page);

    expect(await screen.findByRole('heading', { level: 1, name: '阳光托育园' })).toBeTruthy();
    expect(screen.getByText(/备案号 蒙托备150802-2025-0007/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /核验/ }).getAttribute('href')).toBe(
      `/verify/${encodeURIComponent(sunshine.filingNumber)}`,
    );
    expect(screen.getByText('共 60 个托位')).toBeTruthy();
    expect(screen.getByRole('link', { name: /打电话 0478-1234567/ }).getAttribute('href')).toBe(
      'tel:04781234567',
    );

    const classes = screen.getByRole('region', { name: '班级和托位' });
    expect(within(classes).getByText('小一班', { exact: false })).toBeTruthy();
    expect(within(classes).getByText('20 个托位')).toBeTruthy();
    const fees = screen.getByRole('region', { name: '收费项目' });
    expect(within(fees).getByText('保育费')).toBeTruthy();
    expect(within(fees).getByText('¥1,800.00/月')).toBeTruthy();

    const checks = await screen.findByRole('region', { name: '监督检查结果' });
    expect(await within(checks).findByText('限期整改')).toBeTruthy();
    expect(within(checks).getByText('消防通道保持畅通')).toBeTruthy();
    // Past its deadline and not reported fixed, a finding reads 逾期未整改; before it, 整改中.
    expect(within(checks).getByText('逾期未整改')).toBeTruthy();
    expect(within(checks).getByText('整改中')).toBeTruthy();
    expect(screen.queryByText(/即将上线/)).toBeNull();

    // Not logged in: applying asks for a parent's login first, coming back here.
    const apply = await screen.findByRole('region', { name: '申请入托' });
    expect(
      within(apply)
        .getByRole('link', { name: /登录后申请/ })
        .getAttribute('href'),
    ).toBe('/login?next=%2Fproviders%2F7');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a blacklisted provider’s decision and takes no applications', async () => {
    disclose(
      { ...sunshine, blacklisted: true },
      {
        entry: {
          decision: '列入托育机构黑名单',
          legalBasis: '《托育机构管理规范》第三十条',
          decidedOn: '2025-05-20',
          decidingUnit: '巴彦淖尔市卫生健康委员会',
          documentNumber: '巴卫健罚〔2025〕3号',
        },
      },
    );
    renderPublic('/providers/7', page);

    const banner = await screen.findByRole('alert');
    expect(within(banner).getByRole('heading', { name: /该机构已被列入黑名单/ })).toBeTruthy();
    expect(within(banner).getByText('列入托育机构黑名单')).toBeTruthy();
    expect(within(banner).getByText('《托育机构管理规范》第三十条')).toBeTruthy();
    expect(screen.queryByRole('region', { name: '申请入托' })).toBeNull();
    // Nothing above the banner vouches for it.
    expect(screen.queryByText(/✓ 已备案/)).toBeNull();
    expect(screen.queryByText('普惠')).toBeNull();
  });

  it('says the provider is not found for an unknown id', async () => {
    disclose(sunshine);
    renderPublic('/providers/99', page);

    expect(await screen.findByRole('heading', { name: '没有找到这家机构' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '找托育' }).getAttribute('href')).toBe('/find');
  });
});
