import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import type { Filing } from '@tuoyu/contracts';
import { CLASS_TYPES, LEGAL_FORM_NAMES, SERVICE_FORM_NAMES } from '@tuoyu/domain';
import { Button, Card, Flex, Result, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useLang, useT } from '../../../shared/i18n';
import { useDocumentTitle } from '../../../shared/useDocumentTitle';
import { usePermission } from '../../auth/permissions';
import { ErrorResult } from '../../common/ErrorResult';
import { classTypeName, formatDocumentDate, useLocalized } from '../labels';
import { useFiling } from '../queries';
import { hasReceipt } from './FilingDetailPage';
import './receipt.css';

/** The public check behind the QR code (the public site's verify page). */
export const verifyUrl = (filingNumber: string) =>
  `${window.location.origin}/verify/${encodeURIComponent(filingNumber)}`;

/** QR code as a data URL; the qrcode package is loaded only here. */
function useQrDataUrl(text: string | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!text) return;
    let live = true;
    void import('qrcode')
      .then((qr) => qr.toDataURL(text, { margin: 1, width: 240, errorCorrectionLevel: 'M' }))
      .then((dataUrl) => {
        if (live) setUrl(dataUrl);
      });
    return () => {
      live = false;
    };
  }, [text]);
  return url;
}

/** 备案回执: an A4 page to print (登记和备案办法: the county issues a receipt when it files). */
export function ReceiptPage() {
  const t = useT();
  const { id } = useParams();
  const filing = useFiling(Number(id));
  useDocumentTitle(t('prov.receipt.docTitle'));
  // Whoever edits the filing came from their own filing page; the others from its detail page.
  const back = usePermission('filings.edit') ? '/console/my-filing' : `/console/filings/${id}`;

  if (filing.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (filing.isError) {
    return (
      <Card>
        <ErrorResult error={filing.error} onRetry={() => void filing.refetch()} />
      </Card>
    );
  }
  const f = filing.data;
  if (!hasReceipt(f) || !f.filingNumber || !f.filedData) {
    return (
      <Card>
        <Result
          status="info"
          title={t('prov.receipt.notFiled')}
          extra={
            <Link to={back}>
              <Button>{t('prov.receipt.back')}</Button>
            </Link>
          }
        />
      </Card>
    );
  }
  return (
    <>
      <Flex className="prov-receipt-toolbar" gap={8} wrap>
        <Link to={back}>
          <Button icon={<ArrowLeftOutlined aria-hidden />}>{t('prov.receipt.back')}</Button>
        </Link>
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
          {t('prov.receipt.printButton')}
        </Button>
      </Flex>
      <Receipt filing={f} />
    </>
  );
}

function Receipt({ filing }: { filing: Filing }) {
  const t = useT();
  const lang = useLang();
  const loc = useLocalized();
  const number = filing.filingNumber ?? '';
  const data = filing.filedData;
  const qr = useQrDataUrl(number ? verifyUrl(number) : null);
  if (!data) return null;
  const p = filing.provider;
  const lastAccept = [...filing.events].reverse().find((e) => e.action === 'accept');
  const byType = CLASS_TYPES.map((type) => {
    const classes = data.classes.filter((c) => c.type === type);
    return { type, classes: classes.length, capacity: classes.reduce((sum, c) => sum + c.capacity, 0) };
  }).filter((row) => row.classes > 0);
  const total = byType.reduce((sum, row) => sum + row.capacity, 0);
  const issuer = t('prov.receipt.issuer', { division: p.divisionName });

  return (
    <article className="prov-receipt" aria-label={t('prov.receipt.title')}>
      <header className="prov-receipt-head">
        <h1>{t('prov.receipt.title')}</h1>
        <p className="prov-receipt-number">
          {t('prov.receipt.numberLabel')}
          <strong>{number}</strong>
        </p>
      </header>
      <p className="prov-receipt-lead">
        <span className="prov-receipt-addressee">{t('prov.receipt.addressee', { name: p.name })}</span>
        <br />
        {t('prov.receipt.body', { date: formatDocumentDate(filing.filedAt, lang) })}
      </p>
      <table className="prov-receipt-table">
        <tbody>
          <tr>
            <th scope="row">{t('common.providerName')}</th>
            <td colSpan={3}>{p.name}</td>
          </tr>
          <tr>
            <th scope="row">{t('prov.field.creditCode')}</th>
            <td colSpan={3} className="prov-receipt-code">
              {p.creditCode}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('prov.field.legalForm')}</th>
            <td colSpan={3}>{loc(LEGAL_FORM_NAMES[p.legalForm])}</td>
          </tr>
          <tr>
            <th scope="row">{t('prov.field.siteAddress')}</th>
            <td colSpan={3}>{data.address}</td>
          </tr>
          <tr>
            <th scope="row">{t('prov.field.serviceForms')}</th>
            <td colSpan={3}>{data.serviceForms.map((f) => loc(SERVICE_FORM_NAMES[f])).join('、')}</td>
          </tr>
          <tr>
            <th scope="row">{t('prov.receipt.capacity')}</th>
            <td colSpan={3}>
              {byType.map((row) => (
                <div key={row.type}>
                  {t('prov.receipt.capacityRow', {
                    type: classTypeName(row.type, lang),
                    classes: row.classes,
                    capacity: row.capacity,
                  })}
                </div>
              ))}
              <div className="prov-receipt-total">{t('common.placesInTotal', { total })}</div>
            </td>
          </tr>
          <tr>
            <th scope="row">{t('prov.receipt.filedDate')}</th>
            <td>{formatDocumentDate(filing.filedAt, lang)}</td>
            <th scope="row">{t('prov.receipt.version')}</th>
            <td>
              {t('prov.detail.version', { version: filing.version })}
              {filing.version > 1 && lastAccept
                ? `（${t('prov.receipt.changedOn', { date: formatDocumentDate(lastAccept.at, lang) })}）`
                : ''}
            </td>
          </tr>
        </tbody>
      </table>
      <footer className="prov-receipt-foot">
        <div className="prov-receipt-qr">
          {qr ? (
            <img src={qr} alt={t('prov.receipt.qrAlt', { number })} width={120} height={120} />
          ) : (
            <div className="prov-receipt-qr-empty" />
          )}
          <div>{t('prov.receipt.qrCaption')}</div>
        </div>
        <div className="prov-receipt-issuer">
          <div>{issuer}</div>
          <div>{formatDocumentDate(lastAccept?.at ?? filing.filedAt, lang)}</div>
        </div>
      </footer>
      <p className="prov-receipt-note">{t('prov.receipt.note')}</p>
    </article>
  );
}
