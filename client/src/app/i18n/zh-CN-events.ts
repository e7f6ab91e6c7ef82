/** Events and innovation projects: the server's refusals and the notifications (spread into the main dictionary). */
export const zhCNEventErrorReasons = {
  EVENT_FULL: '活动名额已满。可以加入候补名单，有人退出时按顺序递补并通知本人。',
  MEMBER_PLACES_FULL: '本单位在这次活动的名额已用完，请先调整已报名的人员。',
  REGISTRATION_CLOSED: '报名已截止（北京时间），不能再报名或更改。',
  ALREADY_REGISTERED: '其中有人已经报名了这次活动。',
  NOT_INVITED_TO_EVENT: '本单位未受邀参加这次活动。',
  PLACES_IN_USE: '已报名的人数超过了新名额：名额不能低于已占用的数量。',
  INVALID_PASS: '这个签到码无效：它不属于这次活动的参加人员，或已被篡改。',
  ALREADY_CHECKED_IN: '此人已在这一站签到。',
  STOP_HAS_CHECK_INS: '被删除的行程站点已有人签到：请保留该站点。',
  ROUND_NOT_OPEN: '本轮项目征集已截止，不能再提交或修改。',
  TOO_MANY_PROJECTS: '本单位在本轮提交的项目数量已达上限。',
  NOT_ON_PANEL: '您不是本轮评审专家组成员。',
  SCORE_OUT_OF_RANGE: '评分超出该项标准的分值范围。',
};

export const zhCNEventNotificationKinds = {
  EVENT_INVITED: '活动邀请',
  EVENT_REGISTRATION_CHANGED: '报名变动',
  EVENT_REGISTRATION_CONFIRMED: '报名已确认',
  EVENT_WAITLIST_PROMOTED: '候补递补',
  EVENT_SCHEDULE_CHANGED: '日程变更',
  EVENT_CANCELLED: '活动取消',
  INNOVATION_PANEL_NAMED: '评审邀请',
  INNOVATION_LIST_PUBLISHED: '推荐项目发布',
};

export const zhCNEventNotificationTexts = {
  EVENT_INVITED: '{{actor}} 邀请本单位参加「{{event}}」',
  EVENT_REGISTRATION_CHANGED: '{{actor}} 更改了「{{event}}」的报名',
  EVENT_REGISTRATION_CONFIRMED: '本单位参加「{{event}}」的报名已确认',
  EVENT_WAITLIST_PROMOTED: '您已从候补递补为「{{event}}」的正式参加人员',
  EVENT_SCHEDULE_CHANGED: '「{{event}}」的日程有变更',
  EVENT_CANCELLED: '「{{event}}」已取消',
  INNOVATION_PANEL_NAMED: '您被聘为「{{round}}」的评审专家',
  INNOVATION_LIST_PUBLISHED: '「{{round}}」推荐项目名单已发布',
};
