import type { Filing, FilingData } from '@tuoyu/contracts';
import {
  CLASS_TYPE_NAMES,
  type ClassType,
  DOCUMENT_TYPE_NAMES,
  type DocumentType,
  maxClassSize,
  minCarers,
  SERVICE_FORM_NAMES,
} from '@tuoyu/domain';
import { Descriptions, Table, Typography } from 'antd';
import { useLang, useT } from '../../shared/i18n';
import { useDivisions } from '../reference/queries';
import { formatDate, formatFee, useLocalized } from './labels';
import { fileHref } from './queries';

interface FilingDataViewProps {
  data: FilingData;
  /** Offer document links (the roles that may download stored files). */
  canDownload: boolean;
  /** Names of the stored documents, from the filing record. */
  files?: Filing['files'];
}

/** The filing form as a reviewer reads it: sections, tables with names, fees in ¥, document links. */
export function FilingDataView({ data, canDownload, files = [] }: FilingDataViewProps) {
  const t = useT();
  const lang = useLang();
  const loc = useLocalized();
  const divisions = useDivisions();
  const township = divisions.data?.find((d) => d.code === data.townshipCode);
  const totalCapacity = data.classes.reduce((sum, c) => sum + c.capacity, 0);
  const yes = (v: boolean) => t(v ? 'common.yes' : 'common.no');
  const ages =
    data.ageFromMonths !== undefined || data.ageToMonths !== undefined
      ? t('prov.data.agesValue', {
          from: data.ageFromMonths ?? t('common.none'),
          to: data.ageToMonths ?? t('common.none'),
        })
      : t('common.none');

  return (
    <div className="prov-data">
      <Typography.Title level={3} className="prov-section-title">
        {t('prov.section.basic')}
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, xxl: 3 }}
        items={[
          {
            key: 'address',
            label: t('prov.field.siteAddress'),
            children: data.address,
            span: { xs: 1, sm: 2, lg: 3 },
          },
          {
            key: 'township',
            label: t('prov.field.township'),
            children: township?.name ?? data.townshipCode,
          },
          {
            key: 'forms',
            label: t('prov.field.serviceForms'),
            children: data.serviceForms.map((f) => loc(SERVICE_FORM_NAMES[f])).join('、'),
          },
          { key: 'hours', label: t('common.openingHours'), children: data.openingHours },
          { key: 'inclusive', label: t('prov.field.inclusive'), children: yes(data.inclusive) },
          { key: 'meals', label: t('prov.field.mealsServed'), children: yes(data.mealsServed) },
          { key: 'ages', label: t('prov.field.ages'), children: ages },
        ]}
      />
      <Typography.Title level={3} className="prov-section-title">
        {t('prov.section.site')}
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, xxl: 3 }}
        items={[
          {
            key: 'location',
            label: t('prov.field.location'),
            children: `${data.location.lat.toFixed(5)}, ${data.location.lng.toFixed(5)}`,
          },
          {
            key: 'building',
            label: t('prov.field.buildingArea'),
            children: t('prov.unit.m2', { value: data.buildingAreaM2 }),
          },
          {
            key: 'outdoor',
            label: t('prov.field.outdoorArea'),
            children: t('prov.unit.m2', { value: data.outdoorAreaM2 }),
          },
          { key: 'floor', label: t('prov.field.floorMax'), children: data.floorMax },
          {
            key: 'cctv',
            label: t('prov.field.cctvRetention'),
            children: t('prov.unit.days', { value: data.cctvRetentionDays }),
          },
        ]}
      />
      <Typography.Title level={3} className="prov-section-title">
        {t('common.classes')}{' '}
        <Typography.Text type="secondary" className="prov-section-note">
          {t('common.placesInTotal', { total: totalCapacity })}
        </Typography.Text>
      </Typography.Title>
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={data.classes}
        locale={{ emptyText: t('prov.data.noClasses') }}
        columns={[
          {
            title: t('common.classType'),
            key: 'type',
            render: (_, c) => loc(CLASS_TYPE_NAMES[c.type as ClassType]),
          },
          { title: t('common.className'), key: 'name', render: (_, c) => c.name || t('common.none') },
          {
            title: t('prov.col.capacity'),
            key: 'capacity',
            render: (_, c) => {
              const max = maxClassSize(c.type);
              return (
                <Typography.Text type={c.capacity > max ? 'danger' : undefined}>
                  {c.capacity} / {t('prov.col.maxShort', { max })}
                </Typography.Text>
              );
            },
          },
          {
            title: t('common.carers'),
            key: 'carers',
            render: (_, c) => {
              const need = minCarers(c.type, c.capacity);
              return (
                <Typography.Text type={c.carers < need ? 'danger' : undefined}>
                  {c.carers} / {t('prov.col.needShort', { need })}
                </Typography.Text>
              );
            },
          },
        ]}
      />
      <Typography.Title level={3} className="prov-section-title">
        {t('prov.section.fees')}
      </Typography.Title>
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={data.fees}
        locale={{ emptyText: t('prov.data.noFees') }}
        columns={[
          { title: t('prov.col.feeItem'), dataIndex: 'item', key: 'item' },
          {
            title: t('common.serviceForm'),
            key: 'form',
            render: (_, f) => loc(SERVICE_FORM_NAMES[f.serviceForm]),
          },
          {
            title: t('common.classType'),
            key: 'classType',
            render: (_, f) => (f.classType ? loc(CLASS_TYPE_NAMES[f.classType]) : t('prov.data.allClasses')),
          },
          {
            title: t('prov.col.amount'),
            key: 'amount',
            align: 'right',
            render: (_, f) => formatFee(f.amountFen, f.unit, lang),
          },
        ]}
      />
      <Typography.Title level={3} className="prov-section-title">
        {t('prov.section.insurance')}
      </Typography.Title>
      {data.insurance ? (
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, xxl: 3 }}
          items={[
            { key: 'insurer', label: t('prov.field.insurer'), children: data.insurance.insurer },
            { key: 'policy', label: t('prov.field.policyNo'), children: data.insurance.policyNo },
            {
              key: 'until',
              label: t('prov.field.validUntil'),
              children: formatDate(data.insurance.validUntil),
            },
          ]}
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('prov.data.noInsurance')}</Typography.Paragraph>
      )}
      <Typography.Title level={3} className="prov-section-title">
        {t('prov.section.documents')}
      </Typography.Title>
      {data.documents.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('prov.data.noDocuments')}</Typography.Paragraph>
      ) : (
        <ul className="prov-doc-list">
          {data.documents.map((doc) => (
            <li key={`${doc.type}-${doc.fileId}`}>
              <span>{loc(DOCUMENT_TYPE_NAMES[doc.type as DocumentType])}</span>
              {canDownload ? (
                <Typography.Link href={fileHref(doc.fileId)} target="_blank" rel="noopener">
                  {files.find((f) => f.id === doc.fileId)?.name ?? t('prov.doc.open', { id: doc.fileId })}
                </Typography.Link>
              ) : (
                <Typography.Text type="secondary">{t('prov.doc.stored', { id: doc.fileId })}</Typography.Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
