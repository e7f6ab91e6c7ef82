import type { CapacityPeriod, ChannelKind, ResourceArea } from '@yah/shared';
import type { ResourceMedia } from '../../modules/resources/resource.entity';
import type { DemoMember } from './demo-members.data';

/** Something a member offers in one of the four non-content areas, written from the member's own city and channels. */
export interface DemoOffer {
  area: Exclude<ResourceArea, 'CONTENT'>;
  title: string;
  description: string;
  terms: string;
  availability: string;
  capacity?: [perPeriod: number, period: CapacityPeriod];
  themes: string[];
}

type OfferTemplate = (member: DemoMember) => DemoOffer;

/** Offers a member newsroom typically makes; each member gets one or two of them, varied along the list. */
const OFFER_TEMPLATES = {
  wechatPush: (m) => ({
    area: 'CHANNEL',
    title: `“${m.cityZh}发布”微信公众号次条推送`,
    description: `${m.cityZh}发布为联盟成员的长江主题稿件提供次条推送位，粉丝以本地中青年读者为主。`,
    terms: '稿件须为原创或已获授权，标题可由我方编辑微调；推送前一个工作日确认。',
    availability: '周一至周五，每日 20:30 推送',
    capacity: [4, 'MONTH'],
    themes: ['长江声量', '新媒体'],
  }),
  appChannel: (m) => ({
    area: 'PLATFORM',
    title: `掌上${m.cityZh}客户端“长江联盟”频道`,
    description: `在掌上${m.cityZh}客户端开设联盟专属频道，成员稿件经审核后直达频道首页，可置顶推荐。`,
    terms: '入驻账号由成员单位自行运营，内容须符合客户端发布规范。',
    availability: '长期开放',
    themes: ['平台共享'],
  }),
  droneTeam: (m) => ({
    area: 'TECH_SERVICE',
    title: `${m.cityZh}无人机航拍小组`,
    description: `持证飞手 3 名，可在${m.cityZh}及周边承接联合采访的航拍与直播回传。`,
    terms: '差旅由需求方承担；成片署名双方单位。',
    availability: '提前 5 个工作日预约',
    capacity: [3, 'MONTH'],
    themes: ['技术服务', '航拍'],
  }),
  douyinRelay: (m) => ({
    area: 'CHANNEL',
    title: `${m.cityZh}融媒抖音号联播`,
    description: `${m.cityZh}融媒抖音号可联播成员单位的短视频作品，并配合话题挑战。`,
    terms: '视频时长 3 分钟以内，须提供无水印版本。',
    availability: '每周二、周四',
    capacity: [8, 'MONTH'],
    themes: ['短视频'],
  }),
  broadcastVan: (m) => ({
    area: 'TECH_SERVICE',
    title: `${m.cityZh} 4K 转播车`,
    description: `${m.nameZh}的 4K 转播车，支持 6 机位现场制作与多平台同步分发。`,
    terms: '含技术人员 4 名；油费、路桥费由需求方承担。',
    availability: '节假日需提前一个月预约',
    capacity: [1, 'MONTH'],
    themes: ['技术服务', '直播'],
  }),
  cultureTourism: (m) => ({
    area: 'INDUSTRY',
    title: `${m.cityZh}文旅联合推介`,
    description: `联合${m.cityZh}文旅部门推出沿江城市互推线路，成员单位可参与策划与分成。`,
    terms: '按项目签订合作协议，收益按投入比例分配。',
    availability: '2027 年第一季度启动',
    themes: ['文旅', '产业合作'],
  }),
  dataViz: (m) => ({
    area: 'TECH_SERVICE',
    title: `${m.cityZh}数据可视化工作室`,
    description: '为联合报道制作数据新闻、交互图表与长图，提供可嵌入的 H5 页面。',
    terms: '需求方提供数据来源；作品署名联合制作。',
    availability: '每季度可承接 2 个项目',
    capacity: [2, 'QUARTER'],
    themes: ['数据新闻'],
  }),
  outdoorScreens: (m) => ({
    area: 'CHANNEL',
    title: `${m.cityZh}城区户外大屏联播`,
    description: `${m.cityZh}主城区 12 块户外 LED 大屏，可联播成员单位的城市宣传片与公益广告。`,
    terms: '片长 15 秒或 30 秒，须通过我方播出审核。',
    availability: '每日 7:00—22:00 滚动播出',
    capacity: [2, 'WEEK'],
    themes: ['城市形象'],
  }),
  livePlatform: (m) => ({
    area: 'PLATFORM',
    title: `${m.cityZh}融媒直播平台`,
    description: '自有直播平台，支持多机位导播、连麦与电商挂链，可为成员单位开设直播间。',
    terms: '直播内容由成员单位负责；平台提供技术保障。',
    availability: '全年',
    themes: ['直播', '平台共享'],
  }),
  vrPanorama: (m) => ({
    area: 'TECH_SERVICE',
    title: `${m.cityZh} VR 全景制作`,
    description: `为${m.cityZh}的景区、展馆和重大活动制作 VR 全景与 720° 漫游。`,
    terms: '素材版权归双方共有。',
    availability: '提前两周预约',
    capacity: [2, 'MONTH'],
    themes: ['VR', '技术服务'],
  }),
  heritageLive: (m) => ({
    area: 'INDUSTRY',
    title: `${m.cityZh}非遗年货直播带货`,
    description: `联合${m.cityZh}非遗传承人开展年货直播，成员单位可同步分发并参与选品。`,
    terms: '商品由合作企业供货，售后由企业负责。',
    availability: '春节前一个月',
    themes: ['非遗', '电商'],
  }),
} satisfies Record<string, OfferTemplate>;

