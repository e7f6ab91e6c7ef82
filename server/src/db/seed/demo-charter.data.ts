import type { CommitmentMetric, EvidenceState, PeriodKind } from '@yah/shared';
import type { CharterArticle } from '../../modules/charter/charter.entity';

/** A published version of the demo charter: its articles, why it changed, and when (alliance time). */
export interface DemoCharterVersion {
  version: number;
  publishedAt: string;
  changeNote: string;
  articles: CharterArticle[];
}

const article = (number: number, title: string, body: string, area: CharterArticle['area'] = null): CharterArticle => ({ number, title, body, area });

/** Articles 1–15 and 17 stand unchanged from the founding; 16 is revised and the closing provisions move in version 2. */
const STANDING: CharterArticle[] = [
  article(
    1,
    '名称',
    '本联盟名称为“长江经济带城市群融媒联盟”（以下简称“联盟”），英文名称为 Yangtze River Economic Belt City Cluster Converged Media Alliance。联盟于 2025 年 12 月 17 日在湖北省荆州市成立。',
  ),
  article(
    2,
    '性质',
    '联盟是由长江经济带沿线上海、江苏、浙江、安徽、江西、湖北、湖南、重庆、四川、云南、贵州 11 个省（直辖市）的地市级党媒（融媒体中心、日报社、晚报传媒集团等）自愿结成的非营利性、开放式媒体合作组织。成员单位在联盟内地位平等，各自保持独立的法人地位、编辑方针和经营自主权。',
  ),
  article(
    3,
    '宗旨',
    '联盟坚持正确政治方向和舆论导向，服务长江经济带高质量发展，推动成员单位在平台、资源、渠道、技术服务、产业等方面深度共享和协作，坚持共同策划、联合作战、共谋共赢，深度挖掘长江的文化价值、经济价值、社会价值，讲好“长江故事”，发出“长江声量”，努力打造长江经济带城市媒体一体化传播发展格局。',
  ),
  article(
    4,
    '成员',
    '长江经济带沿线城市的地市级党媒，认同本章程、愿意履行成员义务的，可申请成为联盟成员单位。联盟设主席单位一家、副主席单位若干家，由成员大会推选产生，任期三年。联盟成立时的主席单位为荆州市融媒体中心，副主席单位为长江日报报业集团、三峡日报传媒集团、衡阳日报社、长沙晚报传媒集团、重庆三峡融媒体中心、宜宾市融媒体中心和南京日报社。',
  ),
  article(
    5,
    '成员的权利',
    '成员单位享有下列权利：（一）参加成员大会，参与联盟重大事项的讨论和表决；（二）提出联合选题，参加联盟组织的联合采访、培训和交流活动；（三）按本章程使用联盟共享的稿件、平台、渠道和技术服务；（四）对联盟工作提出意见和建议，对秘书处的工作进行监督；（五）按规定自愿退出联盟。',
  ),
  article(
    6,
    '成员的义务',
    '成员单位应当履行下列义务：（一）遵守本章程，执行成员大会和主席团的决议；（二）指定一名分管负责人和一名联络员，保持与秘书处的日常联系；（三）积极参与联合选题和联合采访，按时完成本单位记者认领的采访任务；（四）每年向联盟稿件库供稿，并向其他成员单位开放至少一项平台、渠道或技术服务资源；（五）履行年度承诺事项，按要求报送佐证材料；（六）转载、使用其他成员单位的稿件和资源时尊重著作权，注明来源和作者。',
  ),
  article(
    7,
    '平台共享',
    '成员单位向联盟开放各自的新闻客户端、网站、直播平台和融媒体指挥平台，开设“长江联盟”专区或频道，其他成员单位的稿件经审核后可直达专区首页。平台资源在联盟共享资源目录中登记，写明使用条件和开放时段；使用方须遵守平台所属单位的内容发布规范。',
    'PLATFORM',
  ),
  article(
    8,
    '资源共享',
    '联盟建立稿件库。成员单位将原创的文字、图片、音视频作品提供给稿件库，供其他成员单位按标准转载规则免费转载使用。供稿单位可对具体稿件附加署名要求、禁发地区、禁止二次分发或禁发时间等条件；转载单位应如实登记刊发渠道、链接和传播数据，供稿单位可随时查看稿件的传播情况。',
    'CONTENT',
  ),
  article(
    9,
    '渠道共享',
    '成员单位互相开放微信公众号、微博、抖音号、户外大屏等传播渠道，开展重大主题联推联播。渠道资源按容量登记（如每月推送条数），由资源所属单位审核申请、安排排期；申请单位应提前一个工作日提交稿件，并接受必要的编辑调整。',
    'CHANNEL',
  ),
  article(
    10,
    '技术服务共享',
    '成员单位在转播车、无人机航拍、数据可视化、VR 全景、AI 辅助采编等方面互相提供技术服务和技术支持，原则上以成本价或资源互换方式结算。技术服务申请经资源所属单位批准后执行，完成后由提供单位确认交付。',
    'TECH_SERVICE',
  ),
  article(
    11,
    '产业协作',
    '成员单位在文旅推介、非遗电商、会展活动、广告经营、版权运营等领域开展产业合作，按项目签订合作协议，收益按投入比例分配、风险共担。鼓励成员单位联合承接长江经济带区域合作项目，探索媒体融合的可持续发展路径。',
    'INDUSTRY',
  ),
  article(
    12,
    '共同策划、联合作战',
    '联盟实行联合选题制度。成员单位可随时提出联合选题，邀请其他成员单位共同发起；选题经秘书处审核后纳入联盟报道计划，由牵头单位拆分采访任务，各成员单位记者跨地域认领、分工采访，稿件统一进入稿件库，各成员平台同步刊发。围绕长江大保护、防汛抗旱、重大节庆和重大会议等主题，秘书处可组织全体成员单位联动报道。',
  ),
  article(
    13,
    '成员大会',
    '成员大会是联盟的最高议事机构，由全体成员单位组成，每年召开一次年会。成员大会的职责：审议和修改章程；推选主席单位和副主席单位；审议秘书处年度工作报告和成员单位承诺履行情况；确定下一年度的承诺事项和重点联合选题。成员大会须有三分之二以上成员单位出席方能召开，决议须经出席成员单位过半数同意。',
  ),
  article(
    14,
    '主席团和会议制度',
    '主席团由主席单位和副主席单位组成，在成员大会闭会期间领导联盟工作，原则上每季度召开一次会议（可采用视频会议），研究联合选题计划、重大联动报道、新成员加入和承诺事项调整等事项。遇重大突发事件，主席单位可召集临时会议。',
  ),
  article(
    15,
    '秘书处',
    '联盟设秘书处，作为常设办事机构，设在主席单位。秘书处的职责：（一）负责联盟日常联络和组织协调，管理成员单位及其账号；（二）维护和发布章程，记录每一次修订；（三）审核联合选题，纳入联盟报道计划；（四）组织联合采访、培训、年会等活动；（五）制定年度和季度承诺事项，统计和通报成员单位履行情况，核验佐证材料；（六）编发联盟工作月报，向主席团和成员单位报告工作；（七）完成成员大会和主席团交办的其他事项。',
  ),
];

