import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../../shared/i18n';
import { useCan } from '../auth/permissions';
import { ExcelImport } from '../common/ExcelImport';
import { PageHeader } from '../common/PageHeader';
import { DivisionsPanel } from './DivisionsPanel';
import { MapBoundariesLoader } from './MapBoundariesLoader';
import { populationsKey } from './queries';
import { UnitsPanel } from './UnitsPanel';

/** 区划与人口: every console user reads; system administrators and the city regulator edit. */
export function ReferencePage() {
  const t = useT();
  const can = useCan();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = searchParams.get('tab') === 'units' ? 'units' : 'divisions';
  const canEdit = can('populations.edit');

  return (
    <>
      <PageHeader title={t('reference.title')} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearchParams(key === 'units' ? { tab: 'units' } : {}, { replace: true })}
          items={[
            {
              key: 'divisions',
              label: t('reference.tab.divisions'),
              children: (
                <>
                  {canEdit && (
                    <ExcelImport
                      uploadPath="/api/populations/import"
                      templateHref="/api/populations/template.xlsx"
                      buttonLabel="reference.import.button"
                      invalidate={[populationsKey]}
                    />
                  )}
                  {can('map-boundaries.edit') && <MapBoundariesLoader />}
                  <DivisionsPanel canEdit={canEdit} />
                </>
              ),
            },
            { key: 'units', label: t('common.jointConferenceUnits'), children: <UnitsPanel /> },
          ]}
        />
      </Card>
    </>
  );
}
