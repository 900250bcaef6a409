import { GlobalOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';

/**
 * For the system administrator: load the licensed county boundaries (GeoJSON with its 审图号) that
 * the public map draws instead of its schematic. Nothing ships with the product (reference/README).
 */
export function MapBoundariesLoader() {
  const t = useT();
  const { message } = App.useApp();
  const [source, setSource] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async (file: File) => {
    setError(null);
    if (!source.trim()) {
      setError(t('reference.map.sourceRequired'));
      return;
    }
    setBusy(true);
    try {
      const geo = JSON.parse(await file.text()) as Record<string, unknown>;
      await api.put('/api/settings/map-boundaries', { ...geo, source: source.trim() });
      void message.success(t('reference.map.loaded'));
    } catch (err) {
      setError(err instanceof SyntaxError ? t('reference.map.notJson') : errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={8} className="console-block">
      <Typography.Text type="secondary">{t('reference.map.lead')}</Typography.Text>
      <Flex gap={8} wrap>
        <Input
          aria-label={t('reference.map.source')}
          placeholder={t('reference.map.sourcePlaceholder')}
          value={source}
          onChange={(e) => setSource(e.target.value)}
          style={{ maxWidth: 360 }}
        />
        <Upload
          accept=".json,.geojson"
          showUploadList={false}
          beforeUpload={(file) => {
            void load(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button icon={<GlobalOutlined aria-hidden />} loading={busy}>
            {t('reference.map.button')}
          </Button>
        </Upload>
      </Flex>
      {error && <Alert type="error" showIcon title={error} />}
    </Flex>
  );
}
