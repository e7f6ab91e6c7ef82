import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CommitmentMetric, EvidenceState } from '@/__generated__/graphql';
import { MemberPickerQuery } from '@/modules/members/components/member-picker';
import { LIMITS, type ErrorReason } from '@yah/shared';
import { i18n } from '@/app/i18n/i18n';
import { makeViewer, renderWithApp } from '@/test/render';
import { CommitmentEvidenceListQuery, CommitmentPeriodsQuery, EvidenceLookupQuery, PeriodCommitmentsQuery } from '../commitment-fragments';
import { SetCommitmentMutation, UpdateCommitmentMutation } from '../components/commitment-form-modal';
import { SetCommitmentTargetMutation } from '../components/commitment-targets-drawer';
import { DecideCommitmentEvidenceMutation } from '../components/evidence-drawer';
import { OpenPeriodMutation } from '../components/open-period-modal';
import { CommitmentsPage } from './commitments.page';

const secretariat = makeViewer({ role: 'SECRETARIAT', displayName: '秘书处 陈晓', member: { __typename: 'Member', id: 'm-sec', nameZh: '联盟秘书处', nameEn: 'Secretariat', allianceRole: 'SECRETARIAT' } });
const editor = makeViewer({ role: 'EDITOR', displayName: '刘编辑' });
const reporter = makeViewer({ role: 'REPORTER', displayName: '李记者' });

const period = (id: string, kind: 'YEAR' | 'QUARTER', year: number, quarter: number | null, isCurrent: boolean, startsOn: string, endsOn: string, elapsedDays: number, periodDays: number) => ({
  __typename: 'Period' as const,
  id,
  kind,
  year,
  quarter,
  startsOn,
  endsOn,
  isCurrent,
  elapsedDays,
  periodDays,
});

// Newest first, a year before its quarters.
const PERIODS = [
  period('p-2026', 'YEAR', 2026, null, true, '2026-01-01', '2026-12-31', 120, 365),
  period('p-2026q2', 'QUARTER', 2026, 2, true, '2026-04-01', '2026-06-30', 30, 91),
  period('p-2025', 'YEAR', 2025, null, false, '2025-01-01', '2025-12-31', 365, 365),
];

const member = (id: string, nameZh: string, cityZh: string) => ({ __typename: 'Member' as const, id, nameZh, nameEn: `${cityZh} EN`, cityZh, cityEn: `${cityZh} EN` });
const JINGZHOU = member('m-jingzhou', '荆州市融媒体中心', '荆州');
const HENGYANG = member('m-hengyang', '衡阳日报社', '衡阳');

const commitment = (id: string, metric: CommitmentMetric, title: string, defaultTarget: number, weight: number, targets: { member: typeof JINGZHOU; target: number }[] = [], description = '') => ({
  __typename: 'Commitment' as const,
  id,
  metric,
  title,
  description,
  defaultTarget,
  weight,
  version: 1,
  targets: targets.map((target) => ({ __typename: 'CommitmentTarget' as const, ...target })),
});

const ALL_TARGETS = [
  { member: JINGZHOU, target: 6 },
  { member: HENGYANG, target: 3 },
];
const rows = (targets = ALL_TARGETS) => [
  commitment('c-topics', 'TOPICS_PROPOSED', '每家单位发起联合选题', 4, 2, targets, '以提交时间计'),
  commitment('c-rate', 'ON_TIME_RATE', '按时交稿', 90, 3),
  commitment('c-training', 'MANUAL', '承办一次联盟培训', 1, 1),
];

