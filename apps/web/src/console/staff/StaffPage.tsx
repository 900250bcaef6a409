import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { STAFF_ROLES, type StaffMember } from '@tuoyu/contracts';
import { isValidMobile, isValidResidentId } from '@tuoyu/domain';
import {
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../shared/i18n';
import { useMe } from '../auth/session';
import { ErrorResult } from '../common/ErrorResult';
import { ExcelImport } from '../common/ExcelImport';
import { FormDrawer } from '../common/FormDrawer';
import { PageHeader } from '../common/PageHeader';
import { useFormSave } from '../common/serverErrors';
import { useCreateStaff, useStaff } from './queries';

type StaffRole = (typeof STAFF_ROLES)[number];

/** Short values (names, dates) stay on one line; the table scrolls sideways instead. */
const nowrap = { onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) };

/**
 * 从业人员 (provider users; a provider's manager registers hires): roles, health exams (a lapsed one
 * keeps the person out of the ratio count) and the certificates that expire soon.
 */
export function StaffPage() {
  const t = useT();
  const me = useMe();
  const staff = useStaff();
  const [open, setOpen] = useState(false);
  const mayCreate = me.role === 'provider_manager';

  return (
    <>
      <PageHeader
        title={t('ops.nav.staff')}
        extra={
          mayCreate ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)}>
              {t('ops.staff.create')}
            </Button>
          ) : undefined
        }
      />
      {mayCreate && (
        <ExcelImport
          uploadPath="/api/staff/import"
          templateHref="/api/staff/template.xlsx"
          buttonLabel="desk.staffImport"
          invalidate={[['operations', 'staff']]}
        />
      )}
      <Card>
        {staff.isError && !staff.data ? (
          <ErrorResult error={staff.error} onRetry={() => void staff.refetch()} />
        ) : (
          <Table<StaffMember>
            rowKey="id"
            loading={staff.isFetching}
            dataSource={staff.data?.items}
            scroll={{ x: 940 }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('ops.staff.empty') }}
            columns={[
              { key: 'name', title: t('ops.field.name'), dataIndex: 'name', ...nowrap },
              {
                key: 'role',
                title: t('ops.staff.role'),
                render: (_, row) => t(`ops.staffRole.${row.role}`),
                ...nowrap,
              },
              { key: 'residentId', title: t('ops.field.residentId'), dataIndex: 'residentId', ...nowrap },
              {
                key: 'mobile',
                title: t('ops.field.mobile'),
                ...nowrap,
                render: (_, row) => row.mobile ?? t('common.none'),
              },
              {
                key: 'healthExam',
                title: t('ops.staff.healthExamDate'),
                ...nowrap,
                render: (_, row) => (
                  <Space size={4} wrap>
                    <span>{row.healthExamDate ?? t('common.none')}</span>
                    {row.healthExamLapsed && (
                      <Tag color="red" title={t('ops.staff.lapsedHint')}>
                        {t('ops.staff.lapsed')}
                      </Tag>
                    )}
                  </Space>
                ),
              },
              { key: 'hiredOn', title: t('ops.staff.hiredOn'), dataIndex: 'hiredOn', ...nowrap },
              {
                key: 'alerts',
                title: t('ops.staff.alerts'),
                width: 220,
                render: (_, row) =>
                  row.alerts.length === 0 ? (
                    t('common.none')
                  ) : (
                    <Space size={4} wrap>
                      {row.alerts.map((alert) => (
                        <Tag key={`${alert.kind}-${alert.label}-${alert.due}`} color="orange">
                          {t('ops.staff.alertDue', { label: alert.label, due: alert.due })}
                        </Tag>
                      ))}
                    </Space>
                  ),
              },
              {
                key: 'qualifications',
                title: t('ops.staff.qualifications'),
                width: 120,
                render: (_, row) =>
                  row.qualifications.length === 0
                    ? t('common.none')
                    : row.qualifications.map((q) => q.type).join('、'),
              },
            ]}
          />
        )}
        {staff.data?.items.some((row) => row.healthExamLapsed) && (
          <Typography.Paragraph type="secondary" className="ops-footnote">
            {t('ops.staff.lapsedHint')}
          </Typography.Paragraph>
        )}
      </Card>
      {mayCreate && <StaffDrawer open={open} onClose={() => setOpen(false)} />}
    </>
  );
}

