/** Offering a slot to a named reporter (指派), in Simplified Chinese: spread into the main dictionary and its enums. */
export const zhCNOfferErrorReasons = {
  REPORTER_HOLDS_SLOT: '这位记者已持有或已被指派这项任务的名额。',
  NOT_A_REPORTER: '只能指派给在岗的记者（其成员单位未被暂停）。',
};

export const zhCNOfferClaimStates = {
  OFFERED: '待答复指派',
  DECLINED: '已婉拒',
  WITHDRAWN: '指派已撤回',
};

export const zhCNOfferNotificationKinds = {
  ASSIGNMENT_OFFERED: '任务指派',
  OFFER_ACCEPTED: '指派被接受',
  OFFER_DECLINED: '指派被婉拒',
  OFFER_WITHDRAWN: '指派被撤回',
};

export const zhCNOfferNotificationTexts = {
  ASSIGNMENT_OFFERED: '{{actor}} 把采访任务「{{assignment}}」指派给您，请接受或婉拒',
  OFFER_ACCEPTED: '{{actor}} 接受了您指派的采访任务「{{assignment}}」',
  OFFER_DECLINED: '{{actor}} 婉拒了您指派的采访任务「{{assignment}}」',
  OFFER_WITHDRAWN: '{{actor}} 撤回了采访任务「{{assignment}}」的指派',
};

export const zhCNOffers = {
  offers: {
    offer: '指派记者',
    offerTitle: '指派记者：{{title}}',
    offerHelp: '可指派任何成员单位的在岗记者。对方答复前，名额为其保留；对方婉拒或您撤回后，名额重新开放认领。',
    reporter: '记者',
    reporterPlaceholder: '输入姓名或成员单位搜索',
    reporterRequired: '请选择一位记者',
    member: '成员单位',
    noReporters: '没有符合条件的在岗记者',
    moreReporters: '还有 {{count}} 位，继续输入以缩小范围',
    loadMore: '加载更多',
    send: '发出指派',
    sent: '已指派给 {{name}}，等待对方答复',
    offeredBy: '{{name}} 指派给您 · {{time}}',
    offeredTo: '{{time}} 发出指派，等待答复',
    offeredOn: '{{time}} 发出指派',
    accept: '接受',
    accepted: '已接受：「{{title}}」现在是您的任务',
    decline: '婉拒',
    declineTitle: '婉拒「{{title}}」',
    declineReason: '原因（选填）',
    declineHelp: '指派您的编辑会看到这个原因。',
    declined: '已婉拒「{{title}}」',
    declinedBecause: '婉拒原因：{{reason}}',
    withdraw: '撤回指派',
    confirmWithdraw: '撤回给 {{name}} 的指派？名额将重新开放认领。',
    withdrawn: '已撤回给 {{name}} 的指派',
    offeredCount: '{{count}} 个名额已指派待答复',
    homeTitle: '指派给我的任务',
    homeNone: '没有待答复的指派',
  },
};
