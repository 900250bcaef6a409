import { isInBayannur } from '@tuoyu/domain';
import { Col, Form, InputNumber, Row, Typography } from 'antd';
import { useT } from '../../../shared/i18n';
import type { FilingFormValues } from './formModel';

interface SiteFieldsProps {
  location: FilingFormValues['location'];
  /** The children planned in every class: the indoor and outdoor areas the standard asks for. */
  totalCapacity: number;
  familyPoint: boolean;
}

/** 场地与安全: where the site is, its areas, its highest floor and how long its cameras keep video. */
export function SiteFields({ location, totalCapacity, familyPoint }: SiteFieldsProps) {
  const t = useT();
  const locationOutside =
    typeof location?.lat === 'number' &&
    typeof location?.lng === 'number' &&
    !isInBayannur({ lat: location.lat, lng: location.lng });
  return (
    <>
      <Row gutter={16}>
        <Col xs={12} md={8}>
          <Form.Item
            label={t('prov.field.lat')}
            name={['location', 'lat']}
            rules={[{ required: true, message: t('common.required', { label: t('prov.field.lat') }) }]}
          >
            <InputNumber
              min={-90}
              max={90}
              precision={6}
              step={0.0001}
              className="console-input-full"
              placeholder="40.7434"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            label={t('prov.field.lng')}
            name={['location', 'lng']}
            rules={[{ required: true, message: t('common.required', { label: t('prov.field.lng') }) }]}
          >
            <InputNumber
              min={-180}
              max={180}
              precision={6}
              step={0.0001}
              className="console-input-full"
              placeholder="107.3877"
            />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Paragraph type={locationOutside ? 'warning' : 'secondary'} className="prov-hint">
        {locationOutside ? t('prov.my.locationOutside') : t('prov.my.locationHint')}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item
            label={t('prov.field.buildingArea')}
            name="buildingAreaM2"
            rules={[
              {
                required: true,
                message: t('common.required', { label: t('prov.field.buildingArea') }),
              },
            ]}
            extra={t('prov.my.indoorHint', { need: totalCapacity * 3 })}
          >
            <InputNumber min={0} max={1000000} precision={1} suffix="m²" className="console-input-full" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            label={t('prov.field.outdoorArea')}
            name="outdoorAreaM2"
            rules={[
              {
                required: true,
                message: t('common.required', { label: t('prov.field.outdoorArea') }),
              },
            ]}
            extra={
              familyPoint ? t('prov.my.outdoorFamily') : t('prov.my.outdoorHint', { need: totalCapacity * 2 })
            }
          >
            <InputNumber min={0} max={1000000} precision={1} suffix="m²" className="console-input-full" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            label={t('prov.field.floorMax')}
            name="floorMax"
            rules={[{ required: true, message: t('common.required', { label: t('prov.field.floorMax') }) }]}
            extra={t('prov.my.floorHint')}
          >
            <InputNumber min={-5} max={100} precision={0} className="console-input-full" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            label={t('prov.field.cctvRetention')}
            name="cctvRetentionDays"
            rules={[
              {
                required: true,
                message: t('common.required', { label: t('prov.field.cctvRetention') }),
              },
            ]}
            extra={t('prov.my.cctvHint')}
          >
            <InputNumber
              min={0}
              max={3650}
              precision={0}
              suffix={t('prov.unit.day')}
              className="console-input-full"
            />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
