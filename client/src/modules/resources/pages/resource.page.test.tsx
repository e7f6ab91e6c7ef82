import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoverageProvincesQuery } from '@/modules/topics/hooks/use-provinces';
import { makeViewer, renderWithApp } from '@/test/render';
import { MyFollowsQuery } from '../hooks/use-follows';
import { ResourceChangedSubscription, ResourcePage, ResourcePageQuery } from './resource.page';

const JINGZHOU = { __typename: 'Member' as const, id: 'm-jingzhou', nameZh: '荆州日报社', nameEn: 'Jingzhou Daily', cityZh: '荆州', cityEn: 'Jingzhou', status: 'ACTIVE' as const };
const HENGYANG = { __typename: 'Member' as const, id: 'm-hengyang', nameZh: '衡阳日报社', nameEn: 'Hengyang Daily', cityZh: '衡阳', cityEn: 'Hengyang', status: 'ACTIVE' as const };

const PACKAGE = {
  __typename: 'RepublicationPackage' as const,
  headline: '荆州古城墙夜景',
  byline: '记者 李四',
  html: '<h1>荆州古城墙夜景</h1><p>正文</p>',
  text: '荆州古城墙夜景\n正文',
  attribution: '来源：荆州日报社 原文链接：https://news.example.com/1',
};

function publication(id: string, views: number) {
  return {
    __typename: 'Publication' as const,
    id,
    channel: 'WECHAT' as const,
    url: `https://mp.example.com/${id}`,
    publishedAt: '2026-12-19T02:00:00.000Z',
    views,
    shares: 3,
    likes: 5,
    member: { __typename: 'Member' as const, id: HENGYANG.id, nameZh: HENGYANG.nameZh, nameEn: HENGYANG.nameEn },
  };
}

/** A library piece as the server shows it: `visible` false is another member's view under embargo. */
function piece({ visible, embargoed, publications = [] as ReturnType<typeof publication>[] }: { visible: boolean; embargoed: boolean; publications?: ReturnType<typeof publication>[] }) {
  const views = publications.reduce((sum, row) => sum + row.views, 0);
  return {
    __typename: 'Resource' as const,
    id: 'r-1',
    area: 'CONTENT' as const,
    status: 'ACTIVE' as const,
    source: 'MANUAL' as const,
    version: 1,
    updatedAt: '2026-12-16T02:00:00.000Z',
    createdAt: '2026-12-16T02:00:00.000Z',
    title: '荆州古城墙夜景',
    description: '百家党媒看荆州：古城墙灯光秀首次亮相。',
    terms: '',
    availability: '',
    contact: '',
    capacityPerPeriod: null,
    capacityPeriod: null,
    capacityLeft: null,
    themes: ['文旅'],
    provinceCodes: ['420000'],
    cities: ['荆州'],
    embargoUntil: embargoed ? '2026-12-18T00:00:00.000Z' : null,
    embargoState: embargoed ? ('EMBARGOED' as const) : ('NONE' as const),
    contentVisible: visible,
    headlineOnly: false,
    body: visible ? '<p>古城墙<strong>灯光秀</strong></p>' : null,
    byline: visible ? '记者 李四' : null,
    originalUrl: visible ? 'https://news.example.com/1' : null,
    media: visible ? [] : null,
    creditLine: '来源：荆州日报社（荆州融媒）',
    excludedProvinceCodes: [],
    noResyndication: true,
    package: visible ? PACKAGE : null,
    sourceTopic: null,
    viewerRequest: null,
    viewerActions: visible ? (['REQUEST', 'REPUBLISH', 'COPY_PACKAGE'] as const) : (['REQUEST'] as const),
    owner: JINGZHOU,
    createdBy: { __typename: 'Person' as const, id: 'u-editor', displayName: '张编辑' },
    reach: { __typename: 'Reach' as const, publications: publications.length, members: publications.length > 0 ? 1 : 0, views, shares: 3 * publications.length, likes: 5 * publications.length },
    publications,
  };
}

