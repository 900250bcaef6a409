import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import type { FilingCheck } from '@tuoyu/contracts';
import { Button, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../shared/i18n';

/**
 * The standards checks of the last submission, failed first: ✓/✗, what was found, and the standard
 * it comes from (SPEC C1: accepted only when they pass or with a reasoned exception).
 */
export function ChecksList({ checks }: { checks: FilingCheck[] }) {
  const t = useT();
  const [showPassed, setShowPassed] = useState(false);
  if (checks.length === 0) return <Empty description={t('prov.checks.none')} />;
  const failed = checks.filter((c) => !c.ok);
  const passed = checks.filter((c) => c.ok);
  // The passed checks are folded away unless asked for: the failures are what needs attention.
  const sorted = showPassed ? [...failed, ...passed] : failed;
  return (
    <>
      <Typography.Paragraph>
        {failed.length === 0
          ? t('prov.checks.allPassed', { total: checks.length })
          : t('prov.checks.summary', { total: checks.length, failed: failed.length })}
      </Typography.Paragraph>
      <ul className="prov-checks" aria-label={t('prov.checks.title')}>
        {sorted.map((check) => (
          <li
            key={`${check.id}-${check.path ?? ''}-${check.message}`}
            className={check.ok ? 'prov-check-ok' : 'prov-check-fail'}
          >
            <Flex gap={8} align="flex-start">
              {check.ok ? (
                <CheckCircleFilled className="prov-check-icon-ok" aria-label={t('prov.checks.ok')} />
              ) : (
                <CloseCircleFilled className="prov-check-icon-fail" aria-label={t('prov.checks.fail')} />
              )}
              <div>
                <div>{check.message}</div>
                <Tag className="prov-check-standard">{check.standard}</Tag>
              </div>
            </Flex>
          </li>
        ))}
      </ul>
      {passed.length > 0 && (
        <Button
          type="link"
          size="small"
          className="prov-checks-toggle"
          onClick={() => setShowPassed(!showPassed)}
        >
          {showPassed ? t('prov.checks.hidePassed') : t('prov.checks.showPassed', { count: passed.length })}
        </Button>
      )}
    </>
  );
}
