import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody, Me } from '@tuoyu/contracts';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { LanguageButton } from '../common/LanguageButton';
import { meQueryKey, safeNextPath } from './session';

/** Staff login. The server's own message is shown on failure (wrong password, locked for 15 minutes). */
export function LoginPage() {
  const t = useT();
  useDocumentTitle(t('common.staffLogin'));
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const queryClient = useQueryClient();

  const login = useMutation({
    mutationFn: (body: LoginBody) => api.post<Me>('/api/auth/login', body),
    onSuccess: async (me) => {
      queryClient.setQueryData(meQueryKey, me);
      await navigate(safeNextPath(searchParams.get('next')), { replace: true });
    },
  });

  return (
    <div className="login-page">
      <div className="login-lang">
        <LanguageButton />
      </div>
      <main className="login-main">
        <p className="login-platform">{t('app.name')}</p>
        <Card className="login-card">
          <Typography.Title level={1} className="login-title">
            {t('common.staffLogin')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('login.intro')}</Typography.Paragraph>
          {login.isError && (
            <Alert
              type="error"
              showIcon
              className="login-error"
              title={t('login.failed')}
              description={errorMessage(login.error)}
              role="alert"
            />
          )}
          <Form<LoginBody>
            name="login"
            layout="vertical"
            requiredMark={false}
            onFinish={(v) => login.mutate(v)}
          >
            <Form.Item
              label={t('common.username')}
              name="username"
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t('common.required', { label: t('common.username') }),
                },
              ]}
            >
              <Input size="large" prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              label={t('login.password')}
              name="password"
              rules={[{ required: true, message: t('common.required', { label: t('login.password') }) }]}
            >
              <Input.Password
                size="large"
                prefix={<LockOutlined aria-hidden />}
                autoComplete="current-password"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block loading={login.isPending}>
              {t('common.logIn')}
            </Button>
          </Form>
        </Card>
        <p className="login-back">
          <Link to="/">{t('login.backToPublic')}</Link>
        </p>
      </main>
    </div>
  );
}
