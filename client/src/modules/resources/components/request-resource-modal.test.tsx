import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { RESOURCE_LIMITS } from '@yah/shared';
import { makeViewer, renderWithApp } from '@/test/render';
import { RequestResourceModal, RequestResourceMutation, type RequestableResource } from './request-resource-modal';

const PUSHES: RequestableResource = {
  id: 'r-1',
  title: '荆州日报微信公众号头条推送',
  headlineOnly: false,
  capacityPerPeriod: 4,
  capacityPeriod: 'MONTH',
  capacityLeft: 2,
};

const REQUESTED = {
  data: {
    requestResource: {
      __typename: 'ResourceRequest' as const,
      id: 'q-1',
      state: 'PENDING' as const,
      viewerActions: ['CANCEL' as const],
      resource: {
        __typename: 'Resource' as const,
        id: 'r-1',
        capacityLeft: 1,
        viewerActions: [],
        viewerRequest: { __typename: 'ResourceRequest' as const, id: 'q-1', state: 'PENDING' as const, viewerActions: ['CANCEL' as const] },
      },
    },
  },
};

const NOTE = '推送古城墙航拍专题';

describe('RequestResourceModal', () => {
  it('requires a note before anything is sent, and shows what is left this period', async () => {
    const sent = vi.fn(() => REQUESTED);
    renderWithApp(<RequestResourceModal open resource={PUSHES} onClose={() => undefined} />, {
      viewer: makeViewer(),
      mocks: [{ request: { query: RequestResourceMutation, variables: () => true }, result: sent }],
    });
    expect(await screen.findByText('申请使用「荆州日报微信公众号头条推送」')).toBeInTheDocument();
    expect(screen.getByText('本月还剩 2 / 4 个名额')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: '提交申请' }));
    expect(await screen.findByText(/^请填写“.+”$/)).toBeInTheDocument();
    expect(sent).not.toHaveBeenCalled();
    expect(screen.getByLabelText('申请说明')).toHaveAttribute('maxlength', String(RESOURCE_LIMITS.requestNote.max));
  });

  it('sends the trimmed note without a date, then closes', async () => {
    const onClose = vi.fn();
    const sent = vi.fn(() => REQUESTED);
    renderWithApp(<RequestResourceModal open resource={PUSHES} onClose={onClose} />, {
      viewer: makeViewer(),
      mocks: [{ request: { query: RequestResourceMutation, variables: { resourceId: 'r-1', note: NOTE, neededOn: null } }, result: sent }],
    });
    fireEvent.change(await screen.findByLabelText('申请说明'), { target: { value: `  ${NOTE}  ` } });
    await userEvent.setup().click(screen.getByRole('button', { name: '提交申请' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(sent).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('申请已提交，等待资源方审批')).toBeInTheDocument();
  });

  it('says plainly that the period is fully booked on CONFLICT CAPACITY_FULL, and stays open', async () => {
    const onClose = vi.fn();
    renderWithApp(<RequestResourceModal open resource={PUSHES} onClose={onClose} />, {
      viewer: makeViewer(),
      mocks: [
        {
          request: { query: RequestResourceMutation, variables: { resourceId: 'r-1', note: NOTE, neededOn: null } },
          result: { errors: [new GraphQLError('Full', { extensions: { code: 'CONFLICT', reason: 'CAPACITY_FULL' } })] },
        },
      ],
    });
    fireEvent.change(await screen.findByLabelText('申请说明'), { target: { value: NOTE } });
    await userEvent.setup().click(screen.getByRole('button', { name: '提交申请' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^本期已约满/);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('asks for the full text of a headline-only piece', async () => {
    renderWithApp(
      <RequestResourceModal
        open
        resource={{ ...PUSHES, title: '长江大保护十年', headlineOnly: true, capacityPerPeriod: null, capacityPeriod: null, capacityLeft: null }}
        onClose={() => undefined}
      />,
      { viewer: makeViewer() },
    );
    expect(await screen.findByText('申请「长江大保护十年」全文')).toBeInTheDocument();
    expect(screen.queryByText(/名额/)).toBeNull();
  });
});
