import { DownloadOutlined } from '@ant-design/icons';
import { CITY_REGULATORS, type ComplaintItem, isOneOf } from '@tuoyu/contracts';
import { COMPLAINT_CATEGORIES, COMPLAINT_STATUSES } from '@tuoyu/domain';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Grid,
  Pagination,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../shared/i18n';
import { useMe } from '../auth/session';
import { ErrorResult } from '../common/ErrorResult';
import { formatDateTimeShort } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { ProviderFilterTag, providerIdParam } from '../common/ProviderFilterTag';
import { DEFAULT_PAGE_SIZE, positiveInt } from '../common/paging';
import { catKey, outcomeKey, STATUS_COLOR, statusKey } from './labels';
import { complaintsExportHref, useComplaints } from './queries';

const nowrap = { onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) };

/**
 * 投诉举报 (regulators): the cases in scope with their deadlines, overdue and escalated tags,
 * filters kept in the URL, Excel export of the filtered list; a row opens the case.
 */
export function ComplaintsPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = {
    providerId: providerIdParam(params),
    status: COMPLAINT_STATUSES.find((s) => s === params.get('status')),
    category: COMPLAINT_CATEGORIES.find((c) => c === params.get('category')),
    overdue: params.get('overdue') === '1',
    escalated: params.get('escalated') === '1',
  };
  const page = positiveInt(params.get('page'), 1);
  const pageSize = positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, 100);
  const list = useComplaints({ ...filters, page, pageSize });
  const phone = Grid.useBreakpoint().sm === false;
  // A county regulator's cases are all in the county: the column only matters to the city.
  const manyCounties = isOneOf(useMe().role, CITY_REGULATORS);
  const goPage = (p: number, size: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    next.set('pageSize', String(size));
    setParams(next);
  };
  const tags = (r: ComplaintItem) => (
    <Space size={4} wrap>
      <Tag color={STATUS_COLOR[r.status]}>{t(statusKey(r.status))}</Tag>
      {r.overdue && <Tag color="red">{t('common.overdue')}</Tag>}
      {r.escalatedAt && <Tag color="volcano">{t('cmp.tag.escalated')}</Tag>}
      {r.onBehalfOfCommittee && <Tag color="purple">{t('cmp.tag.committee')}</Tag>}
    </Space>
  );
  const due = (r: ComplaintItem) =>
    r.status === 'answered' ? (
      <Typography.Text type="secondary">{r.outcome ? t(outcomeKey(r.outcome)) : ''}</Typography.Text>
    ) : (
      <Typography.Text type={r.overdue ? 'danger' : undefined}>
        {r.status === 'received'
          ? t('cmp.due.ack', { date: r.acknowledgeBy })
          : t('cmp.due.answer', { date: r.answerBy })}
      </Typography.Text>
    );

  const set = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    setParams(next);
  };

  return (
    <>
      <PageHeader
        title={t('cmp.nav.complaints')}
        extra={
          <Button icon={<DownloadOutlined aria-hidden />} href={complaintsExportHref(filters)}>
            {t('common.exportExcel')}
          </Button>
        }
      />
      <Alert className="console-block" type="info" showIcon title={t('cmp.lead')} />
      <Card>
        <Flex gap={8} wrap align="center" className="console-block">
          {filters.providerId && (
            <ProviderFilterTag
              name={list.data?.items[0]?.providerName ?? undefined}
              onClear={() => set('providerId', undefined)}
            />
          )}
          <Select
            aria-label={t('common.status')}
            style={{ minWidth: 140 }}
            value={filters.status ?? ''}
            onChange={(v) => set('status', v || undefined)}
            options={[
              { value: '', label: t('common.allStatuses') },
              ...COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) })),
            ]}
          />
          <Select
            aria-label={t('common.category')}
            style={{ minWidth: 170 }}
            value={filters.category ?? ''}
            onChange={(v) => set('category', v || undefined)}
            options={[
              { value: '', label: t('cmp.filter.allCategories') },
              ...COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: t(catKey(c)) })),
            ]}
          />
          <Checkbox
            checked={filters.overdue}
            onChange={(e) => set('overdue', e.target.checked ? '1' : undefined)}
          >
            {t('cmp.filter.overdue')}
          </Checkbox>
          <Checkbox
            checked={filters.escalated}
            onChange={(e) => set('escalated', e.target.checked ? '1' : undefined)}
          >
            {t('cmp.filter.escalated')}
          </Checkbox>
        </Flex>
        {list.isError && !list.data ? (
          <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
        ) : phone ? (
          !list.data ? (
            <Skeleton active />
          ) : list.data.items.length === 0 ? (
            <Empty description={t('cmp.empty')} />
          ) : (
            <Flex vertical gap={12}>
              {list.data.items.map((r) => (
                <Link key={r.id} to={`/console/complaints/${r.id}`} style={{ display: 'block' }}>
                  <Card size="small" hoverable>
                    <Flex justify="space-between" gap={8} wrap>
                      <Typography.Text strong>{r.providerName ?? t('cmp.unknownProvider')}</Typography.Text>
                      <Typography.Text type="secondary">{t(catKey(r.category))}</Typography.Text>
                    </Flex>
                    <div style={{ margin: '6px 0' }}>{tags(r)}</div>
                    <Flex justify="space-between" gap={8} wrap>
                      <Typography.Text type="secondary">
                        {r.trackingCode} · {formatDateTimeShort(r.receivedAt)}
                      </Typography.Text>
                      {due(r)}
                    </Flex>
                  </Card>
                </Link>
              ))}
              <Pagination
                simple
                align="center"
                current={page}
                pageSize={pageSize}
                total={list.data.total}
                hideOnSinglePage
                onChange={goPage}
              />
            </Flex>
          )
        ) : (
          <Table<ComplaintItem>
            rowKey="id"
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('cmp.empty') }}
            onRow={(r) => ({
              onClick: () => void navigate(`/console/complaints/${r.id}`),
              style: { cursor: 'pointer' },
            })}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              onChange: goPage,
            }}
            columns={[
              {
                key: 'code',
                title: t('common.trackingCode'),
                render: (_, r) => (
                  <Link to={`/console/complaints/${r.id}`} onClick={(e) => e.stopPropagation()}>
                    {r.trackingCode}
                  </Link>
                ),
                ...nowrap,
              },
              {
                key: 'received',
                title: t('cmp.col.received'),
                render: (_, r) => formatDateTimeShort(r.receivedAt),
                ...nowrap,
              },
              {
                key: 'provider',
                title: t('common.providerComplainedOf'),
                width: 240,
                render: (_, r) => r.providerName ?? t('cmp.unknownProvider'),
              },
              ...(manyCounties
                ? [
                    {
                      key: 'county',
                      title: t('common.complaintCounty'),
                      dataIndex: 'divisionName',
                      ...nowrap,
                    },
                  ]
                : []),
              {
                key: 'category',
                title: t('common.category'),
                render: (_, r) => t(catKey(r.category)),
                ...nowrap,
              },
              {
                key: 'status',
                title: t('common.status'),
                render: (_, r) => tags(r),
                ...nowrap,
              },
              {
                key: 'due',
                title: t('cmp.col.due'),
                render: (_, r) => (r.status === 'answered' ? formatDateTimeShort(r.answeredAt) : due(r)),
                ...nowrap,
              },
              {
                key: 'handler',
                title: t('cmp.col.handler'),
                render: (_, r) => r.assignedUserName ?? r.townshipName ?? t('common.none'),
                ...nowrap,
              },
              {
                key: 'outcome',
                title: t('cmp.col.outcome'),
                render: (_, r) => (r.outcome ? t(outcomeKey(r.outcome)) : t('common.none')),
                ...nowrap,
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
