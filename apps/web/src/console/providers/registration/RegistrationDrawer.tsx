import type { Me } from '@tuoyu/contracts';
import { Button, Drawer, Flex, Form, Grid } from 'antd';
import { useT } from '../../../shared/i18n';
import { useRegisterProvider } from '../queries';
import { type RegistrationFields, RegistrationForm } from './RegistrationForm';

interface RegistrationDrawerProps {
  open: boolean;
  me: Me;
  /** The caller's county when it works at county level (the form then stays in it). */
  countyCode: string | undefined;
  onClose: () => void;
}

/** 新增登记: the registering department pushes a provider it registered to the county health commission. */
export function RegistrationDrawer({ open, me, countyCode, onClose }: RegistrationDrawerProps) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<RegistrationFields>();
  const register = useRegisterProvider();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('prov.reg.createTitle')}
      size={screens.sm === false ? '100%' : 600}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={register.isPending} onClick={() => form.submit()}>
            {t('prov.reg.submit')}
          </Button>
        </Flex>
      }
    >
      {open && (
        <RegistrationForm
          form={form}
          me={me}
          countyCode={countyCode}
          onRegister={register.mutateAsync}
          onDone={onClose}
        />
      )}
    </Drawer>
  );
}
