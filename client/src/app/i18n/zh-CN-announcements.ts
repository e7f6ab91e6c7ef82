/** Announcements (公告) and notification preferences in Simplified Chinese. Spread into `zh-CN.ts`. */

export const zhCNAnnouncementErrorReasons = {
  DELIVERY_NOT_ALLOWED: '这类通知需要您处理，可以改为每日摘要，但不能关闭。',
};

export const zhCNAnnouncementNotificationKinds = {
  ANNOUNCEMENT_POSTED: '联盟公告',
};

export const zhCNAnnouncementNotificationTexts = {
  ANNOUNCEMENT_POSTED: '联盟秘书处发布公告：「{{announcement}}」',
};

export const zhCNAnnouncements = {
  announcements: {
    title: '联盟公告',
    subtitle: '联盟秘书处发给成员单位的通知',
    post: '发布公告',
    none: '还没有公告',
    noneUnread: '没有未读公告',
    filterAll: '全部',
    filterUnread: '未读',
    unreadSummary: '{{count}} 条未读',
    unread: '未读',
    important: '重要',
    withdrawn: '已撤回',
    toAll: '全体成员单位',
    toProvinces: '{{provinces}}的成员单位',
    postedAt: '{{time}} 发布',
    postedBy: '发布人：{{name}}',
    editedAt: '{{time}} 修改',
    readCount: '已读 {{read}}/{{total}} 家',
    back: '返回公告列表',
    notFound: '公告不存在或已撤回',
    notFoundHelp: '它可能已被秘书处撤回，或没有发给您的单位。',
    edit: '修改',
    withdraw: '撤回',
    confirmWithdraw: '撤回这条公告？',
    confirmWithdrawHelp: '撤回后成员单位将看不到它，已读记录保留。',
    withdrawnDone: '公告已撤回',
    posted: '公告已发布',
    saved: '修改已保存',
    home: {
      title: '未读公告',
    },
    form: {
      postTitle: '发布公告',
      editTitle: '修改公告',
      title: '标题',
      titleRequired: '请填写公告标题',
      body: '正文',
      bodyRequired: '请填写公告正文',
      bodyHelp: '纯文本，空一行分段。',
      important: '重要公告（置顶并标为“重要”）',
      audience: '发送对象',
      audienceAll: '全体成员单位',
      audienceProvinces: '指定省份的成员单位',
      provinces: '省份',
      provincesRequired: '请至少选择一个省份',
      provincesPlaceholder: '选择省份',
      audienceFixed: '发送对象在发布后不能更改。',
      submitPost: '发布',
      submitSave: '保存',
      cancel: '取消',
      tooLong: '不能超过 {{max}} 个字',
    },
    receipts: {
      title: '阅读回执',
      help: '成员单位任一工作人员打开公告即视为该单位已读。',
      read: '已读（{{count}}）',
      unread: '未读（{{count}}）',
      member: '成员单位',
      firstReadAt: '首次阅读',
      readers: '阅读人',
      readerMore: '等 {{count}} 人',
      noneRead: '还没有成员单位阅读',
      allRead: '所有成员单位都已阅读',
    },
  },
  notificationPreferences: {
    title: '通知方式',
    help: '选择每类通知如何送达：实时（收件箱和弹出提醒）、只在每日摘要中（每天 8:00，北京时间，汇总前一天），或不接收。需要您处理的通知不能关闭。',
    saved: '已保存：{{kind}} — {{delivery}}',
    delivery: {
      LIVE: '实时',
      DIGEST: '每日摘要',
      OFF: '不接收',
    },
    group: {
      COVERAGE: '联合选题',
      WORK: '采访任务与稿件',
      EXCHANGE: '资源申请',
      LIBRARY: '稿件库',
      EVENTS: '活动',
      ALLIANCE: '联盟事务',
    },
  },
  digest: {
    pieces: '关注的新稿件 {{count}} 篇',
    held: '只在摘要中接收的通知：{{kinds}}',
    heldKind: '{{kind}} {{count}} 条',
    heldTab: '摘要中的通知',
    heldHelp: '这些通知按您在“设置”中的选择，只在每日摘要中汇总，不会实时提醒。',
    heldNone: '没有只在摘要中接收的通知',
    separator: '，',
  },
};
