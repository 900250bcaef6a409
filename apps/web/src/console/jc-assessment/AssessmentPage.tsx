import { CalculatorOutlined, DownloadOutlined, SendOutlined } from '@ant-design/icons';
import type { JcAssessRow } from '@tuoyu/contracts';
import { Alert, App, Button, Card, Empty, Flex, Popconfirm, Select, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { MarkDrawer } from './MarkDrawer';
import { OwnResult } from './OwnResult';
import { exportHref, useAssessment, useCompute, usePublish } from './queries';
import { ResultTable } from './ResultTable';
import { WeightsCard } from './WeightsCard';

const FIRST_YEAR = 2021;
const STATUS_COLOR = { draft: 'default', computed: 'orange', published: 'green' } as const;

/** 督查考核 (plan 三(三)): the office's page; a county or unit sees its own result here. */
export function AssessmentPage() {
  const t = useT();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('year')) || thisYear - 1;
  const canAssess = usePermission('jc.assess');
  const result = useAssessment(year);
  const compute = useCompute(year);
  const publish = usePublish(year);
  const [marking, setMarking] = useState<JcAssessRow | null>(null);
  const data = result.data;
  const open = data?.status !== 'published';
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const title =
    data?.view === 'county'
      ? t('jca.nav.county')
      : data?.view === 'unit'
        ? t('jca.nav.unit')
        : t('jca.nav.page');
  const act = (m: typeof compute, done: string) =>
    m.mutate(undefined, {
      onSuccess: () => void message.success(done),
      onError: (e) => void message.error(e.message),
    });
  return (
    <>
      <PageHeader
        title={title}
        extra={
          <>
            <Select
              aria-label={t('jca.year')}
              value={year}
              onChange={(y) => setParams({ year: String(y) })}
              options={years.map((y) => ({ value: y, label: t('jca.yearOption', { year: y }) }))}
              style={{ width: 120 }}
            />
            {canAssess && open && (
              <Button
                icon={<CalculatorOutlined aria-hidden />}
                loading={compute.isPending}
                onClick={() => act(compute, t('jca.computed'))}
              >
                {compute.isPending ? t('jca.computing') : t('jca.compute')}
              </Button>
            )}
            {canAssess && open && (
              <Popconfirm title={t('jca.publishConfirm')} onConfirm={() => act(publish, t('jca.published'))}>
                <Button
                  type="primary"
                  icon={<SendOutlined aria-hidden />}
                  disabled={data?.status !== 'computed' || data.stale}
                  loading={publish.isPending}
                >
                  {t('jca.publish')}
                </Button>
              </Popconfirm>
            )}
            <Button icon={<DownloadOutlined aria-hidden />} href={exportHref(year)}>
              {t('common.exportExcel')}
            </Button>
          </>
        }
      />
      {result.isError && !data ? (
        <Card>
          <ErrorResult error={result.error} onRetry={() => void result.refetch()} />
        </Card>
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : data.view !== 'all' ? (
        <OwnResult data={data} />
      ) : (
        <Flex vertical gap={16}>
          <Alert type="info" showIcon title={t('jca.lead')} />
          <Flex gap={8} wrap align="center">
            <Tag color={STATUS_COLOR[data.status]}>{t(`jca.status.${data.status}`)}</Tag>
            {data.asOf && <span>{t('jca.asOf', { date: data.asOf })}</span>}
          </Flex>
          {data.stale && <Alert type="warning" showIcon title={t('jca.stale')} />}
          <WeightsCard year={year} editable={canAssess && open} />
          {data.counties.length + data.units.length === 0 ? (
            <Card>
              <Empty description={t('jca.empty.none')} />
            </Card>
          ) : (
            <>
              <Card size="small" title={t('jca.counties')}>
                <ResultTable rows={data.counties} onMark={canAssess && open ? setMarking : undefined} />
              </Card>
              <Card size="small" title={t('jca.units')}>
                <ResultTable rows={data.units} onMark={canAssess && open ? setMarking : undefined} />
              </Card>
            </>
          )}
        </Flex>
      )}
      <MarkDrawer year={year} row={marking} onClose={() => setMarking(null)} />
    </>
  );
}