const TEMPLATE_LIST: OfferTemplate[] = Object.values(OFFER_TEMPLATES);

/** The trip's host and the members the demo's requests go to offer what those requests ask for, besides their usual one or two. */
const MORE_OFFERS: Record<string, (keyof typeof OFFER_TEMPLATES)[]> = {
  jingzhou: ['broadcastVan', 'wechatPush', 'droneTeam'],
  wanzhou: ['wechatPush', 'droneTeam'],
  changsha: ['appChannel'],
};

/** Each member's offers: one for everyone, a second for every third member, taken from different places in the list, and any named above. */
export function demoOffersOf(member: DemoMember, index: number): DemoOffer[] {
  const usual = [TEMPLATE_LIST[index % TEMPLATE_LIST.length]!];
  if (index % 3 === 0) usual.push(TEMPLATE_LIST[(index * 5 + 3) % TEMPLATE_LIST.length]!);
  const more = (MORE_OFFERS[member.slug] ?? []).map((name) => OFFER_TEMPLATES[name]);
  return [...new Set([...usual, ...more])].map((template) => template(member));
}

/** A republication of a demo piece: where and how far it reached, hours after it could first run. */
export interface DemoRepublication {
  member: string;
  channel: ChannelKind;
  afterHours: number;
  views: number;
  shares: number;
  likes: number;
}

export interface DemoPiece {
  owner: string;
  title: string;
  summary: string;
  /** Paragraphs of the body; none for a headline-only feed item. */
  paragraphs: string[];
  byline: string;
  themes: string[];
  provinces: string[];
  cities: string[];
  /** A fixed alliance time (the Jingzhou trip), or days before now. */
  offered: string | number;
  media?: Omit<ResourceMedia, 'url'>[];
  creditLine?: string;
  excluded?: string[];
  noResyndication?: boolean;
  /** Days from now the embargo lifts. */
  embargoDays?: number;
  feed?: boolean;
  republications?: DemoRepublication[];
}

const JINGZHOU_TRIP = ['百家党媒看荆州'];

/**
 * The demo library: pieces from the founding trip "百家党媒看荆州" (Dec 16–19, 2025) and since, one under embargo,
 * one headline-only feed item; the accepted demo claim is offered from the coverage seed (see demo-resources.ts).
 */
