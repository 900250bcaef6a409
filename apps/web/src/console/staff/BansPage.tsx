import { PlusOutlined } from '@ant-design/icons';
import type { Ban, RefusedHire } from '@tuoyu/contracts';
import { isValidResidentId } from '@tuoyu/domain';
import { App, Button, Card, DatePicker, Form, Input, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { FormDrawer } from '../common/FormDrawer';
import { formatDateTime } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { useFormSave } from '../common/serverErrors';
import { useBans, useCreateBan, useRefusedHires } from './queries';

/**
 * 从业禁止名单 (county and city regulators): people barred from childcare work, and every hire a
 * provider attempted that the list refused.
 */
export function BansPage() {
  const t = useT();
  const bans = useBans();
  const refused = useRefusedHires();
  const [open, setOpen] = useState(false);

  return (
    <>
      <PageHeader
        title={t('ops.nav.bans')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)}>
            {t('ops.bans.create')}
          </Button>
        }
      />
      <Card className="console-block" title={t('ops.bans.listTitle')}>
        {bans.isError && !bans.data ? (
          <ErrorResult error={bans.error} onRetry={() => void bans.refetch()} />
        ) : (
          <Table<Ban>
            rowKey="id"
            loading={bans.isFetching}
            dataSource={bans.data?.items}
            scroll={{ x: 900 }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('ops.bans.empty') }}
            columns={[
              { key: 'name', title: t('common.personName'), dataIndex: 'name', width: 110 },
              { key: 'residentId', title: t('ops.field.residentId'), dataIndex: 'residentId', width: 180 },
              { key: 'reason', title: t('ops.bans.reason'), dataIndex: 'reason' },
              { key: 'legalBasis', title: t('ops.bans.legalBasis'), dataIndex: 'legalBasis' },
              { key: 'decidedOn', title: t('common.decidedOn'), dataIndex: 'decidedOn', width: 120 },
            ]}
          />
        )}
      </Card>
      <Card title={t('ops.bans.refusedTitle')}>
        <Typography.Paragraph type="secondary">{t('ops.bans.refusedHint')}</Typography.Paragraph>
        {refused.isError && !refused.data ? (
          <ErrorResult error={refused.error} onRetry={() => void refused.refetch()} />
        ) : (
          <Table<RefusedHire>
            rowKey={(row) => `${row.at}-${row.actorUsername}`}
            loading={refused.isFetching}
            dataSource={refused.data?.items}
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('ops.bans.refusedEmpty') }}
            columns={[
              { key: 'at', title: t('common.time'), render: (_, row) => formatDateTime(row.at) },
              { key: 'actor', title: t('ops.bans.actor'), dataIndex: 'actorUsername' },
              { key: 'division', title: t('ops.bans.division'), dataIndex: 'divisionCode' },
              {
                key: 'details',
                title: t('ops.bans.details'),
                render: (_, row) => detailsText(row.details, t),
              },
            ]}
          />
        )}
      </Card>
      <BanDrawer open={open} onClose={() => setOpen(false)} />
    </>
  );
}

/** The refused attempt's details: who was to be hired, and by which provider (other keys as they come). */
function detailsText(details: unknown, t: ReturnType<typeof useT>): string {
  if (details === null || details === undefined) return '';
  if (typeof details !== 'object') return String(details);
  const labels: Record<string, string> = {
    name: t('common.personName'),
    residentId: t('ops.field.residentId'),
    providerId: t('ops.bans.providerId'),
  };
  return Object.entries(details as Record<string, unknown>)
    .map(
      ([key, value]) =>
        `${labels[key] ?? key}：${typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
    )
    .join('；');
}

interface BanFields {
  name: string;
  residentId: string;
  reason: string;
  legalBasis: string;
  decidedOn: Dayjs;
}

function BanDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<BanFields>();
  const create = useCreateBan();
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { label }),
  });

  const { onFinish: submit, error: formError } = useFormSave(form, async (fields: BanFields) => {
    await create.mutateAsync({ ...fields, decidedOn: fields.decidedOn.format('YYYY-MM-DD') });
    void message.success(t('ops.bans.created', { name: fields.name }));
    form.resetFields();
    onClose();
  });

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('ops.bans.create')}
      width={520}
      saving={create.isPending}
      onSave={() => form.submit()}
      error={formError}
    >
      <Form<BanFields> form={form} layout="vertical" onFinish={(fields) => void submit(fields)}>
        <Form.Item name="name" label={t('common.personName')} rules={[required(t('common.personName'))]}>
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item
          name="residentId"
          label={t('ops.field.residentId')}
          rules={[
            required(t('ops.field.residentId')),
            {
              validator: (_, value: string | undefined) =>
                !value || isValidResidentId(value.trim().toUpperCase())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('ops.field.residentIdInvalid'))),
            },
          ]}
        >
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item name="reason" label={t('ops.bans.reason')} rules={[required(t('ops.bans.reason'))]}>
          <Input.TextArea maxLength={500} rows={3} showCount />
        </Form.Item>
        <Form.Item
          name="legalBasis"
          label={t('ops.bans.legalBasis')}
          rules={[required(t('ops.bans.legalBasis'))]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="decidedOn"
          label={t('common.decidedOn')}
          rules={[{ required: true, message: t('common.requiredSelect', { label: t('common.decidedOn') }) }]}
        >
          <DatePicker />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
