import type { FilingStatus } from '@tuoyu/contracts';
import { Steps, type StepsProps } from 'antd';
import { enumKey, useT } from '../../../shared/i18n';

type Item = NonNullable<StepsProps['items']>[number];

/** Where the filing stands: 登记推送 → 机构提交 → 卫健委审核 → 备案 (SPEC C1 workflow). */
export function FilingSteps({ status }: { status: FilingStatus }) {
  const t = useT();
  const base: Item[] = [
    { title: t('prov.steps.registered') },
    { title: t('prov.steps.submitted') },
    { title: t('prov.steps.review') },
    { title: t('prov.steps.filed') },
  ];
  let current = 0;
  let state: StepsProps['status'] = 'process';
  switch (status) {
    case 'draft':
      current = 1;
      base[1] = { ...base[1], content: t('prov.steps.waitingProvider') };
      break;
    case 'returned':
      current = 1;
      state = 'error';
      base[1] = { ...base[1], content: t('prov.steps.returned') };
      break;
    case 'submitted':
      current = 2;
      break;
    case 'change_submitted':
      current = 2;
      base[2] = { ...base[2], content: t('prov.steps.change') };
      break;
    case 'filed':
      current = 3;
      state = 'finish';
      break;
    case 'suspended':
    case 'deregistered':
      current = 3;
      state = 'error';
      base[3] = { ...base[3], content: t(enumKey('filingStatus', status)) };
      break;
  }
  return <Steps size="small" current={current} status={state} items={base} responsive />;
}
