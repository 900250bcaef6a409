import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { PROVIDER_USERS, type User } from '@tuoyu/contracts';
import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage, toQueryString } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { useMe } from '../auth/session';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { pagingForUrl } from '../common/paging';
import { mayManageUser, userAdminModeOf } from './access';
import { readUserFilters, type UserFilters, userFilterQuery, useUpdateUser, useUserList } from './queries';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFilterBar } from './UserFilterBar';
import { UserFormDrawer, type UserFormMode } from './UserFormDrawer';
import { UserTable } from './UserTable';

/**
 * 用户管理: system administrators find, create, edit, disable, unlock and reset every account; city
 * regulators only list and export; county regulators see their county's accounts and manage its
 * township officers; a provider's manager sees its provider's accounts and manages its staff
 * (本机构人员账号; see ./access.ts).
 */
export function UsersPage() {
  const t = useT();
  const me = useMe();
  const mode = userAdminModeOf(me.role);
  // A county regulator's forms and filters stay inside its county.
  const countyCode = mode === 'townships' ? me.divisionCode : undefined;
  // A provider manager's staff accounts go into its own division; there is nothing to pick.
  const staff =
    mode === 'staff' ? { divisionCode: me.divisionCode, divisionName: me.divisionName } : undefined;
  const scopeNote =
    mode === 'townships'
      ? t('users.scope.county', { division: me.divisionName })
      : mode === 'readOnly'
        ? t('users.scope.readOnly', { division: me.divisionName })
        : mode === 'staff'
          ? t('users.scope.staff')
          : undefined;
  const { message } = App.useApp();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readUserFilters(searchParams);
  const list = useUserList(filters);
  const update = useUpdateUser();
  const [formMode, setFormMode] = useState<UserFormMode | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);

  const applyFilters = (next: Partial<UserFilters>) => {
    const query = toQueryString(userFilterQuery({ ...next, ...pagingForUrl(next.page, next.pageSize) }));
    setSearchParams(new URLSearchParams(query));
  };

  const patch = async (user: User, body: Parameters<typeof update.mutateAsync>[0]['body'], done: string) => {
    try {
      await update.mutateAsync({ id: user.id, body });
      void message.success(done);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  // The export takes the same filters as the list, without the paging.
  const { page: _page, pageSize: _pageSize, ...exportFilters } = filters;
  const exportHref = `/api/users/export.xlsx${toQueryString(userFilterQuery(exportFilters))}`;

  return (
    <>
      <PageHeader
        title={t(mode === 'staff' ? 'nav.staffAccounts' : 'users.title')}
        extra={
          mode === 'readOnly' ? undefined : (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setFormMode({ kind: 'create' })}
            >
              {t('users.create')}
            </Button>
          )
        }
      />
      {scopeNote && <Alert className="console-block" type="info" showIcon title={scopeNote} />}
      <Card className="console-block">
        <UserFilterBar
          value={filters}
          countyCode={countyCode}
          roles={staff ? PROVIDER_USERS : undefined}
          noDivision={!!staff}
          onSearch={(next) => applyFilters({ ...next, pageSize: filters.pageSize })}
        />
      </Card>
      <Card>
        {list.isError && !list.data ? (
          <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <Flex justify="space-between" align="center" className="console-table-toolbar">
              <Typography.Text>{t('common.total', { total: list.data?.total ?? 0 })}</Typography.Text>
              <Button icon={<DownloadOutlined aria-hidden />} href={exportHref}>
                {t('common.exportExcel')}
              </Button>
            </Flex>
            <UserTable
              data={list.data}
              loading={list.isFetching}
              myId={me.id}
              manageable={mode === 'readOnly' ? undefined : (user) => mayManageUser(me, user)}
              emptyText={t(mode === 'readOnly' ? 'users.emptyReadOnly' : 'users.empty')}
              noUnit={!!staff}
              onPageChange={(page, pageSize) => applyFilters({ ...filters, page, pageSize })}
              onEdit={(user) => setFormMode({ kind: 'edit', user })}
              onSetStatus={(user, status) =>
                void patch(
                  user,
                  { status },
                  t(status === 'active' ? 'users.done.enabled' : 'users.done.disabled', {
                    name: user.displayName,
                  }),
                )
              }
              onUnlock={(user) =>
                void patch(user, { unlock: true }, t('users.done.unlocked', { name: user.displayName }))
              }
              onResetPassword={setResetting}
            />
          </>
        )}
      </Card>
      <UserFormDrawer
        mode={formMode}
        countyCode={countyCode}
        staff={staff}
        onClose={() => setFormMode(null)}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
