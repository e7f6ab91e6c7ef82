import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeViewer, renderWithApp } from '@/test/render';
import { ScoreDrawer, ScoreInnovationProjectMutation } from './score-drawer';

const CRITERIA = [
  { index: 0, name: '创新性', description: '首创与突破', maxScore: 30 },
  { index: 1, name: '融合传播效果', description: null, maxScore: 70 },
];
const PROJECT = { id: 'p-1', title: '“荆云”县级融媒中台', viewerScore: null };
const SCORED = {
  data: {
    scoreInnovationProject: {
      __typename: 'InnovationProject' as const,
      id: 'p-1',
      viewerScore: { __typename: 'InnovationScore' as const, scores: [25, 60], total: 85, comment: null, updatedAt: '2026-12-01T02:00:00.000Z' },
    },
  },
};

describe('ScoreDrawer', () => {
  it('adds up the points per criterion and sends one score for each', { timeout: 60_000 }, async () => {
    const onClose = vi.fn();
    const sent = vi.fn(() => SCORED);
    renderWithApp(<ScoreDrawer project={PROJECT} criteria={CRITERIA} onClose={onClose} />, {
      viewer: makeViewer(),
      mocks: [
        {
          request: {
            query: ScoreInnovationProjectMutation,
            variables: { projectId: 'p-1', scores: [{ criterionIndex: 0, score: 25 }, { criterionIndex: 1, score: 60 }], comment: null },
          },
          result: sent,
        },
      ],
    });
    expect(await screen.findByText('评分：“荆云”县级融媒中台')).toBeInTheDocument();
    expect(screen.getByText('评审结束前，您只能看到自己的评分；其他专家和申报单位都看不到。')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('创新性'), { target: { value: '25' } });
    fireEvent.change(screen.getByLabelText('融合传播效果'), { target: { value: '60' } });
    await waitFor(() => expect(screen.getByTestId('score-total')).toHaveTextContent('合计 85 / 100'));
    await userEvent.setup().click(screen.getByRole('button', { name: '保存评分' }));
    await waitFor(() => expect(sent).toHaveBeenCalled());
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('refuses to send while a criterion is left empty', { timeout: 60_000 }, async () => {
    const sent = vi.fn(() => SCORED);
    renderWithApp(<ScoreDrawer project={PROJECT} criteria={CRITERIA} onClose={() => undefined} />, {
      viewer: makeViewer(),
      mocks: [{ request: { query: ScoreInnovationProjectMutation, variables: () => true }, result: sent }],
    });
    fireEvent.change(await screen.findByLabelText('创新性'), { target: { value: '10' } });
    await userEvent.setup().click(screen.getByRole('button', { name: '保存评分' }));
    // Once in the criterion's label, once as the error under its empty input.
    await waitFor(() => expect(screen.getAllByText('0–70')).toHaveLength(2));
    expect(sent).not.toHaveBeenCalled();
  });
});
