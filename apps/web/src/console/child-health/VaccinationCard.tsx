import { EditOutlined } from '@ant-design/icons';
import type { HealthChildRecord } from '@tuoyu/contracts';
import { Alert, App, Button, Card, DatePicker, Descriptions, Empty, Form, Modal, Radio, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../shared/i18n';
import { beijingTodayValue } from '../common/beijing';
import { useFormSave } from '../common/serverErrors';
import { useSaveVaccination } from './queries';

interface VaccinationFields {
  upToDate: boolean;
  confirmedOn: Dayjs;
}

/** 预防接种: whether the child is up to date, as confirmed from the immunisation system, and when. */
export function VaccinationCard({ child, editable }: { child: HealthChildRecord; editable: boolean }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const v = child.vaccination;
  return (
    <Card
      title={t('ch.vac.title')}
      size="small"
      extra={
        editable && (
          <Button type="link" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
            {t('ch.vac.confirm')}
          </Button>
        )
      }
    >
      {v ? (
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('ch.vac.status')}>
            <Tag color={v.upToDate ? 'success' : 'error'}>
              {t(v.upToDate ? 'ch.vac.upToDate' : 'ch.vac.behind')}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('ch.vac.confirmedOn')}>{v.confirmedOn}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ch.vac.none')} />
      )}
      {editing && <VaccinationModal child={child} onClose={() => setEditing(false)} />}
    </Card>
  );
}

function VaccinationModal({ child, onClose }: { child: HealthChildRecord; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<VaccinationFields>();
  const save = useSaveVaccination(child.id);
  const { onFinish, error } = useFormSave(form, async (f: VaccinationFields) => {
    await save.mutateAsync({ upToDate: f.upToDate, confirmedOn: f.confirmedOn.format('YYYY-MM-DD') });
    void message.success(t('ch.saved'));
    onClose();
  });
  return (
    <Modal
      open
      title={t('ch.vac.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {error && <Alert className="console-block" type="error" showIcon title={error} />}
      <Form<VaccinationFields>
        form={form}
        layout="vertical"
        initialValues={{ upToDate: child.vaccination?.upToDate ?? true, confirmedOn: beijingTodayValue() }}
        onFinish={(f) => void onFinish(f)}
      >
        <Form.Item name="upToDate" label={t('ch.vac.status')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: true, label: t('ch.vac.upToDate') },
              { value: false, label: t('ch.vac.behind') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="confirmedOn"
          label={t('ch.vac.confirmedOn')}
          extra={t('ch.vac.hint')}
          rules={[
            { required: true, message: t('common.requiredSelect', { label: t('ch.vac.confirmedOn') }) },
          ]}
        >
          <DatePicker disabledDate={(d) => d.isAfter(beijingTodayValue(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