export const DEMO_PIECES: DemoPiece[] = [
  {
    owner: 'jingzhou',
    title: '荆州古城墙：两千年城垣的守与新',
    summary: '走进全国保存最完整的古城垣之一，看荆州如何在保护中让古城墙“活”起来。',
    paragraphs: [
      '清晨六点，荆州古城墙上已有晨练的市民。这座始建于三国时期、现存城墙为明清重建的古城垣，周长十一公里有余。',
      '近年来，荆州实施古城墙保护修缮和城河水系治理，夜游古城、城墙马拉松等新业态让古城墙成为城市会客厅。',
      '“保护是第一位的，利用是最好的保护。”荆州古城历史文化旅游区负责人说。',
    ],
    byline: '荆州市融媒体中心记者 王晓明',
    themes: [...JINGZHOU_TRIP, '楚文化', '文旅'],
    provinces: ['420000'],
    cities: ['荆州'],
    offered: '2025-12-17T21:00:00+08:00',
    media: [
      { kind: 'IMAGE', caption: '晨光中的荆州古城墙', credit: '摄影：李思远' },
      { kind: 'VIDEO', caption: '航拍古城墙全景', credit: '航拍：荆州融媒无人机小组' },
    ],
    creditLine: '来源：荆州市融媒体中心（荆州融媒）',
    republications: [
      { member: 'hengyang', channel: 'APP', afterHours: 14, views: 86_000, shares: 1_900, likes: 5_200 },
      { member: 'changsha', channel: 'WECHAT', afterHours: 20, views: 41_000, shares: 760, likes: 2_300 },
      { member: 'wanzhou', channel: 'DOUYIN', afterHours: 30, views: 230_000, shares: 6_100, likes: 19_000 },
      { member: 'nanjing', channel: 'WEBSITE', afterHours: 52, views: 12_500, shares: 140, likes: 380 },
    ],
  },
  {
    owner: 'jingzhou',
    title: '长江大保护：荆江岸线的十年之变',
    summary: '从“化工围江”到“江豚逐浪”，荆江段岸线修复与生态廊道建设的现场观察。',
    paragraphs: [
      '荆江素有“九曲回肠”之称。十年前，沿岸码头、砂场林立；如今，复绿的岸线连成生态廊道。',
      '荆州累计拆除非法码头一百余座，修复岸线数十公里，长江江豚在荆江段出现的频次明显增多。',
    ],
    byline: '荆州市融媒体中心记者 张雨桐 刘建华',
    themes: [...JINGZHOU_TRIP, '长江大保护', '生态'],
    provinces: ['420000'],
    cities: ['荆州'],
    offered: '2025-12-18T19:30:00+08:00',
    media: [{ kind: 'IMAGE', caption: '修复后的荆江岸线', credit: '摄影：陈子涵' }],
    republications: [
      { member: 'yichang', channel: 'NEWSPAPER', afterHours: 16, views: 35_000, shares: 420, likes: 1_100 },
      { member: 'yueyang', channel: 'APP', afterHours: 22, views: 52_000, shares: 1_300, likes: 3_600 },
      { member: 'anqing', channel: 'WECHAT', afterHours: 40, views: 18_000, shares: 310, likes: 950 },
    ],
  },
  {
    owner: 'hengyang',
    title: '荆州非遗：楚式漆器的当代传人',
    summary: '衡阳日报记者在荆州采访楚式漆器髹饰技艺传承人，看千年漆艺如何走进年轻人的生活。',
    paragraphs: [
      '一件楚式漆器，要经过制胎、髹漆、打磨、描绘等数十道工序，耗时数月。',
      '在荆州的非遗工坊里，“90后”传承人把漆艺做成了文创首饰和手机壳，线上店铺一年卖出上万件。',
    ],
    byline: '衡阳日报社记者 杨海燕',
    themes: [...JINGZHOU_TRIP, '非遗', '楚文化'],
    provinces: ['420000'],
    cities: ['荆州'],
    offered: '2025-12-19T10:00:00+08:00',
    media: [{ kind: 'IMAGE', caption: '传承人在描绘漆器纹样', credit: '摄影：衡阳日报 杨海燕' }],
    creditLine: '衡阳日报社供稿',
    republications: [
      { member: 'jingzhou', channel: 'APP', afterHours: 6, views: 64_000, shares: 1_500, likes: 4_800 },
      { member: 'changde', channel: 'WECHAT', afterHours: 30, views: 9_800, shares: 120, likes: 460 },
    ],
  },
  {
    owner: 'changsha',
    title: '荆州企业：智能工厂里的“4611”新图景',
    summary: '长沙晚报记者走进荆州汽车零部件智能工厂，记录数字化车间与 5G 赋能的产业升级。',
    paragraphs: [
      '冲压、焊接、涂装，一条条产线上机械臂有序运转，车间里几乎看不到工人。',
      '荆州正加快构建“4611”现代产业体系，智能制造成为县域经济的新引擎。',
    ],
    byline: '长沙晚报记者 赵志强',
    themes: [...JINGZHOU_TRIP, '先进制造'],
    provinces: ['420000'],
    cities: ['荆州'],
    offered: '2025-12-19T16:00:00+08:00',
    republications: [{ member: 'zhuzhou', channel: 'WEBSITE', afterHours: 48, views: 7_600, shares: 90, likes: 210 }],
  },
  {
    owner: 'wanzhou',
    title: '楚文化数字产业园：文物“活”起来的秘密',
    summary: '重庆三峡融媒体中心记者探访荆州楚文化数字产业园，看 AI 与文旅如何结合。',
    paragraphs: ['在数字展厅里，越王勾践剑的三维模型可以 360 度旋转，观众还能“亲手”为编钟配乐。', '产业园已入驻数字文创企业数十家，带动就业上千人。'],
    byline: '重庆三峡融媒体中心记者 周文博',
    themes: [...JINGZHOU_TRIP, '楚文化', '数字文旅'],
    provinces: ['420000'],
    cities: ['荆州'],
    offered: '2025-12-18T22:00:00+08:00',
    noResyndication: true,
    republications: [{ member: 'fuling', channel: 'APP', afterHours: 36, views: 15_000, shares: 260, likes: 880 }],
  },
  {
    owner: 'hengyang',
    title: '衡阳：湘江之畔的“融出传播力”',
    summary: '衡阳日报社推进媒体融合的三个目标：融出传播力、生命力、战斗力。',
    paragraphs: ['衡阳日报社以移动端为主阵地重构采编流程，中央厨房日均生产稿件两百余条。', '“融合不是简单相加，而是要融出传播力、生命力和战斗力。”'],
    byline: '衡阳日报社记者 孙佳怡',
    themes: ['媒体融合'],
    provinces: ['430000'],
    cities: ['衡阳'],
    offered: 20,
    republications: [
      { member: 'zhuzhou', channel: 'WECHAT', afterHours: 26, views: 6_400, shares: 80, likes: 320 },
      { member: 'ganzhou', channel: 'APP', afterHours: 50, views: 4_100, shares: 35, likes: 150 },
    ],
  },
  {
    owner: 'changsha',
    title: '长沙夜经济：橘子洲头的烟火气',
    summary: '夜游湘江、夜市美食与演艺新空间，长沙晚报记录一座“不夜城”的消费新场景。',
    paragraphs: ['晚上九点，五一商圈依旧人流如织，排队的年轻人手里举着茶饮。', '长沙夜间消费占全天消费的比重已超过四成。'],
    byline: '长沙晚报记者 朱静怡',
    themes: ['城市', '消费'],
    provinces: ['430000'],
    cities: ['长沙'],
    offered: 12,
    media: [{ kind: 'IMAGE', caption: '橘子洲头的夜景', credit: '摄影：长沙晚报 朱静怡' }],
    republications: [
      { member: 'wuhan', channel: 'APP', afterHours: 10, views: 58_000, shares: 1_100, likes: 4_200 },
      { member: 'wanzhou', channel: 'DOUYIN', afterHours: 18, views: 120_000, shares: 3_300, likes: 11_000 },
    ],
  },
  {
    owner: 'wanzhou',
    title: '万州港：库区航运的新航道',
    summary: '三峡库区最大港口之一的万州港，正在从“水运码头”变为多式联运枢纽。',
    paragraphs: ['集装箱船缓缓靠岸，龙门吊将货柜吊上铁路专线，货物三天后即可抵达东部港口。', '万州港年吞吐量持续增长，库区航运正在变得更绿色、更高效。'],
    byline: '重庆三峡融媒体中心记者 高俊杰',
    themes: ['区域协同', '航运'],
    provinces: ['500000'],
    cities: ['万州'],
    offered: 8,
    excluded: ['510000'],
    republications: [{ member: 'yichang', channel: 'WEBSITE', afterHours: 30, views: 8_900, shares: 110, likes: 260 }],
  },
  {
    owner: 'yichang',
    title: '宜昌：葛洲坝下游再现“江豚微笑”',
    summary: '三峡日报：葛洲坝下游江段近日多次观测到江豚群，专家称为生态持续向好的信号。',
    paragraphs: [],
    byline: '',
    themes: ['长江大保护', '江豚'],
    provinces: ['420000'],
    cities: ['宜昌'],
    offered: 2,
    feed: true,
  },
  {
    owner: 'wuhan',
    title: '长江流域水生生物完整性指数首次发布',
    summary: '长江日报独家：流域水生生物完整性评价结果将于近日发布，禁发期内请勿提前刊发。',
    paragraphs: ['评价结果显示，长江干流水生生物完整性指数较十年前明显回升，江豚、中华鲟等旗舰物种栖息地得到改善。', '专家建议，继续巩固十年禁渔成效，推进岸线生态修复。'],
    byline: '长江日报记者 林天宇',
    themes: ['长江大保护', '生态'],
    provinces: ['420000'],
    cities: ['武汉'],
    offered: 1,
    embargoDays: 3,
    creditLine: '长江日报独家稿件，转载须注明',
  },
  {
    owner: 'nanjing',
    title: '南京：长江大桥下的城市更新',
    summary: '老工业岸线变身滨江风光带，南京日报记录长江大桥下的城市更新故事。',
    paragraphs: ['曾经的码头仓库改造成了滨江书店和露天剧场。', '滨江风光带串联起十余公里岸线，成为市民周末打卡地。'],
    byline: '南京日报记者 何梦琪',
    themes: ['城市更新', '长江大保护'],
    provinces: ['320000'],
    cities: ['南京'],
    offered: 5,
    republications: [{ member: 'zhenjiang', channel: 'APP', afterHours: 8, views: 11_000, shares: 150, likes: 540 }],
  },
];
