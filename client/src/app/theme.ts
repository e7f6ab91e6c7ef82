import type { ThemeConfig } from 'antd';

/** Deep river blue: calm, legible, and the colour of the Yangtze on the alliance's map. */
export const RIVER_BLUE = '#1d4e89';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: RIVER_BLUE,
    colorInfo: RIVER_BLUE,
    colorLink: RIVER_BLUE,
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: {
      headerBg: '#ffffff',
      headerHeight: 56,
      headerPadding: '0 16px',
      bodyBg: '#f4f6f9',
      footerBg: 'transparent',
    },
    Menu: {
      horizontalLineHeight: '54px',
    },
  },
};
