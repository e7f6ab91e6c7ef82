/** Charter and commitments: the server's refusals (spread into `errors.reason`). */
export const zhCNCharterErrorReasons = {
  PERIOD_EXISTS: '这个考核周期已经开启。',
  METRIC_TAKEN: '本周期已有按这项指标考核的承诺，请修改原承诺。',
  TOO_MANY_COMMITMENTS: '一个考核周期最多设 30 项承诺。',
  CHARTER_UNCHANGED: '条款与现行版本完全相同，无需发布新版本。',
};

/** Charter and commitments: the notifications (spread into `enums.notificationKind` and `notifications.text`). */
export const zhCNCharterNotificationKinds = {
  CHARTER_UPDATED: '章程修订',
  EVIDENCE_VERIFIED: '承诺材料已核验',
  EVIDENCE_REJECTED: '承诺材料未通过',
};

export const zhCNCharterNotificationTexts = {
  CHARTER_UPDATED: '{{actor}} 发布了新版联盟章程',
  EVIDENCE_VERIFIED: '本单位为承诺「{{commitment}}」提交的材料已通过核验',
  EVIDENCE_REJECTED: '本单位为承诺「{{commitment}}」提交的材料未通过核验',
};
