import { graphql } from '@/__generated__';

/**
 * Everything the event page shows, in one fragment: the query, every mutation and each live event carry the same
 * fields, so the cache holds one consistent event.
 */
export const EventPageFragment = graphql(`
  fragment EventPage_event on Event {
    id
    kind
    title
    startsOn
    endsOn
    place
    latitude
    longitude
    description
    capacity
    placesPerMember
    registrationClosesAt
    status
    phase
    invitesAllMembers
    viewerInvited
    placesTaken
    waitlistCount
    viewerMemberPlaces
    viewerActions
    version
    updatedAt
    host {
      id
      nameZh
      nameEn
    }
    invitedMembers {
      id
      nameZh
      nameEn
    }
    days {
      date
      stops {
        id
        day
        startsAt
        endsAt
        place
        latitude
        longitude
        activity
        leader
        position
        checkedInCount
      }
    }
    materials {
      id
      title
    }
    topics {
      id
      title
      state
      viewerActions
    }
    presentedRounds {
      id
      title
      status
    }
    viewerRegistration {
      ...EventRegistration_registration
    }
    viewerPass {
      participantId
      token
    }
    attendance {
      placed
      waitlisted
      attended
      member {
        id
        nameZh
        nameEn
      }
    }
  }
`);

export const EventRegistrationFragment = graphql(`
  fragment EventRegistration_registration on EventRegistration {
    id
    status
    viewerActions
    version
    createdAt
    confirmedAt
    member {
      id
      nameZh
      nameEn
    }
    registeredBy {
      id
      displayName
    }
    confirmedBy {
      id
      displayName
    }
    participants {
      id
      name
      title
      status
      waitlistPosition
      user {
        id
        role
      }
      member {
        id
        nameZh
        nameEn
      }
    }
  }
`);

/** Every registration (host staff and the secretariat see them all). */
export const EventRegistrationsQuery = graphql(`
  query EventRegistrations($id: ID!, $first: Int, $after: String) {
    event(id: $id) {
      id
      registrations(first: $first, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          id
          ...EventRegistration_registration
        }
      }
    }
  }
`);

/** Everyone holding a place or waiting, with their check-ins: the host's check-in list (pages of 40: each carries check-ins). */
export const EventCheckInRosterQuery = graphql(`
  query EventCheckInRoster($id: ID!, $after: String) {
    event(id: $id) {
      id
      # Each registration carries its people's check-ins: a page of 40 keeps the query within the server's cost limit.
      registrations(first: 40, after: $after) {
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          id
          participants {
            id
            name
            status
            member {
              id
              nameZh
              nameEn
            }
            checkIns {
              id
              method
              checkedInAt
              stop {
                id
              }
            }
          }
        }
      }
    }
  }
`);
