import type { User, UserList } from '@tuoyu/contracts';
import { Button, Empty, Popconfirm, Space, Table, type TableProps, Tag, Tooltip, Typography } from 'antd';
import { enumKey, useT } from '../../shared/i18n';
import { formatDateTime, formatDateTimeShort, isFuture } from '../common/format';
import { RoleTag } from '../common/RoleTag';

export interface UserRowActions {
  onEdit: (user: User) => void;
  onSetStatus: (user: User, status: User['status']) => void;
  onUnlock: (user: User) => void;
  onResetPassword: (user: User) => void;
}

interface UserTableProps extends UserRowActions {
  data: UserList | undefined;
  loading: boolean;
  myId: number;
  /** Which rows get actions; without it the list is read-only and has no actions column. */
  manageable?: (user: User) => boolean;
  /** Shown when no user matches the filters. */
  emptyText: string;
  /** Without the unit column (a provider's accounts belong to no unit). */
  noUnit?: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

/** The user list with server-side pagination and, on the rows the caller may manage, its actions. */
export function UserTable({
  data,
  loading,
  myId,
  manageable,
  emptyText,
  noUnit,
  onPageChange,
  ...actions
}: UserTableProps) {
  const t = useT();

  const columns: NonNullable<TableProps<User>['columns']> = [
    { title: t('common.username'), dataIndex: 'username', key: 'username' },
    { title: t('common.personName'), dataIndex: 'displayName', key: 'displayName' },
    { title: t('common.role'), key: 'role', render: (_, user) => <RoleTag role={user.role} /> },
    {
      title: t('users.filter.division'),
      key: 'division',
      // Division names, never bare codes; the code on hover (UX.md).
      render: (_, user) => (
        <Tooltip title={user.divisionCode}>
          <span>{user.divisionName}</span>
        </Tooltip>
      ),
    },
    ...(noUnit
      ? []
      : [
          {
            title: t('users.col.unit'),
            key: 'unit',
            width: 180,
            ellipsis: { showTitle: true },
            render: (_: unknown, user: User) => user.unitName ?? t('common.none'),
          },
        ]),
    {
      title: t('common.status'),
      key: 'status',
      render: (_, user) => (
        <Space size={4} wrap>
          <Tag color={user.status === 'active' ? 'success' : 'default'}>
            {t(enumKey('userStatus', user.status))}
          </Tag>
          {isFuture(user.lockedUntil) && (
            <Tooltip title={t('common.lockedUntil', { time: formatDateTime(user.lockedUntil) })}>
              <Tag color="error">{t('users.status.locked')}</Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: t('users.col.lastLogin'),
      key: 'lastLoginAt',
      render: (_, user) =>
        user.lastLoginAt ? (
          formatDateTimeShort(user.lastLoginAt)
        ) : (
          <Typography.Text type="secondary">{t('users.neverLoggedIn')}</Typography.Text>
        ),
    },
  ];
  if (manageable) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      // Kept in view when the table scrolls sideways on narrower screens.
      fixed: 'right',
      render: (_, user) =>
        manageable(user) ? <RowActions user={user} isMe={user.id === myId} {...actions} /> : null,
    });
  }

  return (
    <Table<User>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={emptyText} /> }}
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

function RowActions({
  user,
  isMe,
  onEdit,
  onSetStatus,
  onUnlock,
  onResetPassword,
}: UserRowActions & { user: User; isMe: boolean }) {
  const t = useT();
  const enabling = user.status === 'disabled';
  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={() => onEdit(user)}>
        {t('users.action.edit')}
      </Button>
      {/* Nobody disables their own account: it would lock the last administrator out. */}
      {!isMe && (
        <Popconfirm
          title={t(enabling ? 'users.confirm.enable' : 'users.confirm.disable', { name: user.displayName })}
          onConfirm={() => onSetStatus(user, enabling ? 'active' : 'disabled')}
        >
          <Button type="link" size="small" danger={!enabling}>
            {t(enabling ? 'users.action.enable' : 'users.action.disable')}
          </Button>
        </Popconfirm>
      )}
      {isFuture(user.lockedUntil) && (
        <Button type="link" size="small" onClick={() => onUnlock(user)}>
          {t('users.action.unlock')}
        </Button>
      )}
      <Button type="link" size="small" onClick={() => onResetPassword(user)}>
        {t('users.action.resetPassword')}
      </Button>
    </Space>
  );
}
