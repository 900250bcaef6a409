import type { PlanDetail } from '@tuoyu/contracts';
import { Card, Flex, Grid, List, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../shared/i18n';
import { STRATUM_KEYS } from './labels';

interface Props {
  plan: PlanDetail;
  providerName: (id: number) => string;
  inspectorName: (id: number) => string;
}

/** The drawn selection: each provider with its stratum, its inspectors and, once created, its inspection. */
export function PlanSelection({ plan, providerName, inspectorName }: Props) {
  const t = useT();
  // On a phone the selection is a list (a four-column table would hide the inspectors off-screen).
  const narrow = Grid.useBreakpoint().md === false;
  const inspectionOf = (providerId: number) => plan.inspections.find((i) => i.providerId === providerId);
  const stratumOf = (providerId: number) =>
    plan.strata.find((s) => s.candidates.includes(providerId))?.name ?? '';
  return (
    <Card className="console-block" title={t('common.drawSelection', { n: plan.selected.length })}>
      {narrow ? (
        <List
          dataSource={plan.selected}
          locale={{ emptyText: t('common.noProviderDrawn') }}
          renderItem={(s, i) => {
            const ins = inspectionOf(s.providerId);
            return (
              <List.Item
                extra={
                  ins && <Link to={`/console/inspections/${ins.id}`}>{t('plans.detail.openInspection')}</Link>
                }
              >
                <Flex vertical gap={2}>
                  <Typography.Text strong>
                    {i + 1}. {providerName(s.providerId)}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t(STRATUM_KEYS[stratumOf(s.providerId)] ?? 'common.stratumNormal')}
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
          locale={{ emptyText: t('common.noProviderDrawn') }}
          columns={[
            { key: 'n', title: '#', dataIndex: 'n', width: 48 },
            {
              key: 'stratum',
              title: t('plans.detail.stratum'),
              width: 96,
              render: (_, s) => t(STRATUM_KEYS[stratumOf(s.providerId)] ?? 'common.stratumNormal'),
            },
            {
              key: 'provider',
              title: t('common.provider'),
              render: (_, s) => providerName(s.providerId),
            },
            {
              key: 'inspectors',
              title: t('common.inspectors'),
              render: (_, s) => (
                <Flex vertical gap={2}>
                  {s.inspectorIds.map((i) => (
                    <span key={i}>{inspectorName(i)}</span>
                  ))}
                  {s.inspectorIds.length < plan.perCheck && (
                    <Typography.Text type="warning">{t('common.shortTeam')}</Typography.Text>
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
  );
}
