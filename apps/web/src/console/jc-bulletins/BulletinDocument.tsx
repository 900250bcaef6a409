import type { JcBulletin } from '@tuoyu/contracts';
import { useT } from '../../shared/i18n';
import './bulletin.css';

/** 2026-11-30 → 2026年11月30日 (the 公文 date). */
export const chineseDate = (iso: string) =>
  `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

type Counts = JcBulletin['figures']['totals'];
const COLUMNS = [
  'assigned',
  'onTime',
  'late',
  'overdue',
  'open',
] as const satisfies readonly (keyof Counts)[];

/**
 * The bulletin in the 公文 layout (GB/T 9704): the red masthead, the number, a red rule, the title,
 * the office's paragraphs, the table of figures, the signature and date. Printed alone on A4.
 */
export function BulletinDocument({ b }: { b: JcBulletin }) {
  const t = useT();
  const paragraphs = b.body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const f = b.figures;
  return (
    <article className="jcb-doc" aria-label={b.title}>
      <header className="jcb-doc-masthead">{t('jcb.doc.header')}</header>
      <p className="jcb-doc-number">{b.number ?? t('jcb.doc.draftNo')}</p>
      <hr className="jcb-doc-rule" />
      <h2 className="jcb-doc-title">{b.title}</h2>
      {paragraphs.map((p) => (
        <p key={p} className="jcb-doc-para">
          {p}
        </p>
      ))}
      <h3 className="jcb-doc-table-title">{t('jcb.doc.tableTitle')}</h3>
      <p className="jcb-doc-asof">
        {t('jcb.period')}：{chineseDate(b.periodFrom)}—{chineseDate(b.periodTo)}　
        {t('jcb.doc.asOf', { date: chineseDate(f.asOf) })}
      </p>
      <table className="jcb-doc-table">
        <thead>
          <tr>
            <th scope="col">{t('jcb.doc.unit')}</th>
            {COLUMNS.map((c) => (
              <th key={c} scope="col">
                {t(`jcb.doc.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {f.rows.length === 0 && (
            <tr>
              <td colSpan={COLUMNS.length + 1}>{t('jcb.doc.noTasks')}</td>
            </tr>
          )}
          {f.rows.map((r) => (
            <tr key={r.unitCode}>
              <th scope="row">{r.unitName}</th>
              {COLUMNS.map((c) => (
                <td key={c} className={c === 'overdue' && r.overdue > 0 ? 'jcb-doc-red' : undefined}>
                  {r[c]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('jcb.doc.total')}</th>
            {COLUMNS.map((c) => (
              <td key={c}>{f.totals[c]}</td>
            ))}
          </tr>
        </tfoot>
      </table>
      <div className="jcb-doc-signature">
        <p>{t('jcb.doc.signature')}</p>
        <p>{b.issuedOn ? chineseDate(b.issuedOn) : ''}</p>
      </div>
      <footer className="jcb-doc-footer">{t('jcb.doc.recipients')}</footer>
    </article>
  );
}
