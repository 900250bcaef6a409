import type { CareClass, ChildList } from '@tuoyu/contracts';
import { isValidResidentId } from '@tuoyu/domain';
import {
  Alert,
  App,
  DatePicker,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  Modal,
  Select,
  Skeleton,
  Switch,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { FormDrawer } from '../common/FormDrawer';
import { useFormSave } from '../common/serverErrors';
import { GuardiansList } from './GuardiansList';
import { useChildRecord, useCreateChild, useLeaveChild } from './queries';

export type ChildRow = ChildList['items'][number];

interface GuardianFields {
  name: string;
  relation: string;
  mobile: string;
}

interface EnrolFields {
  name: string;
  residentId: string;
  guardians: GuardianFields[];
  classId: number;
  enrolledOn: Dayjs;
  vaccinationUpToDate: boolean;
  entryExamDate?: Dayjs | null;
}

/** 入托登记: a new child; server errors land on their fields, a duplicate enrolment is explained. */
export function EnrolDrawer({
  open,
  classes,
  defaultClassId,
  onClose,
}: {
  open: boolean;
  classes: CareClass[];
  defaultClassId: number | undefined;
  onClose: () => void;
}) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<EnrolFields>();
  const create = useCreateChild();
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { label }),
  });

  const { onFinish: submit, error: formError } = useFormSave(form, async (fields: EnrolFields) => {
    const created = await create.mutateAsync({
      name: fields.name,
      residentId: fields.residentId.trim().toUpperCase(),
      guardians: fields.guardians.map((g) => ({ ...g, mobile: g.mobile.trim() })),
      classId: fields.classId,
      enrolledOn: fields.enrolledOn.format('YYYY-MM-DD'),
      vaccinationUpToDate: fields.vaccinationUpToDate,
      entryExamDate: fields.entryExamDate ? fields.entryExamDate.format('YYYY-MM-DD') : null,
    });
    if (created.duplicateFlag) {
      modal.warning({
        title: t('ops.children.duplicateTitle'),
        content: t('ops.children.duplicateBody', { name: fields.name }),
        okText: t('ops.children.understood'),
      });
    } else {
      void message.success(t('ops.children.enrolled', { name: fields.name }));
    }
    onClose();
  });

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('ops.children.enrol')}
      width={600}
      saving={create.isPending}
      onSave={() => form.submit()}
      error={formError}
    >
      <Form<EnrolFields>
        form={form}
        layout="vertical"
        initialValues={{
          classId: defaultClassId,
          enrolledOn: dayjs(),
          vaccinationUpToDate: true,
          guardians: [{ name: '', relation: '', mobile: '' }],
        }}
        onFinish={(fields) => void submit(fields)}
      >
        <Form.Item name="name" label={t('ops.field.childName')} rules={[required(t('ops.field.childName'))]}>
          <Input maxLength={32} />
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
        <Form.Item
          name="classId"
          label={t('ops.children.class')}
          rules={[
            { required: true, message: t('common.requiredSelect', { label: t('ops.children.class') }) },
          ]}
        >
          <Select
            options={classes.map((c) => ({
              value: c.id,
              label: t('ops.children.classOption', {
                name: c.name,
                enrolled: c.enrolled,
                capacity: c.capacity,
              }),
            }))}
          />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item
            name="enrolledOn"
            label={t('ops.children.enrolledOn')}
            rules={[
              {
                required: true,
                message: t('common.requiredSelect', { label: t('ops.children.enrolledOn') }),
              },
            ]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item name="entryExamDate" label={t('ops.children.entryExamDate')}>
            <DatePicker />
          </Form.Item>
        </Flex>
        <Form.Item name="vaccinationUpToDate" label={t('ops.children.vaccination')} valuePropName="checked">
          <Switch checkedChildren={t('ops.yes')} unCheckedChildren={t('ops.no')} />
        </Form.Item>
        <Typography.Title level={5}>{t('ops.children.guardians')}</Typography.Title>
        <GuardiansList />
      </Form>
    </FormDrawer>
  );
}

