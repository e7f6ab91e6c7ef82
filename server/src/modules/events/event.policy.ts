import { checkInOpen, EVENT_ACTIONS, isNewsroomEditor, REGISTRATION_ACTIONS, type EventAction, type EventPhase, type EventStatus, type RegistrationAction, type RegistrationStatus } from '@yah/shared';
import type { Viewer } from '../../common/viewer';

/** What the policies need to know about an event. */
export interface EventFacts {
  hostMemberId: string;
  status: EventStatus;
}

/** What the policies need to know about a registration. */
export interface RegistrationFacts {
  memberId: string;
  status: RegistrationStatus;
}

const isHostStaff = (viewer: Viewer, event: Pick<EventFacts, 'hostMemberId'>) => viewer.memberId === event.hostMemberId && isNewsroomEditor(viewer.role);

export const eventPolicy = {
  /** Chief editors create events their member hosts; the secretariat creates them for any host. */
  mayCreate: (viewer: Viewer, hostMemberId: string) =>
    viewer.role === 'SECRETARIAT' || (viewer.role === 'CHIEF_EDITOR' && viewer.memberId === hostMemberId),

  /** Edit, publish, cancel, confirm registrations, check people in, export the roster: the host's editors and chief editor, and the secretariat. */
  mayManage: (viewer: Viewer, event: Pick<EventFacts, 'hostMemberId'>) => viewer.role === 'SECRETARIAT' || isHostStaff(viewer, event),

  /** Which drafts a list shows the viewer: every one (the secretariat), their own member's (its editors), none. */
  draftsListed: (viewer: Viewer): 'ALL' | 'OWN_MEMBER' | 'NONE' =>
    viewer.role === 'SECRETARIAT' ? 'ALL' : isNewsroomEditor(viewer.role) ? 'OWN_MEMBER' : 'NONE',

  /** Published and cancelled events are read by everyone signed in; drafts only by those who manage them. */
  mayRead(viewer: Viewer, event: EventFacts): boolean {
    return event.status !== 'DRAFT' || this.mayManage(viewer, event);
  },

  /** Register, change and withdraw: an invited member's editors and chief editor, for their own member's people. */
  mayRegister: (viewer: Viewer, invited: boolean) => invited && isNewsroomEditor(viewer.role),

  /**
   * What the viewer may do with the event now: their right and what its phase allows. Checking in opens on the first
   * day (alliance `today`) and closes after the last.
   */
  actions(viewer: Viewer, event: EventFacts & { startsOn: string; endsOn: string }, phase: EventPhase, invited: boolean, today: string): EventAction[] {
    const manage = this.mayManage(viewer, event);
    const allowed: Record<EventAction, boolean> = {
      EDIT: manage && event.status !== 'CANCELLED' && phase !== 'FINISHED',
      PUBLISH: manage && event.status === 'DRAFT',
      CANCEL: manage && event.status !== 'CANCELLED' && phase !== 'FINISHED',
      REGISTER: phase === 'REGISTRATION_OPEN' && this.mayRegister(viewer, invited),
      MANAGE_REGISTRATIONS: manage && event.status === 'PUBLISHED',
      CHECK_IN: manage && checkInOpen(event, event.startsOn, today),
      EXPORT_ROSTER: manage,
    };
    return EVENT_ACTIONS.filter((action) => allowed[action]);
  },
};

export const registrationPolicy = {
  /** The registering member's own editors (and chief editor), the host's staff and the secretariat read a registration. */
  mayRead: (viewer: Viewer, registration: Pick<RegistrationFacts, 'memberId'>, event: Pick<EventFacts, 'hostMemberId'>) =>
    viewer.memberId === registration.memberId || eventPolicy.mayManage(viewer, event),

  /** Change and withdraw: the registering member's editors and chief editor, while registration is open. */
  mayChange: (viewer: Viewer, registration: Pick<RegistrationFacts, 'memberId'>) => viewer.memberId === registration.memberId && isNewsroomEditor(viewer.role),

  actions(viewer: Viewer, registration: RegistrationFacts, event: EventFacts, phase: EventPhase): RegistrationAction[] {
    if (registration.status === 'WITHDRAWN') return [];
    const open = phase === 'REGISTRATION_OPEN';
    const change = open && this.mayChange(viewer, registration);
    const allowed: Record<RegistrationAction, boolean> = {
      CHANGE: change,
      WITHDRAW: change,
      CONFIRM: registration.status === 'PENDING' && event.status === 'PUBLISHED' && eventPolicy.mayManage(viewer, event),
    };
    return REGISTRATION_ACTIONS.filter((action) => allowed[action]);
  },
};
