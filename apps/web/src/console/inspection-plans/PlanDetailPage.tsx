import { ExportOutlined, EyeOutlined } from '@ant-design/icons';
import type { PlanDetail } from '@tuoyu/contracts';
import { Alert, App, Button, Card, Descriptions, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { errorMessage } from '../../shared/api';
import { type MessageKey, useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { formatDateTime } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { DrawStep } from './DrawStep';
import { STRATUM_KEYS } from './labels';
import { PlanSelection } from './PlanSelection';
import { usePlan, useRevealPlan } from './queries';
import './inspection-plans.css';

const REASON: Record<string, MessageKey> = {
  results: 'common.everyResultRecorded',
  due: 'common.dueDatePassed',
  regulator: 'common.revealedEarly',
  legacy: 'common.publicFromPublication',
};

/**
 * 抽查计划详情: the frozen inputs and the seed commitment, the one-time witnessed draw (抽取),
 * the selection (before the reveal only for those allowed to see it) and the reveal (公开).
 */
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
  const { modal, message } = App.useApp();
  const reveal = useRevealPlan(plan.id);
  const providerName = (id: number) => plan.names.providers[String(id)] ?? `#${id}`;
  const inspectorName = (id: number) => plan.names.inspectors[String(id)] ?? `#${id}`;
  // A legacy plan (published before seed commitments) cannot be drawn.
  const canDraw = plan.actions.includes('inspection-plans.draw') && plan.seedCommitment !== null;
  const canReveal = plan.actions.includes('inspection-plans.reveal');

  const confirmReveal = () =>
    modal.confirm({
      title: t('plans.reveal.confirmTitle'),
      content: t('plans.reveal.confirmBody'),
      okText: t('plans.reveal.button'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await reveal.mutateAsync();
          void message.success(t('plans.reveal.done'));
        } catch (e) {
          void message.error(errorMessage(e));
        }
      },
    });
  const status = plan.revealed ? (
    <Tag color="green">{t('plans.status.revealedAt', { at: formatDateTime(plan.revealedAt) })}</Tag>
  ) : plan.drawnAt ? (
    <Tag color="orange">
      {t('common.drawnNotYetPublic')} · {t('plans.status.drawnAt', { at: formatDateTime(plan.drawnAt) })}
    </Tag>
  ) : (
    <Tag color="blue">{t('plans.status.published')}</Tag>
  );
  const hex = (v: string | null) =>
    v ? (
      <Typography.Text code copyable className="spl-seed">
        {v}
      </Typography.Text>
    ) : (
      <Typography.Text type="secondary">{t('plans.detail.notYet')}</Typography.Text>
    );

  return (
    <>
      <PageHeader
        title={plan.planName}
        extra={
          <>
            <Button icon={<ExportOutlined aria-hidden />} href={`/draws/${plan.id}`} target="_blank">
              {t('plans.detail.public')}
            </Button>
            {canReveal && (
              <Button icon={<EyeOutlined aria-hidden />} loading={reveal.isPending} onClick={confirmReveal}>
                {t('plans.reveal.button')}
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
              label: t('common.checklist'),
              children: `${plan.checklistName}（${t('plans.checklists.versionN', { n: plan.checklistVersion })}）`,
            },
            { key: 'perCheck', label: t('plans.field.perCheck'), children: plan.perCheck },
            { key: 'dueBy', label: t('common.dueBy'), children: plan.dueBy },
            {
              key: 'published',
              label: t('plans.detail.published'),
              children: `${formatDateTime(plan.publishedAt)} · ${plan.publishedByName}`,
            },
            { key: 'status', label: t('common.status'), children: status },
            ...(plan.revealReason
              ? [
                  {
                    key: 'reason',
                    label: t('plans.detail.revealedBy'),
                    children: t(REASON[plan.revealReason] ?? 'common.revealedEarly'),
                  },
                ]
              : []),
            ...(plan.seedCommitment
              ? [
                  {
                    key: 'commitment',
                    label: t('plans.detail.commitment'),
                    span: 'filled' as const,
                    children: hex(plan.seedCommitment),
                  },
                ]
              : []),
            ...(plan.drawnAt
              ? [
                  {
                    key: 'witness',
                    label: t('plans.detail.witness'),
                    span: 'filled' as const,
                    children: `${plan.witnessInput ?? '—'}${plan.witnessName ? ` · ${plan.witnessName}` : ''}`,
                  },
                  ...(plan.seedCommitment
                    ? [
                        {
                          key: 'serverSeed',
                          label: t('plans.detail.serverSeed'),
                          span: 'filled' as const,
                          children: hex(plan.serverSeed),
                        },
                      ]
                    : []),
                  {
                    key: 'seed',
                    label: t('plans.detail.seed'),
                    span: 'filled' as const,
                    children: hex(plan.seed),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      {canDraw && <DrawStep plan={plan} />}

      {plan.drawnAt && !plan.revealed && (
        <Alert
          className="console-block"
          type="warning"
          showIcon
          message={t('plans.detail.secretHint', { dueBy: plan.dueBy })}
        />
      )}

      {plan.drawnAt && (
        <PlanSelection plan={plan} providerName={providerName} inspectorName={inspectorName} />
      )}

      <Card className="console-block" title={t('plans.detail.strata')}>
        {plan.strata.map((s) => (
          <details key={s.name} className="spl-stratum">
            <summary>
              {t(STRATUM_KEYS[s.name] ?? 'common.stratumNormal')} ·{' '}
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
        <Card title={t('common.drawConflicts', { n: plan.conflicts.length })} className="spl-half">
          <Typography.Paragraph type="secondary">{t('plans.detail.conflictsHint')}</Typography.Paragraph>
          <List
            size="small"
            locale={{ emptyText: t('common.noneWord') }}
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
