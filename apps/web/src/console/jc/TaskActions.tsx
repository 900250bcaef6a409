import type { JcTask } from '@tuoyu/contracts';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { type MessageKey, useT } from '../../shared/i18n';
import { useFormSave } from '../common/serverErrors';
import { type TaskStep, useTaskStep } from './queries';

type Action = JcTask['actions'][number];

interface StepValues {
  text?: string;
  percent?: number | null;
  dueOn?: Dayjs;
  reason?: string;
  approve?: boolean;
}

/** The request body of each action from the form's values (empty optional fields left out). */
function stepOf(action: Action, v: StepValues): TaskStep {
  const reason = v.reason?.trim() || undefined;
  switch (action) {
    case 'progress':
      return {
        action,
        body: { text: v.text ?? '', ...(v.percent == null ? {} : { percent: v.percent }) },
      };
    case 'extension':
      return { action, body: { dueOn: v.dueOn?.format('YYYY-MM-DD') ?? '', reason: reason ?? '' } };
    case 'completion':
      return { action, body: { text: v.text ?? '' } };
    case 'decision':
      return { action, body: { approve: v.approve === true, ...(reason ? { reason } : {}) } };
  }
}

const SEND: Record<Action, MessageKey> = {
  progress: 'jc.task.progressSend',
  extension: 'jc.task.extensionSend',
  completion: 'jc.task.completionSend',
  decision: 'jc.task.decisionSend',
};

function StepForm({ task, action }: { task: JcTask; action: Action }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<StepValues>();
  const step = useTaskStep(task.id);
  const { onFinish, error } = useFormSave(form, async (values) => {
    await step.mutateAsync(stepOf(action, values));
    form.resetFields();
    void message.success(t('jc.task.sent'));
  });
  const required = (label: MessageKey) => [
    { required: true, message: t('common.required', { label: t(label) }) },
  ];
  return (
    <section className="jc-step" aria-label={t(SEND[action])}>
      <Typography.Title level={5}>{t(SEND[action])}</Typography.Title>
      {error && <Alert type="error" showIcon title={error} className="console-block" />}
      {/* Named per step: the fields' ids (and so their labels) stay unique with several forms open. */}
      <Form
        form={form}
        name={`jc-${action}`}
        layout="vertical"
        onFinish={onFinish}
        initialValues={action === 'decision' ? { approve: true } : undefined}
      >
        {action === 'progress' && (
          <>
            <Form.Item name="text" label={t('jc.task.progressText')} rules={required('jc.task.progressText')}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <Form.Item name="percent" label={t('jc.task.percent')}>
              <InputNumber min={0} max={100} precision={0} />
            </Form.Item>
          </>
        )}
        {action === 'extension' && (
          <>
            <Form.Item
              name="dueOn"
              label={t('jc.task.extensionDue')}
              rules={required('jc.task.extensionDue')}
            >
              <DatePicker />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('jc.task.extensionReason')}
              rules={required('jc.task.extensionReason')}
            >
              <Input maxLength={400} />
            </Form.Item>
          </>
        )}
        {action === 'completion' && (
          <Form.Item
            name="text"
            label={t('jc.task.completionText')}
            rules={required('jc.task.completionText')}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}
        {action === 'decision' && (
          <>
            <Form.Item name="approve" label={t('jc.task.decision')}>
              <Radio.Group
                options={[
                  { value: true, label: t('jc.task.decisionApprove') },
                  { value: false, label: t('jc.task.decisionReject') },
                ]}
              />
            </Form.Item>
            <Form.Item name="reason" label={t('jc.task.decisionReason')}>
              <Input maxLength={400} />
            </Form.Item>
          </>
        )}
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          {t(SEND[action])}
        </Button>
      </Form>
    </section>
  );
}

/** The forms of the steps the server says the caller may take on the task now (its `actions`), no others. */
export function TaskActions({ task }: { task: JcTask }) {
  const t = useT();
  if (task.actions.length === 0)
    return <Typography.Text type="secondary">{t('jc.task.noActions')}</Typography.Text>;
  return (
    <>
      {task.actions.map((action) => (
        <StepForm key={`${action}-${task.status}`} task={task} action={action} />
      ))}
    </>
  );
}
