import type { Settings } from '@tuoyu/domain';
import { Alert, App, Button, Card, Form, InputNumber, Popconfirm, Skeleton, Tag } from 'antd';
import { useEffect } from 'react';
import { type MessageKey, useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { useFormSave } from '../common/serverErrors';
import { HealthStandardsFields } from './HealthStandardsFields';
import { useSaveStandards, useStandards } from './queries';
import './settings.css';

/** The numeric parameters (the child-health window and year are chosen from lists). */
type Field = { [K in keyof Settings]: Settings[K] extends number ? K : never }[keyof Settings];

/** The parameters in the order of the page, with the range the server accepts. */
const FIELDS: { name: Field; min: number; max: number; step: number; precision?: number }[] = [
  { name: 'mixedRatio', min: 1, max: 10, step: 1, precision: 0 },
  { name: 'mixedMaxSize', min: 1, max: 30, step: 1, precision: 0 },
  { name: 'indoorAreaPerChildM2', min: 0, max: 20, step: 0.5 },
  { name: 'outdoorAreaPerChildM2', min: 0, max: 20, step: 0.5 },
  { name: 'minCctvRetentionDays', min: 30, max: 3650, step: 1, precision: 0 },
  { name: 'maxFloor', min: 1, max: 10, step: 1, precision: 0 },
  { name: 'filingDeadlineWorkingDays', min: 1, max: 60, step: 1, precision: 0 },
  { name: 'correctionNoticeWorkingDays', min: 1, max: 90, step: 1, precision: 0 },
  { name: 'defaultSamplePercent', min: 1, max: 100, step: 1 },
  { name: 'publishResultWorkingDays', min: 1, max: 60, step: 1, precision: 0 },
  { name: 'complaintAckWorkingDays', min: 1, max: 15, step: 1, precision: 0 },
  { name: 'complaintAnswerWorkingDays', min: 1, max: 60, step: 1, precision: 0 },
  { name: 'incidentLateHours', min: 1, max: 168, step: 1, precision: 0 },
];

const label = (name: Field) => `care.std.${name}` as MessageKey;
const unit = (name: Field) => `care.std.${name}.unit` as MessageKey;
const source = (name: Field) => `care.std.${name}.source` as MessageKey;

/**
 * 标准参数: the figures the city sets where national rules set none (or to be confirmed), each shown
 * with its default and where that comes from. City regulators and administrators save them (the
 * server keeps only what is sent, so 恢复默认 sends nothing); county regulators and the joint
 * meeting office read them. Out-of-range values come back as field errors and land on the field.
 */
export function StandardsPage() {
  const t = useT();
  const { message } = App.useApp();
  const editable = usePermission('standards.edit');
  const standards = useStandards();
  const save = useSaveStandards();
  const [form] = Form.useForm<Settings>();

  useEffect(() => {
    if (standards.data) form.setFieldsValue(standards.data.values);
  }, [form, standards.data]);

  const {
    onFinish: submit,
    run,
    error: formError,
  } = useFormSave(form, async (values: Settings) => {
    const saved = await save.mutateAsync(values);
    form.setFieldsValue(saved.values);
    void message.success(t('care.std.saved'));
  });

  const restore = () =>
    run(async () => {
      const saved = await save.mutateAsync({});
      form.resetFields();
      form.setFieldsValue(saved.values);
      void message.success(t('care.std.resetDone'));
    });

  const formatDefault = (name: Field, value: number) =>
    name === 'mixedRatio' ? `1:${value}` : `${value} ${t(unit(name))}`;

  return (
    <>
      <PageHeader title={t('care.nav.standards')} />
      <Alert
        className="console-block"
        type="info"
        showIcon
        title={t(editable ? 'care.std.lead' : 'care.std.leadReadOnly')}
      />
      <Card>
        {standards.isError && !standards.data ? (
          <ErrorResult error={standards.error} onRetry={() => void standards.refetch()} />
        ) : standards.isPending ? (
          <Skeleton active paragraph={{ rows: 8 }} />
        ) : (
          <Form<Settings>
            form={form}
            name="standards"
            layout="vertical"
            initialValues={standards.data.values}
            onFinish={submit}
            disabled={!editable}
            requiredMark={editable}
          >
            {formError && (
              <Alert className="console-block" type="error" showIcon title={formError} role="alert" />
            )}
            <div className="care-std-grid">
              {FIELDS.map((f) => {
                const fallback = standards.data.defaults[f.name];
                const changed = standards.data.values[f.name] !== fallback;
                return (
                  <Form.Item
                    key={f.name}
                    name={f.name}
                    label={
                      <span>
                        {t(label(f.name))}
                        {changed && (
                          <Tag color="orange" style={{ marginInlineStart: 8 }}>
                            {t('care.std.changed')} ·{' '}
                            {t('care.std.default', { value: formatDefault(f.name, fallback) })}
                          </Tag>
                        )}
                      </span>
                    }
                    extra={<span className="care-std-source">{t(source(f.name))}</span>}
                    rules={[{ required: true, message: t('common.required', { label: t(label(f.name)) }) }]}
                  >
                    <InputNumber<number>
                      className="care-std-input"
                      min={f.min}
                      max={f.max}
                      step={f.step}
                      precision={f.precision}
                      suffix={t(unit(f.name))}
                    />
                  </Form.Item>
                );
              })}
            </div>
            <HealthStandardsFields values={standards.data.values} defaults={standards.data.defaults} />
            {editable && (
              <div className="care-std-actions">
                <Popconfirm
                  title={t('care.std.resetConfirm')}
                  okText={t('care.std.reset')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => void restore()}
                >
                  <Button disabled={save.isPending}>{t('care.std.reset')}</Button>
                </Popconfirm>
                <Button type="primary" htmlType="submit" loading={save.isPending}>
                  {t('common.save')}
                </Button>
              </div>
            )}
          </Form>
        )}
      </Card>
    </>
  );
}
