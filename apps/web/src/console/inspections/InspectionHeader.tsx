import type { InspectionDetail } from '@tuoyu/contracts';
import { Card, Flex, Tag, Typography } from 'antd';
import { enumKey, useT } from '../../shared/i18n';
import { formatDateTimeShort } from '../common/format';
import { ResultTag, StatusTag } from './labels';

/** Who, what and when of an inspection, on top of both the form and the record. */
export function InspectionHeader({ d }: { d: InspectionDetail }) {
  const t = useT();
  return (
    <Card className="console-block insp-header" size="small">
      <Flex wrap gap={4} className="insp-header-tags">
        <Tag>{t(enumKey('inspectionKind', d.kind))}</Tag>
        <StatusTag status={d.status} />
        <ResultTag result={d.result} />
        {d.overdue && <Tag color="error">{t('common.overdue')}</Tag>}
        {d.publishedLate && <Tag color="volcano">{t('insp.tag.late')}</Tag>}
      </Flex>
      <Typography.Text type="secondary" className="insp-header-line">
        {d.checklist.name}（v{d.checklist.version}） · {d.divisionName}
      </Typography.Text>
      <Typography.Text className="insp-header-line">
        {/* Names only: officers’ display names usually carry their unit already. */}
        {d.inspectors.map((i) => i.name).join('、')}
      </Typography.Text>
      <Typography.Text type="secondary" className="insp-header-line">
        {d.inspectedOn
          ? [
              t('insp.detail.inspectedOn', { date: d.inspectedOn }),
              d.publishedAt && t('insp.detail.published', { date: formatDateTimeShort(d.publishedAt) }),
              d.publishDue && t('insp.detail.publishDue', { date: d.publishDue }),
            ]
              .filter(Boolean)
              .join(' · ')
          : d.dueBy && t('insp.detail.dueBy', { date: d.dueBy })}
      </Typography.Text>
      {d.summary && (
        <Typography.Paragraph className="insp-header-summary">
          {t('insp.detail.summary')}：{d.summary}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
