import type { JcTask, JcUrgeBody } from '@tuoyu/contracts';
import { Alert, App, Button, Form, Input, Typography } from 'antd';
import { useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { useFormSave } from '../common/serverErrors';
import { useUrgeTask } from './queries';

/** 催办 (the office): a notice to the lead and co-units under 我的消息, kept in the task's record. */
export function UrgeForm({ task }: { task: JcTask }) {
  const t = useT();
  const { message } = App.useApp();
  const may = usePermission('jc.manage');
  const [form] = Form.useForm<JcUrgeBody>();
  const urge = useUrgeTask(task.id);
  const { onFinish, error } = useFormSave(form, async (v) => {
    await urge.mutateAsync({ text: v.text.trim() });
    form.resetFields();
    void message.success(t('jc.urge.sent'));
  });
  if (!may || task.status === 'done') return null;
  return (
    <section className="jc-step" aria-label={t('jc.urge.send')}>
      <Typography.Title level={5}>{t('jc.urge.send')}</Typography.Title>
      {error && <Alert type="error" showIcon title={error} className="console-block" />}
      <Form form={form} name="jc-urge" layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="text"
          label={t('jc.urge.text')}
          rules={[{ required: true, message: t('common.required', { label: t('jc.urge.text') }) }]}
        >
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Button htmlType="submit" loading={urge.isPending}>
          {t('jc.urge.send')}
        </Button>
      </Form>
    </section>
  );
}
