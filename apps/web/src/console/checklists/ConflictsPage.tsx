import { PlusOutlined } from '@ant-design/icons';
import type { ConflictBody, InspectorConflict } from '@tuoyu/contracts';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { useMe } from '../auth/session';
import { ErrorResult } from '../common/ErrorResult';
import { FormDrawer } from '../common/FormDrawer';
import { formatDateTime } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { useFormSave } from '../common/serverErrors';
import { useConflictProviders, useConflicts, useDeclareConflict, useWithdrawConflict } from './queries';

/**
 * 回避申报: an inspector declares his ties to providers before a plan is published (the plan
 * freezes the declarations); regulators see every declaration in their area.
 */
export function ConflictsPage() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const conflicts = useConflicts();
  const withdraw = useWithdrawConflict();
  const [open, setOpen] = useState(false);
  // Those who read the inspector pool see every inspector's declarations (the server's rule too).
  const isRegulator = usePermission('inspectors.read');

  return (
    <>
      <PageHeader
        title={t('plans.nav.conflicts')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)}>
            {t('plans.conflicts.declare')}
          </Button>
        }
      />
      <Alert className="console-block" type="info" showIcon title={t('plans.conflicts.lead')} />
      <Card>
        {conflicts.isError && !conflicts.data ? (
          <ErrorResult error={conflicts.error} onRetry={() => void conflicts.refetch()} />
        ) : (
          <Table<InspectorConflict>
            rowKey="id"
            loading={conflicts.isFetching}
            dataSource={conflicts.data?.items}
            scroll={{ x: 820 }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('plans.conflicts.empty') }}
            columns={[
              ...(isRegulator
                ? [
                    {
                      key: 'inspector',
                      title: t('plans.conflicts.inspector'),
                      dataIndex: 'inspectorName',
                      width: 200,
                    },
                  ]
                : []),
              { key: 'provider', title: t('common.provider'), dataIndex: 'providerName' },
              { key: 'reason', title: t('plans.conflicts.reason'), dataIndex: 'reason' },
              {
                key: 'declaredAt',
                title: t('plans.conflicts.declaredAt'),
                width: 170,
                render: (_, c) => formatDateTime(c.declaredAt),
              },
              {
                key: 'status',
                title: t('common.status'),
                width: 190,
                render: (_, c) =>
                  c.withdrawnAt ? (
                    <Tag>{t('plans.conflicts.withdrawnAt', { at: formatDateTime(c.withdrawnAt) })}</Tag>
                  ) : c.inspectorId === me.id ? (
                    <Popconfirm
                      title={t('plans.conflicts.withdrawConfirm')}
                      okText={t('plans.conflicts.withdraw')}
                      cancelText={t('common.cancel')}
                      onConfirm={async () => {
                        try {
                          await withdraw.mutateAsync(c.id);
                          void message.success(t('plans.conflicts.withdrawn'));
                        } catch (e) {
                          void message.error(errorMessage(e));
                        }
                      }}
                    >
                      <Button size="small">{t('plans.conflicts.withdraw')}</Button>
                    </Popconfirm>
                  ) : (
                    <Tag color="orange">{t('plans.conflicts.active')}</Tag>
                  ),
              },
            ]}
          />
        )}
      </Card>
      {open && <DeclareDrawer onClose={() => setOpen(false)} />}
    </>
  );
}

function DeclareDrawer({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ConflictBody>();
  const providers = useConflictProviders();
  const declare = useDeclareConflict();

  const { onFinish: submit, error } = useFormSave(form, async (body: ConflictBody) => {
    await declare.mutateAsync(body);
    void message.success(t('plans.conflicts.declared'));
    onClose();
  });

  return (
    <FormDrawer
      open
      onClose={onClose}
      title={t('plans.conflicts.declare')}
      width={480}
      saving={declare.isPending}
      onSave={() => form.submit()}
      error={error}
    >
      <Form<ConflictBody> form={form} layout="vertical" onFinish={(b) => void submit(b)}>
        <Form.Item
          name="providerId"
          label={t('common.provider')}
          rules={[{ required: true, message: t('common.requiredSelect', { label: t('common.provider') }) }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={providers.isPending}
            options={providers.data?.items.map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('plans.conflicts.reason')}
          extra={t('plans.conflicts.reasonHint')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { label: t('plans.conflicts.reason') }),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={300} showCount />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
