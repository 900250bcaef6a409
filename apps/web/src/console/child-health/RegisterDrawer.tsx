import type { Sex } from '@tuoyu/contracts';
import { isValidResidentId } from '@tuoyu/domain';
import { App, DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { ApiError } from '../../shared/api';
import { enumKey, useT } from '../../shared/i18n';
import { GuardiansList } from '../children/GuardiansList';
import { beijingTodayValue } from '../common/beijing';
import { FormDrawer } from '../common/FormDrawer';
import { useFormSave } from '../common/serverErrors';
import { useRegisterHealthChild } from './queries';
import { useTownshipOptions } from './townships';

interface RegisterFields {
  name: string;
  sex: Sex;
  birthDate: Dayjs;
  birthCertificateNo?: string;
  residentId?: string;
  townshipCode: string;
  guardians: { name: string; relation: string; mobile: string }[];
}

const SEXES: Sex[] = ['male', 'female'];

/**
 * 登记新生儿: a child born or arrived in the caller's area. A birth certificate or resident ID already
 * on the register comes back as 409 and is shown on the number's field.
 */
export function RegisterDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<RegisterFields>();
  const register = useRegisterHealthChild();
  const townships = useTownshipOptions();
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { label }),
  });

  const { onFinish, error, setError } = useFormSave(form, async (f: RegisterFields) => {
    try {
      const created = await register.mutateAsync({
        name: f.name.trim(),
        sex: f.sex,
        birthDate: f.birthDate.format('YYYY-MM-DD'),
        birthCertificateNo: f.birthCertificateNo?.trim() || undefined,
        residentId: f.residentId?.trim() || undefined,
        townshipCode: f.townshipCode,
        guardians: f.guardians.map((g) => ({ ...g, mobile: g.mobile.trim() })),
      });
      void message.success(t('ch.register.done', { name: f.name }));
      onClose();
      void navigate(`/console/child-health/${created.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.fieldErrors.length === 0) {
        const field = f.birthCertificateNo?.trim() ? 'birthCertificateNo' : 'residentId';
        form.setFields([{ name: field, errors: [e.problem.detail || t('ch.register.duplicate')] }]);
        setError(null);
        return;
      }
      throw e;
    }
  });

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('ch.register.title')}
      width={600}
      saving={register.isPending}
      onSave={() => form.submit()}
      error={error}
    >
      <Form<RegisterFields>
        form={form}
        layout="vertical"
        initialValues={{
          townshipCode: townships.options.length === 1 ? townships.options[0]?.value : undefined,
          guardians: [{ name: '', relation: '', mobile: '' }],
        }}
        onFinish={(f) => void onFinish(f)}
      >
        <Form.Item name="name" label={t('ch.field.name')} rules={[required(t('ch.field.name'))]}>
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="sex"
          label={t('ch.field.sex')}
          rules={[{ required: true, message: t('common.requiredSelect', { label: t('ch.field.sex') }) }]}
        >
          <Radio.Group
            optionType="button"
            options={SEXES.map((s) => ({ value: s, label: t(enumKey('sex', s)) }))}
          />
        </Form.Item>
        <Form.Item
          name="birthDate"
          label={t('ch.field.birthDate')}
          rules={[
            { required: true, message: t('common.requiredSelect', { label: t('ch.field.birthDate') }) },
          ]}
        >
          <DatePicker
            disabledDate={(d) =>
              d.isAfter(beijingTodayValue(), 'day') ||
              d.isBefore(beijingTodayValue().subtract(3, 'year'), 'day')
            }
          />
        </Form.Item>
        <Form.Item
          name="birthCertificateNo"
          label={t('ch.field.birthCertificateNo')}
          extra={t('ch.register.numbersHint')}
          dependencies={['residentId']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                value?.trim() || (getFieldValue('residentId') as string | undefined)?.trim()
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('ch.register.numberRequired'))),
            }),
          ]}
        >
          <Input maxLength={20} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="residentId"
          label={t('ch.field.residentId')}
          rules={[
            {
              validator: (_, value: string | undefined) =>
                !value?.trim() || isValidResidentId(value.trim().toUpperCase())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('ops.field.residentIdInvalid'))),
            },
          ]}
        >
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="townshipCode"
          label={t('ch.field.township')}
          rules={[{ required: true, message: t('common.requiredSelect', { label: t('ch.field.township') }) }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={townships.loading}
            options={townships.options}
          />
        </Form.Item>
        <Typography.Title level={5}>{t('ch.field.guardians')}</Typography.Title>
        <GuardiansList />
      </Form>
    </FormDrawer>
  );
}
