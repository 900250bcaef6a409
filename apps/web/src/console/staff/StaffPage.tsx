import { PlusOutlined } from '@ant-design/icons';
import type { StaffMember } from '@tuoyu/contracts';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { enumKey, useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { ErrorResult } from '../common/ErrorResult';
import { ExcelImport } from '../common/ExcelImport';
import { PageHeader } from '../common/PageHeader';
import { useStaff } from './queries';
import { StaffDrawer } from './StaffDrawer';

/** Short values (names, dates) stay on one line; the table scrolls sideways instead. */
const nowrap = { onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) };

/**
 * 从业人员 (provider users; a provider's manager registers hires): roles, health exams (a lapsed one
 * keeps the person out of the ratio count) and the certificates that expire soon.
 */
export function StaffPage() {
  const t = useT();
  const staff = useStaff();
  const [open, setOpen] = useState(false);
  const mayCreate = usePermission('staff.manage');

  return (
    <>
      <PageHeader
        title={t('ops.nav.staff')}
        extra={
          mayCreate ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)}>
              {t('ops.staff.create')}
            </Button>
          ) : undefined
        }
      />
      {mayCreate && (
        <ExcelImport
          uploadPath="/api/staff/import"
          templateHref="/api/staff/template.xlsx"
          buttonLabel="desk.staffImport"
          invalidate={[['operations', 'staff']]}
        />
      )}
      <Card>
        {staff.isError && !staff.data ? (
          <ErrorResult error={staff.error} onRetry={() => void staff.refetch()} />
        ) : (
          <Table<StaffMember>
            rowKey="id"
            loading={staff.isFetching}
            dataSource={staff.data?.items}
            scroll={{ x: 940 }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('ops.staff.empty') }}
            columns={[
              { key: 'name', title: t('common.personName'), dataIndex: 'name', ...nowrap },
              {
                key: 'role',
                title: t('ops.staff.role'),
                render: (_, row) => t(enumKey('staffRole', row.role)),
                ...nowrap,
              },
              { key: 'residentId', title: t('ops.field.residentId'), dataIndex: 'residentId', ...nowrap },
              {
                key: 'mobile',
                title: t('common.mobile'),
                ...nowrap,
                render: (_, row) => row.mobile ?? t('common.none'),
              },
              {
                key: 'healthExam',
                title: t('ops.staff.healthExamDate'),
                ...nowrap,
                render: (_, row) => (
                  <Space size={4} wrap>
                    <span>{row.healthExamDate ?? t('common.none')}</span>
                    {row.healthExamLapsed && (
                      <Tag color="red" title={t('ops.staff.lapsedHint')}>
                        {t('common.expired')}
                      </Tag>
                    )}
                  </Space>
                ),
              },
              { key: 'hiredOn', title: t('ops.staff.hiredOn'), dataIndex: 'hiredOn', ...nowrap },
              {
                key: 'alerts',
                title: t('ops.staff.alerts'),
                width: 220,
                render: (_, row) =>
                  row.alerts.length === 0 ? (
                    t('common.none')
                  ) : (
                    <Space size={4} wrap>
                      {row.alerts.map((alert) => (
                        <Tag key={`${alert.kind}-${alert.label}-${alert.due}`} color="orange">
                          {t('ops.staff.alertDue', { label: alert.label, due: alert.due })}
                        </Tag>
                      ))}
                    </Space>
                  ),
              },
              {
                key: 'qualifications',
                title: t('ops.staff.qualifications'),
                width: 120,
                render: (_, row) =>
                  row.qualifications.length === 0
                    ? t('common.none')
                    : row.qualifications.map((q) => q.type).join('、'),
              },
            ]}
          />
        )}
        {staff.data?.items.some((row) => row.healthExamLapsed) && (
          <Typography.Paragraph type="secondary" className="ops-footnote">
            {t('ops.staff.lapsedHint')}
          </Typography.Paragraph>
        )}
      </Card>
      {mayCreate && <StaffDrawer open={open} onClose={() => setOpen(false)} />}
    </>
  );
}