function pageMocks(resource: ReturnType<typeof piece>, live: MockLink.MockedResponse['result'] = { data: null }, liveDelay = 60_000): MockLink.MockedResponse[] {
  return [
    { request: { query: ResourcePageQuery, variables: { id: 'r-1' } }, result: { data: { resource } } },
    { request: { query: CoverageProvincesQuery }, result: { data: { provinces: [] } } },
    { request: { query: MyFollowsQuery }, result: { data: { myFollows: [] } } },
    { request: { query: ResourceChangedSubscription, variables: { resourceId: 'r-1' } }, result: live, delay: liveDelay },
  ];
}

const hengyangEditor = makeViewer({ id: 'u-hy', role: 'EDITOR', member: { __typename: 'Member', id: HENGYANG.id, nameZh: HENGYANG.nameZh, nameEn: HENGYANG.nameEn, allianceRole: 'MEMBER' } });

describe('piece page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('under embargo shows another member the lift time in Beijing time and only title, summary and owner', async () => {
    renderWithApp(<ResourcePage />, {
      viewer: hengyangEditor,
      route: '/resources/r-1',
      path: '/resources/:id',
      mocks: pageMocks(piece({ visible: false, embargoed: true })),
    });
    const notice = await screen.findByTestId('embargo-notice');
    expect(notice).toHaveTextContent('禁发至 12月18日 08:00（北京时间）');
    expect(screen.getByRole('heading', { level: 1, name: '荆州古城墙夜景' })).toBeInTheDocument();
    expect(screen.getByText('百家党媒看荆州：古城墙灯光秀首次亮相。')).toBeInTheDocument();
    expect(screen.getByText(/荆州日报社（荆州）/)).toBeInTheDocument();
    expect(screen.queryByTestId('piece-body')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /复制图文/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /登记转载/ })).not.toBeInTheDocument();
    expect(screen.getByText('解禁后即可复制转载包。')).toBeInTheDocument();
  });

  it('copies the package as HTML and plain text in one clipboard item, with the piece’s own rules beside it', async () => {
    const write = vi.fn(async () => undefined);
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('ClipboardItem', class {
      constructor(readonly items: Record<string, Blob>) {}
    });
    const user = userEvent.setup();
    // After setup: user-event installs a clipboard of its own.
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { write, writeText } });
    renderWithApp(<ResourcePage />, {
      viewer: hengyangEditor,
      route: '/resources/r-1',
      path: '/resources/:id',
      mocks: pageMocks(piece({ visible: true, embargoed: false })),
    });
    const body = await screen.findByTestId('piece-body');
    expect(body.querySelector('strong')).toHaveTextContent('灯光秀');
    const extras = screen.getByTestId('piece-extras');
    expect(extras).toHaveTextContent('来源：荆州日报社（荆州融媒）');
    expect(extras).toHaveTextContent('禁止二次转载');
    expect(screen.getByText(PACKAGE.attribution)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /复制图文（HTML）/ }));
    expect(await screen.findByText('已复制图文，可直接粘贴到编辑器')).toBeInTheDocument();
    expect(write).toHaveBeenCalledTimes(1);
    const [[item]] = write.mock.calls[0] as unknown as [[{ items: Record<string, Blob> }]];
    expect(Object.keys(item.items).sort()).toEqual(['text/html', 'text/plain']);

    await user.click(screen.getByRole('button', { name: /复制纯文本/ }));
    expect(await screen.findByText('已复制纯文本')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(PACKAGE.text);
  });

  it('shows a republication the moment it is recorded elsewhere, from the live event alone', async () => {
    const jingzhouEditor = makeViewer({ id: 'u-jz', role: 'EDITOR' });
    const before = piece({ visible: true, embargoed: false });
    const after = piece({ visible: true, embargoed: false, publications: [publication('p-1', 1200)] });
    renderWithApp(<ResourcePage />, {
      viewer: jingzhouEditor,
      route: '/resources/r-1',
      path: '/resources/:id',
      mocks: pageMocks(before, { data: { resourceChanged: { __typename: 'ResourceEvent', kind: 'REPUBLISHED', resourceId: 'r-1', resource: after } } }, 300),
    });
    const table = await screen.findByTestId('republications');
    expect(within(table).getByText('还没有成员单位登记转载')).toBeInTheDocument();
    // No second ResourcePage mock exists: the row can only come from the event written into the cache.
    expect(await within(table).findByText('衡阳日报社')).toBeInTheDocument();
    expect(within(table).getByText('1,200')).toBeInTheDocument();
  });
});
