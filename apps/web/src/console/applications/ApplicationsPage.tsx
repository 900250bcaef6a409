import type { Application } from '@tuoyu/contracts';
import {
  CLASS_TYPE_NAMES,
  CLASS_TYPES,
  type ClassType,
  SERVICE_FORM_NAMES,
  SERVICE_FORMS,
} from '@tuoyu/domain';
import { Button, Card, Empty, Flex, Grid, Select, Skeleton, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { enumKey, useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { ErrorResult } from '../common/ErrorResult';
import { formatDateTimeShort } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { useLocalized } from '../providers/labels';
import { AcceptDrawer, DeclineModal } from './ApplicationDrawers';
import { type ApplicationStatus, useApplications } from './queries';
import './applications.css';

const STATUSES: readonly ApplicationStatus[] = ['waiting', 'accepted', 'declined'];
const nowrap = { onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) };

function readStatus(value: string | null): ApplicationStatus {
  return STATUSES.find((s) => s === value) ?? 'waiting';
}

function readType(value: string | null): ClassType | undefined {
  return CLASS_TYPES.find((c) => c === value);
}

/**
 * 入托申请 (provider users): the waitlist per class type with each application's position (候补中
 * first), the decided ones under their own tabs; 录取 places the child in a class, 婉拒 gives a reason.
 */
export function ApplicationsPage() {
  const t = useT();
  const loc = useLocalized();
  const [params, setParams] = useSearchParams();
  const status = readStatus(params.get('status'));
  const type = readType(params.get('type'));
  const applications = useApplications(status);
  const [accepting, setAccepting] = useState<Application | null>(null);
  const [declining, setDeclining] = useState<Application | null>(null);
  const phone = Grid.useBreakpoint().sm === false;
  const mayDecide = usePermission('applications.handle');

  const setFilters = (next: { status: ApplicationStatus; type?: ClassType }) => {
    const query = new URLSearchParams();
    if (next.status !== 'waiting') query.set('status', next.status);
    if (next.type) query.set('type', next.type);
    setParams(query);
  };

  const all = applications.data?.items ?? [];
  const counts = new Map<ClassType, number>();
  for (const a of all) counts.set(a.classType, (counts.get(a.classType) ?? 0) + 1);
  const rows = all
    .filter((a) => !type || a.classType === type)
    .sort(
      (a, b) =>
        CLASS_TYPES.indexOf(a.classType) - CLASS_TYPES.indexOf(b.classType) ||
        (a.position ?? 0) - (b.position ?? 0) ||
        a.createdAt.localeCompare(b.createdAt),
    );
  const serviceForm = (value: string) => {
    const form = SERVICE_FORMS.find((f) => f === value);
    return form ? loc(SERVICE_FORM_NAMES[form]) : value;
  };

  return (
    <>
      <PageHeader title={t('desk.nav.applications')} />
      <Typography.Paragraph type="secondary">{t('desk.apps.hint')}</Typography.Paragraph>
      <Card>
        <Tabs
          activeKey={status}
          onChange={(key) => setFilters({ status: readStatus(key), type })}
          items={STATUSES.map((s) => ({ key: s, label: t(enumKey('applicationStatus', s)) }))}
        />
        <Flex className="desk-filters" gap={8} wrap align="center">
          <Select<ClassType | ''>
            aria-label={t('common.classType')}
            style={{ minWidth: 200 }}
            value={type ?? ''}
            onChange={(value) => setFilters({ status, type: value || undefined })}
            options={[
              { value: '', label: t('desk.apps.allTypes') },
              ...CLASS_TYPES.filter((c) => counts.has(c) || c === type).map((c) => ({
                value: c,
                label: `${loc(CLASS_TYPE_NAMES[c])}（${counts.get(c) ?? 0}）`,
              })),
            ]}
          />
          {status === 'waiting' && (
            <Space size={4} wrap>
              {CLASS_TYPES.filter((c) => counts.has(c)).map((c) => (
                <Tag key={c} color="blue">
                  {loc(CLASS_TYPE_NAMES[c])} · {t('desk.apps.waitingCount', { n: counts.get(c) ?? 0 })}
                </Tag>
              ))}
            </Space>
          )}
        </Flex>
        {applications.isError && !applications.data ? (
          <ErrorResult error={applications.error} onRetry={() => void applications.refetch()} />
        ) : phone ? (
          !applications.data ? (
            <Skeleton active />
          ) : rows.length === 0 ? (
            <Empty description={t('desk.apps.empty')} />
          ) : (
            <Flex vertical gap={12}>
              {rows.map((a) => (
                <Card key={a.id} size="small" className="desk-app-card">
                  <Flex justify="space-between" align="center" gap={8}>
                    <Typography.Text strong>{a.childName}</Typography.Text>
                    <Space size={4}>
                      <Tag>{loc(CLASS_TYPE_NAMES[a.classType])}</Tag>
                      {a.position !== null && (
                        <Tag color="blue">{t('desk.apps.positionValue', { n: a.position })}</Tag>
                      )}
                    </Space>
                  </Flex>
                  <Typography.Paragraph type="secondary" className="desk-app-meta">
                    {t('common.dateOfBirth')} {a.birthDate} · {t('desk.apps.desiredStart')} {a.desiredStart} ·{' '}
                    {serviceForm(a.serviceForm)}
                    {a.note ? ` · ${a.note}` : ''}
                    {a.declineReason ? ` · ${t('desk.apps.declineReason')}：${a.declineReason}` : ''}
                  </Typography.Paragraph>
                  {status === 'waiting' && mayDecide && (
                    <Flex gap={8} justify="flex-end">
                      <Button danger onClick={() => setDeclining(a)}>
                        {t('desk.apps.decline')}
                      </Button>
                      <Button type="primary" onClick={() => setAccepting(a)}>
                        {t('desk.apps.accept')}
                      </Button>
                    </Flex>
                  )}
                </Card>
              ))}
            </Flex>
          )
        ) : (
          <Table<Application>
            rowKey="id"
            loading={applications.isFetching}
            dataSource={rows}
            scroll={{ x: 1200 }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('desk.apps.empty') }}
            columns={[
              {
                key: 'classType',
                title: t('common.classType'),
                render: (_, a) => loc(CLASS_TYPE_NAMES[a.classType]),
                ...nowrap,
              },
              ...(status === 'waiting'
                ? [
                    {
                      key: 'position',
                      title: t('desk.apps.position'),
                      render: (_: unknown, a: Application) =>
                        a.position === null ? (
                          t('common.none')
                        ) : (
                          <Tag color="blue">{t('desk.apps.positionValue', { n: a.position })}</Tag>
                        ),
                      ...nowrap,
                    },
                  ]
                : []),
              { key: 'childName', title: t('desk.apps.childName'), dataIndex: 'childName', ...nowrap },
              { key: 'birthDate', title: t('common.dateOfBirth'), dataIndex: 'birthDate', ...nowrap },
              {
                key: 'desiredStart',
                title: t('desk.apps.desiredStart'),
                dataIndex: 'desiredStart',
                ...nowrap,
              },
              {
                key: 'serviceForm',
                title: t('common.serviceForm'),
                render: (_, a) => serviceForm(a.serviceForm),
                ...nowrap,
              },
              {
                key: 'createdAt',
                title: t('desk.apps.createdAt'),
                render: (_, a) => formatDateTimeShort(a.createdAt),
                ...nowrap,
              },
              status === 'waiting'
                ? {
                    key: 'note',
                    title: t('desk.apps.note'),
                    width: 200,
                    render: (_, a) => a.note ?? t('common.none'),
                  }
                : {
                    key: 'decidedAt',
                    title: t('desk.apps.decidedAt'),
                    render: (_, a) => formatDateTimeShort(a.decidedAt),
                    ...nowrap,
                  },
              ...(status === 'declined'
                ? [
                    {
                      key: 'declineReason',
                      title: t('desk.apps.declineReason'),
                      width: 220,
                      render: (_: unknown, a: Application) => a.declineReason ?? t('common.none'),
                    },
                  ]
                : []),
              ...(status === 'waiting' && mayDecide
                ? [
                    {
                      key: 'actions',
                      title: t('common.actions'),
                      fixed: 'right' as const,
                      width: 150,
                      ...nowrap,
                      render: (_: unknown, a: Application) => (
                        <Space size={4}>
                          <Button size="small" type="primary" onClick={() => setAccepting(a)}>
                            {t('desk.apps.accept')}
                          </Button>
                          <Button size="small" danger onClick={() => setDeclining(a)}>
                            {t('desk.apps.decline')}
                          </Button>
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      <AcceptDrawer application={accepting} onClose={() => setAccepting(null)} />
      <DeclineModal application={declining} onClose={() => setDeclining(null)} />
    </>
  );
}