const JOINING = article(
  17,
  '加入与退出',
  '申请加入联盟的单位，向秘书处提交书面申请和单位基本情况，经秘书处审核、主席团会议同意后成为成员单位，自同意之日起享有成员权利、履行成员义务，当年的承诺目标可按加入时间调整。成员单位退出联盟，应提前三十日书面通知秘书处。成员单位严重违反本章程，或者连续十二个月未参加联盟任何活动的，经主席团会议决定，可以暂停其成员资格。',
);

const EVALUATION_V1 = article(
  16,
  '年度承诺与考评',
  '每年年初，秘书处商主席团确定年度承诺事项，包括联合选题、采访任务、稿件供稿与转载、资源申请响应、活动参与、按时交稿等，明确各事项的目标值和权重；承诺事项可按季度分解，并可根据成员单位的规模和加入时间调整目标值。承诺履行情况由秘书处依据联盟平台的记录统计；不能由平台统计的事项，由成员单位报送佐证材料，经秘书处核验后计入。秘书处每季度通报一次履行情况，并在年会上通报全年情况。',
);

const EVALUATION_V2 = article(
  16,
  '年度承诺与考评',
  [
    '每年年初，秘书处商主席团确定年度承诺事项及其目标值和权重，承诺事项可按季度分解；秘书处可根据成员单位的规模和加入时间对个别单位的目标值作调整，调整情况对该成员单位公开。',
    '可计量的事项（牵头和参与联合选题、承接采访任务并通过审核、向稿件库供稿、转载成员稿件、响应资源申请、参加联盟活动、按时交稿率等）一律依据联盟平台上的实际记录自动统计，不再由成员单位填报；稿件撤回、任务释放等变化随记录同步更新。不能由平台统计的事项，由成员单位报送文字说明和链接等佐证材料，经秘书处核验后计入；未通过核验的，秘书处应当说明理由。',
    '各事项按时间进度考评：进度目标＝年度目标×已过天数÷全年天数。达到年度目标的为“已完成”，达到进度目标的为“进度正常”，达到进度目标四分之三的为“存在风险”，不足四分之三的为“进度滞后”；按时交稿率不按进度折算，低于目标 10 个百分点以内的为“存在风险”。成员单位的参与度指数为各事项完成比例（每项最多按百分之百计）按权重的加权平均。连续 30 天在联盟平台上没有任何活动的成员单位，由秘书处提醒其联络员。',
    '秘书处每月编发联盟工作月报，每季度通报一次履行情况，年会上通报全年情况并公布参与度排名。',
  ].join('\n'),
);

