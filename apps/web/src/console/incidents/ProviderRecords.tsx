import { PlusOutlined } from '@ant-design/icons';
import type { DrillList, EmergencyPlanList } from '@tuoyu/contracts';
import { Button, Card, Grid, Table } from 'antd';
import { useState } from 'react';
import { useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { fileHref } from '../providers/queries';
import { planKindLabel } from './labels';
import { DrillDrawer, PlanDrawer } from './PreparednessDrawers';
import { useDrills, usePlans } from './queries';

type Plan = EmergencyPlanList['items'][number];
type DrillRow = DrillList['items'][number];

/** One provider's emergency plans and drills; its own users add them, supervisors read them. */
export function ProviderRecords({ providerId, editable }: { providerId: number; editable: boolean }) {
  const t = useT();
  const plans = usePlans(providerId);
  const drills = useDrills(providerId);
  const [addingPlan, setAddingPlan] = useState(false);
  const [addingDrill, setAddingDrill] = useState(false);
  const phone = Grid.useBreakpoint().sm === false;
  return (
    <>
      <Card
        className="console-block"
        title={t('inc.prep.plansTitle')}
        extra={
          editable && (
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAddingPlan(true)}>
              {t('inc.prep.addPlan')}
            </Button>
          )
        }
      >
        {plans.isError ? (
          <ErrorResult error={plans.error} onRetry={() => void plans.refetch()} />
        ) : (
          <Table<Plan>
            rowKey="id"
            size="small"
            loading={plans.isLoading}
            dataSource={plans.data?.items ?? []}
            pagination={false}
            scroll={{ x: phone ? 480 : undefined }}
            locale={{ emptyText: t('inc.prep.noPlans') }}
            columns={[
              { key: 'kind', title: t('common.kindCategory'), render: (_, p) => planKindLabel(t, p.kind) },
              { key: 'title', title: t('inc.prep.title'), dataIndex: 'title' },
              { key: 'effectiveOn', title: t('inc.prep.effectiveOn'), dataIndex: 'effectiveOn' },
              {
                key: 'file',
                title: t('inc.prep.file'),
                render: (_, p) =>
                  p.fileId ? (
                    <a href={fileHref(p.fileId)} target="_blank" rel="noopener">
                      {t('inc.prep.open')}
                    </a>
                  ) : (
                    t('common.none')
                  ),
              },
            ]}
          />
        )}
      </Card>
      <Card
        title={t('inc.prep.drillsTitle')}
        extra={
          editable && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAddingDrill(true)}>
              {t('inc.prep.addDrill')}
            </Button>
          )
        }
      >
        {drills.isError ? (
          <ErrorResult error={drills.error} onRetry={() => void drills.refetch()} />
        ) : (
          <Table<DrillRow>
            rowKey="id"
            size="small"
            loading={drills.isLoading}
            dataSource={drills.data?.items ?? []}
            pagination={false}
            scroll={{ x: phone ? 560 : undefined }}
            locale={{ emptyText: t('inc.prep.noDrills') }}
            columns={[
              { key: 'heldOn', title: t('inc.prep.heldOn'), dataIndex: 'heldOn', width: 110 },
              {
                key: 'kind',
                title: t('common.kindCategory'),
                render: (_, d) => planKindLabel(t, d.planKind),
                width: 100,
              },
              {
                key: 'participants',
                title: t('inc.prep.participants'),
                dataIndex: 'participants',
                width: 90,
              },
              {
                key: 'notes',
                title: t('inc.prep.notes'),
                render: (_, d) => (
                  <>
                    {d.notes ?? t('common.none')}
                    {d.photoFileIds.map((f, n) => (
                      <a key={f} href={fileHref(f)} target="_blank" rel="noopener" style={{ marginLeft: 8 }}>
                        {t('inc.prep.photo', { n: n + 1 })}
                      </a>
                    ))}
                  </>
                ),
              },
            ]}
          />
        )}
      </Card>
      {editable && (
        <PlanDrawer providerId={providerId} open={addingPlan} onClose={() => setAddingPlan(false)} />
      )}
      {editable && (
        <DrillDrawer providerId={providerId} open={addingDrill} onClose={() => setAddingDrill(false)} />
      )}
    </>
  );
}
