/** The exchange's enums in Simplified Chinese (spread into `zhCN.enums`). */
export const zhCNLibraryEnums = {
  resourceArea: {
    PLATFORM: '平台',
    CONTENT: '稿件',
    CHANNEL: '渠道',
    TECH_SERVICE: '技术服务',
    INDUSTRY: '产业',
  },
  resourceStatus: {
    ACTIVE: '提供中',
    WITHDRAWN: '已撤回',
  },
  resourceSource: {
    MANUAL: '编辑录入',
    CLAIM: '来自采访任务',
    FEED: '来自订阅源',
  },
  capacityPeriod: {
    WEEK: '每周',
    MONTH: '每月',
    QUARTER: '每季度',
    YEAR: '每年',
  },
  embargoState: {
    NONE: '无禁发',
    EMBARGOED: '禁发中',
    LIFTED: '已解禁',
  },
  mediaKind: {
    IMAGE: '图片',
    VIDEO: '视频',
    AUDIO: '音频',
    FILE: '文件',
  },
};
