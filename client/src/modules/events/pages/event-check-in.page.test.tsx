import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeViewer, renderWithApp } from '@/test/render';
import { CheckInMutation } from '../check-in-mutations';
import { EventCheckInPage, EventCheckInPageQuery } from './event-check-in.page';

const STOP = { __typename: 'EventStop' as const, id: 's-1', day: '2099-12-28', startsAt: '09:00', place: '荆州国际会展中心', activity: '短视频采编培训' };

function pageMock(viewerActions: string[]) {
  return {
    request: { query: EventCheckInPageQuery, variables: { id: 'ev-1' } },
    result: {
      data: {
        event: { __typename: 'Event', id: 'ev-1', title: '抢名额演练', viewerActions, days: [{ __typename: 'EventDay', date: '2099-12-28', stops: [STOP] }] },
      },
    },
  };
}

const CHECKED_IN = {
  data: {
    checkIn: {
      __typename: 'EventCheckIn',
      id: 'c-1',
      method: 'QR',
      checkedInAt: '2099-12-28T01:05:00.000Z',
      stop: { ...STOP, checkedInCount: 1 },
      participant: {
        __typename: 'EventParticipant',
        id: 'p-1',
        name: '赵婷婷',
        title: '记者',
        member: { __typename: 'Member', id: 'm-changsha', nameZh: '长沙晚报传媒集团', nameEn: 'Changsha Evening News' },
        checkIns: [{ __typename: 'EventCheckIn', id: 'c-1', method: 'QR', checkedInAt: '2099-12-28T01:05:00.000Z', stop: { __typename: 'EventStop', id: 's-1' } }],
      },
    },
  },
};

describe('EventCheckInPage', () => {
  it('lets the host name the stop on a day without one, checks the pass in and shows who it is', async () => {
    const checkedIn = vi.fn(() => CHECKED_IN);
    renderWithApp(<EventCheckInPage />, {
      viewer: makeViewer(),
      route: '/events/ev-1/check-in?pass=tok.abc_123',
      path: '/events/:id/check-in',
      mocks: [pageMock(['CHECK_IN']), { request: { query: CheckInMutation, variables: { eventId: 'ev-1', pass: 'tok.abc_123', stopId: 's-1' } }, result: checkedIn }],
    });
    expect(await screen.findByText('今天不是活动日程日，请选择为哪一站签到。')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('选择站点'));
    await user.click(await screen.findByTitle('12月28日 09:00 荆州国际会展中心'));
    await user.click(screen.getByRole('button', { name: '签到' }));
    expect(await screen.findByTestId('check-in-success')).toHaveTextContent('签到成功');
    expect(screen.getByTestId('check-in-who')).toHaveTextContent('赵婷婷 · 长沙晚报传媒集团');
    expect(screen.getByTestId('check-in-success')).toHaveTextContent('签到时间：2099年12月28日 09:05（北京时间）');
    expect(checkedIn).toHaveBeenCalledTimes(1);
  });

  it('tells anyone but the host staff who checks people in, without trying', async () => {
    renderWithApp(<EventCheckInPage />, {
      viewer: makeViewer({ role: 'EDITOR' }),
      route: '/events/ev-1/check-in?pass=tok.abc_123',
      path: '/events/:id/check-in',
      mocks: [pageMock([])],
    });
    expect(await screen.findByTestId('check-in-not-staff')).toHaveTextContent('只有主办单位的工作人员和联盟秘书处可以签到');
  });
});
