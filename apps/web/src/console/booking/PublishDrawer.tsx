import { CLASS_TYPE_NAMES, CLASS_TYPES, type ClassType } from '@tuoyu/domain';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Grid,
  InputNumber,
  Select,
  TimePicker,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../shared/i18n';
import { beijingTodayValue } from '../common/beijing';
import { useFormSave } from '../common/serverErrors';
import { useLocalized } from '../providers/labels';
import { useCreateSlot } from './queries';

interface SlotFields {
  date: Dayjs;
  start: Dayjs;
  end: Dayjs;
  places: number;
  classType?: ClassType;
}

/** 发布时段: one slot within the next 30 days (a provider without hourly or temporary care is refused). */
export function PublishDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const loc = useLocalized();
  const screens = Grid.useBreakpoint();
  const { message } = App.useApp();
  const [form] = Form.useForm<SlotFields>();
  const create = useCreateSlot();
  const requiredSelect = (label: string) => ({
    required: true,
    message: t('common.requiredSelect', { label }),
  });

  const close = () => {
    setFormError(null);
    onClose();
  };

  // 422 (the provider offers no hourly/temporary care) has no field: it shows above the form.
  const {
    onFinish: submit,
    error: formError,
    setError: setFormError,
  } = useFormSave(form, async (fields: SlotFields) => {
    const body = {
      date: fields.date.format('YYYY-MM-DD'),
      start: fields.start.format('HH:mm'),
      end: fields.end.format('HH:mm'),
      places: fields.places,
      classType: fields.classType || undefined,
    };
    await create.mutateAsync(body);
    void message.success(t('desk.slots.published', { date: body.date, start: body.start, end: body.end }));
    close();
  });

  return (
    <Drawer
      open={open}
      onClose={close}
      title={t('desk.slots.publish')}
      size={screens.sm === false ? '100%' : 480}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            {t('desk.slots.publish')}
          </Button>
        </Flex>
      }
    >
      {formError && <Alert className="console-block" type="error" showIcon title={formError} />}
      <Form<SlotFields>
        form={form}
        layout="vertical"
        initialValues={{ date: beijingTodayValue().add(1, 'day'), places: 5 }}
        onFinish={(fields) => void submit(fields)}
      >
        <Form.Item name="date" label={t('common.date')} rules={[requiredSelect(t('common.date'))]}>
          <DatePicker
            disabledDate={(d) =>
              d.isBefore(beijingTodayValue(), 'day') || d.isAfter(beijingTodayValue().add(30, 'day'), 'day')
            }
          />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item
            name="start"
            label={t('desk.slots.start')}
            rules={[requiredSelect(t('desk.slots.start'))]}
          >
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
          </Form.Item>
          <Form.Item
            name="end"
            label={t('desk.slots.end')}
            dependencies={['start']}
            rules={[requiredSelect(t('desk.slots.end'))]}
          >
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="places"
          label={t('desk.slots.places')}
          rules={[{ required: true, message: t('common.required', { label: t('desk.slots.places') }) }]}
        >
          <InputNumber min={1} max={50} precision={0} />
        </Form.Item>
        <Form.Item name="classType" label={t('common.classType')} extra={t('desk.slots.classTypeHint')}>
          <Select
            allowClear
            placeholder={t('common.any')}
            options={CLASS_TYPES.map((type) => ({ value: type, label: loc(CLASS_TYPE_NAMES[type]) }))}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