const REUSE_RULES = article(
  18,
  '稿件库转载规则',
  [
    '成员单位转载稿件库稿件，应当遵守以下标准规则：',
    '（一）在显著位置注明“来源：供稿单位名称”及原作者署名，不得删除供稿单位要求的署名行；',
    '（二）不得歪曲、篡改稿件原意，标题和篇幅可作必要的编辑调整；图片、视频不得另加水印，或者二次剪辑后以本单位名义发布；',
    '（三）稿件仅限在本单位自有平台和渠道刊发，不得向联盟以外的机构二次分发；标注“禁止二次分发”的稿件不得转授任何第三方；',
    '（四）标注禁发时间的稿件，禁发期满前不得刊发；标注禁发地区的稿件，不得在该地区的平台刊发；',
    '（五）刊发后两个工作日内，在联盟平台登记刊发渠道、链接和传播数据；',
    '（六）供稿单位撤回稿件的，转载单位应当在收到通知后二十四小时内撤下。',
    '违反上述规则的，由秘书处提醒；情节严重的，经主席团会议决定，暂停其使用稿件库的权限。',
  ].join('\n'),
);

const closing = (number: number, revised: boolean) =>
  article(
    number,
    '附则',
    `本章程经 2025 年 12 月 17 日联盟成立大会审议通过${revised ? '，2026 年 6 月 18 日主席团会议修订，自发布之日起施行' : '，自通过之日起施行'}。本章程的修改由秘书处提出草案，经成员大会或主席团会议审议通过后发布，修订内容通知全体成员单位。本章程由联盟秘书处负责解释。`,
  );

/** The charter read out at the Jingzhou founding meeting, and its revision at the June presidium meeting. */
export const DEMO_CHARTER: DemoCharterVersion[] = [
  {
    version: 1,
    publishedAt: '2025-12-17T11:00:00+08:00',
    changeNote: '成立大会审议通过。',
    articles: [...STANDING, EVALUATION_V1, JOINING, closing(18, false)],
  },
  {
    version: 2,
    publishedAt: '2026-06-18T16:30:00+08:00',
    changeNote:
      '2026 年 6 月 18 日主席团会议（视频会议）修订：第十六条“年度承诺与考评”改为依据联盟平台记录自动统计、按时间进度考评，写明状态划分和参与度指数的算法，增加工作月报和沉寂提醒；新增第十八条“稿件库转载规则”，明确署名、二次分发、禁发时间和地区、刊发登记和撤稿要求；原第十八条“附则”顺延为第十九条，并写明修订日期。',
    articles: [...STANDING, EVALUATION_V2, JOINING, REUSE_RULES, closing(19, true)],
  },
];

/** A period the secretariat opened, and when (alliance time). */
export interface DemoPeriod {
  kind: PeriodKind;
  year: number;
  quarter: number | null;
  openedAt: string;
}

export const DEMO_PERIODS: DemoPeriod[] = [
  { kind: 'YEAR', year: 2026, quarter: null, openedAt: '2026-01-05T10:00:00+08:00' },
  { kind: 'QUARTER', year: 2026, quarter: 1, openedAt: '2026-01-05T10:10:00+08:00' },
  { kind: 'QUARTER', year: 2026, quarter: 2, openedAt: '2026-04-01T09:30:00+08:00' },
  { kind: 'QUARTER', year: 2026, quarter: 3, openedAt: '2026-07-01T09:30:00+08:00' },
  { kind: 'QUARTER', year: 2026, quarter: 4, openedAt: '2026-10-08T09:30:00+08:00' },
];

/** Which members a per-member target applies to. */
const CHAIR_AND_VICE_CHAIRS = ['jingzhou', 'wuhan', 'yichang', 'hengyang', 'changsha', 'wanzhou', 'yibin', 'nanjing'];
/** Joined during 2026 (see demo-members.data.ts): a smaller share of the year to work with. */
const JOINED_IN_2026 = ['zhaotong', 'zhuzhou', 'mianyang', 'tongling', 'zhoushan'];

const targetsFor = (slugs: string[], target: number): Record<string, number> => Object.fromEntries(slugs.map((slug) => [slug, target]));

/** One evidence item for a MANUAL commitment, as the member gave it and the secretariat decided it. */
export interface DemoEvidence {
  member: string;
  /** `<prefix>` of the account that submitted it: chief or editor. */
  by: 'chief' | 'editor';
  text: string;
  links: string[];
  submittedAt: string;
  state: EvidenceState;
  decidedAt?: string;
  decisionNote?: string;
}

