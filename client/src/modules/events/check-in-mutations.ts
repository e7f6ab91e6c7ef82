import { graphql } from '@/__generated__';

export const CheckInMutation = graphql(`
  mutation CheckIn($eventId: ID!, $participantId: ID, $pass: String, $stopId: ID) {
    checkIn(eventId: $eventId, participantId: $participantId, pass: $pass, stopId: $stopId) {
      id
      method
      checkedInAt
      stop {
        id
        day
        startsAt
        place
        activity
        checkedInCount
      }
      participant {
        id
        name
        title
        user {
          id
          role
        }
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
`);

export const UndoCheckInMutation = graphql(`
  mutation UndoCheckIn($id: ID!) {
    undoCheckIn(id: $id)
  }
`);