const evidence = (id: string, state: EvidenceState, by: typeof JINGZHOU = HENGYANG) => ({
  __typename: 'CommitmentEvidence' as const,
  id,
  text: '2026年3月在衡阳承办短视频采编培训，12 家成员单位 40 人参加。',
  links: ['https://example.com/training-report'],
  files: [
    {
      __typename: 'AttachedFile' as const,
      id: 'f-photo',
      name: '培训现场.jpg',
      size: 1_572_864,
      kind: 'IMAGE' as const,
      url: '/files/f-photo',
      thumbnailUrl: '/files/f-photo/thumbnail',
    },
    { __typename: 'AttachedFile' as const, id: 'f-list', name: '签到表.pdf', size: 204_800, kind: 'PDF' as const, url: '/files/f-list', thumbnailUrl: null },
  ],
  state,
  createdAt: '2026-03-20T02:15:00.000Z',
  decidedAt: state === 'SUBMITTED' ? null : '2026-03-22T03:00:00.000Z',
  decisionNote: state === 'REJECTED' ? '缺少签到表' : null,
  version: 1,
  member: { __typename: 'Member' as const, id: by.id, nameZh: by.nameZh, nameEn: by.nameEn },
  submittedBy: { __typename: 'User' as const, id: 'u-editor', displayName: '刘编辑' },
  decidedBy: state === 'SUBMITTED' ? null : { __typename: 'User' as const, id: 'u-sec', displayName: '秘书处 陈晓' },
  commitment: {
    __typename: 'Commitment' as const,
    id: 'c-training',
    title: '承办一次联盟培训',
    period: { __typename: 'Period' as const, id: 'p-2026', kind: 'YEAR' as const, year: 2026, quarter: null },
  },
});

const connection = (nodes: ReturnType<typeof evidence>[]) => ({
  data: { commitmentEvidence: { __typename: 'CommitmentEvidenceConnection', totalCount: nodes.length, pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false }, nodes } },
});

const periodsMock = (periods = PERIODS): MockLink.MockedResponse => ({ request: { query: CommitmentPeriodsQuery }, result: { data: { periods } }, maxUsageCount: 5 });
const commitmentsMock = (periodId: string, list: ReturnType<typeof rows>): MockLink.MockedResponse => ({
  request: { query: PeriodCommitmentsQuery, variables: { periodId } },
  result: { data: { commitments: list } },
  maxUsageCount: 5,
});
const evidenceMock = (filter: Record<string, unknown>, nodes: ReturnType<typeof evidence>[]): MockLink.MockedResponse => ({
  request: { query: CommitmentEvidenceListQuery, variables: { filter } },
  result: connection(nodes),
  maxUsageCount: 5,
});

/** The open modal with this title (antd gives every modal the same test id, so names do not resolve in jsdom). */
async function dialogTitled(title: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = screen.getAllByRole('dialog').find((dialog) => dialog.querySelector('.ant-modal-title')?.textContent === title);
    if (!found) throw new Error(`no dialog titled ${title}`);
    return found;
  });
}

/** The sentence the app shows for a refusal (the charter's refusal texts come with the charter server's dictionary). */
const refusal = (reason: ErrorReason) => i18n.t(`errors.reason.${reason}` as never);

const table = () => screen.findByTestId('commitments-table');
const rowOf = async (title: string) => (await within(await table()).findByText(title)).closest('tr')!;

