import { CITY_REGULATORS, isOneOf, type PlanBody } from '@tuoyu/contracts';
import { Alert, App, DatePicker, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../shared/i18n';
import { useMe } from '../auth/session';
import { useChecklists, useInspectors } from '../checklists/queries';
import { beijingTodayValue } from '../common/beijing';
import { FormDrawer } from '../common/FormDrawer';
import { useFormSave } from '../common/serverErrors';
import { CountySelect } from '../providers/CountySelect';
import { useSampleSettings } from '../settings/queries';
import { STRATUM_KEYS } from './labels';
import { usePublishPlan } from './queries';

interface PlanFields {
  name: string;
  divisionCode: string;
  checklistId: number;
  /** Percent per stratum; empty = the tier is not sampled. */
  high: number | null;
  normal: number | null;
  low: number | null;
  perCheck: number;
  inspectorIds: number[];
  dueBy: Dayjs;
}

const STRATA = ['high', 'normal', 'low'] as const;

/**
 * The rates start from the city's `defaultSamplePercent` (standards.md: 5 %), three times that for
 * the high-risk tier ("higher for providers with many complaints, abnormal status…") and half of
 * it, at least 1 %, for the long-clean low tier.
 */
function defaultRates(percent: number) {
  return {
    high: Math.min(100, percent * 3),
    normal: percent,
    low: Math.max(1, Math.round(percent / 2)),
  };
}

/** 发布抽查计划: publishing fixes the seed and freezes the candidates, inspectors and conflicts. */
export function PlanDrawer({ onClose }: { onClose: () => void }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanFields>();
  const publish = usePublishPlan();
  const checklists = useChecklists();
  const settings = useSampleSettings();
  const isCity = isOneOf(me.role, CITY_REGULATORS);
  const divisionCode = Form.useWatch('divisionCode', form) ?? (isCity ? undefined : me.divisionCode);
  const pool = useInspectors(divisionCode);

  const percent = settings.data?.values.defaultSamplePercent;
  useEffect(() => {
    if (percent !== undefined && form.getFieldValue('normal') === undefined)
      form.setFieldsValue(defaultRates(percent));
  }, [percent, form]);
  useEffect(() => {
    if (divisionCode) form.setFieldValue('inspectorIds', []);
  }, [divisionCode, form]);

  const {
    onFinish: submit,
    error,
    setError,
  } = useFormSave(form, async (f: PlanFields) => {
    const strata = STRATA.filter((s) => f[s] !== null && f[s] !== undefined).map((s) => ({
      name: s,
      rate: Math.round((f[s] as number) * 100) / 10000,
    }));
    if (strata.length === 0) {
      setError(t('plans.form.noStrata'));
      return;
    }
    const body: PlanBody = {
      name: f.name,
      divisionCode: f.divisionCode,
      checklistId: f.checklistId,
      strata,
      perCheck: f.perCheck,
      inspectorIds: f.inspectorIds,
      dueBy: f.dueBy.format('YYYY-MM-DD'),
    };
    const rec = await publish.mutateAsync(body);
    void message.success(t('plans.form.published'));
    onClose();
    void navigate(`/console/inspection-plans/${rec.id}`);
  });

  const required = (label: string) => ({ required: true, message: t('common.requiredSelect', { label }) });

  return (
    <FormDrawer
      open
      onClose={onClose}
      title={t('plans.create')}
      width={560}
      saving={publish.isPending}
      onSave={() => form.submit()}
      error={error}
    >
      <Alert className="console-block" type="info" showIcon title={t('plans.form.freezeHint')} />
      <Form<PlanFields>
        form={form}
        layout="vertical"
        initialValues={{
          divisionCode: isCity ? undefined : me.divisionCode,
          perCheck: 2,
          inspectorIds: [],
          dueBy: beijingTodayValue().add(30, 'day'),
        }}
        onFinish={(f) => void submit(f)}
      >
        <Form.Item
          name="name"
          label={t('plans.field.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { label: t('plans.field.name') }),
            },
          ]}
        >
          <Input maxLength={100} placeholder={t('plans.form.namePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="divisionCode"
          label={t('plans.field.division')}
          rules={[required(t('plans.field.division'))]}
        >
          <CountySelect disabled={!isCity} {...(isCity ? {} : { only: [me.divisionCode] })} />
        </Form.Item>
        <Form.Item name="checklistId" label={t('common.checklist')} rules={[required(t('common.checklist'))]}>
          <Select
            loading={checklists.isPending}
            options={checklists.data?.items.map((c) => ({
              value: c.id,
              label: `${c.name}（${t('plans.checklists.versionN', { n: c.version })}）`,
            }))}
          />
        </Form.Item>
        <Typography.Text strong>{t('plans.form.strata')}</Typography.Text>
        <Typography.Paragraph type="secondary" className="spl-hint">
          {t('plans.form.strataHint', { percent: percent ?? 5 })}
        </Typography.Paragraph>
        <div className="spl-strata">
          {STRATA.map((s) => (
            <Form.Item key={s} name={s} label={t(STRATUM_KEYS[s] ?? 'common.stratumNormal')}>
              <InputNumber min={0.1} max={100} step={1} suffix="%" style={{ width: '100%' }} />
            </Form.Item>
          ))}
        </div>
        <Form.Item
          name="inspectorIds"
          label={t('common.inspectors')}
          extra={t('plans.form.inspectorsHint')}
          rules={[{ required: true, type: 'array', min: 2, message: t('plans.form.inspectorsMin') }]}
        >
          <Select
            mode="multiple"
            loading={pool.isFetching}
            disabled={!divisionCode}
            optionFilterProp="label"
            options={pool.data?.items.map((i) => ({
              value: i.id,
              label: i.unitName ? `${i.unitName} · ${i.displayName}` : i.displayName,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="perCheck"
          label={t('plans.field.perCheck')}
          extra={t('plans.form.perCheckHint')}
          rules={[{ required: true, message: t('common.required', { label: t('plans.field.perCheck') }) }]}
        >
          <InputNumber min={2} max={10} precision={0} />
        </Form.Item>
        <Form.Item name="dueBy" label={t('common.dueBy')} rules={[required(t('common.dueBy'))]}>
          <DatePicker disabledDate={(d) => d.isBefore(beijingTodayValue(), 'day')} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
