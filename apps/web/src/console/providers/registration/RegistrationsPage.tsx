import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { toQueryString } from '../../../shared/api';
import { useT } from '../../../shared/i18n';
import { useMe } from '../../auth/session';
import { ErrorResult } from '../../common/ErrorResult';
import { ExcelImport } from '../../common/ExcelImport';
import { PageHeader } from '../../common/PageHeader';
import { pagingForUrl } from '../../common/paging';
import { useDivisions } from '../../reference/queries';
import { FilingFilterBar } from '../FilingFilterBar';
import { FilingTable } from '../FilingTable';
import { type FilingFilters, filingQuery, filingsKey, readFilingFilters, useFilingList } from '../queries';
import { RegistrationDrawer } from './RegistrationDrawer';

/**
 * 登记推送: a registering department (编办, 民政, 市场监管; 教育 for toddler classes) lists what it
 * registered and pushes new registrations to the county health commission (SPEC C1).
 */
export function RegistrationsPage() {
  const t = useT();
  const me = useMe();
  const divisions = useDivisions();
  const myDivision = divisions.data?.find((d) => d.code === me.divisionCode);
  // A county-level officer registers in its own county; a city-level one in any county.
  const countyCode =
    myDivision?.level === 'county'
      ? myDivision.code
      : myDivision?.level === 'township'
        ? (myDivision.parentCode ?? undefined)
        : undefined;
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilingFilters(searchParams);
  const list = useFilingList(filters);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const applyFilters = (next: Partial<FilingFilters>) => {
    setSearchParams(
      new URLSearchParams(toQueryString(filingQuery({ ...next, ...pagingForUrl(next.page, next.pageSize) }))),
    );
  };

  return (
    <>
      <PageHeader
        title={t('prov.reg.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDrawerOpen(true)}>
            {t('prov.reg.create')}
          </Button>
        }
      />
      <Alert
        className="console-block"
        type="info"
        showIcon
        title={t('prov.reg.scope', { unit: me.unitName ?? me.divisionName })}
      />
      <ExcelImport
        uploadPath="/api/registrations/import"
        templateHref="/api/registrations/template.xlsx"
        buttonLabel="prov.reg.import"
        invalidate={[filingsKey]}
      />
      <Card className="console-block">
        <FilingFilterBar
          value={filters}
          withStatus
          withCounty={!countyCode && divisions.isSuccess}
          onSearch={(next) => applyFilters({ ...next, pageSize: filters.pageSize })}
        />
      </Card>
      <Card>
        {list.isError && !list.data ? (
          <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <Flex justify="space-between" align="center" className="console-table-toolbar">
              <Typography.Text>{t('common.total', { total: list.data?.total ?? 0 })}</Typography.Text>
            </Flex>
            <FilingTable
              data={list.data}
              loading={list.isFetching}
              emptyText={t(
                filters.q || filters.status || filters.divisionCode
                  ? 'prov.list.emptyFiltered'
                  : 'prov.reg.empty',
              )}
              actionLabel={() => t('common.view')}
              onPageChange={(page, pageSize) => applyFilters({ ...filters, page, pageSize })}
            />
          </>
        )}
      </Card>
      <RegistrationDrawer
        open={drawerOpen}
        me={me}
        countyCode={countyCode}
        onClose={() => setDrawerOpen(false)}
      />
    </>
  );
}
