import { Alert, Button, Drawer, Flex, Grid } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../shared/i18n';

interface FormDrawerProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  /** Width on a tablet or desktop; the drawer fills a phone's screen. */
  width: number;
  saving: boolean;
  onSave: () => void;
  /** The server's message when the save failed (field errors land on the fields themselves). */
  error: string | null | undefined;
  children: ReactNode;
}

/** The console's form drawer: title, the form, 取消 / 保存 at the bottom, the save error on top. */
export function FormDrawer({
  open,
  onClose,
  title,
  width,
  saving,
  onSave,
  error,
  children,
}: FormDrawerProps) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      size={screens.sm === false ? '100%' : width}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={onSave}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {error && <Alert className="console-block" type="error" showIcon title={error} />}
      {children}
    </Drawer>
  );
}
