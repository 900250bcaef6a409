import type { HealthChildRecord } from '@tuoyu/contracts';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../shared/i18n';
import { beijingTodayValue } from '../common/beijing';
import { useFormSave } from '../common/serverErrors';
import { useChangeHealthStatus } from './queries';
import { useTownshipOptions } from './townships';

type Change = 'move' | 'moved_out' | 'died';

interface StatusFields {
  change: Change;
  on: Dayjs;
  townshipCode?: string;
  reason?: string;
}

/**
 * 变更状态: moved within the city (the record follows the child to its new township), moved out of
 * the city, or died — the last two take the child off the register, so the save asks first.
 */
export function StatusModal({ child, onClose }: { child: HealthChildRecord; onClose: () => void }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<StatusFields>();
  const change = Form.useWatch('change', form) ?? 'move';
  const save = useChangeHealthStatus(child.id);
  const townships = useTownshipOptions(true);

  const { onFinish, error } = useFormSave(form, async (f: StatusFields) => {
    await save.mutateAsync({
      status: f.change === 'move' ? 'active' : f.change,
      on: f.on.format('YYYY-MM-DD'),
      townshipCode: f.change === 'move' ? f.townshipCode : undefined,
      reason: f.reason?.trim() || undefined,
    });
    void message.success(t('ch.saved'));
    onClose();
  });

  const confirmThenSave = (f: StatusFields) => {
    const township = townships.options.find((o) => o.value === f.townshipCode)?.label ?? '';
    modal.confirm({
      title: t('ch.status.confirmTitle'),
      content:
        f.change === 'move'
          ? t('ch.status.confirmMove', { name: child.name, township })
          : t(f.change === 'died' ? 'ch.status.confirmDied' : 'ch.status.confirmMovedOut', {
              name: child.name,
            }),
      okText: t('ch.status.confirmOk'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: f.change !== 'move' },
      onOk: () => onFinish(f),
    });
  };

  return (
    <Modal
      open
      title={t('ch.status.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {error && <Alert className="console-block" type="error" showIcon title={error} />}
      <Form<StatusFields>
        form={form}
        layout="vertical"
        initialValues={{ change: 'move', on: beijingTodayValue() }}
        onFinish={confirmThenSave}
      >
        <Form.Item name="change" label={t('ch.status.change')}>
          <Radio.Group
            options={[
              { value: 'move', label: t('ch.status.move') },
              { value: 'moved_out', label: t('ch.status.movedOut') },
              { value: 'died', label: t('ch.status.died') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="on"
          label={t('ch.status.on')}
          rules={[{ required: true, message: t('common.requiredSelect', { label: t('ch.status.on') }) }]}
        >
          <DatePicker
            disabledDate={(d) =>
              d.isAfter(beijingTodayValue(), 'day') || d.isBefore(dayjs(child.birthDate), 'day')
            }
          />
        </Form.Item>
        {change === 'move' && (
          <Form.Item
            name="townshipCode"
            label={t('ch.status.newTownship')}
            rules={[
              { required: true, message: t('common.requiredSelect', { label: t('ch.status.newTownship') }) },
              {
                validator: (_, v: string | undefined) =>
                  v !== child.townshipCode
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('ch.status.sameTownship'))),
              },
            ]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={townships.loading}
              options={townships.options}
            />
          </Form.Item>
        )}
        <Form.Item name="reason" label={t('ch.status.reason')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
