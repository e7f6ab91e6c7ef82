/** What the audit log records changes to (`audit_log.entity_type`): the kinds the secretariat filters the log by. */
export const AUDIT_ENTITY_TYPES = [
  'announcement',
  'assignment',
  'charter_version',
  'claim',
  'commitment',
  'commitment_evidence',
  'commitment_target',
  'event',
  'event_check_in',
  'event_participant',
  'event_registration',
  'follow',
  'innovation_project',
  'innovation_round',
  'member',
  'member_feed',
  'notification_preference',
  'participation_period',
  'publication',
  'resource',
  'resource_request',
  'topic',
  'user',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const AUDIT_LOG_LIMITS = {
  /** Rows one CSV export carries at most (newest first); narrow the filters for older ones. */
  exportRows: 10_000,
} as const;
