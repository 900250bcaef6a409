import { Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { useT } from '../../shared/i18n';
import { useMe } from '../auth/session';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { InspectionHeader } from './InspectionHeader';
import { InspectionRecord } from './InspectionRecord';
import { useInspection } from './queries';
import { RecordForm } from './RecordForm';
import './inspections.css';

/** 检查记录: the form while the assigned inspector records it, the record once submitted. */
export function InspectionPage() {
  const t = useT();
  const me = useMe();
  const id = Number(useParams().id);
  const q = useInspection(id);
  if (q.isPending) return <Skeleton active />;
  if (q.isError) return <ErrorResult error={q.error} onRetry={() => void q.refetch()} />;
  const d = q.data;
  // Provider users come here from their rectification notices, not from the inspection list.
  const back =
    me.providerId !== null ? (
      <Link to="/console/rectifications">‹ {t('insp.nav.rectifications')}</Link>
    ) : (
      <Link to="/console/inspections">‹ {t('insp.nav.inspections')}</Link>
    );
  return (
    <div className="insp-page">
      <PageHeader title={d.providerName} extra={back} />
      <InspectionHeader d={d} />
      {d.can.record ? <RecordForm key={d.id} d={d} /> : <InspectionRecord d={d} />}
    </div>
  );
}
