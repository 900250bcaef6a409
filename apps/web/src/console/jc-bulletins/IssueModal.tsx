import { Alert, App, Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { beijingTodayValue } from '../common/beijing';
import { useIssueBulletin } from './queries';

interface Values {
  issuedOn: Dayjs;
  isPublic: boolean;
  publicSummary?: string;
}

/** 签发: the date (today unless the office dates it earlier), and optionally a public summary. */
export function IssueModal({ id, onClose }: { id: number; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const issue = useIssueBulletin(id);
  const isPublic = Form.useWatch('isPublic', form);
  return (
    <Modal
      open
      title={t('jcb.issueTitle')}
      okText={t('jcb.issue')}
      okButtonProps={{ loading: issue.isPending, danger: true }}
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          const r = await issue.mutateAsync({
            issuedOn: v.issuedOn.format('YYYY-MM-DD'),
            ...(v.isPublic && v.publicSummary ? { publicSummary: v.publicSummary } : {}),
          });
          void message.success(t('jcb.issued', { number: r.number }));
          onClose();
        } catch (e) {
          void message.error(errorMessage(e));
        }
      }}
    >
      <Alert className="console-block" type="warning" showIcon title={t('jcb.issueHint')} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ issuedOn: beijingTodayValue(), isPublic: false }}
      >
        <Form.Item name="issuedOn" label={t('jcb.issuedOn')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(beijingTodayValue(), 'day')} />
        </Form.Item>
        <Form.Item name="isPublic" valuePropName="checked">
          <Checkbox>{t('jcb.publicTick')}</Checkbox>
        </Form.Item>
        {isPublic && (
          <Form.Item
            name="publicSummary"
            label={t('jcb.publicSummary')}
            extra={t('jcb.publicSummaryHint')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('common.required', { label: t('jcb.publicSummary') }),
              },
            ]}
          >
            <Input.TextArea rows={4} maxLength={1000} showCount />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
