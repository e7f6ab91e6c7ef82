import { zhCNAnnouncementNotificationKinds } from './zh-CN-announcements';
import { zhCNCharterNotificationKinds } from './zh-CN-charter-messages';
import { zhCNEventNotificationKinds } from './zh-CN-events';
import { zhCNRequestNotificationKinds } from './zh-CN-requests';
import { zhCNOfferClaimStates, zhCNOfferNotificationKinds } from './zh-CN-offers';

/** The joint-coverage enums in Simplified Chinese (spread into `zhCN.enums`). */
export const zhCNCoverageEnums = {
  topicState: {
    DRAFT: '草稿',
    PROPOSED: '待审批',
    APPROVED: '已批准',
    REJECTED: '未通过',
    IN_PROGRESS: '执行中',
    COMPLETED: '已完成',
    CANCELLED: '已取消',
  },
  topicAction: {
    EDIT: '编辑',
    PROPOSE: '提交联盟审批',
    APPROVE: '批准入选',
    REJECT: '驳回',
    START: '开始执行',
    COMPLETE: '标记完成',
    CANCEL: '取消选题',
    JOIN: '接受邀请，联合发起',
    INVITE: '邀请联合发起单位',
    ADD_ASSIGNMENT: '添加采访任务',
    COMMENT: '发表评论',
  },
  claimState: {
    CLAIMED: '已认领',
    SUBMITTED: '待审核',
    CHANGES_REQUESTED: '需修改',
    ACCEPTED: '已采用',
    RELEASED: '已放弃',
    CANCELLED: '已取消',
    ...zhCNOfferClaimStates,
  },
  assignmentFormat: {
    TEXT: '文字',
    PHOTO: '图片',
    VIDEO: '视频',
    LIVE: '直播',
    GRAPHIC: '图解',
    AUDIO: '音频',
  },
  assignmentStatus: {
    OPEN: '开放',
    CANCELLED: '已取消',
  },
  coSponsorStatus: {
    INVITED: '已邀请',
    JOINED: '已加入',
  },
  notificationKind: {
    COSPONSOR_INVITED: '联合发起邀请',
    TOPIC_APPROVED: '选题获批',
    TOPIC_REJECTED: '选题未通过',
    ASSIGNMENT_CLAIMED: '任务被认领',
    SUBMISSION_RECEIVED: '收到稿件',
    SUBMISSION_ACCEPTED: '稿件被采用',
    CHANGES_REQUESTED: '稿件需修改',
    CLAIM_CANCELLED: '认领被取消',
    DUE_SOON: '即将截止',
    ...zhCNRequestNotificationKinds,
    ...zhCNEventNotificationKinds,
    ...zhCNCharterNotificationKinds,
    ...zhCNOfferNotificationKinds,
    ...zhCNAnnouncementNotificationKinds,
    // Content library (issue 7, library side)
    PIECE_REPUBLISHED: '稿件被转载',
    FOLLOWED_PIECE: '关注的新稿件',
    FOLLOW_DIGEST: '每日摘要',
  },
};
