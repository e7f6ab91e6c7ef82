import type { Role } from '@yah/shared';
import type { Viewer } from '../../../common/viewer';
import type { TopicFacts } from '../../topics/topic.policy';
import { resourcePolicy, type ResourceFacts } from '../resource.policy';
import { republicationPackage } from '../republication-package';

const viewer = (role: Role, memberId: string): Viewer => ({ role, memberId, userId: `${role}-${memberId}`, sessionId: 's', memberIsSecretariat: role === 'SECRETARIAT' });
const piece = (overrides: Partial<ResourceFacts> = {}): ResourceFacts => ({ area: 'CONTENT', status: 'ACTIVE', ownerMemberId: 'jingzhou', embargoUntil: null, body: '<p>正文</p>', ...overrides });
const topic = (viewerMemberStatus: TopicFacts['viewerMemberStatus'] = null): TopicFacts => ({ state: 'IN_PROGRESS', proposerMemberId: 'jingzhou', proposedAt: new Date(), viewerMemberStatus });

describe('resource policy', () => {
  it("records a republication for the viewer's own member, or by the secretariat for any member but the owner", () => {
    expect(resourcePolicy.mayRecordRepublication(viewer('EDITOR', 'hengyang'), piece(), 'hengyang')).toBe(true);
    expect(resourcePolicy.mayRecordRepublication(viewer('EDITOR', 'hengyang'), piece(), 'changsha')).toBe(false);
    expect(resourcePolicy.mayRecordRepublication(viewer('REPORTER', 'hengyang'), piece(), 'hengyang')).toBe(false);
    expect(resourcePolicy.mayRecordRepublication(viewer('SECRETARIAT', 'secretariat'), piece(), 'changsha')).toBe(true);
    expect(resourcePolicy.mayRecordRepublication(viewer('SECRETARIAT', 'secretariat'), piece(), 'jingzhou')).toBe(false);
    // Nothing runs before the embargo, nor a headline-only item, nor a withdrawn piece.
    const embargoed = piece({ embargoUntil: new Date(Date.now() + 60_000) });
    expect(resourcePolicy.mayRecordRepublication(viewer('EDITOR', 'hengyang'), embargoed, 'hengyang')).toBe(false);
    expect(resourcePolicy.mayRecordRepublication(viewer('SECRETARIAT', 'secretariat'), embargoed, 'changsha')).toBe(false);
    expect(resourcePolicy.mayRecordRepublication(viewer('EDITOR', 'hengyang'), piece({ body: '' }), 'hengyang')).toBe(false);
    expect(resourcePolicy.mayRecordRepublication(viewer('EDITOR', 'hengyang'), piece({ status: 'WITHDRAWN' }), 'hengyang')).toBe(false);
  });

  it("offers a claim from the topic's editors or the reporter's member's editors, never reporters or the secretariat", () => {
    expect(resourcePolicy.mayOfferClaim(viewer('EDITOR', 'jingzhou'), { topic: topic(), reporterMemberId: 'yueyang' })).toBe(true);
    expect(resourcePolicy.mayOfferClaim(viewer('CHIEF_EDITOR', 'hengyang'), { topic: topic('JOINED'), reporterMemberId: 'yueyang' })).toBe(true);
    expect(resourcePolicy.mayOfferClaim(viewer('EDITOR', 'yueyang'), { topic: topic(), reporterMemberId: 'yueyang' })).toBe(true);
    expect(resourcePolicy.mayOfferClaim(viewer('EDITOR', 'changsha'), { topic: topic('INVITED'), reporterMemberId: 'yueyang' })).toBe(false);
    expect(resourcePolicy.mayOfferClaim(viewer('REPORTER', 'yueyang'), { topic: topic(), reporterMemberId: 'yueyang' })).toBe(false);
    expect(resourcePolicy.mayOfferClaim(viewer('SECRETARIAT', 'secretariat'), { topic: topic(), reporterMemberId: 'yueyang' })).toBe(false);
  });

  it('reads withdrawn resources only inside their own member', () => {
    expect(resourcePolicy.mayRead(viewer('REPORTER', 'jingzhou'), piece({ status: 'WITHDRAWN' }))).toBe(true);
    expect(resourcePolicy.mayRead(viewer('SECRETARIAT', 'secretariat'), piece({ status: 'WITHDRAWN' }))).toBe(false);
  });

  it('withdrawn pieces leak through requests: no, their content is for their own member only, by any path', () => {
    expect(resourcePolicy.maySeeContent(viewer('REPORTER', 'jingzhou'), piece({ status: 'WITHDRAWN' }))).toBe(true);
    expect(resourcePolicy.maySeeContent(viewer('EDITOR', 'hengyang'), piece({ status: 'WITHDRAWN' }))).toBe(false);
    expect(resourcePolicy.maySeeContent(viewer('EDITOR', 'hengyang'), piece())).toBe(true);
    expect(resourcePolicy.actions(viewer('EDITOR', 'hengyang'), piece({ status: 'WITHDRAWN' }))).toEqual([]);
  });

  it('the secretariat may no longer request resources: only editors and chief editors of other member newsrooms do', () => {
    expect(resourcePolicy.mayRequest(viewer('EDITOR', 'hengyang'), piece())).toBe(true);
    expect(resourcePolicy.mayRequest(viewer('CHIEF_EDITOR', 'hengyang'), piece())).toBe(true);
    expect(resourcePolicy.mayRequest(viewer('SECRETARIAT', 'secretariat'), piece())).toBe(false);
    expect(resourcePolicy.actions(viewer('EDITOR', 'hengyang'), piece())).toContain('REQUEST');
    expect(resourcePolicy.actions(viewer('EDITOR', 'hengyang'), piece(), { ownerSuspended: true })).not.toContain('REQUEST');
    expect(resourcePolicy.mayRequest(viewer('REPORTER', 'hengyang'), piece())).toBe(false);
    expect(resourcePolicy.mayRequest(viewer('EDITOR', 'jingzhou'), piece())).toBe(false);
    expect(resourcePolicy.mayRequest(viewer('EDITOR', 'hengyang'), piece({ status: 'WITHDRAWN' }))).toBe(false);
  });
});

