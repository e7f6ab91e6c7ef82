import type { InnovationAward, InnovationCategory } from '@yah/shared';
import type { InnovationCriterion } from '../../modules/innovation/innovation.entity';
import { ANNUAL_MEETING_2027_TITLE, JINGZHOU_TRIP_TITLE } from './demo-events.data';

/** The criteria both demo rounds publish (100 points in all). */
export const DEMO_INNOVATION_CRITERIA: InnovationCriterion[] = [
  { name: '创新性', description: '理念、机制、技术或产品上的首创与突破', maxScore: 30 },
  { name: '融合传播效果', description: '覆盖、互动、转化等可量化的传播成效', maxScore: 30 },
  { name: '可复制推广性', description: '对其他地市党媒的借鉴价值和推广成本', maxScore: 20 },
  { name: '技术与运营可持续性', description: '团队、技术架构与商业或公共服务模式能否长期运转', maxScore: 20 },
];

export interface DemoInnovationProject {
  member: string;
  /** Account prefix of who submitted it (`editor` or `chief`). */
  by: 'editor' | 'chief';
  title: string;
  category: InnovationCategory;
  summary: string;
  results: string;
  links: string[];
  media: { url: string; credit: string }[];
  award?: InnovationAward;
  /** Roughly where the panel put it out of 100 (the scores are spread around it deterministically). */
  level?: number;
}

export const DEMO_ROUND_2025 = {
  title: '2025年度地市党媒融合创新项目',
  year: 2025,
  openedAt: '2025-08-20T02:00:00Z',
  submissionsCloseAt: '2025-10-31T15:59:59Z',
  closedAt: '2025-12-05T08:00:00Z',
  /** Announced at the founding meeting in Jingzhou. */
  publishedAt: '2025-12-16T02:00:00Z',
  /** Presented again at the Jingzhou trip's innovation-project session (its last stop). */
  presentedAtEventTitle: JINGZHOU_TRIP_TITLE,
  panel: ['chief.wuhan', 'chief.nanjing', 'chief.changsha', 'chief.yichang', 'chief.kunming'],
};

export const DEMO_ROUND_2026 = {
  title: '2026年度地市党媒融合创新项目',
  year: 2026,
  openedAt: '2026-10-15T02:00:00Z',
  /** 2026-12-31 23:59:59 alliance time. */
  submissionsCloseAt: '2026-12-31T15:59:59Z',
  /** Its recommended list is to be announced at the 2027 annual meeting. */
  presentedAtEventTitle: ANNUAL_MEETING_2027_TITLE,
  panel: ['chief.wuhan', 'chief.nanjing', 'chief.yueyang', 'chief.anqing', 'chief.zhoushan'],
};

