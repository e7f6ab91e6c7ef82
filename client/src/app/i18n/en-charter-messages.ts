/** Charter and commitments: the server's refusals (spread into `errors.reason`). */
export const enCharterErrorReasons = {
  PERIOD_EXISTS: 'That period is already open.',
  METRIC_TAKEN: 'This period already has a commitment on that metric: change that one instead.',
  TOO_MANY_COMMITMENTS: 'A period has at most 30 commitments.',
  CHARTER_UNCHANGED: 'The articles are exactly those of the current version: there is nothing to publish.',
};

/** Charter and commitments: the notifications (spread into `enums.notificationKind` and `notifications.text`). */
export const enCharterNotificationKinds = {
  CHARTER_UPDATED: 'Charter updated',
  EVIDENCE_VERIFIED: 'Evidence verified',
  EVIDENCE_REJECTED: 'Evidence not accepted',
};

export const enCharterNotificationTexts = {
  CHARTER_UPDATED: '{{actor}} published a new version of the alliance charter',
  EVIDENCE_VERIFIED: 'The evidence you gave for “{{commitment}}” was verified',
  EVIDENCE_REJECTED: 'The evidence you gave for “{{commitment}}” was not accepted',
};
