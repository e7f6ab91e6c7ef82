import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '@yah/shared';
import { MemberPickerQuery } from '@/modules/members/components/member-picker';
import { AuditLogPeopleQuery } from '../components/audit-filters';
import { makeViewer, renderWithApp } from '@/test/render';
import { auditDiff } from '../audit-diff';
import { AuditLogPage, AuditLogQuery } from './audit-log.page';

const MEMBER = '5f0c5a52-2a4c-4c7e-9a43-1f3b7b8b7a01';

const entry = {
  __typename: 'AuditEntry' as const,
  id: '42',
  at: '2026-03-01T16:05:00.000Z',
  action: 'topic.update',
  entityType: 'topic',
  entityId: '8d3b4f52-0c5e-4f7e-8b43-2f3b7b8b7a02',
  before: JSON.stringify({ title: '长江大保护十年', state: 'DRAFT', version: 1 }),
  after: JSON.stringify({ title: '长江十年禁渔', state: 'DRAFT', version: 2 }),
  actor: { __typename: 'Person' as const, id: 'u-editor', displayName: '刘编辑' },
  actorMember: { __typename: 'Member' as const, id: MEMBER, nameZh: '荆州市融媒体中心', nameEn: 'Jingzhou Converged Media Center' },
};

function logMock(filter: Record<string, unknown>, nodes: (typeof entry)[], hasNextPage = false): MockLink.MockedResponse {
  return {
    request: { query: AuditLogQuery, variables: { filter } },
    result: { data: { auditLog: { __typename: 'AuditLogConnection', pageInfo: { __typename: 'PageInfo', endCursor: hasNextPage ? 'c1' : null, hasNextPage }, nodes } } },
    maxUsageCount: 10,
  };
}

const pickerMock: MockLink.MockedResponse = {
  request: { query: MemberPickerQuery, variables: { search: null, provinceCode: null, first: LIMITS.page.maxSize } },
  result: { data: { members: { __typename: 'MemberConnection', nodes: [] } } },
  maxUsageCount: 20,
};

const secretariat = makeViewer({ role: 'SECRETARIAT', displayName: '秘书处' });
const noFilter = { memberId: null, actorId: null, entityTypes: null, from: null, to: null };

describe('auditDiff', () => {
  it('pairs every field before and after and marks the changed ones', () => {
    expect(auditDiff(entry.before, entry.after)).toEqual([
      { key: 'title', before: '"长江大保护十年"', after: '"长江十年禁渔"', changed: true },
      { key: 'state', before: '"DRAFT"', after: '"DRAFT"', changed: false },
      { key: 'version', before: '1', after: '2', changed: true },
    ]);
    expect(auditDiff(null, '{"memberId":"m"}')).toEqual([{ key: 'memberId', before: null, after: '"m"', changed: true }]);
  });
});

describe('AuditLogPage', () => {
  it('shows the secretariat who changed what and when (Beijing time), and before/after side by side when a row opens', async () => {
    renderWithApp(<AuditLogPage />, { viewer: secretariat, route: '/audit', mocks: [logMock(noFilter, [entry]), pickerMock] });
    const table = await screen.findByTestId('audit-table');
    expect(await within(table).findByText('刘编辑')).toBeInTheDocument();
    expect(table).toHaveTextContent('荆州市融媒体中心');
    expect(table).toHaveTextContent('topic.update');
    expect(table).toHaveTextContent('联合选题');
    expect(table).toHaveTextContent('3月2日 00:05');
    expect(screen.getAllByText('时间（北京时间）').length).toBeGreaterThan(0);

    await userEvent.click(within(table).getAllByRole('button', { name: /展开/ })[0]!);
    const diff = await screen.findByTestId('audit-diff');
    const changed = [...diff.querySelectorAll('tr[data-changed="true"] th')].map((cell) => cell.textContent);
    expect(changed).toEqual(['title已修改', 'version已修改']);
    expect(diff).toHaveTextContent('长江大保护十年');
    expect(diff).toHaveTextContent('长江十年禁渔');
  });

  it('reads the filter from the address and exports the same filter', async () => {
    const filter = { memberId: MEMBER, actorId: null, entityTypes: ['topic', 'event'], from: '2026-03-01', to: '2026-03-31' };
    renderWithApp(<AuditLogPage />, {
      viewer: secretariat,
      route: `/audit?member=${MEMBER}&kind=topic&kind=event&from=2026-03-01&to=2026-03-31`,
      mocks: [
        logMock(filter, [], false),
        pickerMock,
        {
          request: { query: AuditLogPeopleQuery, variables: { memberId: MEMBER } },
          result: { data: { memberAccounts: { __typename: 'UserConnection', nodes: [{ __typename: 'User', id: 'u-editor', displayName: '刘编辑' }] } } },
        },
      ],
    });
    expect(await screen.findByText('没有符合条件的记录')).toBeInTheDocument();
    expect(screen.getByTestId('audit-export')).toHaveAttribute(
      'href',
      `/exports/audit-log.csv?memberId=${MEMBER}&entityTypes=topic%2Cevent&from=2026-03-01&to=2026-03-31`,
    );
  });

  it('tells anyone else it is the secretariat’s', async () => {
    renderWithApp(<AuditLogPage />, { viewer: makeViewer(), route: '/audit', mocks: [] });
    expect(await screen.findByText('只有联盟秘书处可以查看审计日志。')).toBeInTheDocument();
  });
});