export const DEMO_PROJECTS_2025: DemoInnovationProject[] = [
  {
    member: 'jingzhou',
    by: 'chief',
    title: '“荆云”县级融媒中台',
    category: 'PLATFORM',
    summary: '以市级融媒体中心为枢纽，为荆州所辖 8 个县市区融媒体中心提供统一的策采编发、版权管理和数据分析中台，一次采集、多端分发，县级中心无需各自建设技术系统。',
    results: '2025 年接入 8 个县级中心、1,200 余名采编人员，日均生产稿件 900 余条；县级中心技术运维成本下降约 40%，重大主题报道协同时间由 2 天缩短到 4 小时。',
    links: ['https://www.jingzhounews.example/jingyun'],
    media: [{ url: 'https://www.jingzhounews.example/media/jingyun-dashboard.jpg', credit: '荆州市融媒体中心' }],
    award: 'TOP',
    level: 92,
  },
  {
    member: 'wuhan',
    by: 'editor',
    title: '长江云数据新闻编辑部',
    category: 'CONTENT',
    summary: '组建由记者、数据分析师和设计师组成的数据新闻编辑部，依托长江云平台的开放数据，持续产出长江水位、航运、生态等可视化报道，并向联盟成员开放模板。',
    results: '全年发布数据新闻 186 件，其中《长江十年禁渔后的鱼》全网阅读 3,200 万；可视化模板被 14 家联盟成员复用。',
    links: ['https://www.wuhannews.example/data', 'https://www.wuhannews.example/data/yangtze-fish'],
    media: [{ url: 'https://www.wuhannews.example/media/data-newsroom.png', credit: '长江日报报业集团' }],
    award: 'TOP',
    level: 90,
  },
  {
    member: 'changsha',
    by: 'chief',
    title: '“我的长沙”政务服务+新闻客户端',
    category: 'SERVICE',
    summary: '把新闻客户端与城市政务服务打通：社保、公积金、交通违章、入学报名等 300 余项服务一站办理，新闻与服务互相导流，形成“新闻+政务+服务”的城市入口。',
    results: '注册用户 680 万，月活 210 万；服务调用年均 1.1 亿次，带动新闻阅读量同比增长 65%。',
    links: ['https://www.changshanews.example/app'],
    media: [{ url: 'https://www.changshanews.example/media/app-home.jpg', credit: '长沙晚报传媒集团' }],
    award: 'TOP',
    level: 89,
  },
  {
    member: 'hengyang',
    by: 'editor',
    title: '“雁城视界”短视频矩阵',
    category: 'CONTENT',
    summary: '以一个主账号带动 12 个垂类账号（民生、文旅、非遗、体育等）的短视频矩阵，建立选题共享和流量互推机制，培养记者出镜能力。',
    results: '矩阵粉丝总数 520 万，全年播放量 18 亿次，4 条作品获省级以上新闻奖。',
    links: ['https://www.hengyangnews.example/video'],
    media: [{ url: 'https://www.hengyangnews.example/media/matrix.jpg', credit: '衡阳日报社' }],
    award: 'EXCELLENT',
    level: 85,
  },
  {
    member: 'nanjing',
    by: 'editor',
    title: '“紫金智编”AI 辅助编辑系统',
    category: 'TECHNOLOGY',
    summary: '在采编流程中嵌入大模型辅助：会议稿要点提取、错别字和敏感表述校对、标题建议、多语种摘要，所有生成内容须经编辑确认后签发。',
    results: '校对差错率下降 70%，常规稿件编辑时长平均缩短 35%；系统已向 5 家联盟成员开放试用。',
    links: ['https://www.nanjingnews.example/ai-editor'],
    media: [],
    award: 'EXCELLENT',
    level: 84,
  },
  {
    member: 'wanzhou',
    by: 'chief',
    title: '三峡库区移民口述史融媒工程',
    category: 'CONTENT',
    summary: '以图文、纪录短片、音频播客和线上展馆记录百名三峡移民的口述历史，与高校合作建立影像档案。',
    results: '完成 108 位移民口述采访，纪录片系列播放 6,000 万次，线上展馆访问 90 万人次。',
    links: ['https://www.wanzhounews.example/yimin'],
    media: [{ url: 'https://www.wanzhounews.example/media/yimin.jpg', credit: '重庆三峡融媒体中心' }],
    award: 'EXCELLENT',
    level: 83,
  },
  {
    member: 'yichang',
    by: 'editor',
    title: '“云上宜昌”城市服务平台',
    category: 'SERVICE',
    summary: '整合文旅预约、防汛信息、便民缴费和社区通知，为三峡游客和市民提供一个入口，旅游旺季与景区联动实时发布客流。',
    results: '年服务用户 300 万人次，旅游旺季景区客流信息查询 1,500 万次。',
    links: ['https://www.yichangnews.example/cloud'],
    media: [],
    award: 'EXCELLENT',
    level: 82,
  },
  {
    member: 'huzhou',
    by: 'editor',
    title: '“绿水青山”数字乡村频道',
    category: 'OPERATIONS',
    summary: '面向乡村的融媒频道：村务公开、农产品直播带货、乡村旅游线路，由村级通讯员和中心记者共同运营。',
    results: '覆盖 960 个行政村，直播带货销售农产品 1.2 亿元，培养村级通讯员 1,400 名。',
    links: ['https://www.huzhounews.example/village'],
    media: [{ url: 'https://www.huzhounews.example/media/village-live.jpg', credit: '湖州市新闻传媒中心' }],
    award: 'EXCELLENT',
    level: 81,
  },
  {
    member: 'jiujiang',
    by: 'editor',
    title: '长江岸线生态慢直播观测网',
    category: 'CONTENT',
    summary: '在九江 152 公里长江岸线布设 20 个慢直播点位，全天候直播江豚、候鸟和岸线修复，配合专家解说。',
    results: '慢直播累计观看 4,300 万人次，江豚直播片段被央视等转载。',
    links: ['https://www.jiujiangnews.example/live'],
    media: [],
    level: 78,
  },
  {
    member: 'anqing',
    by: 'chief',
    title: '黄梅戏 IP 融媒传播计划',
    category: 'OPERATIONS',
    summary: '联合剧院推出黄梅戏短剧、名家直播课和线上票务，把传统戏曲做成持续运营的城市文化 IP。',
    results: '短剧播放 2.6 亿次，线上售票 4.8 万张。',
    links: ['https://www.anqingnews.example/huangmei'],
    media: [],
    level: 76,
  },
  {
    member: 'zunyi',
    by: 'editor',
    title: '红色文旅融媒数字展厅',
    category: 'PLATFORM',
    summary: '以三维数字展厅呈现遵义会议会址等红色资源，结合讲解员直播和研学预约。',
    results: '数字展厅访问 210 万人次，研学团队预约 3,100 批。',
    links: ['https://www.zunyinews.example/red'],
    media: [],
    level: 74,
  },
  {
    member: 'nantong',
    by: 'editor',
    title: '江海融媒 MCN 运营中心',
    category: 'OPERATIONS',
    summary: '孵化本地创作者和主播，承接政务、文旅、电商的内容运营，反哺主流媒体传播。',
    results: '签约创作者 86 名，年营收 3,200 万元。',
    links: ['https://www.nantongnews.example/mcn'],
    media: [],
    level: 72,
  },
];

