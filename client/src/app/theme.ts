import type { ThemeConfig } from 'antd';

/** Deep river blue: calm, legible, and the colour of the Yangtze on the alliance's map. */
export const RIVER_BLUE = '#1d4e89';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: RIVER_BLUE,
    colorInfo: RIVER_BLUE,
    colorLink: RIVER_BLUE,
    // Derived from the deep blue, antd's palette makes these a flat grey (#bdc5c9): give the soft river blue instead
    // (info alerts, "processing" tags, the calendar's selected day, selected menu items).
    colorPrimaryBg: '#e8eef7',
    colorPrimaryBgHover: '#d7e2f1',
    colorInfoBg: '#e8eef7',
    colorInfoBorder: '#b7c8e0',
    // WCAG AA (4.5:1) for every text colour on white and on the page's #f4f6f9: antd's secondary grey (#8c8c8c) is
    // 3.4:1, its placeholder grey (#bfbfbf) 1.8:1. Disabled controls keep antd's lighter grey (exempt, and meant to fade).
    colorTextSecondary: '#5b6577',
    colorTextTertiary: '#5b6577',
    colorTextDescription: '#5b6577',
    colorTextPlaceholder: '#5b6577',
    // Text in the status hues (Typography's success/warning/danger, form problems): antd's are 2–3.3:1 on white.
    colorError: '#cf1322',
    colorErrorText: '#cf1322',
    colorSuccessText: '#237804',
    colorWarningText: '#874d00',
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
      // Room for every entry in English at desktop widths (the default 20px pushes the last into the overflow menu).
      itemPaddingInline: 12,
    },
  },
};
