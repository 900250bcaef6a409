import { App, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../shared/i18n';
import { useMe } from '../auth/session';
import { beijingTodayValue } from '../common/beijing';
import { FormDrawer } from '../common/FormDrawer';
import { useFormSave } from '../common/serverErrors';
import { ProviderPicker } from './ProviderPicker';
import { useBlacklistProvider } from './queries';

interface BlacklistFields {
  providerId: number;
  decision: string;
  legalBasis: string;
  decidedOn: Dayjs;
  decidingUnit: string;
  documentNumber?: string;
}

/** Putting a provider on the blacklist: the decision, its legal basis, the deciding unit. */
export function BlacklistDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const [form] = Form.useForm<BlacklistFields>();
  const add = useBlacklistProvider();
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { label }),
  });
  const { onFinish, error } = useFormSave(form, async (f) => {
    await add.mutateAsync({ ...f, decidedOn: f.decidedOn.format('YYYY-MM-DD') });
    void message.success(t('credit.blacklist.added'));
    onClose();
  });

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('credit.blacklist.add')}
      width={600}
      saving={add.isPending}
      onSave={() => form.submit()}
      error={error}
    >
      <Form<BlacklistFields>
        form={form}
        layout="vertical"
        initialValues={{
          decidedOn: beijingTodayValue(),
          decidingUnit: `${me.divisionName}${me.unitName ?? ''}`,
        }}
        onFinish={onFinish}
      >
        <Form.Item
          name="providerId"
          label={t('common.provider')}
          rules={[{ required: true, message: t('common.required', { label: t('common.provider') }) }]}
        >
          <ProviderPicker />
        </Form.Item>
        <Form.Item name="decision" label={t('common.decision')} rules={[required(t('common.decision'))]}>
          <Input.TextArea
            rows={4}
            maxLength={2000}
            showCount
            placeholder={t('credit.blacklist.decisionPlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="legalBasis"
          label={t('common.legalBasis')}
          rules={[required(t('common.legalBasis'))]}
        >
          <Input.TextArea rows={2} maxLength={500} placeholder={t('credit.blacklist.basisPlaceholder')} />
        </Form.Item>
        <Form.Item name="decidedOn" label={t('common.decidedOn')} rules={[{ required: true }]}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => d.isAfter(beijingTodayValue().endOf('day'))}
          />
        </Form.Item>
        <Form.Item
          name="decidingUnit"
          label={t('credit.field.decidingUnit')}
          rules={[required(t('credit.field.decidingUnit'))]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="documentNumber" label={t('credit.field.documentNumber')}>
          <Input maxLength={100} placeholder="××卫健罚〔2026〕×号" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
