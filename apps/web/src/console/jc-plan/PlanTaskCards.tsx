import type { JcPlanProgress, JcPlanTask } from '@tuoyu/contracts';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useT } from '../../shared/i18n';
import { formatDateTimeShort } from '../common/format';
import { PlanStatusTag } from './StatusTag';
import { useUnitName } from './units';

/** The task list on a phone: one card per task, the unit's own status and its report button. */
export function PlanTaskCards({
  rows,
  own,
  mayReport,
  empty,
  onReport,
}: {
  rows: JcPlanTask[];
  own: (task: JcPlanTask) => JcPlanProgress | undefined;
  mayReport: boolean;
  empty: string;
  onReport: (task: JcPlanTask) => void;
}) {
  const t = useT();
  const unitName = useUnitName();
  if (rows.length === 0) return <Empty description={empty} />;
  return (
    <Flex vertical gap={12}>
      {rows.map((x) => {
        const p = own(x);
        return (
          <Card key={x.id} size="small" title={`${x.id} ${x.title}`}>
            <Typography.Text type="secondary">{x.responsibleUnits.map(unitName).join('、')}</Typography.Text>
            {x.mine ? (
              <Flex vertical gap={4} style={{ marginTop: 8 }}>
                <span>
                  <PlanStatusTag status={p?.status ?? 'unreported'} />
                  {p && (
                    <Typography.Text type="secondary">
                      {t('jcPlan.updatedAt', { at: formatDateTimeShort(p.updatedAt) })}
                    </Typography.Text>
                  )}
                </span>
                {p && <Typography.Paragraph ellipsis={{ rows: 3 }}>{p.text}</Typography.Paragraph>}
                {mayReport && (
                  <Button block type={p ? 'default' : 'primary'} onClick={() => onReport(x)}>
                    {p ? t('jcPlan.update') : t('jcPlan.report')}
                  </Button>
                )}
              </Flex>
            ) : (
              <Flex wrap gap={4} style={{ marginTop: 8 }}>
                {x.responsibleUnits.map((u) => {
                  const q = x.progress.find((r) => r.unit === u);
                  return (
                    <span key={u}>
                      {unitName(u)} <PlanStatusTag status={q?.status ?? 'unreported'} />
                    </span>
                  );
                })}
              </Flex>
            )}
          </Card>
        );
      })}
    </Flex>
  );
}
