import { CameraOutlined } from '@ant-design/icons';
import type { InspectionFile, InspectionItem } from '@tuoyu/contracts';
import type { FindingOutcome } from '@tuoyu/domain';
import { App, Button, Card, Flex, Image, Input, Radio, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { errorMessage } from '../../shared/api';
import { enumKey, useT } from '../../shared/i18n';
import { beijingTodayValue } from '../common/beijing';
import { uploadPhoto } from './queries';

/** One item's finding as the inspector is entering it. */
export interface Draft {
  outcome?: FindingOutcome;
  note: string;
  photos: InspectionFile[];
  deadline: string;
}

const OUTCOMES: FindingOutcome[] = ['pass', 'fail', 'na'];

/** One checklist item: the outcome buttons, then a note, the deadline of a failed item and photos. */
export function ItemCard({
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
            {t('common.highRisk')}
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
          label: t(enumKey('findingOutcome', o)),
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
                min={beijingTodayValue().add(1, 'day').format('YYYY-MM-DD')}
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
