import type { User } from '@tuoyu/contracts';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useT } from '../../shared/i18n';
import { passwordRule } from '../common/passwordPolicy';
import { useFormSave } from '../common/serverErrors';
import { useResetUserPassword } from './queries';

interface ResetFields {
  newPassword: string;
}

/** An administrator sets a new password; the user must change it at the next login. */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetFields>();
  const reset = useResetUserPassword();

  const {
    onFinish: submit,
    error: formError,
    setError: setFormError,
  } = useFormSave(form, async ({ newPassword }: ResetFields) => {
    if (!user) return;
    await reset.mutateAsync({ id: user.id, body: { newPassword } });
    void message.success(t('users.done.passwordReset', { name: user.displayName }));
    onClose();
  });

  return (
    <Modal
      open={user !== null}
      title={user ? t('users.reset.title', { name: user.displayName }) : undefined}
      okText={t('users.action.resetPassword')}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      afterClose={() => setFormError(null)}
    >
      <Typography.Paragraph type="secondary">{t('users.reset.note')}</Typography.Paragraph>
      {formError && <Alert className="console-block" type="error" showIcon title={formError} role="alert" />}
      <Form<ResetFields>
        form={form}
        name="reset-password"
        layout="vertical"
        onFinish={submit}
        preserve={false}
      >
        <Form.Item
          label={t('common.newPassword')}
          name="newPassword"
          extra={t('password.policy')}
          rules={[
            { required: true, message: t('common.required', { label: t('common.newPassword') }) },
            passwordRule(t, () => user?.username),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
