import { FormOutlined, SwapOutlined } from '@ant-design/icons';
import type { HealthChildRecord } from '@tuoyu/contracts';
import { Button, Card, Col, Descriptions, Flex, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../shared/api';
import { enumKey, useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { CheckupsTable } from './CheckupsTable';
import { FamilyDoctorCard } from './FamilyDoctorCard';
import { ageText } from './format';
import { GrowthChart } from './GrowthChart';
import { useHealthChild } from './queries';
import { ScheduleSteps } from './ScheduleSteps';
import { StatusModal } from './StatusModal';
import { FlagTags, StatusTag } from './tags';
import { VaccinationCard } from './VaccinationCard';
import './child-health.css';

/**
 * A child's health record (儿童健康档案 › the child): who, the schedule, every check-up, the growth
 * curve, the family doctor and vaccination; actions from the record's `actions` (what the caller
 * may do with this child), never from the role. Opening it is an audited read.
 */
export function HealthChildPage() {
  const t = useT();
  const id = Number(useParams().id);
  const record = useHealthChild(id);

  if (record.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (record.isError) {
    if (record.error instanceof ApiError && record.error.status === 404) {
      return (
        <Result
          status="404"
          title={t('ch.record.notFound')}
          extra={<Link to="/console/child-health">{t('ch.record.back')}</Link>}
        />
      );
    }
    return <ErrorResult error={record.error} onRetry={() => void record.refetch()} />;
  }
  return <RecordView child={record.data} />;
}

function RecordView({ child }: { child: HealthChildRecord }) {
  const t = useT();
  const navigate = useNavigate();
  const [changing, setChanging] = useState(false);
  const manage = child.actions.includes('child-health.manage');
  const active = child.status === 'active';
  const growth = child.checkups.map((c) => ({
    ageDays: c.ageDays,
    weightKg: c.weightKg,
    lengthCm: c.lengthCm,
  }));

  return (
    <>
      <PageHeader
        title={child.name}
        extra={
          manage &&
          active && (
            <Flex gap={8} wrap>
              <Button icon={<SwapOutlined aria-hidden />} onClick={() => setChanging(true)}>
                {t('ch.status.title')}
              </Button>
              <Button
                type="primary"
                icon={<FormOutlined aria-hidden />}
                onClick={() => void navigate(`/console/child-health/${child.id}/checkup`)}
              >
                {t('ch.checkup.new')}
              </Button>
            </Flex>
          )
        }
      />
      <Card className="console-block">
        <Flex gap={8} align="center" wrap className="console-block">
          <StatusTag status={child.status} />
          <Typography.Text strong>
            {t(enumKey('sex', child.sex))} · {ageText(t, child.birthDate)}
          </Typography.Text>
          <FlagTags flags={child.flags} />
          {!child.newbornVisited && active && <Tag color="orange">{t('ch.record.newbornUnvisited')}</Tag>}
        </Flex>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('ch.field.birthDate')}>{child.birthDate}</Descriptions.Item>
          <Descriptions.Item label={t('ch.field.township')}>{child.townshipName}</Descriptions.Item>
          <Descriptions.Item label={t('ch.field.birthCertificateNo')}>
            {child.birthCertificateNo ?? t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('ch.field.residentId')}>
            {child.residentId ?? t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('ch.record.enrolledWith')}>
            {child.enrolledWith ?? t('ch.record.notEnrolled')}
          </Descriptions.Item>
          {child.statusOn && (
            <Descriptions.Item label={t('ch.record.statusOn')}>{child.statusOn}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('ch.field.guardians')} span={3}>
            <Space direction="vertical" size={0}>
              {child.guardians.map((g) => (
                <span key={`${g.name}-${g.mobile}`}>
                  {g.name}（{g.relation}）{g.mobile}
                </span>
              ))}
            </Space>
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" className="ch-footnote">
          {t('ch.record.audited')}
        </Typography.Paragraph>
      </Card>
      <Card title={t('ch.schedule.title')} className="console-block">
        <ScheduleSteps schedule={child.schedule} />
      </Card>
      <Row gutter={[16, 16]} className="console-block">
        <Col xs={24} xl={14}>
          <Card title={t('ch.growth.title')} size="small">
            <GrowthChart sex={child.sex} points={growth} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <FamilyDoctorCard child={child} editable={manage && active} />
            <VaccinationCard child={child} editable={manage && active} />
          </Flex>
        </Col>
      </Row>
      <Card title={t('ch.checkups.title')}>
        <CheckupsTable checkups={child.checkups} />
      </Card>
      {changing && <StatusModal child={child} onClose={() => setChanging(false)} />}
    </>
  );
}