export interface DemoCommitment {
  metric: CommitmentMetric;
  title: string;
  description: string;
  defaultTarget: number;
  weight: number;
  /** Per-member overrides of the default target, by slug. */
  targets?: Record<string, number>;
  evidence?: DemoEvidence[];
}

const site = (slug: string, path: string) => `https://www.${slug}news.example/${path}`;

const verified = (member: string, by: DemoEvidence['by'], submittedAt: string, decidedAt: string, text: string, links: string[], decisionNote: string): DemoEvidence => ({
  member,
  by,
  text,
  links,
  submittedAt,
  state: 'VERIFIED',
  decidedAt,
  decisionNote,
});

const HOSTING: DemoEvidence[] = [
  verified(
    'wuhan',
    'chief',
    '2026-05-25T10:20:00+08:00',
    '2026-05-27T15:00:00+08:00',
    '5 月 20 日至 22 日承办“沿江城市防汛备汛”联合采访媒体行（联合选题“长江日报：沿江城市防汛备汛联合报道”），黄石、九江、岳阳等 6 家成员单位 14 名记者参加，走访龙王庙险段、汉口江滩泵站和市防汛指挥部，各成员平台刊发稿件 23 篇。',
    [site('wuhan', 'zhuanti/2026/fangxun/index.html'), site('wuhan', 'news/20260522/huiyi.html')],
    '已核验活动通知、参加单位名单和刊发链接，计入。',
  ),
  verified(
    'hengyang',
    'chief',
    '2026-04-27T09:40:00+08:00',
    '2026-04-29T11:10:00+08:00',
    '4 月 24 日在衡阳举办“融出传播力”媒体融合经验交流会（线下加视频连线），介绍衡阳日报社中央厨房和移动端采编流程改造经验，联盟 21 家成员单位参加，会议纪要已报秘书处。',
    [site('hengyang', 'ronghe/2026/jiaoliuhui.html')],
    '交流会面向全体成员单位，材料齐全，计入。',
  ),
  verified(
    'yibin',
    'editor',
    '2026-03-31T17:05:00+08:00',
    '2026-04-02T10:00:00+08:00',
    '3 月 26 日至 27 日主办“万里长江第一城”三江口联合采风，泸州、乐山、昭通等 5 家成员单位 11 名记者参加，采访宜宾港、白酒产业园和长江公园。',
    [site('yibin', 'zhuanti/2026/sanjiangkou.html')],
    '已核验，计入。',
  ),
  verified(
    'wanzhou',
    'chief',
    '2026-06-28T20:30:00+08:00',
    '2026-07-01T09:45:00+08:00',
    '6 月 25 日举办三峡库区融媒体采编线上培训（AI 辅助写作与事实核查），28 家成员单位 96 人在线参训，培训课件和回放已上传联盟平台。',
    [site('wanzhou', 'peixun/2026/ai-caibian.html'), 'https://media.wanzhou.demo.example/peixun/2026-06-25-huifang.mp4'],
    '线上培训面向全体成员单位，参训名单已核对，计入。',
  ),
  verified(
    'jingzhou',
    'chief',
    '2026-07-13T10:00:00+08:00',
    '2026-07-14T16:20:00+08:00',
    '7 月 8 日至 10 日主办“长江安澜·荆江大堤”防汛联合采访，宜昌、岳阳、常德等 9 家成员单位 18 名记者参加，联合推出《荆江安澜》系列报道 12 篇、短视频 9 条。',
    [site('jingzhou', 'zhuanti/2026/jingjiang-anlan/index.html'), site('jingzhou', 'news/20260710/zongjie.html')],
    '已核验，计入。',
  ),
  verified(
    'jiujiang',
    'editor',
    '2026-07-24T15:30:00+08:00',
    '2026-07-27T10:00:00+08:00',
    '7 月 21 日主办“江湖两色”湖口联合采访，安庆、南昌、黄石等 6 家成员单位参加，记录长江与鄱阳湖交汇处的生态修复和渔民转产。',
    [site('jiujiang', 'zhuanti/2026/jianghu-liangse.html')],
    '已核验，计入。',
  ),
  verified(
    'yichang',
    'chief',
    '2026-08-17T11:00:00+08:00',
    '2026-08-19T15:40:00+08:00',
    '8 月 12 日至 14 日主办“江豚的微笑”葛洲坝下游生态联合采访，8 家成员单位 16 名记者参加，配合中科院水生所开展江豚观测。',
    [site('yichang', 'zhuanti/2026/jiangtun.html')],
    '已核验，计入。',
  ),
  verified(
    'zhenjiang',
    'editor',
    '2026-06-15T14:10:00+08:00',
    '2026-06-17T10:30:00+08:00',
    '6 月 10 日主办“江河交汇”长江镇扬河段联合采访，南京、扬州、南通等 5 家成员单位参加，采访世业洲生态修复和镇江港转型。',
    [site('zhenjiang', 'zhuanti/2026/jianghe-jiaohui.html')],
    '已核验，计入。',
  ),
  verified(
    'changsha',
    'chief',
    '2026-09-21T09:00:00+08:00',
    '2026-09-23T14:00:00+08:00',
    '9 月 16 日至 17 日在马栏山视频文创产业园举办联盟短视频创作训练营，12 家成员单位 35 名编辑记者参训，结营作品 28 部。',
    [site('changsha', 'peixun/2026/malanshan-xunlianying.html'), 'https://media.changsha.demo.example/peixun/2026-09-jieying.mp4'],
    '训练营材料和结营作品已核验，计入。',
  ),
  verified(
    'anqing',
    'editor',
    '2026-09-27T16:45:00+08:00',
    '2026-09-30T10:15:00+08:00',
    '9 月 23 日主办“黄梅戏里的长江”非遗采风活动，铜陵、芜湖、九江等 6 家成员单位参加。',
    [site('anqing', 'zhuanti/2026/huangmeixi.html')],
    '已核验，计入。',
  ),
  verified(
    'yueyang',
    'chief',
    '2026-10-19T10:30:00+08:00',
    '2026-10-21T11:00:00+08:00',
    '10 月 15 日至 16 日主办“洞庭湖候鸟与江豚”联合采访，常德、荆州、九江等 7 家成员单位参加，跟拍东洞庭湖保护区巡护队。',
    [site('yueyang', 'zhuanti/2026/dongtinghu.html')],
    '已核验，计入。',
  ),
  verified(
    'zhuzhou',
    'chief',
    '2026-11-10T09:20:00+08:00',
    '2026-11-12T15:30:00+08:00',
    '11 月 6 日主办“株洲·中国动力谷”联合采访，走进轨道交通装备和航空动力企业，长沙、衡阳、南昌等 9 家成员单位参加。',
    [site('zhuzhou', 'zhuanti/2026/dongligu.html')],
    '今年新加入单位即主办联盟活动，已核验，计入。',
  ),
  verified(
    'huangshi',
    'chief',
    '2026-05-14T15:20:00+08:00',
    '2026-05-18T10:30:00+08:00',
    '5 月 12 日主办“矿冶记忆”工业遗产联合采访，武汉、九江、安庆等 5 家成员单位参加，走进华新水泥旧址和铜绿山古铜矿遗址。',
    [site('huangshi', 'zhuanti/2026/kuangye-jiyi.html')],
    '已核验，计入。',
  ),
  verified(
    'changde',
    'editor',
    '2026-04-13T10:00:00+08:00',
    '2026-04-15T09:30:00+08:00',
    '4 月 9 日至 10 日主办“桃花源里的春天”文旅联合采访，岳阳、长沙、荆州等 6 家成员单位参加，联合直播 2 场。',
    [site('changde', 'zhuanti/2026/taohuayuan-chuntian.html')],
    '已核验，计入。',
  ),
  verified(
    'ganzhou',
    'chief',
    '2026-10-12T16:00:00+08:00',
    '2026-10-14T11:20:00+08:00',
    '10 月 9 日至 10 日主办“红色故都”研学线路联合采风，南昌、九江、衡阳等 5 家成员单位参加。',
    [site('ganzhou', 'zhuanti/2026/hongse-gudu.html')],
    '已核验，计入。',
  ),
  {
    member: 'maanshan',
    by: 'editor',
    text: '8 月 18 日至 20 日报道第三十八届中国（马鞍山）国际吟诗节，推出直播 3 场、稿件 15 篇。',
    links: [site('maanshan', 'zhuanti/2026/yinshijie.html')],
    submittedAt: '2026-08-24T11:00:00+08:00',
    state: 'REJECTED',
    decidedAt: '2026-08-26T16:00:00+08:00',
    decisionNote: '吟诗节为当地节会，本单位未组织联盟成员单位参加采访或培训，不符合本项承诺；欢迎组织面向成员单位的活动后重新提交。',
  },
  {
    member: 'nanjing',
    by: 'chief',
    text: '11 月 20 日主办“长江大桥下的城市更新”联合采访，镇江、扬州、芜湖、马鞍山等 7 家成员单位 15 名记者参加，走访滨江风光带、下关电厂旧址改造和南京长江大桥桥头堡。',
    links: [site('nanjing', 'zhuanti/2026/chengshi-gengxin.html'), site('nanjing', 'news/20261121/lianhe-caifang.html')],
    submittedAt: '2026-11-24T10:00:00+08:00',
    state: 'SUBMITTED',
  },
  {
    member: 'wuhu',
    by: 'editor',
    text: '11 月 26 日在芜湖举办“沿江城市非遗年货大集”联合直播选品会，安庆、铜陵、马鞍山等 6 家成员单位参加，为联合选题“沿江城市非遗年货大集”做准备。',
    links: [site('wuhu', 'huodong/2026/nianhuo-xuanpin.html')],
    submittedAt: '2026-11-27T17:30:00+08:00',
    state: 'SUBMITTED',
  },
];

