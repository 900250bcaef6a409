import type { JcPlanStatus, JcPlanTask } from '@tuoyu/contracts';
import { JC_PLAN_STATUSES } from '@tuoyu/domain';
import { Alert, App, Form, Input, Modal, Radio } from 'antd';
import { enumKey, useT } from '../../shared/i18n';
import { useFormSave } from '../common/serverErrors';
import { useReportPlanProgress } from './queries';

interface Fields {
  status: JcPlanStatus;
  text: string;
}

/** A responsible unit reports (or updates) its progress on one plan task for the year. */
export function ReportModal({
  task,
  unit,
  year,
  onClose,
}: {
  task: JcPlanTask | null;
  unit: string | null;
  year: number;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Fields>();
  const report = useReportPlanProgress();
  const current = task?.progress.find((p) => p.unit === unit);
  const { onFinish, error, setError } = useFormSave(form, async (v: Fields) => {
    if (!task) return;
    await report.mutateAsync({ id: task.id, body: { year, status: v.status, text: v.text } });
    void message.success(t('jcPlan.report.done'));
    onClose();
  });
  return (
    <Modal
      open={task !== null}
      title={task ? t('jcPlan.report.title', { year, task: `${task.id} ${task.title}` }) : undefined}
      okText={t('jcPlan.report')}
      cancelText={t('common.cancel')}
      confirmLoading={report.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      afterClose={() => setError(null)}
    >
      {error && <Alert className="console-block" type="error" showIcon title={error} role="alert" />}
      <Form<Fields>
        form={form}
        name="jc-plan-report"
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={{ status: current?.status ?? 'in_progress', text: current?.text ?? '' }}
      >
        <Form.Item label={t('common.status')} name="status" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={JC_PLAN_STATUSES.map((s) => ({ value: s, label: t(enumKey('jcPlanStatus', s)) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('jcPlan.report.text')}
          name="text"
          extra={t('jcPlan.report.textHint')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { label: t('jcPlan.report.text') }),
            },
          ]}
        >
          <Input.TextArea rows={5} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
