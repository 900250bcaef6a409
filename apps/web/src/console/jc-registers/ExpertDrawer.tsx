import type { JcExpert, JcExpertBody } from '@tuoyu/contracts';
import { JC_EXPERT_FIELDS } from '@tuoyu/domain';
import { App, DatePicker, Form, Input, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { enumKey, useT } from '../../shared/i18n';
import { beijingTodayValue } from '../common/beijing';
import { FormDrawer } from '../common/FormDrawer';
import { useFormSave } from '../common/serverErrors';
import { useSaveExpert } from './queries';

type Values = Omit<JcExpertBody, 'appointedFrom' | 'appointedTo'> & {
  appointedFrom: Dayjs;
  appointedTo?: Dayjs | null;
};

/** Adds an expert (`expert` null) or edits one; the mobile is only sent when typed (lists show it masked). */
export function ExpertDrawer({ expert, onClose }: { expert: JcExpert | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveExpert(expert?.id ?? null);
  const { onFinish, error } = useFormSave(form, async (v: Values) => {
    await save.mutateAsync({
      name: v.name,
      field: v.field,
      employer: v.employer,
      title: v.title,
      ...(v.mobile ? { mobile: v.mobile } : {}),
      appointedFrom: v.appointedFrom.format('YYYY-MM-DD'),
      appointedTo: v.appointedTo ? v.appointedTo.format('YYYY-MM-DD') : null,
      active: v.active ?? true,
    });
    void message.success(t('common.saved'));
    onClose();
  });
  const required = (label: string) => [
    { required: true, whitespace: true, message: t('common.required', { label }) },
  ];
  return (
    <FormDrawer
      open
      onClose={onClose}
      title={expert ? t('jcr.expert.edit') : t('jcr.expert.add')}
      width={520}
      saving={save.isPending}
      onSave={() => form.submit()}
      error={error}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={
          expert
            ? {
                ...expert,
                mobile: undefined,
                appointedFrom: dayjs(expert.appointedFrom),
                appointedTo: expert.appointedTo ? dayjs(expert.appointedTo) : null,
              }
            : { active: true, appointedFrom: beijingTodayValue().startOf('year') }
        }
      >
        <Form.Item name="name" label={t('jcr.expert.name')} rules={required(t('jcr.expert.name'))}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item
          name="field"
          label={t('jcr.expert.field')}
          rules={[{ required: true, message: t('common.requiredSelect', { label: t('jcr.expert.field') }) }]}
        >
          <Select
            options={JC_EXPERT_FIELDS.map((f) => ({ value: f, label: t(enumKey('jcExpertField', f)) }))}
          />
        </Form.Item>
        <Form.Item
          name="employer"
          label={t('jcr.expert.employer')}
          rules={required(t('jcr.expert.employer'))}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="title" label={t('jcr.expert.title')} rules={required(t('jcr.expert.title'))}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={t('common.mobile')}
          extra={expert?.mobile ? `${expert.mobile} · ${t('jcr.expert.mobileKeep')}` : undefined}
          rules={[{ pattern: /^1[3-9]\d{9}$/, message: t('common.mobileInvalid') }]}
        >
          <Input maxLength={11} inputMode="numeric" />
        </Form.Item>
        <Form.Item name="appointedFrom" label={t('jcr.expert.appointedFrom')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="appointedTo" label={t('jcr.expert.appointedTo')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="active" label={t('jcr.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
