import { RightOutlined } from '@ant-design/icons';
import type { InspectionList as InspectionListData, InspectionListItem } from '@tuoyu/contracts';
import type { InspectionKind } from '@tuoyu/domain';
import { Flex, List, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { enumKey, useT } from '../../shared/i18n';
import { ResultTag, StatusTag } from './labels';
import type { InspectionFilters } from './queries';

const nowrap = {
  onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
  onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
};

/** The flags of a row: overdue work, a result published after its due date. */
function Flags({ item }: { item: InspectionListItem }) {
  const t = useT();
  return (
    <>
      {item.overdue && <Tag color="error">{t('common.overdue')}</Tag>}
      {item.publishedLate && <Tag color="volcano">{t('insp.tag.late')}</Tag>}
    </>
  );
}

interface Props {
  data: InspectionListData | undefined;
  loading: boolean;
  filters: InspectionFilters;
  apply: (next: Partial<InspectionFilters>) => void;
  /** An inspector's own tasks: an assigned one is offered to open (to record it), not to view. */
  inspector: boolean;
  /** A card list on a phone, a table otherwise. */
  phone: boolean;
}

/** The inspections of the list page, a page at a time. */
export function InspectionList({ data, loading, filters, apply, inspector, phone }: Props) {
  const t = useT();
  const actionLabel = (i: InspectionListItem) =>
    i.status === 'assigned' && inspector ? t('insp.list.open') : t('common.view');
  const kindLabel = (k: InspectionKind) => t(enumKey('inspectionKind', k));
  return phone ? (
    <List
      loading={loading}
      dataSource={data?.items ?? []}
      locale={{ emptyText: t('insp.list.empty') }}
      pagination={
        (data?.total ?? 0) > filters.pageSize
          ? {
              current: filters.page,
              pageSize: filters.pageSize,
              total: data?.total ?? 0,
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
                  {kindLabel(i.kind)} · {i.inspectedOn ?? t('insp.detail.dueBy', { date: i.dueBy ?? '' })}
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
      loading={loading}
      dataSource={data?.items ?? []}
      locale={{ emptyText: t('insp.list.empty') }}
      pagination={{
        current: filters.page,
        pageSize: filters.pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        onChange: (page, pageSize) => apply({ page, pageSize }),
      }}
      columns={[
        {
          title: t('common.provider'),
          dataIndex: 'providerName',
          render: (name: string, i) => (
            <Space direction="vertical" size={0}>
              <span>{name}</span>
              <Typography.Text type="secondary">{i.divisionName}</Typography.Text>
            </Space>
          ),
        },
        {
          title: t('common.kind'),
          dataIndex: 'kind',
          ...nowrap,
          render: (k: InspectionKind, i) => (
            <Space direction="vertical" size={0}>
              <span>{kindLabel(k)}</span>
              <Typography.Text type="secondary" className="insp-cell-small">
                {i.checklistName}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: t('common.inspectors'),
          dataIndex: 'inspectorNames',
          render: (names: string[]) => names.join('、'),
        },
        {
          title: t('common.date'),
          dataIndex: 'dueBy',
          ...nowrap,
          render: (d: string | null, i) => (
            <Space direction="vertical" size={0}>
              <span>{i.inspectedOn ?? d}</span>
              <Typography.Text type="secondary" className="insp-cell-small">
                {i.inspectedOn ? t('insp.list.inspected') : t('common.dueBy')}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: t('common.status'),
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
  );
}
