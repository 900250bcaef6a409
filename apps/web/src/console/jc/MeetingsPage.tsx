import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { JcMeetingListItem } from '@tuoyu/contracts';
import { Button, Card, Empty, Flex, Select, Table, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { enumKey, useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { MeetingDrawer } from './MeetingDrawer';
import { useJcMeetings } from './queries';
import { beijingToday } from './units';
import './jc.css';

/** The years to pick from: three back and one ahead of this one. */
function years(current: number) {
  return [current + 1, current, current - 1, current - 2, current - 3];
}

export function MeetingStatusTag({ status }: { status: JcMeetingListItem['status'] }) {
  const t = useT();
  return (
    <Tag color={status === 'held' ? 'success' : 'processing'}>
      {t(status === 'held' ? 'jc.meeting.status.held' : 'jc.meeting.status.planned')}
    </Tag>
  );
}

/** 会议: the year's plenary, thematic and liaison meetings (a unit: those it is invited to); the office calls one. */
export function MeetingsPage() {
  const t = useT();
  const manage = usePermission('jc.manage');
  const [params, setParams] = useSearchParams();
  const thisYear = Number(beijingToday().slice(0, 4));
  const year = Number(params.get('year')) || thisYear;
  const meetings = useJcMeetings(year);
  const [creating, setCreating] = useState(false);

  const columns: TableProps<JcMeetingListItem>['columns'] = [
    {
      title: t('jc.meeting.date'),
      key: 'date',
      width: 110,
      render: (_, m) => <span className="jc-nowrap">{m.date}</span>,
    },
    {
      title: t('jc.meeting.title'),
      key: 'title',
      render: (_, m) => <Link to={`/console/jc/meetings/${m.id}`}>{m.title}</Link>,
    },
    {
      title: t('jc.meeting.kind'),
      key: 'kind',
      width: 120,
      render: (_, m) => t(enumKey('jcMeetingKind', m.kind)),
    },
    { title: t('jc.meeting.chair'), dataIndex: 'chair', key: 'chair', width: 140, responsive: ['md'] },
    { title: t('jc.meeting.place'), dataIndex: 'place', key: 'place', responsive: ['lg'] },
    {
      title: t('jc.meeting.status'),
      key: 'status',
      width: 100,
      render: (_, m) => <MeetingStatusTag status={m.status} />,
    },
    {
      title: t('jc.meeting.minutesNo'),
      key: 'no',
      width: 200,
      render: (_, m) =>
        m.minutesNo ? <Link to={`/console/jc/meetings/${m.id}/minutes`}>{m.minutesNo}</Link> : null,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('jc.nav.meetings')}
        extra={
          manage && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('jc.meeting.new')}
            </Button>
          )
        }
      />
      <Card>
        <Flex justify="space-between" align="center" wrap gap={8} className="console-table-toolbar">
          <Select<number>
            aria-label={t('jc.meeting.year')}
            value={year}
            style={{ width: 120 }}
            onChange={(y) => setParams(y === thisYear ? {} : { year: String(y) })}
            options={years(thisYear).map((y) => ({ value: y, label: t('jc.meeting.yearOption', { y }) }))}
          />
          <Flex gap={12} align="center">
            <Typography.Text>{t('common.total', { total: meetings.data?.length ?? 0 })}</Typography.Text>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              href={`/api/jc/meetings/export.xlsx?year=${year}`}
            >
              {t('common.exportExcel')}
            </Button>
          </Flex>
        </Flex>
        {meetings.isError ? (
          <ErrorResult error={meetings.error} onRetry={() => void meetings.refetch()} />
        ) : (
          <Table<JcMeetingListItem>
            rowKey="id"
            columns={columns}
            dataSource={meetings.data ?? []}
            loading={meetings.isFetching}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: <Empty description={t(manage ? 'jc.meeting.empty' : 'jc.meeting.emptyUnit')} />,
            }}
          />
        )}
      </Card>
      {manage && <MeetingDrawer open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
