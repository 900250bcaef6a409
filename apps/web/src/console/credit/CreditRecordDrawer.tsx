import { CREDIT_KINDS, CREDIT_SUBJECTS, type CreditKind, type CreditSubject } from '@tuoyu/domain';
import { App, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { enumKey, useT } from '../../shared/i18n';
import { beijingTodayValue } from '../common/beijing';
import { FormDrawer } from '../common/FormDrawer';
import { useFormSave } from '../common/serverErrors';
import { ProviderPicker } from './ProviderPicker';
import { useAddCreditRecord, useProviderStaff } from './queries';

interface CreditFields {
  subjectType: CreditSubject;
  providerId: number;
  staffId?: number;
  kind: CreditKind;
  title: string;
  basis: string;
  decidedOn: Dayjs;
  expiresOn?: Dayjs | null;
}

/** A credit record for a provider or one of its staff (a person's record names the provider too). */
export function CreditRecordDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreditFields>();
  const add = useAddCreditRecord();
  const subjectType = Form.useWatch('subjectType', form);
  const providerId = Form.useWatch('providerId', form);
  const staff = useProviderStaff(subjectType === 'person' ? providerId : undefined);
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { label }),
  });
  const { onFinish, error } = useFormSave(form, async (f) => {
    await add.mutateAsync({
      subjectType: f.subjectType,
      providerId: f.providerId,
      staffId: f.subjectType === 'person' ? f.staffId : undefined,
      kind: f.kind,
      title: f.title,
      basis: f.basis,
      decidedOn: f.decidedOn.format('YYYY-MM-DD'),
      expiresOn: f.expiresOn ? f.expiresOn.format('YYYY-MM-DD') : null,
    });
    void message.success(t('common.saved'));
    onClose();
  });

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('credit.records.add')}
      width={560}
      saving={add.isPending}
      onSave={() => form.submit()}
      error={error}
    >
      <Form<CreditFields>
        form={form}
        layout="vertical"
        initialValues={{ subjectType: 'provider', kind: 'reward', decidedOn: beijingTodayValue() }}
        onFinish={onFinish}
      >
        <Form.Item name="subjectType" label={t('credit.field.subjectType')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={CREDIT_SUBJECTS.map((k) => ({ value: k, label: t(enumKey('creditSubject', k)) }))}
          />
        </Form.Item>
        <Form.Item
          name="providerId"
          label={t('common.provider')}
          rules={[{ required: true, message: t('common.required', { label: t('common.provider') }) }]}
        >
          <ProviderPicker />
        </Form.Item>
        {subjectType === 'person' && (
          <Form.Item
            name="staffId"
            label={t('credit.field.person')}
            rules={[{ required: true, message: t('common.required', { label: t('credit.field.person') }) }]}
          >
            <Select
              loading={staff.isLoading}
              disabled={!providerId}
              options={(staff.data?.items ?? []).map((s) => ({
                value: s.id,
                label: `${s.name}（${s.residentId}）`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="kind" label={t('common.kindCategory')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={CREDIT_KINDS.map((k) => ({ value: k, label: t(enumKey('creditKind', k)) }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('credit.field.title')} rules={[required(t('credit.field.title'))]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="basis" label={t('common.basis')} rules={[required(t('common.basis'))]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="decidedOn" label={t('common.decidedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="expiresOn" label={t('common.validUntil')} extra={t('credit.expiresHint')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
