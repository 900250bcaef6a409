import { DownloadOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import type { InspectionListItem } from '@tuoyu/contracts';
import { Alert, Button, Card, Checkbox, Flex, Grid, List, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { toQueryString } from '../../shared/api';
import { type MessageKey, useT } from '../../shared/i18n';
import { useMe } from '../auth/session';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { ProviderFilterTag, providerIdParam } from '../common/ProviderFilterTag';
import { DEFAULT_PAGE_SIZE, pagingForUrl, positiveInt } from '../common/paging';
import { ResultTag, StatusTag } from './labels';
import { NewInspectionDrawer } from './NewInspectionDrawer';
import { exportHref, type InspectionFilters, useInspectionList } from './queries';
import './inspections.css';

const STATUSES = ['assigned', 'submitted', 'closed'] as const;
const KINDS = ['random', 'complaint', 'campaign', 'follow_up'] as const;
const nowrap = {
  onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
  onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
};

function readFilters(p: URLSearchParams): InspectionFilters {
  return {
    providerId: providerIdParam(p),
    status: STATUSES.find((s) => s === p.get('status')),
    kind: KINDS.find((k) => k === p.get('kind')),
    overdue: p.get('overdue') === 'true' ? 'true' : undefined,
    page: positiveInt(p.get('page'), 1),
    pageSize: positiveInt(p.get('pageSize'), DEFAULT_PAGE_SIZE, 100),
  };
}

/** The flags of a row: overdue work, a result published after its due date. */
function Flags({ item }: { item: InspectionListItem }) {
  const t = useT();
  return (
    <>
      {item.overdue && <Tag color="error">{t('insp.tag.overdue')}</Tag>}
      {item.publishedLate && <Tag color="volcano">{t('insp.tag.late')}</Tag>}
    </>
  );
}

/**
 * 检查任务 (SPEC C5): an inspector's own tasks (a card list on a phone), or everything in a
 * regulator's scope with filters and the Excel export.
 */
export function InspectionsPage() {
  const t = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const list = useInspectionList(filters);
  const phone = Grid.useBreakpoint().md === false;
  const inspector = me.role === 'department_officer';
  const mayCreate = me.role === 'county_regulator' || me.role === 'city_regulator';
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();

  const apply = (next: Partial<InspectionFilters>) => {
    const f = { ...filters, page: 1, ...next };
    setParams(
      new URLSearchParams(
        toQueryString({
          providerId: f.providerId,
          status: f.status,
          kind: f.kind,
          overdue: f.overdue,
          ...pagingForUrl(f.page, f.pageSize),
        }),
      ),
    );
  };
  const { page: _p, pageSize: _s, ...exportFilters } = filters;
  const actionLabel = (i: InspectionListItem) =>
    i.status === 'assigned' && inspector ? t('insp.list.open') : t('insp.list.view');
  const kindLabel = (k: string) => t(`insp.kind.${k}` as MessageKey);

  return (
    <>
      <PageHeader
        title={inspector ? t('insp.list.titleMine') : t('insp.nav.inspections')}
        extra={
          mayCreate && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('insp.new.title')}
            </Button>
          )
        }
      />
      <NewInspectionDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          void navigate(`/console/inspections/${id}`);
        }}
      />
      <Alert
        className="console-block"
        type="info"
        showIcon
        title={
          inspector
            ? t('insp.list.hintInspector')
            : t('insp.list.hintRegulator', { division: me.divisionName })
        }
      />
      <Card className="console-block">
        <Flex wrap gap={12} align="center">
          {filters.providerId && (
            <ProviderFilterTag
              name={list.data?.items[0]?.providerName}
              onClear={() => apply({ providerId: undefined })}
            />
          )}
          <Select
            aria-label={t('insp.list.status')}
            style={{ minWidth: 140 }}
            value={filters.status ?? ''}
            onChange={(v) => apply({ status: v || undefined })}
            options={[
              { value: '', label: t('insp.list.allStatuses') },
              ...STATUSES.map((s) => ({ value: s, label: t(`insp.status.${s}`) })),
            ]}
          />
          <Select
            aria-label={t('insp.list.kind')}
            style={{ minWidth: 140 }}
            value={filters.kind ?? ''}
            onChange={(v) => apply({ kind: v || undefined })}
            options={[
              { value: '', label: t('insp.list.allKinds') },
              ...KINDS.map((k) => ({ value: k, label: kindLabel(k) })),
            ]}
          />
          <Checkbox
            checked={!!filters.overdue}
            onChange={(e) => apply({ overdue: e.target.checked ? 'true' : undefined })}
          >
            {t('insp.list.overdueOnly')}
          </Checkbox>
        </Flex>
      </Card>
      <Card>
        {list.isError && !list.data ? (
          <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <Flex justify="space-between" align="center" className="console-table-toolbar">
              <Typography.Text>{t('common.total', { total: list.data?.total ?? 0 })}</Typography.Text>
              {!inspector && (
                <Button icon={<DownloadOutlined aria-hidden />} href={exportHref(exportFilters)}>
                  {t('common.exportExcel')}
                </Button>
              )}
            </Flex>
            {phone ? (
              <List
                loading={list.isFetching}
                dataSource={list.data?.items ?? []}
                locale={{ emptyText: t('insp.list.empty') }}
                pagination={
                  (list.data?.total ?? 0) > filters.pageSize
                    ? {
                        current: filters.page,
                        pageSize: filters.pageSize,
                        total: list.data?.total ?? 0,
                        onChange: (page) => apply({ page }),
                      }
                    : false
                }
                renderItem={(i) => (
                  <List.Item>
                    <Link className="insp-card-link" to={`/console/inspections/${i.id}`}>
                      <Flex justify="space-between" align="center" gap={8}>
                        <div>
                          <div className="insp-card-title">{i.providerName}</div>
                          <Typography.Text type="secondary">
                            {kindLabel(i.kind)} ·{' '}
                            {i.inspectedOn ?? t('insp.detail.dueBy', { date: i.dueBy ?? '' })}
                          </Typography.Text>
                          <div className="insp-card-tags">
                            <StatusTag status={i.status} />
                            <ResultTag result={i.result} />
                            <Flags item={i} />
                          </div>
                        </div>
                        <RightOutlined aria-hidden />
                      </Flex>
                    </Link>
                  </List.Item>
                )}
              />
            ) : (
              <Table<InspectionListItem>
                rowKey="id"
                loading={list.isFetching}
                dataSource={list.data?.items ?? []}
                locale={{ emptyText: t('insp.list.empty') }}
                pagination={{
                  current: filters.page,
                  pageSize: filters.pageSize,
                  total: list.data?.total ?? 0,
                  showSizeChanger: true,
                  onChange: (page, pageSize) => apply({ page, pageSize }),
                }}
                columns={[
                  {
                    title: t('insp.list.provider'),
                    dataIndex: 'providerName',
                    render: (name: string, i) => (
                      <Space direction="vertical" size={0}>
                        <span>{name}</span>
                        <Typography.Text type="secondary">{i.divisionName}</Typography.Text>
                      </Space>
                    ),
                  },
                  {
                    title: t('insp.list.kind'),
                    dataIndex: 'kind',
                    ...nowrap,
                    render: (k: string, i) => (
                      <Space direction="vertical" size={0}>
                        <span>{kindLabel(k)}</span>
                        <Typography.Text type="secondary" className="insp-cell-small">
                          {i.checklistName}
                        </Typography.Text>
                      </Space>
                    ),
                  },
                  {
                    title: t('insp.list.inspectors'),
                    dataIndex: 'inspectorNames',
                    render: (names: string[]) => names.join('、'),
                  },
                  {
                    title: t('insp.list.date'),
                    dataIndex: 'dueBy',
                    ...nowrap,
                    render: (d: string | null, i) => (
                      <Space direction="vertical" size={0}>
                        <span>{i.inspectedOn ?? d}</span>
                        <Typography.Text type="secondary" className="insp-cell-small">
                          {i.inspectedOn ? t('insp.list.inspected') : t('insp.list.dueBy')}
                        </Typography.Text>
                      </Space>
                    ),
                  },
                  {
                    title: t('insp.list.status'),
                    key: 'status',
                    render: (_, i) => (
                      <Flex wrap gap={4}>
                        <StatusTag status={i.status} />
                        <ResultTag result={i.result} />
                        <Flags item={i} />
                      </Flex>
                    ),
                  },
                  {
                    title: t('insp.list.findings'),
                    key: 'findings',
                    ...nowrap,
                    render: (_, i) =>
                      i.failedCount > 0 ? (
                        <Space direction="vertical" size={0}>
                          <span>{i.failedCount}</span>
                          {i.openCount > 0 && (
                            <Typography.Text type="danger">
                              {t('insp.list.openCount', { n: i.openCount })}
                            </Typography.Text>
                          )}
                          {i.rectifiedCount > 0 && (
                            <Typography.Text type="warning">
                              {t('insp.list.rectifiedCount', { n: i.rectifiedCount })}
                            </Typography.Text>
                          )}
                        </Space>
                      ) : (
                        '—'
                      ),
                  },
                  {
                    title: '',
                    key: 'action',
                    ...nowrap,
                    render: (_, i) => <Link to={`/console/inspections/${i.id}`}>{actionLabel(i)}</Link>,
                  },
                ]}
              />
            )}
          </>
        )}
      </Card>
    </>
  );
}
