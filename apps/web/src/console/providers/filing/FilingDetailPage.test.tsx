import { screen, within } from '@testing-library/react';
import type { Filing, FilingData } from '@tuoyu/contracts';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildMe } from '../../../testing/fixtures';
import { divisions } from '../../../testing/publicApi';
import { renderConsole } from '../../../testing/renderConsole';
import { server } from '../../../testing/server';
import { FilingDetailPage } from './FilingDetailPage';

const FILING_ID = 42;
const reviewer = buildMe({ role: 'county_regulator' });

const data: FilingData = {
  address: '新华街 8 号',
  townshipCode: '150802001',
  location: { lat: 40.75, lng: 107.39 },
  buildingAreaM2: 600,
  outdoorAreaM2: 200,
  floorMax: 2,
  openingHours: '周一至周五 7:30-18:00',
  serviceForms: ['full_day'],
  inclusive: false,
  mealsServed: true,
  cctvRetentionDays: 90,
  classes: [{ type: 'toddler_young', name: '小一班', capacity: 20, carers: 4 }],
  fees: [{ item: '保育费', serviceForm: 'full_day', unit: 'month', amountFen: 180_000 }],
  insurance: null,
  documents: [],
};

/** A filing waiting for the county's review: submitted, every standard check passed. */
const submitted: Filing = {
  id: FILING_ID,
  providerId: 7,
  provider: {
    id: 7,
    name: '临河区阳光托育园',
    creditCode: '52150802MJY123456X',
    kind: 'institution',
    legalForm: 'social_service',
    divisionCode: '150802',
    divisionName: '临河区',
    townshipCode: '150802001',
    townshipName: '车站街道',
    address: '新华街 8 号',
    serviceForms: ['full_day'],
    legalRepresentative: '刘建国',
    contactPhone: '0478-7654321',
    status: 'submitted',
    registeredByUnit: 'civil',
    registeredAt: '2025-02-01T02:00:00.000Z',
    managerUsername: 'yangguang.mgr',
  },
  status: 'submitted',
  data,
  filedData: null,
  version: 0,
  filingNumber: null,
  submittedAt: '2025-03-03T02:00:00.000Z',
  dueDate: '2025-03-17',
  remainingWorkingDays: 6,
  overdue: false,
  filedAt: null,
  exceptionReason: null,
  returnReason: null,
  checks: [{ id: 'area.indoor', ok: true, standard: '室内面积', message: '生均建筑面积达标' }],
  events: [
    {
      at: '2025-03-03T02:00:00.000Z',
      action: 'submit',
      fromStatus: 'draft',
      toStatus: 'submitted',
      actorUsername: 'yangguang.mgr',
      actorName: '王园长',
      reason: null,
    },
  ],
  files: [],
  actions: ['filings.review'],
};

const emptyList = { items: [], total: 0, page: 1, pageSize: 5 };

/** The filing as the server keeps it, changed by the review actions the page posts. */
function filingServer() {
  let filing = submitted;
  const posted: { action: string; body: unknown }[] = [];
  server.use(
    http.get(`/api/filings/${FILING_ID}`, () => HttpResponse.json(filing)),
    // The form names its township from the division list.
    http.get('/api/divisions', () => HttpResponse.json({ items: divisions })),
    // The provider's record beside the filing: nothing on file yet.
    http.get('/api/inspections', () => HttpResponse.json(emptyList)),
    http.get('/api/complaints', () => HttpResponse.json(emptyList)),
    http.get('/api/incidents', () => HttpResponse.json(emptyList)),
    http.get('/api/credit-records', () => HttpResponse.json(emptyList)),
    http.get('/api/risk', () => HttpResponse.json({ items: [] })),
    http.get('/api/blacklist', () => HttpResponse.json({ items: [] })),
    http.post(`/api/filings/${FILING_ID}/:action`, async ({ params, request }) => {
      const action = String(params.action);
      const body = await request.json();
      posted.push({ action, body });
      if (action === 'accept') {
        filing = { ...filing, status: 'filed', filingNumber: '蒙托备150802-2025-0042', filedData: data };
        return HttpResponse.json({ filingNumber: filing.filingNumber });
      }
      filing = { ...filing, status: 'returned', returnReason: (body as { reason: string }).reason };
      return HttpResponse.json({ ok: true });
    }),
  );
  return { posted };
}

const page = { path: 'filings/:id', Component: FilingDetailPage };
const url = `/console/filings/${FILING_ID}`;
const button = (name: RegExp) => screen.getByRole('button', { name });

describe('备案审核 (filing review)', { timeout: 60_000 }, () => {
  let store: ReturnType<typeof filingServer>;
  beforeEach(() => {
    store = filingServer();
  });

  it('shows the reviewer the filing, and accepts it with a filing number', async () => {
    const { user } = renderConsole(url, reviewer, page);

    expect(await screen.findByRole('heading', { name: '临河区阳光托育园' })).toBeTruthy();
    expect(screen.getAllByText('待审核').length).toBeGreaterThan(0);
    expect(screen.getByText('审核操作')).toBeTruthy();
    expect(screen.getByText('共 1 项，全部通过。')).toBeTruthy();

    await user.click(button(/^予以备案$/));
    const dialog = await screen.findByRole('dialog', { name: '予以备案：临河区阳光托育园' });
    expect(within(dialog).getByText(/标准检查均已通过/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: '予以备案' }));

    expect(await screen.findByText('已予以备案，备案编号 蒙托备150802-2025-0042')).toBeTruthy();
    expect(store.posted).toEqual([{ action: 'accept', body: {} }]);
    // The page reads the filing again: the number the server gave is on it.
    expect(await screen.findByText('蒙托备150802-2025-0042')).toBeTruthy();
  });

  it('returns the filing with the reviewer’s reason, which is required', async () => {
    const { user } = renderConsole(url, reviewer, page);
    await screen.findByRole('heading', { name: '临河区阳光托育园' });

    await user.click(button(/退回补正/));
    const dialog = await screen.findByRole('dialog', { name: '退回补正：临河区阳光托育园' });
    await user.click(within(dialog).getByRole('button', { name: '退回补正' }));
    expect(await within(dialog).findByText('请填写退回原因')).toBeTruthy();
    expect(store.posted).toEqual([]);

    await user.click(within(dialog).getByLabelText('退回原因'));
    await user.paste('  消防验收意见书缺失，请补充上传。 ');
    await user.click(within(dialog).getByRole('button', { name: '退回补正' }));

    expect(await screen.findByText('已退回机构补正')).toBeTruthy();
    expect(store.posted).toEqual([
      { action: 'return', body: { reason: '消防验收意见书缺失，请补充上传。' } },
    ]);
    expect(await screen.findByText('消防验收意见书缺失，请补充上传。')).toBeTruthy();
  });

  it('shows no review actions to a township officer, who may only read', async () => {
    renderConsole(url, buildMe({ role: 'township_officer', divisionCode: '150802001' }), page);

    expect(await screen.findByRole('heading', { name: '临河区阳光托育园' })).toBeTruthy();
    expect(screen.queryByText('审核操作')).toBeNull();
    expect(screen.queryByRole('button', { name: /予以备案/ })).toBeNull();
  });
});
