import type { zhCNOfferClaimStates, zhCNOfferErrorReasons, zhCNOfferNotificationKinds, zhCNOfferNotificationTexts, zhCNOffers } from './zh-CN-offers';

/** Offering a slot to a named reporter, in English: spread into the main dictionary and its enums. */
export const enOfferErrorReasons: typeof zhCNOfferErrorReasons = {
  REPORTER_HOLDS_SLOT: 'This reporter already holds, or has been offered, a slot on this assignment.',
  NOT_A_REPORTER: 'Slots are offered only to active reporters (of a member that is not suspended).',
};

export const enOfferClaimStates: typeof zhCNOfferClaimStates = {
  OFFERED: 'Offered',
  DECLINED: 'Declined',
  WITHDRAWN: 'Offer withdrawn',
};

export const enOfferNotificationKinds: typeof zhCNOfferNotificationKinds = {
  ASSIGNMENT_OFFERED: 'Assignment offered',
  OFFER_ACCEPTED: 'Offer accepted',
  OFFER_DECLINED: 'Offer declined',
  OFFER_WITHDRAWN: 'Offer withdrawn',
};

export const enOfferNotificationTexts: typeof zhCNOfferNotificationTexts = {
  ASSIGNMENT_OFFERED: '{{actor}} offers you the assignment "{{assignment}}": accept or decline',
  OFFER_ACCEPTED: '{{actor}} accepted your offer of "{{assignment}}"',
  OFFER_DECLINED: '{{actor}} declined your offer of "{{assignment}}"',
  OFFER_WITHDRAWN: '{{actor}} withdrew the offer of "{{assignment}}"',
};

export const enOffers: typeof zhCNOffers = {
  offers: {
    offer: 'Offer to a reporter',
    offerTitle: 'Offer to a reporter: {{title}}',
    offerHelp: "Any active reporter of any member. The slot is kept for them until they answer; if they decline or you withdraw, it is open for claims again.",
    reporter: 'Reporter',
    reporterPlaceholder: 'Search by name or member',
    reporterRequired: 'Choose a reporter',
    member: 'Member',
    noReporters: 'No active reporter matches',
    moreReporters: '{{count}} more: keep typing to narrow the list',
    loadMore: 'Load more',
    send: 'Send offer',
    sent: 'Offered to {{name}}: waiting for their answer',
    offeredBy: 'Offered to you by {{name}} · {{time}}',
    offeredTo: 'Offered {{time}}, waiting for an answer',
    offeredOn: 'Offered {{time}}',
    accept: 'Accept',
    accepted: 'Accepted: "{{title}}" is now your assignment',
    decline: 'Decline',
    declineTitle: 'Decline "{{title}}"',
    declineReason: 'Reason (optional)',
    declineHelp: 'The editor who offered it sees your reason.',
    declined: 'Declined "{{title}}"',
    declinedBecause: 'Declined: {{reason}}',
    withdraw: 'Withdraw offer',
    confirmWithdraw: 'Withdraw the offer to {{name}}? The slot opens for claims again.',
    withdrawn: 'Offer to {{name}} withdrawn',
    offeredCount: '{{count}} offered, awaiting an answer',
    homeTitle: 'Offered to me',
    homeNone: 'No offers waiting for you',
  },
};
