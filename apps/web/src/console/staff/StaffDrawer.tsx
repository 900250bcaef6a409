import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { STAFF_ROLES } from '@tuoyu/contracts';
import { isValidMobile, isValidResidentId } from '@tuoyu/domain';
import { App, Button, DatePicker, Flex, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { enumKey, useT } from '../../shared/i18n';
import { FormDrawer } from '../common/FormDrawer';
import { useFormSave } from '../common/serverErrors';
import { useCreateStaff } from './queries';

type StaffRole = (typeof STAFF_ROLES)[number];

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

/** A new hire: identity (checked against the ban list), role, dates and qualifications. */
export function StaffDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
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
        <Form.Item name="name" label={t('common.personName')} rules={[required(t('common.personName'))]}>
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
          <Select
            options={STAFF_ROLES.map((role) => ({ value: role, label: t(enumKey('staffRole', role)) }))}
          />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={t('common.mobile')}
          rules={[
            {
              validator: (_, value: string | undefined) =>
                !value?.trim() || isValidMobile(value.trim())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('common.mobileInvalid'))),
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
                    <DatePicker placeholder={t('common.validUntil')} aria-label={t('common.validUntil')} />
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