const CASES: DemoEvidence[] = [
  verified(
    'jingzhou',
    'chief',
    '2026-09-08T10:00:00+08:00',
    '2026-09-11T15:00:00+08:00',
    '案例：“百家党媒看荆州”联合采访协同平台——采访报名、行程、签到和稿件共享在一个平台上完成，已同时报送 2026 年度融合创新项目征集。',
    [site('jingzhou', 'ronghe/2026/xietong-pingtai.pdf')],
    '案例材料完整，计入。',
  ),
  verified(
    'hengyang',
    'editor',
    '2026-09-15T09:30:00+08:00',
    '2026-09-18T10:00:00+08:00',
    '案例：“衡阳融媒大脑”智能选题与舆情平台，日均辅助生成选题线索 60 余条，已报送 2026 年度融合创新项目征集。',
    [site('hengyang', 'ronghe/2026/rongmei-danao.pdf')],
    '已核验，计入。',
  ),
  verified(
    'wuhan',
    'editor',
    '2026-08-20T14:00:00+08:00',
    '2026-08-24T09:30:00+08:00',
    '案例：汛期数据新闻编辑部——水位、降雨和泵站数据实时可视化，汛期专题总阅读量 2.3 亿。',
    [site('wuhan', 'ronghe/2026/xunqi-shuju.pdf')],
    '已核验，计入。',
  ),
  verified(
    'changsha',
    'editor',
    '2026-10-09T11:20:00+08:00',
    '2026-10-12T15:00:00+08:00',
    '案例：“我的长沙”政务服务与新闻客户端一体化运营，注册用户突破 900 万。',
    [site('changsha', 'ronghe/2026/wode-changsha.pdf')],
    '已核验，计入。',
  ),
  verified(
    'yichang',
    'editor',
    '2026-09-02T16:00:00+08:00',
    '2026-09-04T10:40:00+08:00',
    '案例：“云上宜昌”城市服务平台接入联盟稿件库，实现成员稿件一键转载和传播数据回传。',
    [site('yichang', 'ronghe/2026/yunshang-yichang.pdf')],
    '已核验，计入。',
  ),
  verified(
    'wanzhou',
    'chief',
    '2026-10-16T10:10:00+08:00',
    '2026-10-20T11:30:00+08:00',
    '案例：三峡库区移民口述史融媒工程第二季，采集口述史 120 人次，推出纪录短片 30 集。',
    [site('wanzhou', 'ronghe/2026/koushushi.pdf'), 'https://media.wanzhou.demo.example/koushushi/s2-trailer.mp4'],
    '已核验，计入。',
  ),
  verified(
    'nanjing',
    'editor',
    '2026-10-22T15:00:00+08:00',
    '2026-10-26T10:00:00+08:00',
    '案例：“紫金智编”AI 辅助编辑系统在校对和标题推荐中的应用，差错率下降四成。',
    [site('nanjing', 'ronghe/2026/zijin-zhibian.pdf')],
    '已核验，计入。',
  ),
  verified(
    'yueyang',
    'editor',
    '2026-10-28T09:50:00+08:00',
    '2026-10-30T14:20:00+08:00',
    '案例：“洞庭之眼”生态慢直播，24 小时直播东洞庭湖候鸟和江豚，累计观看 4100 万人次。',
    [site('yueyang', 'ronghe/2026/dongting-zhiyan.pdf')],
    '已核验，计入。',
  ),
  verified(
    'anqing',
    'editor',
    '2026-10-13T10:30:00+08:00',
    '2026-10-15T16:00:00+08:00',
    '案例：黄梅戏 IP 融媒传播计划，短视频账号矩阵粉丝突破 300 万。',
    [site('anqing', 'ronghe/2026/huangmeixi-ip.pdf')],
    '已核验，计入。',
  ),
  verified(
    'zhuzhou',
    'editor',
    '2026-11-03T14:40:00+08:00',
    '2026-11-05T10:00:00+08:00',
    '案例：“株洲智造”产业频道，与市工信部门共建企业数据看板，服务 1200 家规上企业。',
    [site('zhuzhou', 'ronghe/2026/zhuzhou-zhizao.pdf')],
    '已核验，计入。',
  ),
  verified(
    'changde',
    'chief',
    '2026-10-20T16:00:00+08:00',
    '2026-10-23T09:40:00+08:00',
    '案例：“桃花源”文旅融媒直播间，全年直播 180 场，带动文旅消费 1.2 亿元，已报送 2026 年度融合创新项目征集。',
    [site('changde', 'ronghe/2026/taohuayuan-zhibo.pdf')],
    '已核验，计入。',
  ),
  verified(
    'wuhu',
    'editor',
    '2026-10-21T10:00:00+08:00',
    '2026-10-23T15:10:00+08:00',
    '案例：芜湖传媒中心“新闻+数字人”播报，数字主播日均播报 40 条本地快讯，已报送 2026 年度融合创新项目征集。',
    [site('wuhu', 'ronghe/2026/shuziren.pdf')],
    '已核验，计入。',
  ),
  verified(
    'luzhou',
    'editor',
    '2026-09-29T11:00:00+08:00',
    '2026-10-09T10:30:00+08:00',
    '案例：“酒城融媒”县区融媒体中心一体化指挥调度，七个区县共用一个采编平台。',
    [site('luzhou', 'ronghe/2026/zhihui-diaodu.pdf')],
    '已核验，计入。',
  ),
  verified(
    'huangshi',
    'editor',
    '2026-10-27T15:30:00+08:00',
    '2026-10-29T10:00:00+08:00',
    '案例：工业遗产“矿冶记忆”融媒传播，VR 全景复原华新水泥旧址和铜绿山古铜矿遗址。',
    [site('huangshi', 'ronghe/2026/kuangye-jiyi.pdf')],
    '已核验，计入。',
  ),
  verified(
    'xiangyang',
    'chief',
    '2026-11-02T09:10:00+08:00',
    '2026-11-04T15:00:00+08:00',
    '案例：“襄阳古城”文旅短视频矩阵，全年播放量 6.8 亿次。',
    [site('xiangyang', 'ronghe/2026/gucheng-duanshipin.pdf')],
    '已核验，计入。',
  ),
  verified(
    'ganzhou',
    'editor',
    '2026-11-09T10:20:00+08:00',
    '2026-11-11T11:00:00+08:00',
    '案例：“红色故都”融媒课堂，与中小学共建红色研学直播课 64 节。',
    [site('ganzhou', 'ronghe/2026/hongse-ketang.pdf')],
    '已核验，计入。',
  ),
  verified(
    'yibin',
    'editor',
    '2026-10-30T10:00:00+08:00',
    '2026-11-03T09:50:00+08:00',
    '案例：“三江口”长江上游城市新闻联播网，与泸州、乐山、昭通等城市共享直播信号和稿件。',
    [site('yibin', 'ronghe/2026/sanjiangkou-lianbo.pdf')],
    '已核验，计入。',
  ),
  verified(
    'zhenjiang',
    'editor',
    '2026-11-12T15:00:00+08:00',
    '2026-11-16T10:10:00+08:00',
    '案例：“镇江发布”政务新媒体矩阵的统一运营和舆情快速响应机制。',
    [site('zhenjiang', 'ronghe/2026/zhengwu-juzhen.pdf')],
    '已核验，计入。',
  ),
  {
    member: 'jiujiang',
    by: 'editor',
    text: '案例：长江岸线生态慢直播观测网，在 152 公里岸线布设 12 个观测点，全年直播江豚出水 300 余次。',
    links: [site('jiujiang', 'ronghe/2026/manzhibo.pdf'), 'https://media.jiujiang.demo.example/manzhibo/jingxuan.mp4'],
    submittedAt: '2026-11-23T16:20:00+08:00',
    state: 'SUBMITTED',
  },
  {
    member: 'fuling',
    by: 'editor',
    text: '案例：“榨菜之乡”产业融媒服务，为 40 家榨菜企业提供直播带货和品牌宣传。',
    links: [site('fuling', 'ronghe/2026/zhacai.pdf')],
    submittedAt: '2026-11-28T10:40:00+08:00',
    state: 'SUBMITTED',
  },
];

