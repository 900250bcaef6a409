import { EMERGENCY_PLAN_KINDS, type EmergencyPlanKind } from '@tuoyu/domain';
import { App, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../shared/i18n';
import { beijingTodayValue } from '../common/beijing';
import { FormDrawer } from '../common/FormDrawer';
import { useFormSave } from '../common/serverErrors';
import { FileField } from './FileField';
import { planKindLabel } from './labels';
import { useAddDrill, useAddPlan } from './queries';

const kindOptions = (t: ReturnType<typeof useT>) =>
  EMERGENCY_PLAN_KINDS.map((k) => ({ value: k, label: planKindLabel(t, k) }));

/** A new emergency plan (应急预案), its document attached. */
export function PlanDrawer({
  providerId,
  open,
  onClose,
}: {
  providerId: number;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{
    kind: EmergencyPlanKind;
    title: string;
    effectiveOn: Dayjs;
    file?: number[];
  }>();
  const add = useAddPlan(providerId);
  const { onFinish, error } = useFormSave(form, async (f) => {
    await add.mutateAsync({
      kind: f.kind,
      title: f.title,
      effectiveOn: f.effectiveOn.format('YYYY-MM-DD'),
      fileId: f.file?.[0] ?? null,
    });
    void message.success(t('common.saved'));
    onClose();
  });

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('inc.prep.addPlan')}
      width={520}
      saving={add.isPending}
      onSave={() => form.submit()}
      error={error}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ effectiveOn: beijingTodayValue() }}
        onFinish={onFinish}
      >
        <Form.Item
          name="kind"
          label={t('common.kindCategory')}
          rules={[{ required: true, message: t('common.required', { label: t('common.kindCategory') }) }]}
        >
          <Select options={kindOptions(t)} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('inc.prep.title')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { label: t('inc.prep.title') }),
            },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="effectiveOn" label={t('inc.prep.effectiveOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="file" label={t('inc.prep.file')}>
          <FileField accept=".pdf,.doc,.docx,.jpg,.jpeg,.png" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** A drill held (应急演练): when, which plan, who took part, photos. */
export function DrillDrawer({
  providerId,
  open,
  onClose,
}: {
  providerId: number;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{
    planKind: EmergencyPlanKind;
    heldOn: Dayjs;
    participants: number;
    notes?: string;
    photoFileIds?: number[];
  }>();
  const add = useAddDrill(providerId);
  const { onFinish, error } = useFormSave(form, async (f) => {
    await add.mutateAsync({
      planKind: f.planKind,
      heldOn: f.heldOn.format('YYYY-MM-DD'),
      participants: f.participants,
      notes: f.notes,
      photoFileIds: f.photoFileIds ?? [],
    });
    void message.success(t('common.saved'));
    onClose();
  });

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('inc.prep.addDrill')}
      width={520}
      saving={add.isPending}
      onSave={() => form.submit()}
      error={error}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ heldOn: beijingTodayValue(), planKind: 'fire' }}
        onFinish={onFinish}
      >
        <Form.Item name="planKind" label={t('common.kindCategory')} rules={[{ required: true }]}>
          <Select options={kindOptions(t)} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('inc.prep.heldOn')} rules={[{ required: true }]}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => d.isAfter(beijingTodayValue().endOf('day'))}
          />
        </Form.Item>
        <Form.Item
          name="participants"
          label={t('inc.prep.participants')}
          rules={[{ required: true, message: t('common.required', { label: t('inc.prep.participants') }) }]}
        >
          <InputNumber min={1} max={10000} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="notes" label={t('inc.prep.notes')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="photoFileIds" label={t('inc.prep.photos')}>
          <FileField multiple accept="image/*" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
