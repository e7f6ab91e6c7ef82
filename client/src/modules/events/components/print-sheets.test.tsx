import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/test/render';
import { BadgeSheet, SignInSheet, type PrintPerson } from './print-sheets';

const PEOPLE: PrintPerson[] = [
  { id: 'p1', name: '李记者', title: '记者', memberName: '荆州市融媒体中心', guest: false },
  { id: 'p2', name: '张教授', title: '特约评论员', memberName: '宜昌三峡日报社', guest: true },
];

describe('print sheets', () => {
  it('prints a badge per person, guests marked', () => {
    renderWithApp(<BadgeSheet eventTitle="百家党媒看荆州" subtitle="12月16日 至 12月19日" people={PEOPLE} />);
    const badges = screen.getAllByTestId('print-badge');
    expect(badges).toHaveLength(2);
    expect(badges[0]).toHaveTextContent('李记者');
    expect(badges[0]).toHaveTextContent('荆州市融媒体中心');
    expect(badges[1]).toHaveTextContent('特约评论员 · 嘉宾');
  });

  it('prints a numbered sign-in row per person with a column to sign', () => {
    renderWithApp(<SignInSheet eventTitle="百家党媒看荆州" subtitle="12月16日" people={PEOPLE} />);
    expect(screen.getByRole('heading', { name: '签到表 · 百家党媒看荆州' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '签名' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toHaveTextContent('2张教授宜昌三峡日报社特约评论员 · 嘉宾');
  });

  it('says so when nobody holds a place', () => {
    renderWithApp(<SignInSheet eventTitle="E" subtitle="" people={[]} />);
    expect(screen.getByText('没有正式参加人员')).toBeInTheDocument();
  });
});
