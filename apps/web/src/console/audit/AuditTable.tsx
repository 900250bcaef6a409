import type { AuditEntry, AuditList, Role } from '@tuoyu/contracts';
import { ROLES } from '@tuoyu/contracts';
import { Empty, Table, type TableProps, Tooltip, Typography } from 'antd';
import { useT } from '../../shared/i18n';
import { formatDateTime } from '../common/format';
import { RoleTag } from '../common/RoleTag';
import { actionLabel, entityLabel } from './auditLabels';
import { ChangesView } from './ChangesView';

const isRole = (value: string | null): value is Role => ROLES.some((role) => role === value);

interface AuditTableProps {
  data: AuditList | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

/** Audit entries, newest first as the server sends them; a row expands to show its changes. */
export function AuditTable({ data, loading, onPageChange }: AuditTableProps) {
  const t = useT();
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;

  const columns: TableProps<AuditEntry>['columns'] = [
    { title: t('common.time'), key: 'at', render: (_, entry) => formatDateTime(entry.at) },
    {
      title: t('audit.col.actor'),
      key: 'actor',
      render: (_, entry) =>
        entry.actorUsername ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
    },
    {
      title: t('common.role'),
      key: 'role',
      render: (_, entry) =>
        isRole(entry.actorRole) ? <RoleTag role={entry.actorRole} /> : (entry.actorRole ?? none),
    },
    {
      title: t('audit.filter.action'),
      key: 'action',
      // The words, and under them the code the action filter and the Excel export use.
      render: (_, entry) => (
        <div>
          <div>{actionLabel(entry.action, t)}</div>
          <Typography.Text type="secondary" className="console-code">
            {entry.action}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('audit.filter.entityType'),
      key: 'entityType',
      render: (_, entry) => (
        <Tooltip title={entry.entityType}>
          <span>{entityLabel(entry.entityType, t)}</span>
        </Tooltip>
      ),
    },
    { title: t('audit.filter.entityId'), key: 'entityId', render: (_, entry) => entry.entityId ?? none },
    { title: t('audit.col.ip'), key: 'ip', render: (_, entry) => entry.ip ?? none },
    {
      title: t('audit.col.requestId'),
      key: 'requestId',
      // The first block of the UUID tells entries apart; copying takes the whole id (to search the
      // server logs with).
      render: (_, entry) =>
        entry.requestId ? (
          <Tooltip title={entry.requestId}>
            <Typography.Text copyable={{ text: entry.requestId }}>
              {entry.requestId.slice(0, 8)}
            </Typography.Text>
          </Tooltip>
        ) : (
          none
        ),
    },
  ];

  return (
    <Table<AuditEntry>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('audit.empty')} /> }}
      expandable={{
        expandedRowRender: (entry) => <ChangesView changes={entry.changes} />,
        rowExpandable: (entry) => !!entry.changes && Object.keys(entry.changes).length > 0,
      }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total }),
        onChange: onPageChange,
      }}
    />
  );
}
