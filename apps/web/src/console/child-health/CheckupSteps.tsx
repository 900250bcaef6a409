import type { CheckupKind, DevelopmentResult } from '@tuoyu/contracts';
import { CHECKUP_AGES, CHECKUP_KINDS, DEVELOPMENT_RESULTS } from '@tuoyu/domain';
import { DatePicker, Descriptions, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { enumKey, type MessageKey, useT } from '../../shared/i18n';
import { beijingTodayValue } from '../common/beijing';
import type { CheckupFields } from './checkupModel';

/** Step 1: which check-up (kind, scheduled age) and its date (not before birth, not after today). */
export function KindStep({ birthDate }: { birthDate: string }) {
  const t = useT();
  const kind = Form.useWatch<CheckupKind | undefined>('kind');
  return (
    <>
      <Form.Item
        name="kind"
        label={t('ch.checkup.kind')}
        rules={[{ required: true, message: t('common.requiredSelect', { label: t('ch.checkup.kind') }) }]}
      >
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={CHECKUP_KINDS.map((k) => ({ value: k, label: t(enumKey('checkupKind', k)) }))}
        />
      </Form.Item>
      {kind === 'scheduled' && (
        <Form.Item
          name="ageMonths"
          label={t('ch.checkup.ageMonths')}
          rules={[
            { required: true, message: t('common.requiredSelect', { label: t('ch.checkup.ageMonths') }) },
          ]}
        >
          <Select
            options={CHECKUP_AGES.map((m) => ({
              value: m,
              label:
                m === 36
                  ? `${t('ch.schedule.age', { m })}（${t('ch.schedule.notCounted')}）`
                  : t('ch.schedule.age', { m }),
            }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="date"
        label={t('ch.checkup.date')}
        rules={[
          { required: true, message: t('common.requiredSelect', { label: t('ch.checkup.date') }) },
          {
            validator: (_, d: Dayjs | undefined) =>
              !d || (!d.isBefore(dayjs(birthDate), 'day') && !d.isAfter(beijingTodayValue(), 'day'))
                ? Promise.resolve()
                : Promise.reject(new Error(t('ch.checkup.dateRange'))),
          },
        ]}
      >
        <DatePicker inputReadOnly style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
}

function Measure({
  name,
  label,
  unit,
  min,
  max,
  required,
}: {
  name: keyof CheckupFields;
  label: MessageKey;
  unit: MessageKey;
  min: number;
  max: number;
  required?: boolean;
}) {
  const t = useT();
  return (
    <Form.Item
      name={name}
      label={t(label)}
      rules={[
        ...(required ? [{ required: true, message: t('common.required', { label: t(label) }) }] : []),
        {
          type: 'number' as const,
          min,
          max,
          message: t('ch.checkup.range', { label: t(label), min, max }),
        },
      ]}
    >
      <InputNumber<number> inputMode="decimal" step={0.1} suffix={t(unit)} aria-label={t(label)} />
    </Form.Item>
  );
}

/** Step 2: the measurements, each with the phone's numeric keyboard. */
export function MeasureStep() {
  return (
    <>
      <Measure name="weightKg" label="ch.checkup.weightKg" unit="ch.unit.kg" min={0.5} max={40} required />
      <Measure name="lengthCm" label="ch.checkup.lengthCm" unit="ch.unit.cm" min={30} max={130} required />
      <Measure name="headCm" label="ch.checkup.headCm" unit="ch.unit.cm" min={20} max={60} />
      <Measure name="hemoglobinGL" label="ch.checkup.hemoglobinGL" unit="ch.unit.gl" min={30} max={250} />
    </>
  );
}

/** Step 3: development, feeding, the guidance given, a referral and notes. */
export function FindingsStep() {
  const t = useT();
  return (
    <>
      <Form.Item name="development" label={t('ch.checkup.development')}>
        <Radio.Group
          optionType="button"
          options={DEVELOPMENT_RESULTS.map((d: DevelopmentResult) => ({
            value: d,
            label: t(enumKey('developmentResult', d)),
          }))}
        />
      </Form.Item>
      <Form.Item name="feeding" label={t('ch.checkup.feeding')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="guidance" label={t('ch.checkup.guidance')}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 3 }} />
      </Form.Item>
      <Form.Item name="referral" label={t('ch.checkup.referral')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="notes" label={t('ch.checkup.notes')}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
      </Form.Item>
    </>
  );
}

/** Step 4: everything entered, to check before saving. */
export function ReviewStep({ values }: { values: Partial<CheckupFields> }) {
  const t = useT();
  const none = t('common.none');
  const n = (v: number | null | undefined, unit: MessageKey) =>
    v === null || v === undefined ? none : `${v} ${t(unit)}`;
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label={t('ch.checkup.kind')}>
        {values.kind ? t(enumKey('checkupKind', values.kind)) : none}
        {values.kind === 'scheduled' && values.ageMonths
          ? ` · ${t('ch.schedule.age', { m: values.ageMonths })}`
          : ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('ch.checkup.date')}>
        {values.date?.format('YYYY-MM-DD') ?? none}
      </Descriptions.Item>
      <Descriptions.Item label={t('ch.checkup.weightKg')}>
        {n(values.weightKg, 'ch.unit.kg')}
      </Descriptions.Item>
      <Descriptions.Item label={t('ch.checkup.lengthCm')}>
        {n(values.lengthCm, 'ch.unit.cm')}
      </Descriptions.Item>
      <Descriptions.Item label={t('ch.checkup.headCm')}>{n(values.headCm, 'ch.unit.cm')}</Descriptions.Item>
      <Descriptions.Item label={t('ch.checkup.hemoglobinGL')}>
        {n(values.hemoglobinGL, 'ch.unit.gl')}
      </Descriptions.Item>
      <Descriptions.Item label={t('ch.checkup.development')}>
        {values.development ? t(enumKey('developmentResult', values.development)) : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('ch.checkup.guidance')}>
        {values.guidance?.trim() || none}
      </Descriptions.Item>
      <Descriptions.Item label={t('ch.checkup.referral')}>
        {values.referral?.trim() || none}
      </Descriptions.Item>
    </Descriptions>
  );
}
