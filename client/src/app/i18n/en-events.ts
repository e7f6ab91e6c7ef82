/** Events and innovation projects: the server's refusals and the notifications (spread into the main dictionary). */
export const enEventErrorReasons = {
  EVENT_FULL: 'The event is full. You can join the waiting list: freed places go to it in order, and the person is told.',
  MEMBER_PLACES_FULL: "Your member's places for this event are used up: change who is registered first.",
  REGISTRATION_CLOSED: 'Registration has closed (Beijing time): no new registrations or changes.',
  ALREADY_REGISTERED: 'Someone among them is already registered for this event.',
  NOT_INVITED_TO_EVENT: 'Your member is not invited to this event.',
  PLACES_IN_USE: 'More people are registered than the new number of places: places cannot go below what is taken.',
  INVALID_PASS: 'This check-in code is not valid: it belongs to no participant of this event, or it was altered.',
  ALREADY_CHECKED_IN: 'This person is already checked in at this stop.',
  STOP_HAS_CHECK_INS: 'People are already checked in at a stop you removed: keep that stop in the itinerary.',
  ROUND_NOT_OPEN: 'Submissions to this round have closed: projects can no longer be submitted or changed.',
  TOO_MANY_PROJECTS: 'Your member has submitted the most projects this round allows.',
  NOT_ON_PANEL: 'You are not on this round’s panel.',
  SCORE_OUT_OF_RANGE: 'A score is outside the range of its criterion.',
};

export const enEventNotificationKinds = {
  EVENT_INVITED: 'Event invitation',
  EVENT_REGISTRATION_CHANGED: 'Registration changed',
  EVENT_REGISTRATION_CONFIRMED: 'Registration confirmed',
  EVENT_WAITLIST_PROMOTED: 'Off the waiting list',
  EVENT_SCHEDULE_CHANGED: 'Schedule changed',
  EVENT_CANCELLED: 'Event cancelled',
  INNOVATION_PANEL_NAMED: 'Panel invitation',
  INNOVATION_LIST_PUBLISHED: 'Recommended projects',
};

export const enEventNotificationTexts = {
  EVENT_INVITED: '{{actor}} invites your member to “{{event}}”',
  EVENT_REGISTRATION_CHANGED: '{{actor}} changed a registration for “{{event}}”',
  EVENT_REGISTRATION_CONFIRMED: 'Your member’s registration for “{{event}}” is confirmed',
  EVENT_WAITLIST_PROMOTED: 'You are off the waiting list: you have a place at “{{event}}”',
  EVENT_SCHEDULE_CHANGED: 'The schedule of “{{event}}” has changed',
  EVENT_CANCELLED: '“{{event}}” has been cancelled',
  INNOVATION_PANEL_NAMED: 'You are on the panel of “{{round}}”',
  INNOVATION_LIST_PUBLISHED: 'The recommended projects of “{{round}}” are published',
};