/** 查看: the full record (unmasked); the server writes every read to the audit log. */
export function ChildRecordDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const record = useChildRecord(id);
  const child = record.data;

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      title={child ? child.name : t('ops.children.record')}
      size={screens.sm === false ? '100%' : 560}
      destroyOnHidden
    >
      <Alert className="console-block" type="warning" showIcon title={t('ops.children.audited')} />
      {record.isError ? (
        <ErrorResult error={record.error} onRetry={() => void record.refetch()} />
      ) : !child ? (
        <Skeleton active />
      ) : (
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('ops.field.childName')}>{child.name}</Descriptions.Item>
          <Descriptions.Item label={t('ops.field.residentId')}>{child.residentId}</Descriptions.Item>
          <Descriptions.Item label={t('ops.children.birthDate')}>{child.birthDate}</Descriptions.Item>
          <Descriptions.Item label={t('ops.children.sex')}>{t(`ops.sex.${child.sex}`)}</Descriptions.Item>
          <Descriptions.Item label={t('ops.children.class')}>{child.className}</Descriptions.Item>
          <Descriptions.Item label={t('ops.children.enrolledOn')}>{child.enrolledOn}</Descriptions.Item>
          <Descriptions.Item label={t('ops.children.entryExamDate')}>
            {child.entryExamDate ?? t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('ops.children.vaccination')}>
            {child.vaccinationUpToDate ? (
              <Tag color="green">{t('ops.yes')}</Tag>
            ) : (
              <Tag color="orange">{t('ops.no')}</Tag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('ops.children.guardians')}>
            {child.guardians.map((g) => (
              <div key={`${g.name}-${g.mobile}`}>
                {g.name}（{g.relation}）{g.mobile}
              </div>
            ))}
          </Descriptions.Item>
          {child.leftOn && (
            <Descriptions.Item label={t('ops.children.leftOn')}>
              {child.leftOn}
              {child.leaveReason ? ` · ${child.leaveReason}` : ''}
            </Descriptions.Item>
          )}
          {child.duplicateFlag && (
            <Descriptions.Item label={t('ops.children.duplicateTitle')}>
              <Tag color="orange">{t('ops.children.duplicateTag')}</Tag>
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
    </Drawer>
  );
}

interface LeaveFields {
  leftOn: Dayjs;
  reason: string;
}

/** 离园: the date and the reason; the child leaves the class list. */
export function LeaveModal({ child, onClose }: { child: ChildRow | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<LeaveFields>();
  const leave = useLeaveChild();

  const { onFinish: submit, error: formError } = useFormSave(form, async (fields: LeaveFields) => {
    if (!child) return;
    await leave.mutateAsync({
      id: child.id,
      leftOn: fields.leftOn.format('YYYY-MM-DD'),
      reason: fields.reason,
    });
    void message.success(t('ops.children.left', { name: child.name }));
    onClose();
  });

  return (
    <Modal
      open={child !== null}
      title={child ? t('ops.children.leaveTitle', { name: child.name }) : undefined}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('ops.children.leave')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={leave.isPending}
      destroyOnHidden
    >
      {formError && <Alert className="console-block" type="error" showIcon title={formError} />}
      <Form<LeaveFields>
        form={form}
        layout="vertical"
        initialValues={{ leftOn: dayjs() }}
        onFinish={(fields) => void submit(fields)}
      >
        <Form.Item
          name="leftOn"
          label={t('ops.children.leftOn')}
          rules={[
            { required: true, message: t('common.requiredSelect', { label: t('ops.children.leftOn') }) },
          ]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('ops.children.leaveReason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { label: t('ops.children.leaveReason') }),
            },
          ]}
        >
          <Input.TextArea maxLength={200} rows={3} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
