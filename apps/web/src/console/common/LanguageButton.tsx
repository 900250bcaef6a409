import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { setLang, useLang, useT } from '../../shared/i18n';

/**
 * Shows the other language's own name ("English" / "中文") and switches to it. `iconOnly` for narrow
 * headers: the name then stays as the button's accessible name.
 */
export function LanguageButton({ iconOnly = false }: { iconOnly?: boolean }) {
  const t = useT();
  const lang = useLang();
  const other = lang === 'en' ? 'zh-CN' : 'en';
  const name = t('lang.switchTo');
  return (
    <Button
      icon={<GlobalOutlined aria-hidden />}
      title={t('lang.switchLabel')}
      aria-label={iconOnly ? name : undefined}
      onClick={() => setLang(other)}
    >
      {!iconOnly && <span lang={other}>{name}</span>}
    </Button>
  );
}
