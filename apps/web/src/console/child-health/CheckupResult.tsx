import type { CheckupRecorded, ZScoresOut } from '@tuoyu/contracts';
import { Alert, Button, Flex, Result, Typography } from 'antd';
import { enumKey, type MessageKey, type Translate, useT } from '../../shared/i18n';

const Z_NAMES: [keyof ZScoresOut, MessageKey][] = [
  ['weightForAge', 'ch.z.weightForAge'],
  ['lengthForAge', 'ch.z.lengthForAge'],
  ['weightForLength', 'ch.z.weightForLength'],
  ['headForAge', 'ch.z.headForAge'],
];

/** A z-score in plain words: within ±2 SD is the normal range (WHO), beyond it low or high. */
export function zInWords(t: Translate, z: number): string {
  const value = z.toFixed(2);
  if (z < -3) return t('ch.z.veryLow', { z: value });
  if (z < -2) return t('ch.z.low', { z: value });
  if (z > 3) return t('ch.z.veryHigh', { z: value });
  if (z > 2) return t('ch.z.high', { z: value });
  return t('ch.z.normal', { z: value });
}

/** What the server made of the check-up: whether it counts (on time), the z-scores and flags in plain words. */
export function CheckupResult({
  result,
  onBack,
  onAnother,
}: {
  result: CheckupRecorded;
  onBack: () => void;
  onAnother: () => void;
}) {
  const t = useT();
  const zs = Z_NAMES.filter(([key]) => result.zScores[key] !== null);
  return (
    <Result
      status={result.flags.length ? 'warning' : 'success'}
      title={t('ch.result.saved')}
      subTitle={t(result.onTime ? 'ch.result.onTime' : 'ch.result.notOnTime')}
      extra={
        <Flex gap={8} justify="center" wrap>
          <Button type="primary" onClick={onBack}>
            {t('ch.result.back')}
          </Button>
          <Button onClick={onAnother}>{t('ch.result.another')}</Button>
        </Flex>
      }
    >
      <Typography.Title level={5}>{t('ch.result.zTitle')}</Typography.Title>
      <ul className="ch-result-z">
        {zs.map(([key, name]) => (
          <li key={key}>
            {t(name)}：{zInWords(t, result.zScores[key] as number)}
          </li>
        ))}
      </ul>
      {result.flags.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('ch.result.flagged')}
          description={result.flags.map((f) => t(enumKey('growthFlag', f))).join('、')}
        />
      ) : (
        <Alert type="success" showIcon title={t('ch.result.noFlags')} />
      )}
    </Result>
  );
}
