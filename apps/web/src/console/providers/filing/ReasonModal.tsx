import { Alert, Form, Input, Modal, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useT } from '../../../shared/i18n';
import { useFormSave } from '../../common/serverErrors';

interface ReasonModalProps {
  open: boolean;
  title: string;
  okText: string;
  /** Label of the reason field; no field at all when absent (a plain confirmation). */
  reasonLabel?: string;
  reasonRequired?: boolean;
  reasonHint?: string;
  danger?: boolean;
  intro?: ReactNode;
  /** Sends the action; a thrown ApiError lands on the field or above it. */
  onSubmit: (reason: string | undefined) => Promise<void>;
  onClose: () => void;
}

interface ReasonFields {
  reason?: string;
}

/** Confirms a workflow action, with the reason it needs (退回补正, 暂停, 注销, an exception to accept). */
export function ReasonModal({
  open,
  title,
  okText,
  reasonLabel,
  reasonRequired = true,
  reasonHint,
  danger,
  intro,
  onSubmit,
  onClose,
}: ReasonModalProps) {
  const t = useT();
  const [form] = Form.useForm<ReasonFields>();
  const [busy, setBusy] = useState(false);
  const {
    onFinish,
    error: formError,
    setError: setFormError,
  } = useFormSave(
    form,
    async ({ reason }: ReasonFields) => {
      await onSubmit(reason?.trim() || undefined);
      onClose();
    },
    {
      // 退回 sends `reason`, 例外通过 `exceptionReason`: both are this modal's one field.
      resolve: (path) =>
        reasonLabel && (path[0] === 'reason' || path[0] === 'exceptionReason') ? ['reason'] : null,
    },
  );
  const finish = async (fields: ReasonFields) => {
    setBusy(true);
    await onFinish(fields);
    setBusy(false);
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger }}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      afterClose={() => setFormError(null)}
    >
      {intro}
      {formError && <Alert className="console-block" type="error" showIcon title={formError} role="alert" />}
      <Form<ReasonFields>
        form={form}
        name="filing-action"
        layout="vertical"
        onFinish={finish}
        preserve={false}
      >
        {reasonLabel ? (
          <Form.Item
            label={reasonLabel}
            name="reason"
            extra={reasonHint}
            rules={
              reasonRequired
                ? [
                    {
                      required: true,
                      whitespace: true,
                      message: t('common.required', { label: reasonLabel }),
                    },
                  ]
                : []
            }
          >
            <Input.TextArea rows={4} maxLength={500} showCount />
          </Form.Item>
        ) : (
          <Typography.Paragraph type="secondary">{t('prov.action.confirmNote')}</Typography.Paragraph>
        )}
      </Form>
    </Modal>
  );
}
