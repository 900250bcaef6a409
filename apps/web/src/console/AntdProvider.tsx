import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { getLang, type Lang, onLangChange, useLang } from '../shared/i18n';
import './console.css';

const dayjsLocale: Record<Lang, string> = { 'zh-CN': 'zh-cn', en: 'en' };

// Date pickers read dayjs's global locale, so it must follow the language before they render.
dayjs.locale(dayjsLocale[getLang()]);
onLangChange(() => {
  dayjs.locale(dayjsLocale[getLang()]);
});

const theme = { token: { colorPrimary: '#0b5cad', borderRadius: 6 } };

/**
 * Ant Design for the login page and the console only (the public site never loads it).
 * `autoInsertSpace: false`: Ant Design otherwise renders a two-character button 登录 as "登 录",
 * which changes its accessible name. For the same reason every icon is written `aria-hidden`: an
 * Ant Design icon carries its own label ("plus", "down") that would join the name of its button.
 */
export function AntdProvider({ children }: { children: ReactNode }) {
  const lang = useLang();
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <App>{children}</App>
    </ConfigProvider>
  );
}
