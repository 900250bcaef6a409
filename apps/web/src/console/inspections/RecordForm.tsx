import { CameraOutlined, CheckCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import type { InspectionDetail, InspectionFile, InspectionItem } from '@tuoyu/contracts';
import { CHECKLIST_CATEGORY_NAMES, type ChecklistCategory, type FindingOutcome } from '@tuoyu/domain';
import { App, Button, Card, Flex, Image, Input, Modal, Radio, Segmented, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { useLocalized } from '../providers/labels';
import { groupByCategory } from './groups';
import { uploadPhoto, useSaveFindings, useSubmitInspection } from './queries';

interface Draft {
  outcome?: FindingOutcome;
  note: string;
  photos: InspectionFile[];
  deadline: string;
}

const OUTCOMES: FindingOutcome[] = ['pass', 'fail', 'na'];

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

function ItemCard({
  inspectionId,
  item,
  draft,
  onChange,
}: {
  inspectionId: number;
  item: InspectionItem;
  draft: Draft;
  onChange: (d: Draft) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const fileInput = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [note, setNote] = useState(draft.note);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setUploading(true);
    try {
      const stored = await uploadPhoto(inspectionId, file);
      onChange({ ...draft, outcome: draft.outcome ?? 'fail', photos: [...draft.photos, stored] });
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setUploading(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <Card
      size="small"
      className={`insp-item is-${draft.outcome ?? 'empty'}`}
      role="group"
      aria-labelledby={`insp-item-${item.id}`}
    >
      <div className="insp-item-text" id={`insp-item-${item.id}`}>
        <span className="insp-item-seq">{item.seq}.</span> {item.text}
        {item.risk === 'high' && (
          <Tag color="red" className="insp-risk">
            {t('insp.risk.high')}
          </Tag>
        )}
      </div>
      <Typography.Text type="secondary" className="insp-item-basis">
        {t('insp.detail.legalBasis', { basis: item.legalBasis })}
      </Typography.Text>
      <Radio.Group
        className="insp-outcomes"
        optionType="button"
        buttonStyle="solid"
        value={draft.outcome}
        onChange={(e) => onChange({ ...draft, outcome: e.target.value as FindingOutcome, note })}
        options={OUTCOMES.map((o) => ({
          value: o,
          label: t(`insp.outcome.${o}`),
          className: `insp-outcome-${o}`,
        }))}
      />
      {draft.outcome && (
        <div className="insp-item-more">
          <Input.TextArea
            aria-label={t('insp.detail.note')}
            placeholder={t('insp.detail.notePlaceholder')}
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            onBlur={() => note !== draft.note && onChange({ ...draft, note })}
          />
          {draft.outcome === 'fail' && (
            <div className="insp-deadline">
              <label htmlFor={`deadline-${item.id}`}>{t('insp.detail.deadline')}</label>
              <Input
                id={`deadline-${item.id}`}
                type="date"
                value={draft.deadline}
                min={dayjs().add(1, 'day').format('YYYY-MM-DD')}
                onChange={(e) => onChange({ ...draft, note, deadline: e.target.value })}
              />
            </div>
          )}
          <Flex wrap gap={8} align="center">
            <Image.PreviewGroup>
              {draft.photos.map((p, n) => (
                <Image
                  key={p.id}
                  src={p.url}
                  width={64}
                  height={64}
                  className="insp-photo"
                  alt={t('insp.detail.photoAlt', { n: n + 1 })}
                />
              ))}
            </Image.PreviewGroup>
            <Button
              icon={<CameraOutlined aria-hidden />}
              loading={uploading}
              onClick={() => fileInput.current?.click()}
            >
              {t('insp.detail.photo')}
            </Button>
            <input
              ref={fileInput}
              type="file"
              accept="image/*"
              capture="environment"
              hidden
              onChange={(e) => void pick(e.target.files?.[0])}
            />
          </Flex>
        </div>
      )}
    </Card>
  );
}

function SubmitModal({
  open,
  inspectionId,
  missing,
  anyFail,
  onClose,
}: {
  open: boolean;
  inspectionId: number;
  missing: number;
  anyFail: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const submit = useSubmitInspection(inspectionId);
  const [result, setResult] = useState<'pass' | 'rectify' | 'fail' | undefined>();
  const [inspectedOn, setInspectedOn] = useState(dayjs().format('YYYY-MM-DD'));
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<string | null>(null);
  // No failed item means 合格; a failed item rules 合格 out.
  const chosen = anyFail ? (result === 'pass' ? undefined : result) : 'pass';

  const send = () => {
    if (!chosen) return;
    setError(null);
    submit.mutate(
      { inspectedOn, result: chosen, summary: summary || undefined, deadlines: [] },
      {
        onSuccess: () => {
          void message.success(t('insp.detail.submitted'));
          onClose();
        },
        onError: (e) => setError(errorMessage(e)),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('insp.detail.submitTitle')}
      onCancel={onClose}
      onOk={send}
      okText={t('insp.detail.submit')}
      okButtonProps={{ disabled: !chosen || missing > 0, loading: submit.isPending }}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        {missing > 0 && (
          <Typography.Text type="danger">{t('insp.detail.missing', { n: missing })}</Typography.Text>
        )}
        <Segmented
          block
          value={chosen ?? ''}
          onChange={(v) => setResult(v as typeof result)}
          options={(['pass', 'rectify', 'fail'] as const).map((r) => ({
            value: r,
            label: t(`insp.result.${r}`),
            disabled: anyFail ? r === 'pass' : r !== 'pass',
          }))}
        />
        <div className="insp-deadline">
          <label htmlFor="insp-inspected-on">{t('insp.detail.inspectedOn', { date: '' })}</label>
          <Input
            id="insp-inspected-on"
            type="date"
            value={inspectedOn}
            max={dayjs().format('YYYY-MM-DD')}
            onChange={(e) => setInspectedOn(e.target.value)}
          />
        </div>
        <Input.TextArea
          aria-label={t('insp.detail.summary')}
          placeholder={t('insp.detail.summary')}
          maxLength={1000}
          autoSize={{ minRows: 2, maxRows: 5 }}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
        />
        <Typography.Text type="secondary">{t('insp.detail.submitHint')}</Typography.Text>
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
      </Flex>
    </Modal>
  );
}