describe('republication package', () => {
  const base = { title: '标题<script>', byline: '记者 "王"', body: '<p>正文</p>', media: [], creditLine: '', originalUrl: null };

  it('escapes everything but the sanitised body, and falls back to the owner as byline', () => {
    const pkg = republicationPackage(base, '荆州市融媒体中心');
    expect(pkg.html).toBe('<h1>标题&lt;script&gt;</h1>\n<p>记者 &quot;王&quot;</p>\n<p>正文</p>\n<p>来源：荆州市融媒体中心</p>');
    expect(pkg.text).toBe('标题<script>\n记者 "王"\n\n正文\n\n来源：荆州市融媒体中心');
    expect(republicationPackage({ ...base, byline: '' }, '荆州市融媒体中心').byline).toBe('荆州市融媒体中心');
  });

  it('credits every medium and links the original in the attribution line', () => {
    const pkg = republicationPackage(
      { ...base, originalUrl: 'https://jz.example/a?x=1&y=2', creditLine: '荆州融媒供稿', media: [{ url: 'https://jz.example/v.mp4', kind: 'VIDEO', credit: '摄像：李', caption: null }] },
      '荆州市融媒体中心',
    );
    expect(pkg.attribution).toBe('来源：荆州市融媒体中心 原文链接：https://jz.example/a?x=1&y=2');
    expect(pkg.html).toContain('<p><a href="https://jz.example/v.mp4">视频（摄像：李）</a></p>');
    expect(pkg.html).toContain('原文链接：<a href="https://jz.example/a?x=1&amp;y=2">https://jz.example/a?x=1&amp;y=2</a>');
    expect(pkg.text).toContain('视频（摄像：李） https://jz.example/v.mp4\n\n荆州融媒供稿\n来源：');
  });
});
