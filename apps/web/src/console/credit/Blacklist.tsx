import { StopOutlined } from '@ant-design/icons';
import type { BlacklistEntry } from '@tuoyu/contracts';
import { App, Button, Card, Form, Grid, Input, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { formatDateTimeShort } from '../common/format';
import { BlacklistDrawer } from './BlacklistDrawer';
import { useBlacklist, useRemoveFromBlacklist } from './queries';

/**
 * The blacklist tab: the decisions and their removals; deciders add a provider or take one off
 * with a reason.
 */
export function Blacklist({ mayDecide }: { mayDecide: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const list = useBlacklist(true);
  const remove = useRemoveFromBlacklist();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<BlacklistEntry | null>(null);
  const [reason, setReason] = useState('');
  const phone = Grid.useBreakpoint().sm === false;
  return (
    <Card
      title={t('credit.blacklist.title')}
      extra={
        mayDecide && (
          <Button danger type="primary" icon={<StopOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('credit.blacklist.add')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('credit.blacklist.hint')}</Typography.Paragraph>
      {list.isError && !list.data ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<BlacklistEntry>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 1100 }}
          size={phone ? 'small' : 'middle'}
          locale={{ emptyText: t('credit.blacklist.empty') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            {
              key: 'provider',
              title: t('common.provider'),
              width: 220,
              render: (_, e) => (
                <>
                  {e.providerName}
                  <br />
                  <Typography.Text type="secondary">
                    {e.divisionName} · {e.creditCode}
                  </Typography.Text>
                </>
              ),
            },
            {
              key: 'status',
              title: t('common.status'),
              width: 170,
              render: (_, e) =>
                e.removedAt ? (
                  <>
                    <Tag>{t('credit.blacklist.removed')}</Tag>
                    <br />
                    <Typography.Text type="secondary">
                      {formatDateTimeShort(e.removedAt)} {e.removeReason}
                    </Typography.Text>
                  </>
                ) : (
                  <Tag color="red">{t('credit.blacklist.current')}</Tag>
                ),
            },
            { key: 'decision', title: t('common.decision'), dataIndex: 'decision', width: 300 },
            { key: 'legalBasis', title: t('common.legalBasis'), dataIndex: 'legalBasis', width: 220 },
            {
              key: 'decided',
              title: t('common.decidedOn'),
              width: 180,
              render: (_, e) => (
                <>
                  {e.decidedOn}
                  <br />
                  {e.decidingUnit}
                  {e.documentNumber && (
                    <>
                      <br />
                      <Typography.Text type="secondary">{e.documentNumber}</Typography.Text>
                    </>
                  )}
                </>
              ),
            },
            ...(mayDecide
              ? [
                  {
                    key: 'actions',
                    title: t('common.actions'),
                    fixed: 'right' as const,
                    width: 100,
                    render: (_: unknown, e: BlacklistEntry) =>
                      !e.removedAt && (
                        <Button size="small" onClick={() => setRemoving(e)}>
                          {t('credit.blacklist.remove')}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {mayDecide && <BlacklistDrawer open={adding} onClose={() => setAdding(false)} />}
      <Modal
        open={removing !== null}
        title={removing ? t('credit.blacklist.removeTitle', { name: removing.providerName }) : undefined}
        okText={t('credit.blacklist.remove')}
        okButtonProps={{ disabled: !reason.trim(), loading: remove.isPending }}
        onCancel={() => setRemoving(null)}
        afterClose={() => setReason('')}
        onOk={async () => {
          if (!removing) return;
          try {
            await remove.mutateAsync({ id: removing.id, reason: reason.trim() });
            void message.success(t('credit.blacklist.removed'));
            setRemoving(null);
          } catch (e) {
            void message.error(errorMessage(e));
          }
        }}
      >
        <Form layout="vertical">
          <Form.Item label={t('credit.field.removeReason')} required>
            <Input.TextArea
              rows={3}
              maxLength={1000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