describe('CommitmentsPage', () => {
  it('shows the secretariat the current year’s commitments with how each metric is measured, and its controls', { timeout: 90_000 }, async () => {
    renderWithApp(<CommitmentsPage />, {
      viewer: secretariat,
      route: '/commitments',
      mocks: [periodsMock(), commitmentsMock('p-2026', rows()), evidenceMock({ state: 'SUBMITTED' }, [evidence('e-1', 'SUBMITTED')])],
    });
    const topics = await rowOf('每家单位发起联合选题');
    expect(within(topics).getByText('发起联合选题')).toBeInTheDocument();
    expect(within(topics).getByText('成员单位在周期内发起（提交）的联合选题数，已取消的不计。')).toBeInTheDocument();
    expect(within(topics).getByText('以提交时间计')).toBeInTheDocument();
    expect(within(topics).getByRole('button', { name: /单独目标 · 2/ })).toBeInTheDocument();
    expect(within(topics).getByRole('button', { name: /编辑：每家单位发起联合选题/ })).toBeInTheDocument();
    expect(within(topics).getByRole('button', { name: /删除：每家单位发起联合选题/ })).toBeInTheDocument();
    const rate = await rowOf('按时交稿');
    expect(within(rate).getByText('成员单位的记者在周期内到期的任务中，截止前提交的比例（百分比；尚无到期任务时不评）。')).toBeInTheDocument();
    expect(within(rate).getAllByText('90%').length).toBeGreaterThan(0);
    expect(within(await rowOf('承办一次联盟培训')).getByRole('button', { name: '提交佐证' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /添加承诺/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '开设周期' })).toBeInTheDocument();
    expect(screen.getByTestId('period-picker')).toHaveTextContent('2026 年度（当前）');
    expect(screen.getByTestId('period-range')).toHaveTextContent('2026年1月1日 至 2026年12月31日 · 已过 120 / 365 天');
    // The verification queue.
    const queue = screen.getByTestId('evidence-queue');
    expect(await within(queue).findByText('衡阳日报社')).toBeInTheDocument();
    expect(within(queue).getByText('待核实')).toBeInTheDocument();
    // Its files: a thumbnail for the photo, name and size for the list, each a download.
    const photo = within(queue).getByRole('link', { name: /^下载\s?培训现场\.jpg/ });
    expect(photo).toHaveAttribute('href', '/files/f-photo');
    expect(photo.querySelector('img')).toHaveAttribute('src', '/files/f-photo/thumbnail');
    expect(within(queue).getByRole('link', { name: /^下载\s?签到表\.pdf/ })).toHaveTextContent('下载 签到表.pdf200 KB');
  });

  it('shows an editor their own member’s target and evidence, and evidence sending for manual commitments only — no keeping controls', { timeout: 90_000 }, async () => {
    renderWithApp(<CommitmentsPage />, {
      viewer: editor,
      route: '/commitments',
      mocks: [
        periodsMock(),
        commitmentsMock('p-2026', rows([{ member: JINGZHOU, target: 6 }])),
        evidenceMock({ periodId: 'p-2026' }, [evidence('e-2', 'VERIFIED', JINGZHOU), evidence('e-3', 'REJECTED', JINGZHOU)]),
      ],
    });
    const topics = await rowOf('每家单位发起联合选题');
    expect(within(topics).getByText('6（单独设置）')).toBeInTheDocument();
    expect(within(await rowOf('按时交稿')).getByText('90%（默认）')).toBeInTheDocument();
    expect(within(topics).queryByRole('button')).toBeNull();
    const training = await rowOf('承办一次联盟培训');
    expect(within(training).getByRole('button', { name: '提交佐证' })).toBeInTheDocument();
    expect(within(training).getByRole('button', { name: '查看佐证' })).toBeInTheDocument();
    await waitFor(() => expect(within(training).getByText('已核实')).toBeInTheDocument());
    expect(within(training).getByText('未通过')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /添加承诺/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '开设周期' })).toBeNull();
    expect(screen.queryByRole('button', { name: /编辑/ })).toBeNull();
    expect(await within(screen.getByTestId('evidence-mine')).findAllByTestId('evidence-item')).toHaveLength(2);
  });

  it('lets a reporter read the commitments, without evidence or actions', { timeout: 60_000 }, async () => {
    renderWithApp(<CommitmentsPage />, { viewer: reporter, route: '/commitments', mocks: [periodsMock(), commitmentsMock('p-2026', rows([]))] });
    await rowOf('承办一次联盟培训');
    expect(screen.queryByRole('button', { name: '提交佐证' })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: '操作' })).toBeNull();
    expect(screen.queryByTestId('evidence-mine')).toBeNull();
  });

  it('says when no period is open, and when a period has no commitments', { timeout: 60_000 }, async () => {
    const first = renderWithApp(<CommitmentsPage />, { viewer: editor, route: '/commitments', mocks: [periodsMock([])] });
    expect(await screen.findByText('还没有开设考核周期')).toBeInTheDocument();
    first.unmount();
    renderWithApp(<CommitmentsPage />, {
      viewer: editor,
      route: '/commitments?period=p-2025',
      mocks: [periodsMock(), commitmentsMock('p-2025', []), evidenceMock({ periodId: 'p-2025' }, [])],
    });
    expect(await screen.findByText('本周期还没有承诺')).toBeInTheDocument();
    expect(screen.getByTestId('period-picker')).toHaveTextContent('2025 年度');
  });

  it('tells the secretariat clearly when a metric is taken or the period is full, and offers no measured metric twice', { timeout: 120_000 }, async () => {
    let calls = 0;
    renderWithApp(<CommitmentsPage />, {
      viewer: secretariat,
      route: '/commitments',
      mocks: [
        periodsMock(),
        commitmentsMock('p-2026', rows()),
        evidenceMock({ state: 'SUBMITTED' }, []),
        {
          request: { query: SetCommitmentMutation, variables: () => true },
          result: () => {
            calls += 1;
            const reason = calls === 1 ? 'METRIC_TAKEN' : 'TOO_MANY_COMMITMENTS';
            return { errors: [{ message: reason, extensions: { code: 'CONFLICT', reason } }] };
          },
          maxUsageCount: 2,
        },
      ],
    });
    await rowOf('按时交稿');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /添加承诺/ }));
    const dialog = await dialogTitled('添加承诺');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '指标' }));
    // Measured metrics already in the period are offered disabled; a manual commitment may come again.
    expect(await screen.findByTitle('发起联合选题（本周期已设置）')).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByTitle('向稿件库供稿'));
    expect(within(dialog).getByLabelText('承诺名称')).toHaveValue('向稿件库供稿');
    expect(within(dialog).getByText('成员单位在周期内向稿件库提供、仍在提供中的稿件数。')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('默认目标'), '12');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText(refusal('METRIC_TAKEN'))).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText(refusal('TOO_MANY_COMMITMENTS'))).toBeInTheDocument();
  });

  it('keeps the on-time rate target a percentage, refuses a period opened twice, and reports a stale edit with a way to reload', { timeout: 120_000 }, async () => {
    const updated = { ...rows()[1]!, title: '按时交稿（秘书处已改）', version: 2 };
    let commitmentsCalls = 0;
    renderWithApp(<CommitmentsPage />, {
      viewer: secretariat,
      route: '/commitments',
      mocks: [
        periodsMock(),
        {
          request: { query: PeriodCommitmentsQuery, variables: { periodId: 'p-2026' } },
          result: () => {
            commitmentsCalls += 1;
            return { data: { commitments: commitmentsCalls === 1 ? rows() : [rows()[0]!, updated, rows()[2]!] } };
          },
          maxUsageCount: 5,
        },
        evidenceMock({ state: 'SUBMITTED' }, []),
        {
          request: { query: UpdateCommitmentMutation, variables: () => true },
          result: { errors: [{ message: 'stale', extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } }] },
        },
        {
          request: { query: OpenPeriodMutation, variables: { input: { kind: 'YEAR', year: 2026, quarter: null } } },
          result: { errors: [{ message: 'exists', extensions: { code: 'CONFLICT', reason: 'PERIOD_EXISTS' } }] },
        },
      ],
    });
    const user = userEvent.setup();
    // Edit the on-time rate: its target is a percentage, at most 100.
    await user.click(within(await rowOf('按时交稿')).getByRole('button', { name: /编辑：按时交稿/ }));
    const dialog = await dialogTitled('编辑承诺');
    expect(within(dialog).getByText('按时交稿率的目标是百分比（1–100）')).toBeInTheDocument();
    const target = within(dialog).getByLabelText('默认目标');
    expect(target).toHaveAttribute('aria-valuemax', '100');
    expect(within(dialog).getByText('%')).toBeInTheDocument();
    await user.clear(target);
    await user.type(target, '95');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('在您编辑期间，别人修改了这项承诺。')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '载入最新内容' }));
    await waitFor(() => expect(within(dialog).getByLabelText('承诺名称')).toHaveValue('按时交稿（秘书处已改）'));
    await user.click(within(dialog).getByRole('button', { name: '取消' }));

    await user.click(screen.getByRole('button', { name: '开设周期' }));
    const open = await dialogTitled('开设考核周期');
    const year = within(open).getByLabelText('年份');
    await user.clear(year);
    await user.type(year, '2026');
    await user.click(within(open).getByRole('button', { name: '开设' }));
    expect(await within(open).findByText(refusal('PERIOD_EXISTS'))).toBeInTheDocument();
  });

  it('opens evidence from its address (the participation drill-down) and lets the secretariat verify it', { timeout: 120_000 }, async () => {
    const decided: unknown[] = [];
    renderWithApp(<CommitmentsPage />, {
      viewer: secretariat,
      route: '/commitments?evidence=e-1',
      mocks: [
        periodsMock(),
        commitmentsMock('p-2026', rows()),
        evidenceMock({ state: 'SUBMITTED' }, [evidence('e-1', 'SUBMITTED')]),
        {
          request: { query: EvidenceLookupQuery, variables: { after: null } },
          result: {
            data: {
              commitmentEvidence: {
                __typename: 'CommitmentEvidenceConnection',
                pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
                nodes: [{ __typename: 'CommitmentEvidence', id: 'e-1', commitment: { __typename: 'Commitment', id: 'c-training' }, member: { __typename: 'Member', id: 'm-hengyang' } }],
              },
            },
          },
        },
        evidenceMock({ commitmentId: 'c-training', memberId: 'm-hengyang' }, [evidence('e-1', 'SUBMITTED')]),
        {
          request: { query: DecideCommitmentEvidenceMutation, variables: (variables: Record<string, unknown>) => variables.id === 'e-1' },
          result: (variables: Record<string, unknown>) => {
            decided.push(variables);
            return { data: { decideCommitmentEvidence: evidence('e-1', 'VERIFIED') } };
          },
        },
      ],
    });
    const details = await screen.findByTestId('evidence-details');
    expect(details).toHaveTextContent('承办一次联盟培训');
    expect(details).toHaveTextContent('衡阳日报社');
    expect(details).toHaveTextContent('2026年3月在衡阳承办短视频采编培训');
    expect(within(details).getByRole('link', { name: 'https://example.com/training-report' })).toHaveAttribute('target', '_blank');
    expect(details).toHaveTextContent('刘编辑 提交于 2026年3月20日 10:15（北京时间）');
    const user = userEvent.setup();
    // Rejecting needs a note.
    await user.click(within(details).getByRole('button', { name: '退回' }));
    expect(await within(details).findByText('退回时请填写核实意见')).toBeInTheDocument();
    await user.click(within(details).getByRole('button', { name: '核实通过' }));
    expect(await screen.findByText('已核实', { selector: '.ant-message *' })).toBeInTheDocument();
    expect(decided).toEqual([{ id: 'e-1', verified: true, note: null, version: 1 }]);
  });

  it('lets the secretariat clear a member’s own target', { timeout: 90_000 }, async () => {
    const cleared: unknown[] = [];
    renderWithApp(<CommitmentsPage />, {
      viewer: secretariat,
      route: '/commitments',
      mocks: [
        periodsMock(),
        commitmentsMock('p-2026', rows()),
        evidenceMock({ state: 'SUBMITTED' }, []),
        {
          request: { query: MemberPickerQuery, variables: { search: null, provinceCode: null, first: LIMITS.page.maxSize } },
          result: { data: { members: { __typename: 'MemberConnection', nodes: [] } } },
          maxUsageCount: 5,
        },
        {
          request: { query: SetCommitmentTargetMutation, variables: () => true },
          result: (variables: Record<string, unknown>) => {
            cleared.push(variables);
            return { data: { setCommitmentTarget: rows([{ member: JINGZHOU, target: 6 }])[0] } };
          },
        },
      ],
    });
    const user = userEvent.setup();
    await user.click(within(await rowOf('每家单位发起联合选题')).getByRole('button', { name: /单独目标 · 2/ }));
    const drawer = await screen.findByTestId('targets-table');
    expect(drawer).toHaveTextContent('荆州市融媒体中心');
    const hengyang = within(drawer).getByText('衡阳日报社').closest('tr')!;
    await user.click(within(hengyang).getByRole('button', { name: '恢复默认' }));
    await waitFor(() => expect(cleared).toEqual([{ commitmentId: 'c-topics', memberId: 'm-hengyang', target: null }]));
    await waitFor(() => expect(within(screen.getByTestId('targets-table')).queryByText('衡阳日报社')).toBeNull());
    expect(within(await rowOf('每家单位发起联合选题')).getByRole('button', { name: /单独目标 · 1/ })).toBeInTheDocument();
  });
});