/** The year's commitments: every measured metric with a title people use, a few per-member targets, and two manual ones. */
const COMMITMENTS_2026: DemoCommitment[] = [
  {
    metric: 'TOPICS_PROPOSED',
    title: '牵头策划联合选题',
    description: '本单位作为牵头单位提出、进入联盟报道计划的联合选题（已取消的不计）。主席单位 4 个，副主席单位 3 个，今年新加入的单位 1 个。',
    defaultTarget: 2,
    weight: 3,
    targets: { ...targetsFor(CHAIR_AND_VICE_CHAIRS, 3), jingzhou: 4, ...targetsFor(JOINED_IN_2026, 1) },
  },
  {
    metric: 'TOPICS_CO_SPONSORED',
    title: '参与联合选题（联合作战）',
    description: '本单位作为共同发起单位，加入其他成员单位牵头的联合选题。',
    defaultTarget: 4,
    weight: 2,
  },
  {
    metric: 'ASSIGNMENTS_ACCEPTED',
    title: '承接联合采访任务',
    description: '本单位记者认领联合选题中的采访任务，交稿并经牵头单位审核通过。',
    defaultTarget: 4,
    weight: 2,
  },
  {
    metric: 'PIECES_REPUBLISHED',
    title: '转载成员稿件',
    description: '本单位平台刊发其他成员单位的稿件（稿件库转载或联合采访稿件），以联盟平台登记的刊发记录为准，平均每月至少一篇。主席、副主席单位 18 篇，今年新加入的单位 6 篇。',
    defaultTarget: 12,
    weight: 3,
    targets: { ...targetsFor(CHAIR_AND_VICE_CHAIRS, 18), ...targetsFor(JOINED_IN_2026, 6) },
  },
  {
    metric: 'PIECES_OFFERED',
    title: '向稿件库供稿',
    description: '本单位向联盟稿件库提供的原创稿件（在库、未撤回）。主席、副主席单位 12 篇，今年新加入的单位 4 篇。',
    defaultTarget: 8,
    weight: 2,
    targets: { ...targetsFor(CHAIR_AND_VICE_CHAIRS, 12), ...targetsFor(JOINED_IN_2026, 4) },
  },
  {
    metric: 'REQUESTS_FULFILLED',
    title: '响应成员资源申请',
    description: '本单位共享的平台、稿件、渠道、技术服务或产业资源，按其他成员单位的申请完成交付。',
    defaultTarget: 1,
    weight: 1,
  },
  {
    metric: 'EVENT_PLACES_FILLED',
    title: '参加联盟集体采访活动',
    description: '本单位报名并获得名额的联盟活动人次，按活动开始日期计入（含 12 月“百家党媒看荆州”主题采访活动）。',
    defaultTarget: 2,
    weight: 1,
  },
  {
    metric: 'EVENTS_ATTENDED',
    title: '到场参加联盟活动',
    description: '本单位获得名额、并经主办单位签到确认的参加人次。',
    defaultTarget: 2,
    weight: 1,
  },
  {
    metric: 'ON_TIME_RATE',
    title: '按时交稿率',
    description: '本单位记者认领的采访任务中，截止时间已到的任务按时交稿（首次提交不晚于截止时间）的比例；不按进度折算。',
    defaultTarget: 90,
    weight: 2,
  },
  {
    metric: 'MANUAL',
    title: '每年至少主办一次联盟培训或采访活动',
    description: '主办或承办一次面向联盟成员单位的培训、联合采访或交流活动（线上线下均可）。请提交活动通知、参加单位和报道链接，由秘书处核验。',
    defaultTarget: 1,
    weight: 1,
    evidence: HOSTING,
  },
  {
    metric: 'MANUAL',
    title: '向联盟提交年度融合创新案例',
    description: '提交一篇本单位的年度媒体融合创新案例（可与年度融合创新项目征集同时报送），附案例材料和链接，由秘书处核验。',
    defaultTarget: 1,
    weight: 1,
    evidence: CASES,
  },
];

