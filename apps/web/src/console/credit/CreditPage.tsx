import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { useMe } from '../auth/session';
import { PageHeader } from '../common/PageHeader';
import { Blacklist } from './Blacklist';
import { CreditRecords } from './CreditRecords';
import '../incidents/incidents.css';

/**
 * 黑名单与信用: regulators put a provider on the public blacklist with the decision and its legal
 * basis (it leaves "find care", its public page shows a red notice) or take it off with a reason,
 * and keep credit records (守信激励 / 失信惩戒) for providers and their staff. A provider's own
 * users see their provider's credit records.
 */
export function CreditPage() {
  const t = useT();
  const me = useMe();
  const mayDecide = usePermission('credit.decide');
  const provider = me.providerId !== null;
  const [params, setParams] = useSearchParams();
  const tab = provider ? 'records' : params.get('tab') === 'records' ? 'records' : 'blacklist';
  return (
    <>
      <PageHeader title={provider ? t('credit.nav.mine') : t('credit.nav')} />
      {provider ? (
        <CreditRecords mayAdd={false} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === 'records' ? { tab: k } : {})}
          items={[
            {
              key: 'blacklist',
              label: t('credit.tab.blacklist'),
              children: <Blacklist mayDecide={mayDecide} />,
            },
            {
              key: 'records',
              label: t('credit.tab.records'),
              children: <CreditRecords mayAdd={mayDecide} />,
            },
          ]}
        />
      )}
    </>
  );
}
