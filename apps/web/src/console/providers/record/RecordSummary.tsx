import { Alert, Skeleton, Tag, Typography } from 'antd';
import { errorMessage } from '../../../shared/api';
import { useT } from '../../../shared/i18n';
import { reasonLabel, TIER_TAG, tierLabel } from '../../risk/labels';
import { useProviderBlacklisting, useProviderRisk } from './queries';

export function RiskSummary({ providerId }: { providerId: number }) {
  const t = useT();
  const risk = useProviderRisk(providerId);
  if (risk.isPending) return <Skeleton active title={false} paragraph={{ rows: 1 }} />;
  if (risk.isError)
    return (
      <Alert
        className="record-gap"
        type="error"
        showIcon
        title={t('record.loadError', { message: errorMessage(risk.error) })}
      />
    );
  const item = risk.data.item;
  if (!item) return <Typography.Paragraph type="secondary">{t('record.noRisk')}</Typography.Paragraph>;
  return (
    <div className="record-risk record-gap">
      <Typography.Text strong>{t('record.riskTitle')}</Typography.Text>
      <Tag color={TIER_TAG[item.tier]} className="record-tier">
        {t(tierLabel(item.tier))}
      </Tag>
      <Typography.Text>{t('record.score', { score: item.score })}</Typography.Text>
      <Typography.Text type="secondary">{t('record.riskSince', { since: risk.data.since })}</Typography.Text>
      <span className="record-reasons">
        {item.reasons.length === 0 ? (
          <Typography.Text type="secondary">{t('record.noReasons')}</Typography.Text>
        ) : (
          item.reasons.map((r) => (
            <Tag
              key={r.code}
              color={r.code === 'clean_record' ? 'success' : r.points > 0 ? 'default' : 'error'}
            >
              {t(reasonLabel(r.code))}
              {r.count > 1 ? ` ×${r.count}` : ''}
              {r.points > 0 ? ` +${r.points}` : ''}
            </Tag>
          ))
        )}
      </span>
    </div>
  );
}

export function Blacklisting({ providerId }: { providerId: number }) {
  const t = useT();
  const entry = useProviderBlacklisting(providerId).data;
  if (!entry) return null;
  return (
    <Alert
      className="record-gap"
      type="error"
      showIcon
      title={t('record.blacklisted')}
      description={
        <>
          <div className="record-pre">
            {t('record.blacklistDecision', {
              date: entry.decidedOn,
              unit: entry.decidingUnit,
              decision: entry.decision,
            })}
          </div>
          <div>{t('record.blacklistBasis', { basis: entry.legalBasis })}</div>
        </>
      }
    />
  );
}
