import type { Settings } from '@tuoyu/domain';
import { Form, InputNumber, Select, Tag, Typography } from 'antd';
import { useT } from '../../shared/i18n';

type HealthField = 'checkupWindowDays' | 'checkupWindowMode' | 'healthYearStart';

/**
 * 儿童健康管理 (issue 11): how near its due date a check-up must be (±N days, or from the date to
 * N−1 days after as the 妇幼 forms say) and when the reporting year starts. Lives in the standards
 * form, under the same save.
 */
export function HealthStandardsFields({ values, defaults }: { values: Settings; defaults: Settings }) {
  const t = useT();
  const changed = (name: HealthField) =>
    values[name] !== defaults[name] && (
      <Tag color="orange" style={{ marginInlineStart: 8 }}>
        {t('care.std.changed')}
      </Tag>
    );
  return (
    <>
      <Typography.Title level={3} className="care-std-section">
        {t('ch.std.title')}
      </Typography.Title>
      <div className="care-std-grid">
        <Form.Item
          name="checkupWindowDays"
          label={
            <span>
              {t('ch.std.checkupWindowDays')}
              {changed('checkupWindowDays')}
            </span>
          }
          extra={<span className="care-std-source">{t('ch.std.windowHelp')}</span>}
          rules={[
            { required: true, message: t('common.required', { label: t('ch.std.checkupWindowDays') }) },
          ]}
        >
          <InputNumber<number>
            className="care-std-input"
            min={7}
            max={60}
            step={1}
            precision={0}
            suffix={t('ch.std.checkupWindowDays.unit')}
          />
        </Form.Item>
        <Form.Item
          name="checkupWindowMode"
          label={
            <span>
              {t('ch.std.checkupWindowMode')}
              {changed('checkupWindowMode')}
            </span>
          }
          extra={<span className="care-std-source">{t('ch.std.modeHelp')}</span>}
        >
          <Select
            options={[
              { value: 'around', label: t('ch.std.mode.around') },
              { value: 'after', label: t('ch.std.mode.after') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="healthYearStart"
          label={
            <span>
              {t('ch.std.healthYearStart')}
              {changed('healthYearStart')}
            </span>
          }
          extra={<span className="care-std-source">{t('ch.std.yearHelp')}</span>}
        >
          <Select
            options={[
              { value: '01-01', label: t('ch.std.year.0101') },
              { value: '10-01', label: t('ch.std.year.1001') },
            ]}
          />
        </Form.Item>
      </div>
    </>
  );
}
