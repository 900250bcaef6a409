import type { ChildList } from '@tuoyu/contracts';
import { Alert, App, DatePicker, Descriptions, Drawer, Form, Grid, Input, Modal, Skeleton, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { enumKey, useT } from '../../shared/i18n';
import { beijingTodayValue } from '../common/beijing';
import { ErrorResult } from '../common/ErrorResult';
import { useFormSave } from '../common/serverErrors';
import { useChildRecord, useLeaveChild } from './queries';

export type ChildRow = ChildList['items'][number];

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
          <Descriptions.Item label={t('common.dateOfBirth')}>{child.birthDate}</Descriptions.Item>
          <Descriptions.Item label={t('ops.children.sex')}>{t(enumKey('sex', child.sex))}</Descriptions.Item>
          <Descriptions.Item label={t('common.class')}>{child.className}</Descriptions.Item>
          <Descriptions.Item label={t('ops.children.enrolledOn')}>{child.enrolledOn}</Descriptions.Item>
          <Descriptions.Item label={t('ops.children.entryExamDate')}>
            {child.entryExamDate ?? t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('ops.children.vaccination')}>
            {child.vaccinationUpToDate ? (
              <Tag color="green">{t('common.yes')}</Tag>
            ) : (
              <Tag color="orange">{t('common.no')}</Tag>
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
        initialValues={{ leftOn: beijingTodayValue() }}
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
