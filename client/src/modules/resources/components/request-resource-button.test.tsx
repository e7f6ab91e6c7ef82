import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ResourceAction, ResourceRequestState } from '@yah/shared';
import type { MemberStatus } from '@/__generated__/graphql';
import { makeFragmentData } from '@/__generated__';
import { makeViewer, renderWithApp } from '@/test/render';
import { RequestResourceButton, RequestResourceButtonFragment } from './request-resource-button';

function resource(viewerActions: ResourceAction[], viewerRequest: { state: ResourceRequestState } | null, headlineOnly = false, ownerStatus: MemberStatus = 'ACTIVE') {
  return makeFragmentData(
    {
      __typename: 'Resource',
      id: 'r-1',
      title: '长江大保护十年',
      area: 'CONTENT',
      headlineOnly,
      capacityPerPeriod: null,
      capacityPeriod: null,
      capacityLeft: null,
      viewerActions,
      owner: { __typename: 'Member', id: 'm-jingzhou', nameZh: '荆州市融媒体中心', nameEn: 'Jingzhou Converged Media Center', status: ownerStatus },
      viewerRequest: viewerRequest && {
        __typename: 'ResourceRequest',
        id: 'q-1',
        state: viewerRequest.state,
        viewerActions: ['CANCEL'],
      },
    },
    RequestResourceButtonFragment,
  );
}

describe('RequestResourceButton', () => {
  it('offers 申请全文 for a headline-only piece the viewer may request', async () => {
    renderWithApp(<RequestResourceButton resource={resource(['REQUEST'], null, true)} />, { viewer: makeViewer() });
    expect(await screen.findByRole('button', { name: '申请全文' })).toBeInTheDocument();
  });

  it('offers nothing when the server does not offer REQUEST (e.g. the owner member)', () => {
    renderWithApp(<RequestResourceButton resource={resource(['EDIT', 'WITHDRAW'], null)} />, { viewer: makeViewer() });
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says why there is no request button while the offering member is suspended', async () => {
    renderWithApp(<RequestResourceButton resource={resource([], null, false, 'SUSPENDED')} />, { viewer: makeViewer() });
    expect(await screen.findByTestId('owner-suspended')).toHaveTextContent('提供方已被联盟秘书处暂停，暂不受理申请');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it("shows the member's open request instead, with a link to it and a way to withdraw it", async () => {
    renderWithApp(<RequestResourceButton resource={resource(['REQUEST'], { state: 'APPROVED' })} />, { viewer: makeViewer() });
    expect(await screen.findByTestId('request-state')).toHaveTextContent('已同意');
    expect(screen.getByRole('link', { name: '查看申请' })).toHaveAttribute('href', '/requests?tab=outgoing#request-q-1');
    expect(screen.getByRole('button', { name: /撤回申请/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '申请使用' })).toBeNull();
  });

  it('offers a new request once the last one is closed', async () => {
    renderWithApp(<RequestResourceButton resource={resource(['REQUEST'], { state: 'DECLINED' })} />, { viewer: makeViewer() });
    expect(await screen.findByRole('button', { name: '申请使用' })).toBeInTheDocument();
  });
});
