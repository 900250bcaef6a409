import { ExportOutlined, ThunderboltOutlined } from '@ant-design/icons';
import type { PlanDetail } from '@tuoyu/contracts';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Grid,
  List,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { useMe } from '../auth/session';
import { ErrorResult } from '../common/ErrorResult';
import { formatDateTime } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { STRATUM_KEYS } from './labels';
import { useDrawPlan, usePlan } from './queries';
import './plans.css';

/** 抽查计划详情: the frozen inputs and seed, the one-time draw, then the selection. */
export function PlanDetailPage() {
  const id = Number(useParams().id);
  const plan = usePlan(id);
  if (plan.isError && !plan.data)
    return (
      <Card>
        <ErrorResult error={plan.error} onRetry={() => void plan.refetch()} />
      </Card>
    );
  if (!plan.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  return <PlanView plan={plan.data} key={plan.data.id} />;
}

function PlanView({ plan }: { plan: PlanDetail }) {
  const t = useT();
  const me = useMe();
  const { modal, message } = App.useApp();
  const draw = useDrawPlan(plan.id);
  const providerName = (id: number) => plan.names.providers[String(id)] ?? `#${id}`;
  const inspectorName = (id: number) => plan.names.inspectors[String(id)] ?? `#${id}`;
  // On a phone the selection is a list (a four-column table would hide the inspectors off-screen).
  const narrow = Grid.useBreakpoint().md === false;
  const inspectionOf = (providerId: number) => plan.inspections.find((i) => i.providerId === providerId);
  const canDraw = (me.role === 'city_regulator' || me.role === 'county_regulator') && !plan.drawnAt;
  const stratumOf = (providerId: number) =>
    plan.strata.find((s) => s.candidates.includes(providerId))?.name ?? '';

  const confirmDraw = () =>
    modal.confirm({
      title: t('plans.draw.confirmTitle'),
      content: t('plans.draw.confirmBody'),
      okText: t('plans.draw.button'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const rec = await draw.mutateAsync();
          void message.success(t('plans.draw.done', { n: rec.selected.length }));
        } catch (e) {
          void message.error(errorMessage(e));
        }
      },
    });

  return (
    <>
      <PageHeader
        title={plan.planName}
        extra={
          <>
            <Button icon={<ExportOutlined aria-hidden />} href={`/draws/${plan.id}`} target="_blank">
              {t('plans.detail.public')}
            </Button>
            {canDraw && (
              <Button
                type="primary"
                danger
                icon={<ThunderboltOutlined aria-hidden />}
                loading={draw.isPending}
                onClick={confirmDraw}
              >
                {t('plans.draw.button')}
              </Button>
            )}
          </>
        }
      />
      <Card className="console-block">
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2, lg: 3 }}
          size="small"
          items={[
            { key: 'division', label: t('plans.field.division'), children: plan.divisionName },
            {
              key: 'checklist',
              label: t('plans.field.checklist'),
              children: `${plan.checklistName}（${t('plans.checklists.versionN', { n: plan.checklistVersion })}）`,
            },
            { key: 'perCheck', label: t('plans.field.perCheck'), children: plan.perCheck },
            { key: 'dueBy', label: t('plans.field.dueBy'), children: plan.dueBy },
            {
              key: 'published',
              label: t('plans.detail.published'),
              children: `${formatDateTime(plan.publishedAt)} · ${plan.publishedByName}`,
            },
            {
              key: 'status',
              label: t('plans.field.status'),
              children: plan.drawnAt ? (
                <Tag color="green">{t('plans.status.drawnAt', { at: formatDateTime(plan.drawnAt) })}</Tag>
              ) : (
                <Tag color="blue">{t('plans.status.published')}</Tag>
              ),
            },
            {
              key: 'seed',
              label: t('plans.detail.seed'),
              span: 'filled',
              children: (
                <Typography.Text code copyable className="spl-seed">
                  {plan.seed}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Card>

      {plan.drawnAt && (
        <Card className="console-block" title={t('plans.detail.selection', { n: plan.selected.length })}>
          {narrow ? (
            <List
              dataSource={plan.selected}
              locale={{ emptyText: t('plans.detail.noneSelected') }}
              renderItem={(s, i) => {
                const ins = inspectionOf(s.providerId);
                return (
                  <List.Item
                    extra={
                      ins && (
                        <Link to={`/console/inspections/${ins.id}`}>{t('plans.detail.openInspection')}</Link>
                      )
                    }
                  >
                    <Flex vertical gap={2}>
                      <Typography.Text strong>
                        {i + 1}. {providerName(s.providerId)}
                      </Typography.Text>
                      <Typography.Text type="secondary">
                        {t(STRATUM_KEYS[stratumOf(s.providerId)] ?? 'plans.stratum.normal')}
                      </Typography.Text>
                      {s.inspectorIds.map((id) => (
                        <span key={id}>{inspectorName(id)}</span>
                      ))}
                    </Flex>
                  </List.Item>
                );
              }}
            />
          ) : (
            <Table
              rowKey="providerId"
              size="small"
              pagination={false}
              dataSource={plan.selected.map((s, i) => ({ ...s, n: i + 1 }))}
              scroll={{ x: 640 }}
              locale={{ emptyText: t('plans.detail.noneSelected') }}
              columns={[
                { key: 'n', title: '#', dataIndex: 'n', width: 48 },
                {
                  key: 'stratum',
                  title: t('plans.detail.stratum'),
                  width: 96,
                  render: (_, s) => t(STRATUM_KEYS[stratumOf(s.providerId)] ?? 'plans.stratum.normal'),
                },
                {
                  key: 'provider',
                  title: t('plans.detail.provider'),
                  render: (_, s) => providerName(s.providerId),
                },
                {
                  key: 'inspectors',
                  title: t('plans.field.inspectors'),
                  render: (_, s) => (
                    <Flex vertical gap={2}>
                      {s.inspectorIds.map((i) => (
                        <span key={i}>{inspectorName(i)}</span>
                      ))}
                      {s.inspectorIds.length < plan.perCheck && (
                        <Typography.Text type="warning">{t('plans.detail.shortTeam')}</Typography.Text>
                      )}
                    </Flex>
                  ),
                },
                {
                  key: 'inspection',
                  title: t('plans.detail.inspection'),
                  width: 110,
                  render: (_, s) => {
                    const ins = inspectionOf(s.providerId);
                    return ins ? (
                      <Link to={`/console/inspections/${ins.id}`}>{t('plans.detail.openInspection')}</Link>
                    ) : null;
                  },
                },
              ]}
            />
          )}
        </Card>
      )}

      <Card className="console-block" title={t('plans.detail.strata')}>
        {plan.strata.map((s) => (
          <details key={s.name} className="spl-stratum">
            <summary>
              {t(STRATUM_KEYS[s.name] ?? 'plans.stratum.normal')} ·{' '}
              {t('plans.detail.stratumLine', {
                rate: Math.round(s.rate * 10000) / 100,
                n: s.candidates.length,
                size: s.sampleSize,
              })}
            </summary>
            {s.candidates.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plans.detail.noCandidates')} />
            ) : (
              <ul className="spl-candidates">
                {s.candidates.map((c) => (
                  <li key={c}>{providerName(c)}</li>
                ))}
              </ul>
            )}
          </details>
        ))}
      </Card>

      <Flex gap={16} wrap className="spl-two">
        <Card title={t('plans.detail.inspectors', { n: plan.inspectors.length })} className="spl-half">
          <List
            size="small"
            dataSource={plan.inspectors}
            renderItem={(i) => <List.Item>{inspectorName(i)}</List.Item>}
          />
        </Card>
        <Card title={t('plans.detail.conflicts', { n: plan.conflicts.length })} className="spl-half">
          <Typography.Paragraph type="secondary">{t('plans.detail.conflictsHint')}</Typography.Paragraph>
          <List
            size="small"
            locale={{ emptyText: t('plans.detail.noConflicts') }}
            dataSource={plan.conflicts}
            renderItem={(c) => (
              <List.Item>
                {inspectorName(c.inspectorId)} ↔ {providerName(c.providerId)}
              </List.Item>
            )}
          />
        </Card>
      </Flex>
    </>
  );
}
