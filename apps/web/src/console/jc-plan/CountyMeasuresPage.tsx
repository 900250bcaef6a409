import type { JcCountyMeasure } from '@tuoyu/contracts';
import { Alert, Card, Grid, Table, Tag, Typography } from 'antd';
import { useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { ErrorResult } from '../common/ErrorResult';
import { formatDateTimeShort } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { MeasureUploadCard } from './MeasureUploadCard';
import { useCountyMeasures } from './queries';

/**
 * 旗县区实施办法 (`/console/jc-plan/county-measures`): the city sees the seven counties, uploaded
 * or not, with a link to each document; a county regulator sees its own row and uploads its measures.
 */
export function CountyMeasuresPage() {
  const t = useT();
  const list = useCountyMeasures();
  const mayUpload = usePermission('jc.county-measures.upload');
  const phone = Grid.useBreakpoint().sm === false;
  const items = list.data?.items ?? [];
  const mine = mayUpload ? items[0] : undefined;
  return (
    <>
      <PageHeader title={t('jcPlan.measures.title')} />
      <Alert className="console-block" type="info" showIcon title={t('jcPlan.measures.lead')} />
      {mayUpload && list.data && <MeasureUploadCard current={mine} />}
      <Card
        title={
          list.data &&
          t('jcPlan.measures.summary', { done: items.filter((i) => i.uploaded).length, total: items.length })
        }
      >
        {list.isError && !list.data ? (
          <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<JcCountyMeasure>
            rowKey="divisionCode"
            loading={list.isFetching}
            dataSource={items}
            size={phone ? 'small' : 'middle'}
            scroll={{ x: 820 }}
            pagination={false}
            columns={[
              {
                key: 'county',
                title: t('jcPlan.measures.county'),
                width: 120,
                fixed: 'left',
                render: (_, r) => <span title={r.divisionCode}>{r.divisionName}</span>,
              },
              {
                key: 'status',
                title: t('common.status'),
                width: 100,
                render: (_, r) =>
                  r.uploaded ? (
                    <Tag color="success">{t('jcPlan.measures.uploaded')}</Tag>
                  ) : (
                    <Tag color="warning">{t('jcPlan.measures.missing')}</Tag>
                  ),
              },
              {
                key: 'title',
                title: t('jcPlan.measures.docTitle'),
                width: 280,
                render: (_, r) =>
                  r.fileUrl ? (
                    <Typography.Link href={r.fileUrl} target="_blank" rel="noopener">
                      {r.title}
                    </Typography.Link>
                  ) : (
                    '—'
                  ),
              },
              {
                key: 'issuedOn',
                title: t('jcPlan.measures.issuedOn'),
                width: 120,
                render: (_, r) => r.issuedOn ?? '—',
              },
              {
                key: 'uploadedAt',
                title: t('jcPlan.measures.uploadedAt'),
                width: 160,
                render: (_, r) => (r.uploadedAt ? formatDateTimeShort(r.uploadedAt) : '—'),
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
