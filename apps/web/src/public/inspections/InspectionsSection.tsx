import '../supervision/messages';
import { useQuery } from '@tanstack/react-query';
import type { PublicInspectionList } from '@tuoyu/contracts';
import { beijingDate, CHECKLIST_CATEGORY_NAMES, type ChecklistCategory } from '@tuoyu/domain';
import { api } from '../../shared/api';
import { enumKey, type MessageKey, useLang, useT } from '../../shared/i18n';
import { formatLongDate, localName } from '../common/format';
import './inspections.css';

type Inspection = PublicInspectionList['items'][number];
type Finding = Inspection['findings'][number];

/**
 * 监督检查结果 (standards.md: results published): each published inspection with its result and
 * its failed items — so parents see not only the last inspection but what was fixed since.
 */
export default function InspectionsSection({ providerId }: { providerId: number }) {
  const t = useT();
  const list = useQuery({
    queryKey: ['public', 'provider', providerId, 'inspections'],
    queryFn: ({ signal }) =>
      api.get<PublicInspectionList>(`/api/public/providers/${providerId}/inspections`, undefined, signal),
  });
  return (
    <section className="pub-card pv-section pi" aria-labelledby="pi-title">
      <h2 id="pi-title">{t('pi.title')}</h2>
      <p className="pub-muted">{t('pi.lead')}</p>
      {list.isPending ? (
        <p className="pub-muted">{t('pi.loading')}</p>
      ) : list.isError ? (
        <p className="pub-muted">{t('pi.error')}</p>
      ) : list.data.items.length === 0 ? (
        <p className="pi-empty">{t('pi.empty')}</p>
      ) : (
        <ol className="pi-list">
          {list.data.items.map((i) => (
            <InspectionEntry key={i.id} i={i} />
          ))}
        </ol>
      )}
    </section>
  );
}

function InspectionEntry({ i }: { i: Inspection }) {
  const t = useT();
  const lang = useLang();
  const fixed = i.findings.filter((f) => f.status === 'verified').length;
  return (
    <li className="pi-item">
      <div className="pi-head">
        <span className="pi-date">{formatLongDate(lang, i.inspectedOn)}</span>
        <span className={`pub-tag pi-result pi-result-${i.result}`}>
          {t(enumKey('inspectionResult', i.result))}
        </span>
      </div>
      <p className="pi-meta">
        {t(`pi.kind.${i.kind}` as MessageKey)} · {i.checklistName}
        {i.units.length > 0 && (
          <>
            <br />
            {t('pi.units', { units: i.units.join('、') })}
          </>
        )}
      </p>
      {i.findings.length > 0 && (
        <>
          <p className="pi-summary">
            {t('pi.findingsSummary', { n: i.findings.length, fixed })}
            {i.closedAt && <span className="pi-closed"> ✓ {t('pi.allFixed')}</span>}
          </p>
          <ul className="pi-findings">
            {i.findings.map((f) => (
              // One finding per checklist item: the item's text is unique within an inspection.
              <FindingRow key={f.itemText} f={f} />
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

function FindingRow({ f }: { f: Finding }) {
  const t = useT();
  const lang = useLang();
  const category = CHECKLIST_CATEGORY_NAMES[f.category as ChecklistCategory];
  const date = (iso: string) => formatLongDate(lang, iso);
  return (
    <li className={`pi-finding pi-finding-${f.status}`}>
      <p className="pi-finding-text">
        {category && <span className="pi-cat">{localName(category, lang)}</span>}
        {f.itemText}
      </p>
      <p className="pi-finding-status">
        {f.status === 'verified' ? (
          <strong className="pi-ok">✓ {t('pi.status.verified')}</strong>
        ) : f.status === 'rectified' ? (
          <strong className="pi-wait">{t('pi.status.rectified')}</strong>
        ) : f.deadline && f.deadline < beijingDate(Date.now()) ? (
          // Past its deadline and not reported fixed: the public sees it as overdue, not "being fixed".
          <strong className="pi-open pi-overdue">{t('pi.status.overdue')}</strong>
        ) : (
          <strong className="pi-open">{t('pi.status.open')}</strong>
        )}
        {f.deadline && <span> · {t('pi.deadline', { date: date(f.deadline) })}</span>}
        {f.rectifiedAt && <span> · {t('pi.rectifiedAt', { date: date(f.rectifiedAt) })}</span>}
        {f.verifiedAt && <span> · {t('pi.verifiedAt', { date: date(f.verifiedAt) })}</span>}
      </p>
    </li>
  );
}
