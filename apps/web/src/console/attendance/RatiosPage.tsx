import type { RatioBreach } from '@tuoyu/contracts';
import { CLASS_TYPE_NAMES } from '@tuoyu/domain';
import { Alert, Card, Table, Tag } from 'antd';
import { useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { ErrorResult } from '../common/ErrorResult';
import { formatDateTimeShort } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { useLocalized } from '../providers/labels';
import { useRatioBreaches } from './queries';

/**
 * 师幼比监测: every stretch of time a class had fewer carers present than the ratio requires. County
 * regulators see their providers', city regulators all, township officers their county's, a
 * provider's users their own (the server scopes the list).
 */
export function RatiosPage() {
  const t = useT();
  const loc = useLocalized();
  const breaches = useRatioBreaches();
  // Who records the roll call sees its own provider's breaches, without a provider column.
  const provider = usePermission('attendance.record');

  return (
    <>
      <PageHeader title={t('ops.nav.ratios')} />
      <Alert
        className="console-block"
        type="info"
        showIcon
        title={t(provider ? 'ops.ratios.scopeProvider' : 'ops.ratios.scope')}
      />
      <Card>
        {breaches.isError && !breaches.data ? (
          <ErrorResult error={breaches.error} onRetry={() => void breaches.refetch()} />
        ) : (
          <Table<RatioBreach>
            rowKey="id"
            loading={breaches.isFetching}
            dataSource={breaches.data?.items}
            scroll={{ x: 820 }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('ops.ratios.empty') }}
            columns={[
              ...(provider
                ? []
                : [
                    {
                      key: 'provider',
                      title: t('ops.ratios.provider'),
                      dataIndex: 'providerName',
                      width: 200,
                    },
                  ]),
              {
                key: 'class',
                title: t('common.class'),
                render: (_, row) => `${row.className}（${loc(CLASS_TYPE_NAMES[row.classType])}）`,
              },
              {
                key: 'startedAt',
                title: t('ops.ratios.startedAt'),
                render: (_, row) => formatDateTimeShort(row.startedAt),
              },
              {
                key: 'endedAt',
                title: t('ops.ratios.endedAt'),
                render: (_, row) =>
                  row.endedAt ? (
                    formatDateTimeShort(row.endedAt)
                  ) : (
                    <Tag color="red">{t('ops.ratios.open')}</Tag>
                  ),
              },
              {
                key: 'minutes',
                title: t('ops.ratios.minutes'),
                align: 'right',
                render: (_, row) => t('ops.ratios.minutesValue', { minutes: row.minutes }),
              },
              {
                key: 'present',
                title: t('ops.ratios.present'),
                render: (_, row) =>
                  t('ops.ratios.presentValue', {
                    children: row.childrenPresent,
                    carers: row.carersPresent,
                  }),
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