interface QualificationFields {
  type: string;
  number: string;
  validUntil?: Dayjs | null;
}

interface StaffFields {
  name: string;
  residentId: string;
  role: StaffRole;
  mobile?: string;
  qualifications: QualificationFields[];
  healthExamDate?: Dayjs | null;
  noCriminalRecordDate?: Dayjs | null;
  hiredOn: Dayjs;
}

const isoOrNull = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

function StaffDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<StaffFields>();
  const create = useCreateStaff();
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { label }),
  });

  const { onFinish: submit, error: formError } = useFormSave(form, async (fields: StaffFields) => {
    await create.mutateAsync({
      name: fields.name,
      residentId: fields.residentId.trim().toUpperCase(),
      role: fields.role,
      mobile: fields.mobile?.trim() || undefined,
      qualifications: (fields.qualifications ?? []).map((q) => ({
        type: q.type,
        number: q.number,
        validUntil: isoOrNull(q.validUntil),
      })),
      healthExamDate: isoOrNull(fields.healthExamDate),
      noCriminalRecordDate: isoOrNull(fields.noCriminalRecordDate),
      hiredOn: fields.hiredOn.format('YYYY-MM-DD'),
    });
    void message.success(t('ops.staff.created', { name: fields.name }));
    onClose();
  });

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('ops.staff.create')}
      width={600}
      saving={create.isPending}
      onSave={() => form.submit()}
      error={formError}
    >
      <Form<StaffFields>
        form={form}
        layout="vertical"
        initialValues={{ role: 'carer', qualifications: [] }}
        onFinish={(fields) => void submit(fields)}
      >
        <Form.Item name="name" label={t('ops.field.name')} rules={[required(t('ops.field.name'))]}>
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item
          name="residentId"
          label={t('ops.field.residentId')}
          extra={t('ops.staff.banHint')}
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
        <Form.Item name="role" label={t('ops.staff.role')} rules={[{ required: true }]}>
          <Select options={STAFF_ROLES.map((role) => ({ value: role, label: t(`ops.staffRole.${role}`) }))} />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={t('ops.field.mobile')}
          rules={[
            {
              validator: (_, value: string | undefined) =>
                !value?.trim() || isValidMobile(value.trim())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('ops.field.mobileInvalid'))),
            },
          ]}
        >
          <Input maxLength={11} inputMode="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="hiredOn"
          label={t('ops.staff.hiredOn')}
          rules={[{ required: true, message: t('common.requiredSelect', { label: t('ops.staff.hiredOn') }) }]}
        >
          <DatePicker />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="healthExamDate" label={t('ops.staff.healthExamDate')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="noCriminalRecordDate" label={t('ops.staff.noCriminalRecordDate')}>
            <DatePicker />
          </Form.Item>
        </Flex>
        <Typography.Title level={5}>{t('ops.staff.qualifications')}</Typography.Title>
        <Form.List name="qualifications">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="start" wrap>
                  <Form.Item
                    name={[field.name, 'type']}
                    rules={[required(t('ops.staff.qualType'))]}
                    style={{ flex: '1 1 140px' }}
                  >
                    <Input
                      placeholder={t('ops.staff.qualType')}
                      aria-label={t('ops.staff.qualType')}
                      maxLength={64}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'number']}
                    rules={[required(t('ops.staff.qualNumber'))]}
                    style={{ flex: '1 1 140px' }}
                  >
                    <Input
                      placeholder={t('ops.staff.qualNumber')}
                      aria-label={t('ops.staff.qualNumber')}
                      maxLength={64}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'validUntil']}>
                    <DatePicker
                      placeholder={t('ops.staff.qualValidUntil')}
                      aria-label={t('ops.staff.qualValidUntil')}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('ops.staff.qualRemove')}
                    title={t('ops.staff.qualRemove')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ type: '', number: '' })}>
                {t('ops.staff.qualAdd')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </FormDrawer>
  );
}
