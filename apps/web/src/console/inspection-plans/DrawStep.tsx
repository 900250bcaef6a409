import { ThunderboltOutlined } from '@ant-design/icons';
import type { DrawBody, PlanDetail } from '@tuoyu/contracts';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useT } from '../../shared/i18n';
import { useFormSave } from '../common/serverErrors';
import { useDrawPlan } from './queries';

/** 抽取: the witness' input (and name) entered at the draw, then the one-time draw after a confirmation. */
export function DrawStep({ plan }: { plan: PlanDetail }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<DrawBody>();
  const draw = useDrawPlan(plan.id);
  const confirmed = (values: DrawBody) =>
    new Promise<void>((resolve, reject) => {
      modal.confirm({
        title: t('plans.draw.confirmTitle'),
        content: t('plans.draw.confirmBody'),
        okText: t('plans.draw.button'),
        cancelText: t('common.cancel'),
        onOk: async () => {
          try {
            const rec = await draw.mutateAsync({
              witnessInput: values.witnessInput,
              ...(values.witnessName?.trim() ? { witnessName: values.witnessName } : {}),
            });
            void message.success(t('plans.draw.done', { n: rec.selected.length }));
            resolve();
          } catch (e) {
            reject(e);
          }
        },
        onCancel: () => resolve(),
      });
    });
  const { save, error } = useFormSave(form, confirmed);
  return (
    <Card className="console-block" title={t('plans.draw.step')}>
      <Typography.Paragraph type="secondary">{t('plans.draw.stepHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" className="spl-draw-form">
        <Form.Item
          name="witnessInput"
          label={t('plans.detail.witness')}
          rules={[
            { required: true, whitespace: true, max: 200, message: t('plans.draw.witnessInputRequired') },
          ]}
        >
          <Input maxLength={200} showCount placeholder={t('plans.draw.witnessInputPlaceholder')} />
        </Form.Item>
        <Form.Item name="witnessName" label={t('plans.draw.witnessName')} rules={[{ max: 100 }]}>
          <Input maxLength={100} placeholder={t('plans.draw.witnessNamePlaceholder')} />
        </Form.Item>
        {error && <Alert type="error" showIcon message={error} className="spl-draw-error" />}
        <Button
          type="primary"
          danger
          icon={<ThunderboltOutlined aria-hidden />}
          loading={draw.isPending}
          onClick={() => void save()}
        >
          {t('plans.draw.button')}
        </Button>
      </Form>
    </Card>
  );
}
