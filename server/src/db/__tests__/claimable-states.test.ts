import { CLAIMABLE_TOPIC_STATES } from '@yah/shared';
import { CLAIMABLE_TOPIC_STATES_AT_1796100000000 } from '../migrations/1796100000000-claimable-slots-walk.migration';

describe('the claimable-slots triggers', () => {
  it('keep the topic states that take claims that the application uses (a change needs a new migration)', () => {
    expect([...CLAIMABLE_TOPIC_STATES].sort()).toEqual([...CLAIMABLE_TOPIC_STATES_AT_1796100000000].sort());
  });
});
