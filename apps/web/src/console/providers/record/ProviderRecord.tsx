import type { FilingStatus } from '@tuoyu/contracts';
import { Card, Tabs } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { type MessageKey, useT } from '../../../shared/i18n';
import { usePermission } from '../../auth/permissions';
import {
  useProviderComplaints,
  useProviderCredit,
  useProviderIncidents,
  useProviderInspections,
} from './queries';
import { LATEST, RecordList } from './RecordList';
import { ComplaintRow, CreditRow, IncidentRow, InspectionRow } from './RecordRows';
import { Blacklisting, RiskSummary } from './RecordSummary';
import './record.css';

/** A provider with a filed version standing: the ones supervision follows (risk: INSPECTABLE_STATUSES). */
const OPERATING: FilingStatus[] = ['filed', 'change_submitted', 'suspended'];
const ALL = 100;

type Section = 'inspections' | 'complaints' | 'incidents' | 'credit';

/**
 * 监管档案: one provider's risk tier, blacklisting and latest inspections, complaints, incidents
 * and credit records, read from the scoped lists, shown to regulators below its filing.
 */
export function ProviderRecord({ providerId, status }: { providerId: number; status: FilingStatus }) {
  const reader = usePermission('providers.record');
  if (!reader || !OPERATING.includes(status)) return null;
  return <RecordCard providerId={providerId} />;
}

function RecordCard({ providerId }: { providerId: number }) {
  const t = useT();
  const [all, setAll] = useState<Record<Section, boolean>>({
    inspections: false,
    complaints: false,
    incidents: false,
    credit: false,
  });
  const size = (s: Section) => (all[s] ? ALL : LATEST);
  const toggle = (s: Section) => () => setAll((a) => ({ ...a, [s]: !a[s] }));
  const inspections = useProviderInspections(providerId, size('inspections'));
  const complaints = useProviderComplaints(providerId, size('complaints'));
  const incidents = useProviderIncidents(providerId, size('incidents'));
  const credit = useProviderCredit(providerId, size('credit'));
  const label = (s: Section, total: number | undefined) => (
    <span>
      {t(`record.tab.${s}` as MessageKey)}
      {total !== undefined && <span className="record-count">{total}</span>}
    </span>
  );

  return (
    <Card
      title={t('record.title')}
      className="console-block"
      extra={<Link to="/console/risk">{t('record.riskView')}</Link>}
    >
      <RiskSummary providerId={providerId} />
      <Blacklisting providerId={providerId} />
      <Tabs
        items={[
          {
            key: 'inspections',
            label: label('inspections', inspections.data?.total),
            children: (
              <RecordList
                query={inspections}
                empty={t('record.empty.inspections')}
                expanded={all.inspections}
                onToggle={toggle('inspections')}
                listHref={`/console/inspections?providerId=${providerId}`}
                row={(i) => <InspectionRow item={i} />}
              />
            ),
          },
          {
            key: 'complaints',
            label: label('complaints', complaints.data?.total),
            children: (
              <RecordList
                query={complaints}
                empty={t('record.empty.complaints')}
                expanded={all.complaints}
                onToggle={toggle('complaints')}
                listHref={`/console/complaints?providerId=${providerId}`}
                row={(c) => <ComplaintRow item={c} />}
              />
            ),
          },
          {
            key: 'incidents',
            label: label('incidents', incidents.data?.total),
            children: (
              <RecordList
                query={incidents}
                empty={t('record.empty.incidents')}
                expanded={all.incidents}
                onToggle={toggle('incidents')}
                listHref={`/console/incidents?providerId=${providerId}`}
                row={(i) => <IncidentRow item={i} />}
              />
            ),
          },
          {
            key: 'credit',
            label: label('credit', credit.data?.total),
            children: (
              <RecordList
                query={credit}
                empty={t('record.empty.credit')}
                expanded={all.credit}
                onToggle={toggle('credit')}
                row={(c) => <CreditRow item={c} />}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
