import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordBody } from '@tuoyu/contracts';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { api } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { PageHeader } from '../common/PageHeader';
import { passwordRule } from '../common/passwordPolicy';
import { useFormSave } from '../common/serverErrors';
import { meQueryKey, useMe } from './session';

interface PasswordFields extends ChangePasswordBody {
  confirm: string;
}

/**
 * Change one's own password. `forced`: the account must change it before anything else (first
 * login, or an administrator reset it) — the console then shows only this form.
 */
export function PasswordForm({ forced = false }: { forced?: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordFields>();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const me = useMe();

  const change = useMutation({
    mutationFn: (body: ChangePasswordBody) => api.post('/api/auth/password', body),
  });
  const { onFinish, error: formError } = useFormSave(
    form,
    async ({ oldPassword, newPassword }: PasswordFields) => {
      await change.mutateAsync({ oldPassword, newPassword });
      form.resetFields();
      void message.success(t('password.changed'));
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      // After a forced change, go on to the dashboard unless the person was heading somewhere else.
      if (forced && pathname === '/console/password') await navigate('/console', { replace: true });
    },
  );

  const required = (label: string) => ({ required: true, message: t('common.required', { label }) });

  return (
    <>
      <PageHeader title={t('common.changePassword')} />
      {forced && (
        <Alert
          className="console-block"
          type="warning"
          showIcon
          title={t('password.mustChange.title')}
          description={t('password.mustChange.body')}
        />
      )}
      <Card className="console-narrow-card">
        {formError && (
          <Alert className="console-block" type="error" showIcon title={formError} role="alert" />
        )}
        <Form<PasswordFields> form={form} name="change-password" layout="vertical" onFinish={onFinish}>
          <Form.Item label={t('password.old')} name="oldPassword" rules={[required(t('password.old'))]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            label={t('common.newPassword')}
            name="newPassword"
            extra={<PasswordRules />}
            rules={[required(t('common.newPassword')), passwordRule(t, () => me.username)]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label={t('password.confirm')}
            name="confirm"
            dependencies={['newPassword']}
            rules={[
              required(t('password.confirm')),
              ({ getFieldValue }) => ({
                validator: async (_rule, value: string | undefined) => {
                  if (value && value !== getFieldValue('newPassword'))
                    throw new Error(t('password.mismatch'));
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {t('common.changePassword')}
          </Button>
        </Form>
      </Card>
    </>
  );
}

/** The rules, shown under the field before anyone types: the server's reason replaces guessing. */
function PasswordRules() {
  const t = useT();
  return (
    <div className="console-password-rules">
      <Typography.Text type="secondary">{t('password.rules.title')}</Typography.Text>
      <ul>
        <li>{t('password.rules.length')}</li>
        <li>{t('password.rules.guessable')}</li>
        <li>{t('password.rules.username')}</li>
      </ul>
      <Typography.Text type="secondary">{t('password.rules.example')}</Typography.Text>
    </div>
  );
}
