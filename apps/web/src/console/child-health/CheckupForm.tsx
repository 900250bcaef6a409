import type { CheckupRecorded, ScheduleItem } from '@tuoyu/contracts';
import { Alert, Button, Flex, Form, Steps } from 'antd';
import { useState } from 'react';
import { useT } from '../../shared/i18n';
import { beijingTodayValue } from '../common/beijing';
import { useFormSave } from '../common/serverErrors';
import { FindingsStep, KindStep, MeasureStep, ReviewStep } from './CheckupSteps';
import { type CheckupFields, nextAge, STEP_FIELDS, stepOf, toCheckupBody } from './checkupModel';
import { useRecordCheckup } from './queries';

interface CheckupFormProps {
  child: { id: number; birthDate: string; schedule: readonly ScheduleItem[] };
  onSaved: (result: CheckupRecorded) => void;
}

/**
 * The check-up form, made for a phone in a home visit: four short steps (what and when;
 * measurements with a numeric keyboard; findings and guidance; review), each checked before the
 * next. Every step stays mounted (hidden), so a server error (422 `errors[].path`, e.g. an
 * implausible weight) lands on its field and the form goes back to that field's step.
 */
export function CheckupForm({ child, onSaved }: CheckupFormProps) {
  const t = useT();
  const [form] = Form.useForm<CheckupFields>();
  const [step, setStep] = useState(0);
  const record = useRecordCheckup(child.id);
  const age = nextAge(child.schedule);

  const { onFinish, error } = useFormSave(form, async (values: CheckupFields) => {
    onSaved(await record.mutateAsync(toCheckupBody(values)));
  });

  const next = async () => {
    try {
      await form.validateFields(STEP_FIELDS[step]);
    } catch {
      return;
    }
    setStep((s) => s + 1);
  };

  const save = async () => {
    await onFinish(form.getFieldsValue(true) as CheckupFields);
    const wrong = form.getFieldsError().find((f) => f.errors.length > 0);
    if (wrong) setStep(stepOf(String(wrong.name[0])));
  };

  const titles = [t('ch.checkup.step1'), t('ch.checkup.step2'), t('ch.checkup.step3'), t('ch.checkup.step4')];
  return (
    <Form<CheckupFields>
      form={form}
      layout="vertical"
      className="ch-checkup-form"
      initialValues={{ kind: age ? 'scheduled' : 'newborn_visit', ageMonths: age, date: beijingTodayValue() }}
      onFinish={() => void (step < 3 ? next() : save())}
    >
      <Steps
        size="small"
        orientation="horizontal"
        titlePlacement="vertical"
        responsive={false}
        current={step}
        items={titles.map((title) => ({ title }))}
        className="console-block"
      />
      {error && <Alert className="console-block" type="error" showIcon title={error} role="alert" />}
      <div hidden={step !== 0}>
        <KindStep birthDate={child.birthDate} />
      </div>
      <div hidden={step !== 1}>
        <MeasureStep />
      </div>
      <div hidden={step !== 2}>
        <FindingsStep />
      </div>
      {step === 3 && <ReviewStep values={form.getFieldsValue(true) as CheckupFields} />}
      <Flex gap={12} justify="space-between" className="ch-step-nav">
        <Button disabled={step === 0} onClick={() => setStep((s) => s - 1)}>
          {t('ch.checkup.prev')}
        </Button>
        {step < 3 ? (
          <Button type="primary" onClick={() => void next()}>
            {t('ch.checkup.next')}
          </Button>
        ) : (
          <Button type="primary" loading={record.isPending} onClick={() => void save()}>
            {t('ch.checkup.save')}
          </Button>
        )}
      </Flex>
    </Form>
  );
}
