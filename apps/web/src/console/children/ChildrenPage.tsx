import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { toQueryString } from '../../shared/api';
import { enumKey, useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { DEFAULT_PAGE_SIZE, pagingForUrl, positiveInt } from '../common/paging';
import { ChildRecordDrawer, type ChildRow, LeaveModal } from './ChildDrawers';
import { ClassesPanel } from './ClassesPanel';
import { EnrolDrawer } from './EnrolDrawer';
import { type ChildFilters, useChildren, useClasses } from './queries';
import './children.css';

function readFilters(params: URLSearchParams): ChildFilters {
  const classId = params.get('classId');
  return {
    classId: classId ? positiveInt(classId, 0) || undefined : undefined,
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, 100),
  };
}

/**
 * 班级与幼儿 (provider users): the classes with enrolled against capacity, and the children enrolled
 * now (ID numbers and phones masked; 查看 opens the full, audited record).
 */
export function ChildrenPage() {
  const t = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const classes = useClasses();
  const children = useChildren(filters);
  const [enrolling, setEnrolling] = useState(false);
  const [viewing, setViewing] = useState<number | null>(null);
  const [leaving, setLeaving] = useState<ChildRow | null>(null);

  const applyFilters = (next: ChildFilters) =>
    setSearchParams(
      new URLSearchParams(
        toQueryString({ classId: next.classId, ...pagingForUrl(next.page, next.pageSize) }),
      ),
    );

  return (
    <>
      <PageHeader
        title={t('ops.nav.children')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            disabled={!classes.data || classes.data.items.length === 0}
            onClick={() => setEnrolling(true)}
          >
            {t('ops.children.enrol')}
          </Button>
        }
      />
      <ClassesPanel
        selected={filters.classId}
        onSelect={(classId) => applyFilters({ ...filters, classId, page: 1 })}
      />
      <Card title={t('ops.children.title')}>
        <Flex justify="space-between" align="center" wrap gap={12} className="console-table-toolbar">
          <Space wrap>
            <label htmlFor="ops-class-filter">{t('common.class')}</label>
            <Select
              id="ops-class-filter"
              style={{ minWidth: 200 }}
              value={filters.classId ?? 0}
              onChange={(value: number) => applyFilters({ ...filters, classId: value || undefined, page: 1 })}
              options={[
                { value: 0, label: t('common.all') },
                ...(classes.data?.items ?? []).map((c) => ({ value: c.id, label: c.name })),
              ]}
            />
          </Space>
          <Typography.Text>{t('common.total', { total: children.data?.total ?? 0 })}</Typography.Text>
        </Flex>
        {children.isError && !children.data ? (
          <ErrorResult error={children.error} onRetry={() => void children.refetch()} />
        ) : (
          <Table<ChildRow>
            rowKey="id"
            loading={children.isFetching}
            dataSource={children.data?.items}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('ops.children.empty') }}
            pagination={{
              current: filters.page,
              pageSize: filters.pageSize,
              total: children.data?.total ?? 0,
              hideOnSinglePage: true,
              onChange: (page, pageSize) => applyFilters({ ...filters, page, pageSize }),
            }}
            columns={[
              {
                key: 'name',
                title: t('ops.field.childName'),
                render: (_, row) => (
                  <Space size={4} wrap>
                    <span>{row.name}</span>
                    {row.duplicateFlag && (
                      <Tooltip title={t('ops.children.duplicateHint')}>
                        <Tag color="orange">{t('ops.children.duplicateTag')}</Tag>
                      </Tooltip>
                    )}
                  </Space>
                ),
              },
              { key: 'residentId', title: t('ops.field.residentId'), dataIndex: 'residentId' },
              { key: 'birthDate', title: t('common.dateOfBirth'), dataIndex: 'birthDate' },
              { key: 'sex', title: t('ops.children.sex'), render: (_, row) => t(enumKey('sex', row.sex)) },
              { key: 'class', title: t('common.class'), dataIndex: 'className' },
              {
                key: 'guardians',
                title: t('ops.children.guardians'),
                render: (_, row) =>
                  row.guardians.map((g) => (
                    <div key={`${g.name}-${g.mobile}`}>
                      {g.name}（{g.relation}）{g.mobile}
                    </div>
                  )),
              },
              { key: 'enrolledOn', title: t('ops.children.enrolledOn'), dataIndex: 'enrolledOn' },
              {
                key: 'actions',
                title: t('common.actions'),
                fixed: 'right',
                render: (_, row) => (
                  <Space size={0}>
                    <Button type="link" onClick={() => setViewing(row.id)}>
                      {t('common.view')}
                    </Button>
                    {!row.leftOn && (
                      <Button type="link" danger onClick={() => setLeaving(row)}>
                        {t('ops.children.leave')}
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
        <Typography.Paragraph type="secondary" className="ops-footnote">
          {t('ops.children.audited')}
        </Typography.Paragraph>
      </Card>
      <EnrolDrawer
        open={enrolling}
        classes={classes.data?.items ?? []}
        defaultClassId={filters.classId}
        onClose={() => setEnrolling(false)}
      />
      <ChildRecordDrawer id={viewing} onClose={() => setViewing(null)} />
      <LeaveModal child={leaving} onClose={() => setLeaving(null)} />
    </>
  );
}