/** The current quarter's shorter list, with the Jingzhou trip in it. */
const COMMITMENTS_2026_Q4: DemoCommitment[] = [
  {
    metric: 'PIECES_REPUBLISHED',
    title: '本季度转载成员稿件',
    description: '第四季度在本单位平台刊发其他成员单位的稿件。',
    defaultTarget: 3,
    weight: 2,
  },
  {
    metric: 'PIECES_OFFERED',
    title: '本季度向稿件库供稿',
    description: '第四季度向联盟稿件库提供的原创稿件。荆州作为“百家党媒看荆州”东道主单位 4 篇。',
    defaultTarget: 2,
    weight: 2,
    targets: { jingzhou: 4 },
  },
  {
    metric: 'TOPICS_CO_SPONSORED',
    title: '本季度参与联合选题',
    description: '第四季度作为共同发起单位加入的联合选题。',
    defaultTarget: 1,
    weight: 1,
  },
  {
    metric: 'EVENT_PLACES_FILLED',
    title: '参加“百家党媒看荆州”主题采访活动',
    description: '12 月 16 日至 19 日“百家党媒看荆州”主题采访活动，每个成员单位至少派出 2 人。',
    defaultTarget: 2,
    weight: 2,
  },
  {
    metric: 'ON_TIME_RATE',
    title: '本季度按时交稿率',
    description: '第四季度截止的采访任务按时交稿的比例。',
    defaultTarget: 90,
    weight: 1,
  },
];

/** Commitments per period, keyed `YEAR-2026`, `QUARTER-2026-4`. */
export const DEMO_COMMITMENTS: Record<string, DemoCommitment[]> = {
  'YEAR-2026': COMMITMENTS_2026,
  'QUARTER-2026-4': COMMITMENTS_2026_Q4,
};

export const periodKey = (period: Pick<DemoPeriod, 'kind' | 'year' | 'quarter'>) =>
  period.kind === 'YEAR' ? `YEAR-${period.year}` : `QUARTER-${period.year}-${period.quarter}`;
