import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Modal, Typography } from 'antd';
import { useT } from '../../../shared/i18n';

export interface IssuedAccount {
  username: string;
  initialPassword: string;
}

/**
 * The provider manager's account, shown once: the initial password is not stored in readable form
 * and cannot be shown again; the manager must change it at the first login.
 */
export function ManagerAccountModal({
  account,
  providerName,
  onClose,
}: {
  account: IssuedAccount | null;
  providerName: string;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const copyAll = async () => {
    if (!account) return;
    const text = t('prov.manager.copyText', {
      provider: providerName,
      username: account.username,
      password: account.initialPassword,
      url: `${window.location.origin}/login`,
    });
    try {
      await navigator.clipboard.writeText(text);
      void message.success(t('prov.manager.copied'));
    } catch {
      void message.error(t('prov.manager.copyFailed'));
    }
  };
  return (
    <Modal
      open={account !== null}
      title={t('prov.manager.issuedTitle')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      onCancel={onClose}
      footer={[
        <Button key="copy" icon={<CopyOutlined aria-hidden />} onClick={() => void copyAll()}>
          {t('prov.manager.copy')}
        </Button>,
        <Button key="done" type="primary" onClick={onClose}>
          {t('prov.manager.done')}
        </Button>,
      ]}
    >
      <Alert
        className="console-block"
        type="warning"
        showIcon
        title={t('prov.manager.warning')}
        role="alert"
      />
      {account && (
        <Descriptions
          bordered
          size="small"
          column={1}
          items={[
            { key: 'provider', label: t('common.providerName'), children: providerName },
            {
              key: 'username',
              label: t('prov.manager.username'),
              children: (
                <Typography.Text copyable className="prov-secret">
                  {account.username}
                </Typography.Text>
              ),
            },
            {
              key: 'password',
              label: t('common.initialPassword'),
              children: (
                <Typography.Text copyable className="prov-secret" data-testid="initial-password">
                  {account.initialPassword}
                </Typography.Text>
              ),
            },
          ]}
        />
      )}
    </Modal>
  );
}
