import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ProviderSlot } from '@tuoyu/contracts';
import { CLASS_TYPE_NAMES } from '@tuoyu/domain';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Grid,
  Skeleton,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { ApiError, errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { beijingTodayValue } from '../common/beijing';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { useLocalized } from '../providers/labels';
import { PublishDrawer } from './PublishDrawer';
import { useSlots, useWithdrawSlot } from './queries';

const nowrap = { onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) };

/** today … today + 30 days (31 days, the server's longest range). */
function nextThirtyDays() {
  const today = beijingTodayValue();
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
      title: t('common.time'),
      render: (_, s) => (
        <Flex vertical>
          <span>{`${s.start}–${s.end}`}</span>
          <Typography.Text type="secondary">
            {s.classType ? loc(CLASS_TYPE_NAMES[s.classType]) : t('common.any')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'places',
      title: t('desk.slots.places'),
      render: (_, s) =>
        t('desk.slots.placesValue', { booked: s.booked, places: s.places, remaining: s.remaining }),
    },
    { key: 'actions', title: t('common.actions'), render: (_, s) => withdrawButton(s) },
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
                          title: t('common.time'),
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
                          title: t('common.classType'),
                          ...nowrap,
                          render: (_, s) =>
                            s.classType ? loc(CLASS_TYPE_NAMES[s.classType]) : t('common.any'),
                        },
                        {
                          key: 'actions',
                          title: t('common.actions'),
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