export const DEMO_PROJECTS_2026: DemoInnovationProject[] = [
  {
    member: 'hengyang',
    by: 'editor',
    title: '“衡阳融媒大脑”智能选题与舆情平台',
    category: 'TECHNOLOGY',
    summary: '汇聚本地热线、政务留言和网络热点，自动聚类生成选题线索，并与联盟联合选题库对接。',
    results: '试运行 3 个月，线索采用率 38%，热线问题办结报道 240 篇。',
    links: ['https://www.hengyangnews.example/brain'],
    media: [],
  },
  {
    member: 'jingzhou',
    by: 'editor',
    title: '“百家党媒看荆州”联合采访协同平台',
    category: 'PLATFORM',
    summary: '为联盟大型联合采访提供报名、行程、签到、稿件认领与传播统计的一体化协同。',
    results: '支撑百家党媒看荆州等 3 次联合采访，参与记者 260 人次。',
    links: ['https://www.jingzhounews.example/joint'],
    media: [{ url: 'https://www.jingzhounews.example/media/joint-trip.jpg', credit: '荆州市融媒体中心' }],
  },
  {
    member: 'changde',
    by: 'chief',
    title: '“桃花源”文旅融媒直播间',
    category: 'OPERATIONS',
    summary: '以固定直播间 + 移动直播车，常态化推介文旅线路和地方特产。',
    results: '全年直播 320 场，带动文旅消费 5,600 万元。',
    links: [],
    media: [],
  },
  {
    member: 'wuhu',
    by: 'editor',
    title: '芜湖传媒中心“新闻+数字人”播报',
    category: 'TECHNOLOGY',
    summary: '用数字人主播生成天气、交通和政务快讯，人工审核后多端发布。',
    results: '日均生成快讯 40 条，夜间与节假日时段覆盖率提升至 100%。',
    links: ['https://www.wuhunews.example/avatar'],
    media: [],
  },
];
