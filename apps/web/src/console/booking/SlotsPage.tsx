import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ProviderSlot } from '@tuoyu/contracts';
import { CLASS_TYPE_NAMES, CLASS_TYPES, type ClassType } from '@tuoyu/domain';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Drawer,
  Empty,
  Flex,
  Form,
  Grid,
  InputNumber,
  Select,
  Skeleton,
  Table,
  type TableColumnsType,
  Tag,
  TimePicker,
  Tooltip,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { ApiError, errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { useFormSave } from '../common/serverErrors';
import { useLocalized } from '../providers/labels';
import { useCreateSlot, useSlots, useWithdrawSlot } from './queries';

const nowrap = { onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) };

/** today … today + 30 days (31 days, the server's longest range). */
function nextThirtyDays() {
  const today = dayjs();
  return { from: today.format('YYYY-MM-DD'), to: today.add(30, 'day').format('YYYY-MM-DD') };
}

/**
 * 计时托时段 (provider users): the next 30 days' hourly/temporary care slots by date, with places
 * booked; 发布时段 publishes one, 撤下 withdraws one nobody has booked.
 */
export function SlotsPage() {
  const t = useT();
  const loc = useLocalized();
  const { message, modal } = App.useApp();
  const range = useMemo(nextThirtyDays, []);
  const slots = useSlots(range.from, range.to);
  const withdraw = useWithdrawSlot();
  const phone = Grid.useBreakpoint().sm === false;
  const [open, setOpen] = useState(false);

  const byDate = useMemo(() => {
    const groups = new Map<string, ProviderSlot[]>();
    for (const slot of slots.data?.items ?? []) {
      groups.set(slot.date, [...(groups.get(slot.date) ?? []), slot]);
    }
    return [...groups].sort(([a], [b]) => a.localeCompare(b));
  }, [slots.data]);

  const confirmWithdraw = (slot: ProviderSlot) => {
    modal.confirm({
      title: t('desk.slots.withdrawTitle', { date: slot.date, start: slot.start, end: slot.end }),
      content: t('desk.slots.withdrawBody'),
      okText: t('desk.slots.withdraw'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await withdraw.mutateAsync(slot.id);
          void message.success(t('desk.slots.withdrawn'));
        } catch (error) {
          // 409: someone booked a place meanwhile; the list is refreshed either way.
          void message.error(
            error instanceof ApiError && error.problem.status === 409
              ? error.problem.detail || t('desk.slots.hasBookings')
              : errorMessage(error),
          );
        }
      },
    });
  };

  const withdrawButton = (s: ProviderSlot) =>
    s.booked > 0 ? (
      <Tooltip title={t('desk.slots.hasBookings')}>
        <Button size="small" icon={<DeleteOutlined aria-hidden />} disabled>
          {t('desk.slots.withdraw')}
        </Button>
      </Tooltip>
    ) : (
      <Button size="small" danger icon={<DeleteOutlined aria-hidden />} onClick={() => confirmWithdraw(s)}>
        {t('desk.slots.withdraw')}
      </Button>
    );

  /** On a phone: the time with the class type, the places in one cell, the action. */
  const phoneColumns: TableColumnsType<ProviderSlot> = [
    {
      key: 'time',
      title: t('desk.slots.time'),
      render: (_, s) => (
        <Flex vertical>
          <span>{`${s.start}–${s.end}`}</span>
          <Typography.Text type="secondary">
            {s.classType ? loc(CLASS_TYPE_NAMES[s.classType]) : t('desk.slots.classTypeAny')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'places',
      title: t('desk.slots.placesShort'),
      render: (_, s) =>
        t('desk.slots.placesValue', { booked: s.booked, places: s.places, remaining: s.remaining }),
    },
    { key: 'actions', title: t('desk.apps.actions'), render: (_, s) => withdrawButton(s) },
  ];

  return (
    <>
      <PageHeader
        title={t('desk.nav.slots')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)}>
            {t('desk.slots.publish')}
          </Button>
        }
      />
      <Typography.Paragraph type="secondary">{t('desk.slots.hint')}</Typography.Paragraph>
      {slots.isError && !slots.data ? (
        <Card>
          <ErrorResult error={slots.error} onRetry={() => void slots.refetch()} />
        </Card>
      ) : !slots.data ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : byDate.length === 0 ? (
        <Card>
          <Empty description={t('desk.slots.empty')}>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)}>
              {t('desk.slots.publish')}
            </Button>
          </Empty>
        </Card>
      ) : (
        <Flex vertical gap={16}>
          {byDate.map(([date, items]) => (
            <Card
              key={date}
              size="small"
              title={`${date} ${dayjs(date).format('dddd')}`}
              extra={
                <Typography.Text type="secondary">
                  {t('desk.slots.total', { n: items.length })}
                </Typography.Text>
              }
            >
              <Table<ProviderSlot>
                rowKey="id"
                size="small"
                dataSource={items}
                pagination={false}
                scroll={phone ? undefined : { x: 560 }}
                loading={slots.isFetching}
                columns={
                  phone
                    ? phoneColumns
                    : [
                        {
                          key: 'time',
                          title: t('desk.slots.time'),
                          render: (_, s) => `${s.start}–${s.end}`,
                          ...nowrap,
                        },
                        {
                          key: 'places',
                          title: t('desk.slots.places'),
                          dataIndex: 'places',
                          align: 'right',
                          ...nowrap,
                        },
                        {
                          key: 'booked',
                          title: t('desk.slots.booked'),
                          dataIndex: 'booked',
                          align: 'right',
                          ...nowrap,
                        },
                        {
                          key: 'remaining',
                          title: t('desk.slots.remaining'),
                          align: 'right',
                          ...nowrap,
                          render: (_, s) =>
                            s.remaining > 0 ? s.remaining : <Tag color="orange">{t('desk.slots.full')}</Tag>,
                        },
                        {
                          key: 'classType',
                          title: t('desk.slots.classType'),
                          ...nowrap,
                          render: (_, s) =>
                            s.classType ? loc(CLASS_TYPE_NAMES[s.classType]) : t('desk.slots.classTypeAny'),
                        },
                        {
                          key: 'actions',
                          title: t('desk.apps.actions'),
                          ...nowrap,
                          render: (_, s) => withdrawButton(s),
                        },
                      ]
                }
              />
            </Card>
          ))}
        </Flex>
      )}
      <PublishDrawer open={open} onClose={() => setOpen(false)} />
    </>
  );
}

interface SlotFields {
  date: Dayjs;
  start: Dayjs;
  end: Dayjs;
  places: number;
  classType?: ClassType;
}

function PublishDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
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
        initialValues={{ date: dayjs().add(1, 'day'), places: 5 }}
        onFinish={(fields) => void submit(fields)}
      >
        <Form.Item name="date" label={t('desk.slots.date')} rules={[requiredSelect(t('desk.slots.date'))]}>
          <DatePicker
            disabledDate={(d) => d.isBefore(dayjs(), 'day') || d.isAfter(dayjs().add(30, 'day'), 'day')}
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
        <Form.Item name="classType" label={t('desk.slots.classType')} extra={t('desk.slots.classTypeHint')}>
          <Select
            allowClear
            placeholder={t('desk.slots.classTypeAny')}
            options={CLASS_TYPES.map((type) => ({ value: type, label: loc(CLASS_TYPE_NAMES[type]) }))}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
