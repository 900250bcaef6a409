import { EditOutlined } from '@ant-design/icons';
import type { HealthChildRecord } from '@tuoyu/contracts';
import { Alert, App, Button, Card, DatePicker, Descriptions, Empty, Form, Input, Modal, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../shared/i18n';
import { beijingTodayValue } from '../common/beijing';
import { useFormSave } from '../common/serverErrors';
import { useSaveFamilyDoctor } from './queries';

interface DoctorFields {
  team: string;
  doctor: string;
  signedOn: Dayjs;
  validUntil: Dayjs;
}

/** 家庭医生签约: the team and doctor, the contract's dates and whether it is valid now; health workers edit it. */
export function FamilyDoctorCard({ child, editable }: { child: HealthChildRecord; editable: boolean }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const fd = child.familyDoctor;
  return (
    <Card
      title={t('ch.fd.title')}
      size="small"
      extra={
        editable && (
          <Button type="link" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
            {t(fd ? 'ch.fd.edit' : 'ch.fd.sign')}
          </Button>
        )
      }
    >
      {fd ? (
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('ch.fd.team')}>{fd.team}</Descriptions.Item>
          <Descriptions.Item label={t('ch.fd.doctor')}>{fd.doctor}</Descriptions.Item>
          <Descriptions.Item label={t('ch.fd.period')}>
            {fd.signedOn} ~ {fd.validUntil}{' '}
            <Tag color={fd.valid ? 'success' : 'default'}>
              {t(fd.valid ? 'ch.fd.valid' : 'ch.fd.expired')}
            </Tag>
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ch.fd.none')} />
      )}
      {editing && <DoctorModal child={child} onClose={() => setEditing(false)} />}
    </Card>
  );
}

function DoctorModal({ child, onClose }: { child: HealthChildRecord; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<DoctorFields>();
  const save = useSaveFamilyDoctor(child.id);
  const fd = child.familyDoctor;
  const { onFinish, error } = useFormSave(form, async (f: DoctorFields) => {
    await save.mutateAsync({
      team: f.team.trim(),
      doctor: f.doctor.trim(),
      signedOn: f.signedOn.format('YYYY-MM-DD'),
      validUntil: f.validUntil.format('YYYY-MM-DD'),
    });
    void message.success(t('ch.saved'));
    onClose();
  });
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { label }),
  });
  const requiredDate = (label: string) => ({
    required: true,
    message: t('common.requiredSelect', { label }),
  });
  return (
    <Modal
      open
      title={t('ch.fd.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {error && <Alert className="console-block" type="error" showIcon title={error} />}
      <Form<DoctorFields>
        form={form}
        layout="vertical"
        initialValues={
          fd
            ? { ...fd, signedOn: dayjs(fd.signedOn), validUntil: dayjs(fd.validUntil) }
            : {
                signedOn: beijingTodayValue(),
                validUntil: beijingTodayValue().add(1, 'year').subtract(1, 'day'),
              }
        }
        onFinish={(f) => void onFinish(f)}
      >
        <Form.Item name="team" label={t('ch.fd.team')} rules={[required(t('ch.fd.team'))]}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="doctor" label={t('ch.fd.doctor')} rules={[required(t('ch.fd.doctor'))]}>
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item name="signedOn" label={t('ch.fd.signedOn')} rules={[requiredDate(t('ch.fd.signedOn'))]}>
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="validUntil"
          label={t('ch.fd.validUntil')}
          dependencies={['signedOn']}
          rules={[
            requiredDate(t('ch.fd.validUntil')),
            ({ getFieldValue }) => ({
              validator: (_, v: Dayjs | undefined) =>
                !v || !getFieldValue('signedOn') || !v.isBefore(getFieldValue('signedOn') as Dayjs, 'day')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('ch.fd.untilBeforeSigned'))),
            }),
          ]}
        >
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
