import { CheckCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import type { InspectionDetail } from '@tuoyu/contracts';
import { CHECKLIST_CATEGORY_NAMES, type ChecklistCategory } from '@tuoyu/domain';
import { App, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { useLocalized } from '../providers/labels';
import { groupByCategory } from './groups';
import { type Draft, ItemCard } from './ItemCard';
import { useSaveFindings } from './queries';
import { SubmitModal } from './SubmitModal';

/**
 * The inspector's form, made for a phone (390 px): one card per item with big 合格 / 不合格 /
 * 不适用 buttons, a note, photos from the camera and, for a failed item, the rectification
 * deadline. Every change is saved at once; the sticky bar at the bottom holds the result.
 */
export function RecordForm({ d }: { d: InspectionDetail }) {
  const t = useT();
  const loc = useLocalized();
  const { message } = App.useApp();
  const [drafts, setDrafts] = useState<Map<number, Draft>>(
    () =>
      new Map(
        d.findings.map((f) => [
          f.itemId,
          { outcome: f.outcome, note: f.note ?? '', photos: f.photos, deadline: f.deadline ?? '' },
        ]),
      ),
  );
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [submitting, setSubmitting] = useState(false);
  const save = useSaveFindings(d.id);
  const draftOf = (itemId: number): Draft => drafts.get(itemId) ?? { note: '', photos: [], deadline: '' };

  const persist = (itemId: number, next: Draft) => {
    setDrafts((m) => new Map(m).set(itemId, next));
    if (!next.outcome) return;
    setSaveState('saving');
    save.mutate(
      {
        findings: [
          {
            itemId,
            outcome: next.outcome,
            note: next.note || null,
            photoFileIds: next.photos.map((p) => p.id),
            deadline: next.outcome === 'fail' && next.deadline ? next.deadline : null,
          },
        ],
      },
      {
        onSuccess: () => setSaveState('saved'),
        onError: (e) => {
          setSaveState('error');
          void message.error(t('insp.detail.saveFailed', { error: errorMessage(e) }));
        },
      },
    );
  };

  const outcomes = d.items.map((i) => draftOf(i.id).outcome);
  const done = outcomes.filter(Boolean).length;
  const anyFail = outcomes.includes('fail');

  return (
    <>
      <Typography.Paragraph type="secondary">{t('insp.detail.draftHint')}</Typography.Paragraph>
      {groupByCategory(d.items).map((g) => (
        <section key={g.category} className="insp-group" aria-label={g.category}>
          <Typography.Title level={2} className="insp-group-title">
            {loc(
              CHECKLIST_CATEGORY_NAMES[g.category as ChecklistCategory] ?? { zh: g.category, en: g.category },
            )}
          </Typography.Title>
          {g.items.map((item) => (
            <ItemCard
              key={item.id}
              inspectionId={d.id}
              item={item}
              draft={draftOf(item.id)}
              onChange={(next) => persist(item.id, next)}
            />
          ))}
        </section>
      ))}
      <section className="insp-sticky" aria-label={t('insp.detail.submit')}>
        <Flex justify="space-between" align="center" gap={8}>
          <div>
            <div className="insp-progress">{t('insp.detail.progress', { done, total: d.items.length })}</div>
            <Typography.Text
              type={saveState === 'error' ? 'danger' : 'secondary'}
              className="insp-save-state"
            >
              {saveState === 'saving' ? (
                <>
                  <LoadingOutlined aria-hidden /> {t('insp.detail.saving')}
                </>
              ) : saveState === 'saved' ? (
                <>
                  <CheckCircleOutlined aria-hidden /> {t('insp.detail.saved')}
                </>
              ) : null}
            </Typography.Text>
          </div>
          <Button type="primary" size="large" onClick={() => setSubmitting(true)}>
            {t('insp.detail.submit')}
          </Button>
        </Flex>
      </section>
      <SubmitModal
        open={submitting}
        inspectionId={d.id}
        missing={d.items.length - done}
        anyFail={anyFail}
        onClose={() => setSubmitting(false)}
      />
    </>
  );
}
