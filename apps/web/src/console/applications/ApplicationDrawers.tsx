import type { Application } from '@tuoyu/contracts';
import { CLASS_TYPE_NAMES, isValidResidentId } from '@tuoyu/domain';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  Modal,
  Select,
  Switch,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../shared/i18n';
import { GuardiansList } from '../children/GuardiansList';
import { useClasses } from '../children/queries';
import { useFormSave } from '../common/serverErrors';
import { useLocalized } from '../providers/labels';
import { useAcceptApplication, useDeclineApplication } from './queries';

interface GuardianFields {
  name: string;
  relation: string;
  mobile: string;
}

interface AcceptFields {
  classId: number;
  residentId: string;
  guardians: GuardianFields[];
  vaccinationUpToDate: boolean;
  entryExamDate?: Dayjs | null;
}

/**
 * 录取: the class (those of the application's class type, and mixed-age ones; the server checks the
 * age), the child's ID number and guardians; server errors land on their fields (guardians.0.mobile).
 */
export function AcceptDrawer({
  application,
  onClose,
}: {
  application: Application | null;
  onClose: () => void;
}) {
  const t = useT();
  const loc = useLocalized();
  const screens = Grid.useBreakpoint();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<AcceptFields>();
  const classes = useClasses();
  const accept = useAcceptApplication();
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { label }),
  });

  const fitting = (classes.data?.items ?? []).filter(
    (c) => !application || c.type === application.classType || c.type === 'mixed' || c.type === 'family',
  );

  const close = () => {
    setFormError(null);
    onClose();
  };

  const {
    onFinish: submit,
    error: formError,
    setError: setFormError,
  } = useFormSave(form, async (fields: AcceptFields) => {
    if (!application) return;
    const result = await accept.mutateAsync({
      id: application.id,
      body: {
        classId: fields.classId,
        residentId: fields.residentId.trim().toUpperCase(),
        guardians: fields.guardians.map((g) => ({ ...g, mobile: g.mobile.trim() })),
        vaccinationUpToDate: fields.vaccinationUpToDate,
        entryExamDate: fields.entryExamDate ? fields.entryExamDate.format('YYYY-MM-DD') : null,
      },
    });
    if (result.duplicateFlag) {
      modal.warning({
        title: t('ops.children.duplicateTitle'),
        content: t('ops.children.duplicateBody', { name: application.childName }),
        okText: t('ops.children.understood'),
      });
    } else {
      void message.success(t('desk.apps.accepted', { name: application.childName }));
    }
    close();
  });

  return (
    <Drawer
      open={application !== null}
      onClose={close}
      title={application ? t('desk.apps.acceptTitle', { name: application.childName }) : undefined}
      size={screens.sm === false ? '100%' : 600}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" loading={accept.isPending} onClick={() => form.submit()}>
            {t('desk.apps.accept')}
          </Button>
        </Flex>
      }
    >
      {application && (
        <Descriptions className="console-block" column={1} size="small" bordered>
          <Descriptions.Item label={t('desk.apps.childName')}>{application.childName}</Descriptions.Item>
          <Descriptions.Item label={t('common.dateOfBirth')}>{application.birthDate}</Descriptions.Item>
          <Descriptions.Item label={t('common.classType')}>
            {loc(CLASS_TYPE_NAMES[application.classType])}
          </Descriptions.Item>
          <Descriptions.Item label={t('desk.apps.desiredStart')}>
            {application.desiredStart}
          </Descriptions.Item>
        </Descriptions>
      )}
      {formError && <Alert className="console-block" type="error" showIcon title={formError} />}
      <Form<AcceptFields>
        form={form}
        layout="vertical"
        initialValues={{
          classId: fitting.length === 1 ? fitting[0]?.id : undefined,
          vaccinationUpToDate: true,
          guardians: [{ name: '', relation: '', mobile: '' }],
        }}
        onFinish={(fields) => void submit(fields)}
      >
        <Form.Item
          name="classId"
          label={t('common.class')}
          extra={
            application
              ? t('desk.apps.classHint', { type: loc(CLASS_TYPE_NAMES[application.classType]) })
              : undefined
          }
          rules={[{ required: true, message: t('common.requiredSelect', { label: t('common.class') }) }]}
        >
          <Select
            loading={classes.isLoading}
            notFoundContent={classes.isLoading ? undefined : t('desk.apps.noClass')}
            options={fitting.map((c) => ({
              value: c.id,
              label: t('ops.children.classOption', {
                name: c.name,
                enrolled: c.enrolled,
                capacity: c.capacity,
              }),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="residentId"
          label={t('ops.field.residentId')}
          rules={[
            required(t('ops.field.residentId')),
            {
              validator: (_, value: string | undefined) =>
                !value || isValidResidentId(value.trim().toUpperCase())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('ops.field.residentIdInvalid'))),
            },
          ]}
        >
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="vaccinationUpToDate" label={t('ops.children.vaccination')} valuePropName="checked">
            <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
          </Form.Item>
          <Form.Item name="entryExamDate" label={t('ops.children.entryExamDate')}>
            <DatePicker />
          </Form.Item>
        </Flex>
        <Typography.Title level={5}>{t('ops.children.guardians')}</Typography.Title>
        <GuardiansList />
      </Form>
    </Drawer>
  );
}

/** 婉拒: a reason the parent will read. */
export function DeclineModal({
  application,
  onClose,
}: {
  application: Application | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const decline = useDeclineApplication();

  const close = () => {
    setFormError(null);
    onClose();
  };

  const {
    onFinish: submit,
    error: formError,
    setError: setFormError,
  } = useFormSave(form, async ({ reason }: { reason: string }) => {
    if (!application) return;
    await decline.mutateAsync({ id: application.id, reason: reason.trim() });
    void message.success(t('desk.apps.declined', { name: application.childName }));
    close();
  });

  return (
    <Modal
      open={application !== null}
      title={application ? t('desk.apps.declineTitle', { name: application.childName }) : undefined}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('desk.apps.decline')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={decline.isPending}
      destroyOnHidden
    >
      {formError && <Alert className="console-block" type="error" showIcon title={formError} />}
      <Form<{ reason: string }>
        form={form}
        layout="vertical"
        initialValues={{ reason: '' }}
        onFinish={(fields) => void submit(fields)}
      >
        <Form.Item
          name="reason"
          label={t('desk.apps.declineReason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { label: t('desk.apps.declineReason') }),
            },
          ]}
        >
          <Input.TextArea maxLength={500} rows={3} showCount placeholder={t('desk.apps.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
