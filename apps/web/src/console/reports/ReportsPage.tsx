import { DownloadOutlined } from '@ant-design/icons';
import type { MonthlyReport } from '@tuoyu/contracts';
import { Alert, Button, Card, DatePicker, Empty, Flex, Skeleton, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import { toQueryString } from '../../shared/api';
import { type MessageKey, useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { useMe } from '../auth/session';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { useProviderReport, useScopeReports } from './queries';
import './reports.css';
import { beijingToday, beijingTodayValue } from '../common/beijing';

const ROLES = ['head', 'carer', 'health', 'guard', 'cook', 'other'] as const;
const ROLE_KEY: Record<(typeof ROLES)[number], MessageKey> = {
  head: 'care.rep.role.head',
  carer: 'common.carers',
  health: 'care.rep.role.health',
  guard: 'care.rep.role.guard',
  cook: 'care.rep.role.cook',
  other: 'care.rep.role.other',
};
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const staffTotal = (r: MonthlyReport) => ROLES.reduce((sum, role) => sum + r.staffByRole[role], 0);
/** Nulls (no denominator) sort first. */
const byNullable = (a: number | null, b: number | null) => (a ?? -1) - (b ?? -1);

/**
 * 月度报告, produced by the server from the records: a provider's users see their own month as
 * figures; county and city regulators a sortable table of every provider in scope, with the Excel
 * export of the same month. The month lives in the address bar (?month=2026-11).
 */
export function ReportsPage() {
  const t = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const asked = params.get('month');
  const month = asked && MONTH.test(asked) ? asked : beijingToday().slice(0, 7);
  const regulator = usePermission('reports.overview');

  const pickMonth = (value: Dayjs | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set('month', value.format('YYYY-MM'));
    else next.delete('month');
    setParams(next, { replace: true });
  };

  const picker = (
    <DatePicker
      picker="month"
      aria-label={t('common.month')}
      value={dayjs(`${month}-01`)}
      onChange={pickMonth}
      allowClear={false}
      disabledDate={(d) => d.isAfter(beijingTodayValue(), 'month')}
    />
  );

  return (
    <>
      <PageHeader
        title={t('care.nav.reports')}
        extra={
          <>
            {picker}
            {regulator && (
              <Button
                icon={<DownloadOutlined aria-hidden />}
                href={`/api/reports/monthly/export.xlsx${toQueryString({ month })}`}
              >
                {t('common.exportExcel')}
              </Button>
            )}
          </>
        }
      />
      <Alert className="console-block" type="info" showIcon title={t('care.rep.lead')} />
      {regulator ? <ScopeReports month={month} /> : <OwnReport providerId={me.providerId} month={month} />}
    </>
  );
}

function OwnReport({ providerId, month }: { providerId: number | null; month: string }) {
  const t = useT();
  const report = useProviderReport(providerId, month);
  if (providerId === null)
    return (
      <Card>
        <Empty description={t('care.rep.noProvider')} />
      </Card>
    );
  if (report.isError && !report.data)
    return (
      <Card>
        <ErrorResult error={report.error} onRetry={() => void report.refetch()} />
      </Card>
    );
  if (report.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  const r = report.data;
  const rate = (v: number | null) => (v === null ? t('care.rep.noRate') : v);
  return (
    <Flex vertical gap={16} style={{ opacity: report.isPlaceholderData ? 0.6 : 1 }}>
      <Typography.Title level={2} className="care-section-title">
        {r.providerName} · {r.month}
      </Typography.Title>
      <div className="care-stats">
        <Card>
          <Statistic title={t('care.rep.capacity')} value={r.capacity} suffix={t('care.rep.people')} />
        </Card>
        <Card>
          <Statistic title={t('care.rep.enrolled')} value={r.enrolled} suffix={t('care.rep.people')} />
        </Card>
        <Card>
          <Statistic
            title={t('care.rep.attendanceRate')}
            value={rate(r.attendanceRate)}
            suffix={r.attendanceRate === null ? undefined : '%'}
          />
          <div className="care-stat-sub">
            {t('care.rep.childDays')} {r.childDaysPresent} ·{' '}
            {r.complete
              ? `${t('care.rep.workingDays')} ${r.workingDays}`
              : t('care.rep.workingDaysSoFar', { elapsed: r.workingDaysElapsed, total: r.workingDays })}
          </div>
        </Card>
        <Card>
          <Statistic
            title={t('care.rep.healthCompletion')}
            value={rate(r.healthCheckCompletion)}
            suffix={r.healthCheckCompletion === null ? undefined : '%'}
          />
        </Card>
        <Card>
          <Statistic
            title={t('care.rep.breachCount')}
            value={r.ratioBreaches.count}
            suffix={t('care.rep.times')}
            styles={{ content: r.ratioBreaches.count > 0 ? { color: '#cf1322' } : undefined }}
          />
        </Card>
        <Card>
          <Statistic
            title={t('care.rep.breachMinutes')}
            value={r.ratioBreaches.minutes}
            suffix={t('care.rep.minutes')}
            styles={{ content: r.ratioBreaches.minutes > 0 ? { color: '#cf1322' } : undefined }}
          />
        </Card>
      </div>
      <Card title={`${t('care.rep.staff')} · ${t('care.rep.staffTotal')} ${staffTotal(r)}`}>
        <div className="care-staff-roles">
          {ROLES.map((role) => (
            <Statistic key={role} title={t(ROLE_KEY[role])} value={r.staffByRole[role]} />
          ))}
        </div>
      </Card>
    </Flex>
  );
}

function ScopeReports({ month }: { month: string }) {
  const t = useT();
  const list = useScopeReports(month, true);
  const pct = (v: number | null) => (v === null ? t('common.none') : `${v}%`);

  const columns: ColumnsType<MonthlyReport> = [
    {
      key: 'provider',
      title: t('common.provider'),
      dataIndex: 'providerName',
      fixed: 'left',
      width: 180,
      sorter: (a, b) => a.providerName.localeCompare(b.providerName, 'zh-CN'),
    },
    {
      key: 'capacity',
      width: 96,
      title: t('care.rep.capacity'),
      dataIndex: 'capacity',
      align: 'right',
      sorter: (a, b) => a.capacity - b.capacity,
    },
    {
      key: 'enrolled',
      width: 96,
      title: t('care.rep.enrolled'),
      dataIndex: 'enrolled',
      align: 'right',
      sorter: (a, b) => a.enrolled - b.enrolled,
    },
    {
      key: 'attendanceRate',
      width: 96,
      title: t('care.rep.attendanceRate'),
      align: 'right',
      render: (_, r) => pct(r.attendanceRate),
      sorter: (a, b) => byNullable(a.attendanceRate, b.attendanceRate),
    },
    {
      key: 'staff',
      title: t('care.rep.staff'),
      children: [
        {
          key: 'staffTotal',
          width: 88,
          title: t('care.rep.staffTotal'),
          align: 'right',
          render: (_, r) => staffTotal(r),
          sorter: (a, b) => staffTotal(a) - staffTotal(b),
        },
        ...ROLES.map((role) => ({
          key: `staff-${role}`,
          width: 80,
          title: t(ROLE_KEY[role]),
          align: 'right' as const,
          render: (_: unknown, r: MonthlyReport) => r.staffByRole[role],
          sorter: (a: MonthlyReport, b: MonthlyReport) => a.staffByRole[role] - b.staffByRole[role],
        })),
      ],
    },
    {
      key: 'breaches',
      title: t('care.rep.breaches'),
      children: [
        {
          key: 'breachCount',
          width: 96,
          title: t('care.rep.breachCount'),
          align: 'right',
          render: (_, r) => r.ratioBreaches.count,
          sorter: (a, b) => a.ratioBreaches.count - b.ratioBreaches.count,
        },
        {
          key: 'breachMinutes',
          width: 120,
          title: `${t('care.rep.breachMinutes')}（${t('care.rep.minutes')}）`,
          align: 'right',
          render: (_, r) => r.ratioBreaches.minutes,
          sorter: (a, b) => a.ratioBreaches.minutes - b.ratioBreaches.minutes,
        },
      ],
    },
    {
      key: 'healthCheckCompletion',
      width: 110,
      title: t('care.rep.healthCompletion'),
      align: 'right',
      render: (_, r) => pct(r.healthCheckCompletion),
      sorter: (a, b) => byNullable(a.healthCheckCompletion, b.healthCheckCompletion),
    },
  ];

  return (
    <Card>
      {list.isError && !list.data ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<MonthlyReport>
          rowKey="providerId"
          size="middle"
          bordered
          loading={list.isFetching}
          dataSource={list.data?.items}
          columns={columns}
          scroll={{ x: 'max-content' }}
          showSorterTooltip={false}
          pagination={{
            pageSize: 20,
            hideOnSinglePage: true,
            showTotal: (total) => t('care.rep.summary', { count: total }),
          }}
          locale={{ emptyText: t('care.rep.empty') }}
        />
      )}
    </Card>
  );
}
