import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../../shared/i18n';
import { useMe } from '../auth/session';
import { PageHeader } from '../common/PageHeader';
import { ExpertsTab } from './ExpertsTab';
import { MembersTab } from './MembersTab';

/** 专家指导委员会 and 行业协会 (issue 12 item 1): the office keeps both; the conference's readers read. */
export function RegistersPage() {
  const t = useT();
  const me = useMe();
  const manages = me.permissions.includes('jc.manage');
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'association' ? 'association' : 'experts';
  return (
    <>
      <PageHeader title={t('jcr.title')} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === 'experts' ? {} : { tab: k })}
          items={[
            { key: 'experts', label: t('jcr.tab.experts'), children: <ExpertsTab manages={manages} /> },
            {
              key: 'association',
              label: t('jcr.tab.association'),
              children: <MembersTab manages={manages} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
