import type { Population } from '@tuoyu/contracts';
import { Alert, App, Form, Input, InputNumber, Modal } from 'antd';
import { useT } from '../../shared/i18n';
import { beijingToday } from '../common/beijing';
import { useFormSave } from '../common/serverErrors';
import { useSavePopulation } from './queries';

export interface PopulationTarget {
  code: string;
  name: string;
}

interface PopulationFields {
  year: number;
  residents: number;
  source: string;
}

interface PopulationModalProps {
  target: PopulationTarget | null;
  /** Every figure on record, to prefill the form when the year picked already has one. */
  populations: Population[];
  onClose: () => void;
}

/** Enter or correct one division's resident population for one year (the denominator of I-1). */
export function PopulationModal({ target, populations, onClose }: PopulationModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<PopulationFields>();
  const save = useSavePopulation();

  const own = populations.filter((p) => p.divisionCode === target?.code).sort((a, b) => b.year - a.year);
  const latest = own[0];
  const initial: Partial<PopulationFields> = latest
    ? { year: latest.year, residents: latest.residents, source: latest.source }
    : { year: Number(beijingToday().slice(0, 4)) };

  const onValuesChange = (changed: Partial<PopulationFields>) => {
    if (changed.year === undefined) return;
    const existing = own.find((p) => p.year === changed.year);
    if (existing) form.setFieldsValue({ residents: existing.residents, source: existing.source });
  };

  const {
    onFinish: submit,
    error: formError,
    setError: setFormError,
  } = useFormSave(form, async (fields: PopulationFields) => {
    if (!target) return;
    await save.mutateAsync({ divisionCode: target.code, ...fields, source: fields.source.trim() });
    void message.success(t('reference.populationSaved', { name: target.name, year: fields.year }));
    onClose();
  });

  const required = (label: string) => ({ required: true, message: t('common.required', { label }) });

  return (
    <Modal
      open={target !== null}
      title={target ? t('reference.editPopulationTitle', { name: target.name }) : undefined}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      afterClose={() => setFormError(null)}
    >
      {formError && <Alert className="console-block" type="error" showIcon title={formError} role="alert" />}
      {target && (
        <Form<PopulationFields>
          form={form}
          name="population"
          layout="vertical"
          initialValues={initial}
          onValuesChange={onValuesChange}
          onFinish={submit}
          preserve={false}
        >
          <Form.Item label={t('common.year')} name="year" rules={[required(t('common.year'))]}>
            <InputNumber min={1949} max={2100} precision={0} className="console-input-full" />
          </Form.Item>
          <Form.Item
            label={t('reference.form.residents')}
            name="residents"
            rules={[required(t('reference.form.residents'))]}
          >
            <InputNumber min={0} max={100_000_000} precision={0} className="console-input-full" />
          </Form.Item>
          <Form.Item
            label={t('reference.form.source')}
            name="source"
            rules={[{ ...required(t('reference.form.source')), whitespace: true }]}
          >
            <Input maxLength={200} placeholder={t('reference.form.sourcePlaceholder')} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
