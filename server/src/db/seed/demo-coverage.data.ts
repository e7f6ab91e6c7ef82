import type { AssignmentFormat, ChannelKind, ClaimState, TopicState } from '@yah/shared';

/** A claim in the demo: `<prefix>.<slug>` names the reporter account. */
export interface DemoClaim {
  reporter: string;
  state: ClaimState;
  text?: string;
  review?: string;
  publications?: { member: string; channel: ChannelKind; views: number; shares: number; likes: number }[];
}

export interface DemoAssignment {
  title: string;
  format: AssignmentFormat;
  location: string;
  /** Days from now, or a fixed local time (for the Jingzhou trip). */
  due: number | string;
  slots: number;
  brief?: string;
  claims?: DemoClaim[];
}

export interface DemoTopic {
  proposer: string;
  title: string;
  brief: string;
  state: TopicState;
  themes: string[];
  provinces: string[];
  cities: string[];
  window: [string, string];
  channels: ChannelKind[];
  joined?: string[];
  invited?: string[];
  reason?: string;
  /** Days before now it was proposed; proposed now when absent. */
  proposedDaysAgo?: number;
  comments?: [author: string, body: string][];
  assignments?: DemoAssignment[];
}

/** Joint coverage of the demo alliance: topics in every state, with work open, claimed, under review and published. */
export const DEMO_TOPICS: DemoTopic[] = [
  {
    proposer: 'jingzhou',
    title: '百家党媒看荆州：楚文化与“4611”产业新图景',
    brief: '第三届地市党媒融合创新项目分享暨“百家党媒看荆州”主题采访活动的联合报道策划：走进楚文化数字产业园、智能制造车间和荆州古城，讲好荆州向“新”而行的故事。',
    state: 'IN_PROGRESS',
    themes: ['百家党媒看荆州', '楚文化', '先进制造'],
    provinces: ['420000'],
    cities: ['荆州'],
    window: ['2026-12-16', '2026-12-19'],
    channels: ['NEWSPAPER', 'APP', 'WECHAT', 'DOUYIN'],
    joined: ['hengyang', 'changsha', 'wanzhou'],
    invited: ['yichang', 'nanjing'],
    comments: [
      ['editor.jingzhou', '12月16日开幕大会后统一出发，采访车辆由荆州市融媒体中心安排。'],
      ['editor.hengyang', '衡阳日报派两名记者，负责产业园和车间两条线。'],
      ['reporter.changsha', '产业园的视频素材已初剪，晚上提交。'],
    ],
    assignments: [
      {
        title: '楚文化数字产业园探访',
        format: 'VIDEO',
        location: 'jingzhou',
        due: '2026-12-17T18:00:00+08:00',
        slots: 3,
        brief: '文旅与AI数字技术结合的新业态，3分钟短视频。',
        claims: [
          { reporter: 'reporter.hengyang', state: 'CLAIMED' },
          { reporter: 'reporter.changsha', state: 'SUBMITTED', text: '《楚风新韵：数字技术让文物“活”起来》短视频初剪，附采访提纲与字幕稿。' },
        ],
      },
      {
        title: '恒隆汽车零部件智能工厂',
        format: 'TEXT',
        location: 'jingzhou',
        due: '2026-12-18T20:00:00+08:00',
        slots: 2,
        brief: '精益化、数智化、自动化专项推进与5G赋能，1500字通讯。',
        claims: [{ reporter: 'reporter.wanzhou', state: 'CLAIMED' }],
      },
      { title: '开幕大会图文直播', format: 'LIVE', location: 'jingzhou', due: '2026-12-16T10:00:00+08:00', slots: 2 },
      { title: '荆州古城墙航拍', format: 'PHOTO', location: 'jingzhou', due: '2026-12-19T12:00:00+08:00', slots: 2 },
    ],
  },
  {
    proposer: 'yichang',
    title: '长江十年禁渔：沿江城市的生态答卷',
    brief: '禁渔进入第六年，沿江城市联合记录江豚回归、渔民转产与岸线修复，形成跨省市的系列报道。',
    state: 'IN_PROGRESS',
    themes: ['长江大保护', '生态'],
    provinces: ['420000', '430000', '360000', '340000'],
    cities: ['宜昌', '岳阳', '九江', '安庆'],
    window: ['2026-11-01', '2026-12-31'],
    channels: ['APP', 'WECHAT', 'VIDEO'],
    joined: ['yueyang', 'jiujiang', 'anqing'],
    comments: [['editor.yueyang', '东洞庭湖保护区已经联系好，可以跟拍巡护队。']],
    assignments: [
      {
        title: '东洞庭湖江豚观测',
        format: 'VIDEO',
        location: 'yueyang',
        due: 5,
        slots: 2,
        claims: [
          {
            reporter: 'reporter.yueyang',
            state: 'ACCEPTED',
            text: '《微笑天使回来了》江豚观测纪实，含巡护队员采访。',
            publications: [
              { member: 'yueyang', channel: 'APP', views: 128_000, shares: 3_400, likes: 9_800 },
              { member: 'yichang', channel: 'WECHAT', views: 56_000, shares: 1_200, likes: 4_100 },
              { member: 'anqing', channel: 'DOUYIN', views: 310_000, shares: 8_700, likes: 26_000 },
            ],
          },
          { reporter: 'reporter2.jiujiang', state: 'CHANGES_REQUESTED', text: '江豚种群数量变化图解初稿。', review: '请补充2020年以来的监测数据来源，并统一图表配色。' },
        ],
      },
      {
        title: '湖口“江湖两色”与渔民转产',
        format: 'PHOTO',
        location: 'jiujiang',
        due: 3,
        slots: 2,
        claims: [{ reporter: 'reporter.anqing', state: 'SUBMITTED', text: '组照12张，附图说。' }],
      },
      { title: '安庆江豚保护区的守护者', format: 'TEXT', location: 'anqing', due: 9, slots: 1 },
    ],
  },
  {
    proposer: 'yibin',
    title: '万里长江第一城：上游城市的协同发展',
    brief: '从宜宾三江口出发，记录长江上游城市在港口、白酒、新能源产业上的协同。',
    state: 'APPROVED',
    themes: ['区域协同', '产业'],
    provinces: ['510000', '500000'],
    cities: ['宜宾', '泸州', '万州'],
    window: ['2026-12-05', '2027-01-15'],
    channels: ['APP', 'WEBSITE'],
    joined: ['luzhou'],
    assignments: [
      { title: '三江口港口物流新通道', format: 'TEXT', location: 'yibin', due: 12, slots: 2 },
      { title: '泸州白酒产业的数字化车间', format: 'VIDEO', location: 'luzhou', due: 15, slots: 1 },
      { title: '万州港口与库区航运', format: 'GRAPHIC', location: 'wanzhou', due: 18, slots: 1 },
    ],
  },
  {
    proposer: 'changsha',
    title: '长江经济带城市夜经济观察',
    brief: '沿江城市夜间消费、文旅夜游和城市烟火气的联合观察，计划春节前推出。',
    state: 'PROPOSED',
    themes: ['城市', '消费'],
    provinces: ['430000', '420000', '500000'],
    cities: ['长沙', '武汉', '重庆'],
    window: ['2027-01-10', '2027-02-20'],
    channels: ['DOUYIN', 'VIDEO', 'WECHAT'],
    invited: ['wuhan', 'wanzhou'],
  },
  {
    proposer: 'wuhu',
    title: '沿江城市非遗年货大集',
    brief: '各成员单位推荐本地非遗年货，联合直播带货与图文推介。',
    state: 'PROPOSED',
    themes: ['非遗', '年俗'],
    provinces: ['340000', '320000'],
    cities: ['芜湖', '扬州'],
    window: ['2027-01-20', '2027-02-10'],
    channels: ['APP', 'DOUYIN'],
  },
  {
    proposer: 'wanzhou',
    title: '三峡库区移民的新生活',
    brief: '回访三峡移民家庭，讲述库区二十余年的变化。草稿，待补充采访对象名单。',
    state: 'DRAFT',
    themes: ['三峡', '民生'],
    provinces: ['500000'],
    cities: ['万州'],
    window: ['2027-03-01', '2027-04-30'],
    channels: ['NEWSPAPER', 'APP'],
  },
  {
    proposer: 'nanjing',
    title: '长江数字文旅融合创新案例征集',
    brief: '面向成员单位征集数字文旅融合案例并评选。',
    state: 'REJECTED',
    themes: ['文旅'],
    provinces: ['320000'],
    cities: ['南京'],
    window: ['2026-12-01', '2026-12-31'],
    channels: ['WEBSITE'],
    reason: '与“百家党媒看荆州”楚文化数字产业园报道内容重叠，建议并入该选题后再议。',
  },
  {
    proposer: 'wuhan',
    title: '长江日报：沿江城市防汛备汛联合报道',
    brief: '汛期前沿江城市堤防、泵站和应急演练的联合报道。',
    state: 'COMPLETED',
    themes: ['防汛', '民生'],
    provinces: ['420000', '360000'],
    cities: ['武汉', '黄石', '九江'],
    window: ['2026-05-01', '2026-06-30'],
    channels: ['NEWSPAPER', 'APP'],
    joined: ['huangshi', 'jiujiang'],
  },
  {
    proposer: 'chongming',
    title: '长江口湿地候鸟迁徙季',
    brief: '崇明东滩候鸟迁徙季的联合观鸟直播。',
    state: 'CANCELLED',
    themes: ['生态', '候鸟'],
    provinces: ['310000'],
    cities: ['崇明'],
    window: ['2026-10-15', '2026-11-15'],
    channels: ['VIDEO'],
    reason: '保护区因禽流感防控暂停对外开放，活动取消。',
    // Chongming has been quiet since (see DEMO_QUIET_DAYS).
    proposedDaysAgo: 111,
  },
];
