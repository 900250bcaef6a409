import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LockedAccount, TodoList, User } from '@tuoyu/contracts';
import { App, Button, Card, Col, List, Row, Typography } from 'antd';
import { api, errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { formatDateTimeShort } from '../common/format';

/**
 * The system administrator's watch on the console home: accounts a guess from several addresses
 * has locked (each with 解锁, audited as user.unlock) and the addresses failing most. It reads the
 * same /api/todo answer as 待办, so it costs no extra request.
 */
export function SecuritySection() {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const todo = useQuery({
    queryKey: ['todo'],
    queryFn: ({ signal }) => api.get<TodoList>('/api/todo', undefined, signal),
    refetchInterval: 60_000,
  });
  const unlock = useMutation({
    mutationFn: (account: LockedAccount) => api.patch<User>(`/api/users/${account.id}`, { unlock: true }),
    onSuccess: async (_user, account) => {
      void message.success(t('users.done.unlocked', { name: account.displayName }));
      await queryClient.invalidateQueries({ queryKey: ['todo'] });
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    },
    onError: (error) => void message.error(errorMessage(error)),
  });
  const security = todo.data?.security;
  if (!security) return null;

  return (
    <>
      <Typography.Title level={2} className="console-section-title">
        {t('dashboard.security.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('dashboard.security.rule')}</Typography.Paragraph>
      <Row gutter={[16, 16]} className="console-block">
        <Col xs={24} lg={12}>
          <Card size="small" title={t('dashboard.security.locked')}>
            <List
              dataSource={security.lockedAccounts}
              locale={{ emptyText: t('dashboard.security.noneLocked') }}
              renderItem={(account) => (
                <List.Item
                  actions={[
                    <Button
                      key="unlock"
                      size="small"
                      loading={unlock.isPending && unlock.variables?.id === account.id}
                      onClick={() => unlock.mutate(account)}
                    >
                      {t('users.action.unlock')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={`${account.displayName}（${account.username}）`}
                    description={t('common.lockedUntil', {
                      time: formatDateTimeShort(account.lockedUntil),
                    })}
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('dashboard.security.addresses')}>
            <List
              dataSource={security.failingAddresses}
              locale={{ emptyText: t('dashboard.security.noAddresses') }}
              renderItem={(address) => (
                <List.Item>
                  <List.Item.Meta
                    title={<Typography.Text className="console-code">{address.ip}</Typography.Text>}
                    description={t('dashboard.security.addressLine', {
                      failures: address.failures,
                      usernames: address.usernames,
                      time: formatDateTimeShort(address.lastAt),
                    })}
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
