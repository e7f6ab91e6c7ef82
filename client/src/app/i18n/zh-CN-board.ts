/** The topic board: slot progress, the co-sponsor heading; reviewing then recording a publication; the claim toast. */
export const zhCNBoard = {
  board: {
    progress: '采用 {{accepted}} · 进行中 {{working}} · 待认领 {{open}}',
    progressLabel: '{{slots}} 个名额：已采用 {{accepted}}，进行中 {{working}}，待认领 {{open}}',
    finished: '全部名额已采用',
    coSponsorsTitle: '发起与联合发起（{{count}} 家）',
    claimedToast: '已认领「{{title}}」，请按时提交稿件。',
    goToMyWork: '去“我的工作”',
    acceptedRecord: '已采用 {{name}} 的稿件，登记刊发：{{title}}',
    recordLater: '稍后登记',
    prefilled: '已按记者所在单位预填，可修改。',
  },
};
