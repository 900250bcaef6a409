import { PlusOutlined } from '@ant-design/icons';
import type { Committee } from '@tuoyu/contracts';
import { App, Button, Card, Empty, Form, Input, Popconfirm, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { useMe } from '../auth/session';
import { ErrorResult } from '../common/ErrorResult';
import { FormDrawer } from '../common/FormDrawer';
import { formatDateTimeShort } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { useFormSave } from '../common/serverErrors';
import { useCommittee, useCommitteeChange } from './queries';

type Member = Committee['members'][number];
const nowrap = { onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) };

/**
 * 家长委员会 (the provider's manager; staff read): set it up, add parents by the mobile of their
 * parent account, remove them. Members may then file complaints on the committee's behalf.
 */
export function CommitteePage() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const providerId = me.providerId;
  const q = useCommittee(providerId);
  const change = useCommitteeChange(providerId ?? 0);
  const [adding, setAdding] = useState(false);
  const manager = usePermission('committees.manage');
  const committee = q.data?.committee;

  return (
    <>
      <PageHeader
        title={t('cmp.committee.title')}
        extra={
          manager && committee ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
              {t('cmp.committee.add')}
            </Button>
          ) : undefined
        }
      />
      <Typography.Paragraph type="secondary">{t('cmp.committee.lead')}</Typography.Paragraph>
      {q.isError && !q.data ? (
        <ErrorResult error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <Skeleton active />
      ) : !committee ? (
        <Card>
          <Empty description={t('cmp.committee.none')}>
            {manager && (
              <Button
                type="primary"
                loading={change.isPending}
                onClick={() =>
                  change.mutate({ kind: 'create' }, { onError: (e) => void message.error(errorMessage(e)) })
                }
              >
                {t('cmp.committee.create')}
              </Button>
            )}
          </Empty>
        </Card>
      ) : (
        <Card title={committee.name}>
          <Table<Member>
            rowKey="userId"
            dataSource={committee.members}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('cmp.committee.noMembers') }}
            columns={[
              { key: 'name', title: t('cmp.committee.member'), dataIndex: 'displayName', ...nowrap },
              {
                key: 'mobile',
                title: t('cmp.committee.mobile'),
                render: (_, m) => m.mobileMasked ?? t('common.none'),
              },
              {
                key: 'added',
                title: t('cmp.committee.addedAt'),
                render: (_, m) => formatDateTimeShort(m.addedAt),
              },
              ...(manager
                ? [
                    {
                      key: 'actions',
                      title: t('common.actions'),
                      fixed: 'right' as const,
                      width: 100,
                      render: (_: unknown, m: Member) => (
                        <Popconfirm
                          title={t('cmp.committee.removeConfirm')}
                          onConfirm={() =>
                            change.mutateAsync({ kind: 'remove', userId: m.userId }).catch((e: unknown) => {
                              void message.error(errorMessage(e));
                            })
                          }
                        >
                          <Button size="small" danger>
                            {t('common.remove')}
                          </Button>
                        </Popconfirm>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      )}
      {providerId !== null && (
        <AddMemberDrawer providerId={providerId} open={adding} onClose={() => setAdding(false)} />
      )}
    </>
  );
}

function AddMemberDrawer({
  providerId,
  open,
  onClose,
}: {
  providerId: number;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ mobile: string }>();
  const change = useCommitteeChange(providerId);
  const { save, error } = useFormSave(form, async (v) => {
    await change.mutateAsync({ kind: 'add', mobile: v.mobile.trim() });
    form.resetFields();
    onClose();
  });
  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('cmp.committee.add')}
      width={420}
      saving={change.isPending}
      onSave={() => void save()}
      error={error}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="mobile"
          label={t('cmp.committee.mobile')}
          rules={[
            { required: true, message: t('common.required', { label: t('cmp.committee.mobile') }) },
            { pattern: /^1[3-9]\d{9}$/, message: t('cmp.committee.mobile') },
          ]}
        >
          <Input inputMode="numeric" maxLength={11} autoComplete="off" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
