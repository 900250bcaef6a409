import { PrinterOutlined } from '@ant-design/icons';
import type { JcMinutes } from '@tuoyu/contracts';
import { Button, Flex, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { formatLongDate } from '../../public/common/format';
import { type Lang, type Translate, useLang, useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { useJcMinutes } from './queries';
import { useJcUnits } from './units';
import './minutes-print.css';

const NUMERALS = '一二三四五六七八九十';

/** 一、二 … 十、十一 … 二十: the heading numbers of a 公文 (up to 99). */
export function chineseOrdinal(n: number): string {
  if (n <= 10) return NUMERALS[n - 1] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? NUMERALS[tens - 1] : ''}十${ones ? NUMERALS[ones - 1] : ''}`;
}

function Body({ doc, t, lang }: { doc: JcMinutes; t: Translate; lang: Lang }) {
  const { nameOf, byPlanOrder } = useJcUnits();
  const names = (codes: string[]) =>
    byPlanOrder(codes, (c) => c)
      .map(nameOf)
      .join('、');
  return (
    <>
      <p>
        {t('jc.minutes.meetingLine', {
          date: formatLongDate(lang, doc.date),
          chair: doc.chair ?? '',
          place: doc.place ? t('jc.minutes.placePart', { place: doc.place }) : '',
          verb: t(doc.chair ? 'jc.minutes.verbChaired' : 'jc.minutes.verb'),
          title: doc.meetingTitle,
        })}
      </p>
      <p>{doc.summary}</p>
      {doc.matters.map((matter, i) => (
        <section key={matter.id}>
          <h2>
            {lang === 'en' ? `${i + 1}. ` : `${chineseOrdinal(i + 1)}、`}
            {matter.title}
            {matter.cityGovernmentApproval === 'pending' && t('jc.minutes.approvalPending')}
          </h2>
          <p>{matter.detail}</p>
          {matter.tasks.map((task) => (
            <p key={task.id}>
              {task.title !== matter.title && `${task.title}。`}
              {t('jc.minutes.taskLine', {
                lead: nameOf(task.leadUnit),
                co: task.coUnits.length ? t('jc.minutes.coLine', { co: names(task.coUnits) }) : '',
                due: formatLongDate(lang, task.dueOn),
                output: task.output,
              })}
            </p>
          ))}
        </section>
      ))}
      {doc.attended.length > 0 && (
        <p>
          {t('jc.minutes.attended')}
          {names(doc.attended)}
        </p>
      )}
    </>
  );
}

/** The issued minutes as a printable A4 公文: red header, number, body, matters, 市卫生健康委代章. */
export function MinutesPrintPage() {
  const t = useT();
  const lang = useLang();
  const id = Number(useParams().id);
  const minutes = useJcMinutes(id);
  const doc = minutes.data;

  if (minutes.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (!doc) return <ErrorResult error={minutes.error} onRetry={() => void minutes.refetch()} />;

  return (
    <>
      <PageHeader title={`${t('jc.nav.minutes')} · ${doc.minutesNo}`} />
      <Flex justify="flex-end" className="jc-doc-toolbar">
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
          {t('jc.minutes.print')}
        </Button>
      </Flex>
      <article className="jc-doc" aria-label={doc.minutesNo}>
        <h1 className="jc-doc-red">{t('jc.minutes.header')}</h1>
        <div className="jc-doc-no">{doc.minutesNo}</div>
        <hr className="jc-doc-rule" />
        <Body doc={doc} t={t} lang={lang} />
        <div className="jc-doc-sign">
          <div>{t('jc.minutes.seal')}</div>
          <div>{formatLongDate(lang, doc.createdAt)}</div>
        </div>
      </article>
    </>
  );
}
