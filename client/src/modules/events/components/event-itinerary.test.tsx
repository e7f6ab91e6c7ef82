import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/test/render';
import { EventItinerary, type ItineraryDay } from './event-itinerary';

const DAYS: ItineraryDay[] = [
  {
    date: '2026-12-16',
    stops: [
      { id: 's1', startsAt: '09:00', endsAt: '11:30', place: '荆州市委党校', latitude: 30.35, longitude: 112.19, activity: '启动仪式', leader: '王总编', checkedInCount: 12 },
      { id: 's2', startsAt: '14:00', endsAt: null, place: '荆州古城', latitude: 30.33, longitude: 112.24, activity: '古城采风', leader: null, checkedInCount: 3 },
    ],
  },
  { date: '2026-12-17', stops: [{ id: 's3', startsAt: '08:30', place: '某工厂', activity: '企业参观' }] },
  { date: '2026-12-18', stops: [] },
];

describe('EventItinerary', () => {
  it('shows every day with its stops, times labelled Beijing time outside China, and a sketch of the located stops', () => {
    renderWithApp(<EventItinerary days={DAYS} timeZone="Europe/London" showCheckIns />);
    expect(screen.getByTestId('itinerary-zone')).toHaveTextContent('时间均为北京时间');
    expect(screen.getByRole('heading', { name: /第 1 天 · 12月16日 周三/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /第 3 天 · 12月18日 周五/ })).toBeInTheDocument();
    expect(screen.getByText('当天暂无安排')).toBeInTheDocument();
    const stops = screen.getAllByTestId('event-stop');
    expect(stops).toHaveLength(3);
    expect(stops[0]).toHaveTextContent('09:00–11:30 北京时间');
    expect(stops[0]).toHaveTextContent('带队：王总编');
    expect(stops[0]).toHaveTextContent('已签到 12 人');
    const link = within(stops[1] as HTMLElement).getByRole('link', { name: '在地图应用中打开「荆州古城」' });
    expect(link.getAttribute('href')).toContain('position=112.240000%2C30.330000');
    expect(within(stops[2] as HTMLElement).queryByRole('link')).toBeNull();
    expect(screen.getAllByTestId('stops-map-point')).toHaveLength(2);
  });

  it('leaves the label off in alliance time and shows an empty state without stops', () => {
    const { unmount } = renderWithApp(<EventItinerary days={DAYS} timeZone="Asia/Shanghai" />);
    expect(screen.queryByTestId('itinerary-zone')).toBeNull();
    expect(screen.getAllByTestId('event-stop')[0]).not.toHaveTextContent('北京时间');
    expect(screen.queryByText(/已签到/)).toBeNull();
    unmount();
    renderWithApp(<EventItinerary days={[{ date: '2026-12-16', stops: [] }]} />);
    expect(screen.getByText('日程尚未安排')).toBeInTheDocument();
  });
});
