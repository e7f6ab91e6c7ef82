import type { AssignmentFormat, ChannelKind } from '@yah/shared';

/**
 * What each member did in 2026 before today, besides the hand-written demo rows (the Jingzhou trip, the current
 * topics, the library's opening pieces): the volumes behind the participation dashboard, chosen so that the alliance
 * has members clearly ahead, on track, at risk and behind against the year's commitments (demo-charter.data.ts).
 * Pieces republished include the lead member running the work of other members' reporters on its topics.
 */
export interface DemoYearVolumes {
  topicsLed: number;
  topicsJoined: number;
  accepted: number;
  /** Of the accepted assignments, how many were handed in after their due time. */
  late: number;
  offered: number;
  republished: number;
  fulfilled: number;
}

type Row = [topicsLed: number, topicsJoined: number, accepted: number, late: number, offered: number, republished: number, fulfilled: number];

const ROWS: Record<string, Row> = {
  // Clearly ahead: every commitment met.
  jingzhou: [4, 6, 6, 0, 14, 21, 3],
  wuhan: [3, 5, 6, 0, 12, 19, 2],
  changsha: [3, 5, 5, 0, 12, 19, 1],
  hengyang: [3, 4, 6, 0, 11, 19, 2],
  yichang: [2, 5, 5, 0, 12, 16, 1],
  wanzhou: [3, 4, 5, 0, 11, 18, 1],
  yueyang: [2, 4, 5, 0, 8, 14, 1],
  anqing: [2, 3, 4, 0, 9, 12, 1],
  zhuzhou: [1, 4, 4, 0, 5, 7, 1],
  // On track: a manual commitment still open (or awaiting verification), or a little short somewhere.
  nanjing: [2, 5, 5, 0, 11, 18, 2],
  yibin: [2, 5, 3, 0, 12, 16, 1],
  jiujiang: [2, 3, 5, 0, 8, 13, 1],
  luzhou: [2, 3, 8, 1, 8, 12, 1],
  huangshi: [2, 3, 4, 0, 7, 11, 1],
  changde: [2, 4, 4, 0, 8, 11, 1],
  wuhu: [1, 4, 4, 0, 8, 12, 1],
  zhenjiang: [2, 4, 3, 0, 8, 11, 1],
  xiangyang: [2, 4, 4, 0, 8, 13, 1],
  ganzhou: [2, 3, 4, 0, 7, 11, 1],
  // At risk.
  kunming: [2, 4, 4, 0, 8, 10, 0],
  fuling: [1, 4, 4, 0, 8, 12, 1],
  nanchang: [2, 4, 5, 1, 5, 12, 1],
  maanshan: [2, 2, 4, 0, 8, 12, 0],
  yangzhou: [1, 4, 4, 0, 8, 8, 1],
  huzhou: [2, 4, 2, 0, 8, 12, 0],
  zunyi: [2, 4, 4, 0, 4, 9, 1],
  mianyang: [1, 3, 3, 0, 4, 4, 0],
  // Behind, three of them quiet for weeks or months (DEMO_QUIET_DAYS).
  leshan: [0, 2, 2, 1, 4, 5, 0],
  tongren: [1, 3, 2, 0, 3, 6, 0],
  zhaotong: [0, 2, 1, 0, 2, 3, 0],
  tongling: [1, 2, 2, 0, 1, 3, 0],
  nantong: [1, 2, 3, 1, 5, 6, 0],
  jiaxing: [0, 2, 2, 0, 4, 6, 0],
  zhoushan: [0, 1, 0, 0, 1, 2, 0],
  pudong: [1, 2, 1, 0, 3, 4, 0],
  chongming: [1, 1, 0, 0, 2, 2, 0],
};

export const DEMO_YEAR_VOLUMES: Record<string, DemoYearVolumes> = Object.fromEntries(
  Object.entries(ROWS).map(([slug, [topicsLed, topicsJoined, accepted, late, offered, republished, fulfilled]]) => [
    slug,
    { topicsLed, topicsJoined, accepted, late, offered, republished, fulfilled },
  ]),
);

/** Members in cities on the Yangtze itself (or at its mouth), for the templates about the river, its ports and banks. */
export const RIVERSIDE = new Set([
  'yibin', 'luzhou', 'wanzhou', 'fuling', 'jingzhou', 'yichang', 'wuhan', 'huangshi', 'yueyang', 'jiujiang', 'anqing',
  'wuhu', 'maanshan', 'tongling', 'nanjing', 'zhenjiang', 'yangzhou', 'nantong', 'pudong', 'chongming', 'zhoushan',
]);

/** A joint topic a member might lead, written from its own city; `months` (1–12) when it belongs to a season. */
export interface DemoTopicTemplate {
  short: string;
  title: (city: string) => string;
  pitch: string;
  themes: string[];
  channels: ChannelKind[];
  angles: [title: string, format: AssignmentFormat][];
  months?: number[];
  /** Only for cities on the Yangtze itself (ports, the river's banks and porpoises). */
  riverside?: boolean;
}

export const DEMO_TOPIC_TEMPLATES: DemoTopicTemplate[] = [
  {
    short: '岸线复绿',
    riverside: true,
    title: (c) => `长江岸线“复绿”记：${c}段的生态账本`,
    pitch: '回访沿江岸线整治和生态修复，算一算拆了多少码头、种了多少树、回来了哪些鸟和鱼',
    themes: ['长江大保护', '生态'],
    channels: ['APP', 'WECHAT', 'VIDEO'],
    angles: [['一线探访', 'TEXT'], ['航拍短视频', 'VIDEO'], ['今昔对比组照', 'PHOTO']],
  },
  {
    short: '禁渔新生',
    title: (c) => `十年禁渔：${c}渔民的“上岸”新生活`,
    pitch: '记录退捕渔民转产就业、护渔员巡江和水生生物恢复',
    themes: ['长江大保护', '民生'],
    channels: ['NEWSPAPER', 'APP', 'DOUYIN'],
    angles: [['渔民转产故事', 'TEXT'], ['护渔员短视频', 'VIDEO'], ['禁渔成效图解', 'GRAPHIC']],
  },
  {
    short: '江海联运',
    riverside: true,
    title: (c) => `${c}港：江海联运打通出海新通道`,
    pitch: '沿江港口的多式联运、铁水联运和新开航线，看物流通道如何连起长江经济带',
    themes: ['航运', '区域协同'],
    channels: ['NEWSPAPER', 'APP', 'WEBSITE'],
    angles: [['港口现场', 'TEXT'], ['码头直播', 'LIVE'], ['航线图解', 'GRAPHIC']],
  },
  {
    short: '防汛一线',
    title: (c) => `江河安澜：${c}防汛备汛一线`,
    pitch: '主汛期前后的堤防巡查、泵站调度和应急演练，记录守护江河安澜的人',
    themes: ['防汛', '民生'],
    channels: ['APP', 'WECHAT', 'DOUYIN'],
    angles: [['堤防巡查', 'TEXT'], ['泵站现场组照', 'PHOTO'], ['防汛短视频', 'VIDEO']],
    months: [5, 6, 7, 8],
  },
  {
    short: '非遗记忆',
    title: (c) => `${c}非遗里的长江记忆`,
    pitch: '寻访沿江城市的非遗传承人，看老手艺如何走进年轻人的生活',
    themes: ['非遗', '文化'],
    channels: ['APP', 'WECHAT', 'VIDEO'],
    angles: [['传承人专访', 'TEXT'], ['手艺短视频', 'VIDEO'], ['工坊组照', 'PHOTO']],
  },
  {
    short: '和美乡村',
    title: (c) => `“一江春水”乡村行：${c}的和美乡村`,
    pitch: '走进沿江村庄，记录产业振兴、人居环境整治和乡村新业态',
    themes: ['乡村振兴'],
    channels: ['NEWSPAPER', 'APP', 'DOUYIN'],
    angles: [['村庄蹲点', 'TEXT'], ['田间短视频', 'VIDEO'], ['乡村组照', 'PHOTO']],
    months: [3, 4, 5, 9, 10],
  },
  {
    short: '滨江夜色',
    title: (c) => `${c}夜经济：点亮滨江消费新场景`,
    pitch: '夜游、夜市、夜间演艺，观察沿江城市夜间消费的新场景和新变化',
    themes: ['城市', '消费'],
    channels: ['DOUYIN', 'VIDEO', 'WECHAT'],
    angles: [['夜市探店', 'VIDEO'], ['消费数据图解', 'GRAPHIC'], ['夜景组照', 'PHOTO']],
    months: [4, 5, 6, 7, 8, 9, 10],
  },
  {
    short: '产业链',
    title: (c) => `沿江产业链观察：${c}的“链主”企业`,
    pitch: '走进沿江城市的“链主”企业和配套园区，看一条产业链如何跨城协同',
    themes: ['先进制造', '产业'],
    channels: ['NEWSPAPER', 'APP', 'WEBSITE'],
    angles: [['车间探访', 'TEXT'], ['企业家访谈', 'VIDEO'], ['产业链图解', 'GRAPHIC']],
  },
  {
    short: '绿色引擎',
    title: (c) => `${c}新能源产业的“绿色引擎”`,
    pitch: '动力电池、光伏和新能源汽车项目的建设与投产，记录沿江城市的绿色转型',
    themes: ['新能源', '产业'],
    channels: ['NEWSPAPER', 'APP', 'VIDEO'],
    angles: [['工厂探访', 'TEXT'], ['生产线短视频', 'VIDEO']],
  },
  {
    short: '城市更新',
    title: (c) => `老厂房里的新生活：${c}城市更新观察`,
    pitch: '老工业区、老街区改造后的新业态和新生活，听居民和经营者讲变化',
    themes: ['城市更新'],
    channels: ['APP', 'WECHAT', 'WEBSITE'],
    angles: [['街区探访', 'TEXT'], ['前后对比组照', 'PHOTO'], ['居民短视频', 'VIDEO']],
  },
  {
    short: '江豚',
    riverside: true,
    title: (c) => `江豚回来了：${c}江段生态观察`,
    pitch: '跟随巡护队和科研人员观测江豚，记录长江生态持续向好的信号',
    themes: ['长江大保护', '江豚'],
    channels: ['VIDEO', 'DOUYIN', 'APP'],
    angles: [['巡护队跟拍', 'VIDEO'], ['观测纪实', 'TEXT']],
  },
  {
    short: '古城新韵',
    title: (c) => `${c}文旅融合：古城新韵`,
    pitch: '古城、古镇和历史街区的保护利用，看文旅融合如何带火一座城',
    themes: ['文旅'],
    channels: ['DOUYIN', 'WECHAT', 'APP'],
    angles: [['古城漫步', 'TEXT'], ['文旅短视频', 'VIDEO'], ['古城组照', 'PHOTO']],
  },
  {
    short: '长江之夏',
    title: (c) => `“长江之夏”：${c}暑期文旅消费观察`,
    pitch: '暑期亲子游、研学游和避暑游，联合观察沿江城市的暑期文旅消费',
    themes: ['文旅', '消费'],
    channels: ['DOUYIN', 'VIDEO', 'APP'],
    angles: [['景区直播', 'LIVE'], ['游客短视频', 'VIDEO'], ['消费数据图解', 'GRAPHIC']],
    months: [6, 7, 8],
  },
  {
    short: '毕业季',
    title: (c) => `留在${c}：高校毕业生就业创业调查`,
    pitch: '毕业季的就业选择、人才政策和青年创业故事',
    themes: ['就业', '民生'],
    channels: ['APP', 'WECHAT', 'WEBSITE'],
    angles: [['青年访谈', 'TEXT'], ['就业数据图解', 'GRAPHIC']],
    months: [5, 6, 7],
  },
  {
    short: '春运',
    title: (c) => `春运返乡路：${c}的温暖接力`,
    pitch: '车站、码头和高速服务区的春运一线，记录返乡路上的温暖瞬间',
    themes: ['春运', '民生'],
    channels: ['APP', 'DOUYIN', 'WECHAT'],
    angles: [['车站现场', 'TEXT'], ['返乡短视频', 'VIDEO'], ['春运组照', 'PHOTO']],
    months: [1, 2],
  },
  {
    short: '基层治理',
    title: (c) => `小切口大民生：${c}基层治理观察`,
    pitch: '社区网格、物业议事和“15 分钟便民生活圈”，看基层治理的小切口',
    themes: ['基层治理'],
    channels: ['NEWSPAPER', 'APP', 'WECHAT'],
    angles: [['社区蹲点', 'TEXT'], ['网格员短视频', 'VIDEO']],
  },
  {
    short: '长江文化',
    title: (c) => `长江国家文化公园：${c}的文化遗产保护`,
    pitch: '考古遗址、博物馆和文物保护工程，讲述长江文明的源远流长',
    themes: ['长江文化', '文化'],
    channels: ['NEWSPAPER', 'APP', 'VIDEO'],
    angles: [['考古现场', 'TEXT'], ['遗址航拍', 'VIDEO'], ['文物组照', 'PHOTO']],
  },
  {
    short: '县域经济',
    title: (c) => `强县之路：${c}县域经济的突围`,
    pitch: '县域特色产业、园区和“小巨人”企业，看县域经济如何突围',
    themes: ['县域经济'],
    channels: ['NEWSPAPER', 'APP', 'DOUYIN'],
    angles: [['县域蹲点', 'TEXT'], ['特色产业短视频', 'VIDEO']],
  },
  {
    short: '对外开放',
    title: (c) => `江海联动：${c}的对外开放新局`,
    pitch: '综保区、跨境电商和外贸企业“出海”，看沿江城市的开放新局',
    themes: ['开放', '区域协同'],
    channels: ['NEWSPAPER', 'WEBSITE', 'APP'],
    angles: [['口岸现场', 'TEXT'], ['外贸数据图解', 'GRAPHIC']],
  },
  {
    short: '研学',
    title: (c) => `跟着长江去研学：${c}研学线路推荐`,
    pitch: '沿江城市的博物馆、遗址和自然保护区研学线路，联合推出一张研学地图',
    themes: ['研学', '文旅'],
    channels: ['WECHAT', 'DOUYIN', 'APP'],
    angles: [['研学体验', 'VIDEO'], ['线路图解', 'GRAPHIC']],
    months: [4, 5, 6, 7, 8, 10],
  },
  {
    short: '长江味道',
    title: (c) => `一桌长江味：${c}的餐桌之变`,
    pitch: '从菜市场到餐桌，看禁渔之后沿江城市的饮食新变化和老味道',
    themes: ['美食', '民生'],
    channels: ['DOUYIN', 'VIDEO', 'WECHAT'],
    angles: [['菜场探访', 'TEXT'], ['美食短视频', 'VIDEO']],
  },
  {
    short: '科创走廊',
    title: (c) => `${c}科创走廊：实验室里的新质生产力`,
    pitch: '走进沿江城市的重点实验室和科创企业，记录科研成果落地转化',
    themes: ['科技创新'],
    channels: ['NEWSPAPER', 'APP', 'WEBSITE'],
    angles: [['实验室探访', 'TEXT'], ['科研人员短视频', 'VIDEO']],
  },
  {
    short: '绿色航运',
    riverside: true,
    title: (c) => `电动船驶入长江：${c}绿色航运实践`,
    pitch: '电动船舶、岸电和 LNG 动力船的推广，看长江航运的绿色转型',
    themes: ['航运', '新能源'],
    channels: ['VIDEO', 'APP', 'DOUYIN'],
    angles: [['船上体验', 'VIDEO'], ['码头组照', 'PHOTO']],
  },
  {
    short: '两会',
    title: (c) => `两会上的长江声音：${c}代表委员话发展`,
    pitch: '全国两会期间联合采访沿江城市的代表委员，聚焦长江经济带高质量发展',
    themes: ['两会', '区域协同'],
    channels: ['NEWSPAPER', 'APP', 'WECHAT'],
    angles: [['代表专访', 'TEXT'], ['两会短视频', 'VIDEO']],
    months: [2, 3],
  },
];

/** A library piece a member might offer of its own reporting, written from its city. */
export interface DemoPieceTemplate {
  title: (city: string) => string;
  summary: (city: string) => string;
  paragraphs: (city: string) => string[];
  themes: string[];
  months?: number[];
  riverside?: boolean;
}

export const DEMO_PIECE_TEMPLATES: DemoPieceTemplate[] = [
  {
    title: (c) => `${c}滨江绿道串起城市“生态项链”`,
    riverside: true,
    summary: (c) => `${c}滨江绿道全线贯通，昔日码头堆场变身市民休闲的城市客厅。`,
    paragraphs: (c) => [`清晨的${c}江边，骑行、慢跑的市民络绎不绝。几年前，这里还是砂石码头和堆场。`, `随着岸线整治和生态修复推进，${c}滨江绿道串起公园、湿地和历史街区，成为市民家门口的“生态项链”。`],
    themes: ['长江大保护', '城市'],
  },
  {
    title: (c) => `${c}：一位老船长的长江四十年`,
    riverside: true,
    summary: (c) => `从木帆船到电动船，${c}老船长见证长江航运四十年变迁。`,
    paragraphs: (c) => [`十八岁上船，今年退休，${c}的老船长在长江上跑了整整四十年。`, `“以前靠经验看水，现在靠电子航道图。”他说，船越来越大、越来越干净，江水也越来越清。`],
    themes: ['人物', '航运'],
  },
  {
    title: (c) => `${c}非遗工坊里的“00后”传承人`,
    summary: (c) => `${c}一批“00后”走进非遗工坊，让老手艺有了新表达。`,
    paragraphs: (c) => [`在${c}的非遗工坊里，二十出头的年轻人正跟着老师傅学手艺。`, `他们把传统纹样做成文创和短视频，线上店铺的订单一年翻了两番。`],
    themes: ['非遗'],
  },
  {
    title: (c) => `${c}港集装箱吞吐量再创新高`,
    riverside: true,
    summary: (c) => `铁水联运和新开航线带动，${c}港集装箱吞吐量同比增长两成。`,
    paragraphs: (c) => [`龙门吊起落之间，一只只集装箱被吊上铁路专线。${c}港今年新开通多条内外贸航线。`, `港口负责人介绍，铁水联运让货物出海时间缩短了两天，物流成本下降一成多。`],
    themes: ['航运', '经济'],
  },
  {
    title: (c) => `${c}：社区食堂里的“幸福味道”`,
    summary: (c) => `${c}社区食堂覆盖主城区，老人吃饭不再犯愁。`,
    paragraphs: (c) => [`中午十一点，${c}一家社区食堂里坐满了附近的老人，一荤两素只要十二元。`, `社区食堂由街道牵头、企业运营，目前已覆盖主城区大部分社区。`],
    themes: ['民生'],
  },
  {
    title: (c) => `${c}智能工厂里的“黑灯车间”`,
    summary: (c) => `机器人二十四小时不停歇，${c}一家智能工厂的生产效率提升三成。`,
    paragraphs: (c) => [`走进${c}这家企业的智能车间，机械臂有序运转，几乎看不到工人。`, `企业负责人说，数字化改造后，产品不良率下降一半，订单交付周期缩短三分之一。`],
    themes: ['先进制造'],
  },
  {
    title: (c) => `${c}湿地迎来越冬候鸟`,
    summary: (c) => `成群的候鸟如约飞抵${c}，湿地监测到的候鸟种类比去年增加。`,
    paragraphs: (c) => [`入冬以来，${c}沿江湿地迎来了成群的越冬候鸟，其中不乏国家重点保护鸟类。`, `保护区工作人员说，岸线修复和退耕还湿让候鸟的“越冬驿站”越来越宽敞。`],
    themes: ['生态', '候鸟'],
    months: [1, 2, 11, 12],
  },
  {
    title: (c) => `${c}：老街区改造留住城市记忆`,
    summary: (c) => `修旧如旧，${c}老街区改造后成了年轻人的打卡地。`,
    paragraphs: (c) => [`青石板路、老字号招牌，${c}这片老街区在改造中保留了原有的街巷肌理。`, `改造后的街区引入书店、咖啡馆和非遗工坊，老居民和新业态相处融洽。`],
    themes: ['城市更新'],
  },
  {
    title: (c) => `${c}乡村夜校火了`,
    summary: (c) => `短视频、电商和种养技术，${c}乡村夜校一座难求。`,
    paragraphs: (c) => [`晚上七点半，${c}一个村的文化礼堂里坐满了村民，今晚的课是短视频拍摄。`, `乡村夜校开课半年，已开设电商、种养技术、法律知识等课程。`],
    themes: ['乡村振兴'],
  },
  {
    title: (c) => `${c}：“数字乡村”让农产品卖向全国`,
    summary: (c) => `直播间里卖特产，${c}农产品网络销售额持续增长。`,
    paragraphs: (c) => [`在${c}的一个村级直播间里，主播正向网友介绍当季特产。`, `当地搭建县乡村三级电商服务体系，农产品通过直播和社区团购卖向全国。`],
    themes: ['乡村振兴', '电商'],
  },
  {
    title: (c) => `${c}博物馆里的长江文明`,
    summary: (c) => `一件件文物串起${c}与长江的千年故事。`,
    paragraphs: (c) => [`${c}博物馆的长江文明展厅里，观众在一件件出土文物前驻足。`, `策展人介绍，展览以长江为线索，讲述这座城市从古至今的兴衰变迁。`],
    themes: ['长江文化'],
  },
  {
    title: (c) => `${c}：城市书房点亮夜读时光`,
    summary: (c) => `24 小时开放的城市书房遍布${c}街巷，成为市民的“精神驿站”。`,
    paragraphs: (c) => [`深夜十一点，${c}一家城市书房里依然有人在安静读书。`, `城市书房实行自助借还、通借通还，今年新增多家，总借阅量持续增长。`],
    themes: ['文化', '城市'],
  },
  {
    title: (c) => `${c}新能源汽车产业链加速成链`,
    summary: (c) => `整车、电池、电机项目相继落地，${c}新能源汽车产业链渐成规模。`,
    paragraphs: (c) => [`在${c}经济开发区，一条条新能源汽车零部件生产线正在满负荷运转。`, `当地围绕整车项目招引上下游配套企业，产业链本地配套率逐年提高。`],
    themes: ['新能源', '产业'],
  },
  {
    title: (c) => `${c}：长江岸线上的护江志愿者`,
    riverside: true,
    summary: (c) => `每个周末，${c}的护江志愿者都会沿江巡护、清理垃圾。`,
    paragraphs: (c) => [`周六一早，${c}的护江志愿者们已经在江边集合，拎着垃圾袋沿岸巡护。`, `这支志愿者队伍成立五年，从十几人发展到上千人，还走进学校开展生态课堂。`],
    themes: ['长江大保护', '人物'],
  },
  {
    title: (c) => `${c}文旅新玩法：沉浸式演艺点亮夜游`,
    summary: (c) => `沉浸式演艺、光影秀和夜游航线，${c}夜游人气持续攀升。`,
    paragraphs: (c) => [`夜幕降临，${c}的沉浸式演艺街区灯光亮起，游客跟着演员穿行在历史场景中。`, `当地推出夜游航线和光影秀，带动周边餐饮住宿消费明显增长。`],
    themes: ['文旅'],
    months: [4, 5, 6, 7, 8, 9, 10],
  },
  {
    title: (c) => `${c}：“15 分钟便民生活圈”建设观察`,
    summary: (c) => `买菜、看病、托育，${c}居民步行 15 分钟就能办成。`,
    paragraphs: (c) => [`在${c}的一个老旧小区，新建的便民服务中心里有菜店、药店和托育室。`, `“15 分钟便民生活圈”建设已覆盖城区大部分社区，居民满意度明显提升。`],
    themes: ['民生', '城市'],
  },
  {
    title: (c) => `${c}：高标准农田里的丰收账`,
    summary: (c) => `高标准农田建设让${c}粮食亩产稳步提高。`,
    paragraphs: (c) => [`收割机在田间来回穿梭，${c}的种粮大户算起了今年的丰收账。`, `当地推进高标准农田建设，灌溉、机耕条件大为改善，粮食亩产稳步提高。`],
    themes: ['乡村振兴', '农业'],
    months: [6, 7, 9, 10, 11],
  },
  {
    title: (c) => `${c}：外贸企业“出海”新路径`,
    summary: (c) => `跨境电商和海外仓助力，${c}外贸企业开拓新市场。`,
    paragraphs: (c) => [`${c}一家外贸企业的跨境电商直播间里，主播正用英语介绍产品。`, `当地建设跨境电商产业园和海外仓，帮助中小外贸企业“抱团出海”。`],
    themes: ['开放', '经济'],
  },
  {
    title: (c) => `${c}：一条老街的美食地图`,
    summary: (c) => `老字号和非遗小吃，一条老街装下${c}的烟火气。`,
    paragraphs: (c) => [`从早点铺到夜宵摊，${c}这条老街上的美食从早到晚不打烊。`, `当地把老街美食纳入非遗保护和文旅线路，老字号有了新客源。`],
    themes: ['美食', '非遗'],
  },
  {
    title: (c) => `${c}：养老服务来到“家门口”`,
    summary: (c) => `嵌入式养老服务站让${c}老人在家门口享受照护。`,
    paragraphs: (c) => [`在${c}的一家社区养老服务站里，老人们正在做康复训练。`, `嵌入式养老服务站提供助餐、助浴和日间照料，让老人不离开熟悉的社区就能养老。`],
    themes: ['民生', '养老'],
  },
  {
    title: (c) => `${c}：青年返乡创业的新故事`,
    summary: (c) => `带着技术和创意回到家乡，${c}的返乡青年闯出新路。`,
    paragraphs: (c) => [`大学毕业后，他回到${c}老家，用无人机植保和直播带货做起了农业。`, `当地设立返乡创业园，提供场地、贷款和培训，已吸引数百名青年返乡创业。`],
    themes: ['就业', '乡村振兴'],
  },
  {
    title: (c) => `${c}：江边多了“口袋公园”`,
    summary: (c) => `见缝插绿，${c}沿江建成一批“口袋公园”。`,
    paragraphs: (c) => [`原本闲置的江边空地，如今变成了有花有树有座椅的“口袋公园”。`, `${c}今年新建改建口袋公园数十个，让市民推窗见绿、出门进园。`],
    themes: ['城市', '生态'],
  },
  {
    title: (c) => `${c}：消防员的二十四小时`,
    summary: (c) => `跟随${c}消防员记录一个普通的值班日。`,
    paragraphs: (c) => [`早上八点交接班，${c}消防站的指战员开始一天的训练和执勤。`, `从灭火救援到社会救助，一天之内他们出警五次，最晚一次回到站里已是凌晨。`],
    themes: ['人物', '民生'],
  },
  {
    title: (c) => `${c}：科技小院里的“田秀才”`,
    summary: (c) => `研究生住进村里，${c}科技小院把论文写在田野上。`,
    paragraphs: (c) => [`在${c}的科技小院里，农业院校的研究生和农民一起下田、一起测土。`, `科技小院推广新品种和绿色种植技术，带动周边农户增收。`],
    themes: ['科技创新', '农业'],
  },
  {
    title: (c) => `${c}：古籍修复师的“慢时光”`,
    summary: (c) => `一张纸、一支笔、一碗浆糊，${c}古籍修复师与时间对话。`,
    paragraphs: (c) => [`在${c}图书馆的古籍修复室里，修复师正在一页页修补破损的古籍。`, `修复一册古籍少则数周，多则数月，他们说这是与古人的一场对话。`],
    themes: ['文化', '人物'],
  },
  {
    title: (c) => `${c}：水上巴士开通，通勤多了新选择`,
    riverside: true,
    summary: (c) => `${c}水上巴士开通运营，市民坐船上下班看江景。`,
    paragraphs: (c) => [`早高峰，${c}的水上巴士码头已有不少乘客排队登船。`, `水上巴士串联两岸主要码头，既缓解了过江交通压力，也成了新的旅游线路。`],
    themes: ['交通', '城市'],
  },
  {
    title: (c) => `${c}：非遗年俗里的年味`,
    summary: (c) => `写春联、剪窗花、舞龙灯，${c}的非遗年俗热闹起来。`,
    paragraphs: (c) => [`临近春节，${c}的非遗传承人走进社区，教居民写春联、剪窗花。`, `舞龙灯、庙会和非遗市集陆续开张，浓浓的年味扑面而来。`],
    themes: ['非遗', '年俗'],
    months: [1, 2],
  },
  {
    title: (c) => `${c}：龙舟竞渡迎端午`,
    summary: (c) => `鼓声震天、百舸争流，${c}龙舟赛吸引数万市民观赛。`,
    paragraphs: (c) => [`端午节当天，${c}江面上数十支龙舟队同场竞技，两岸观众呐喊助威。`, `龙舟赛已连续举办多年，成为当地最热闹的节庆活动之一。`],
    themes: ['民俗', '文化'],
    months: [5, 6],
  },
  {
    title: (c) => `${c}：中秋月圆江城夜`,
    summary: (c) => `赏月、游江、品月饼，${c}市民欢度中秋。`,
    paragraphs: (c) => [`中秋之夜，${c}的江边灯火通明，市民携家带口赏月游江。`, `各大商圈推出中秋主题活动，传统节日的消费热度持续升温。`],
    themes: ['民俗'],
    months: [9],
  },
  {
    title: (c) => `${c}：秋收时节的田野`,
    summary: (c) => `稻谷飘香，${c}进入秋收季。`,
    paragraphs: (c) => [`金黄的稻田里，收割机来回作业，${c}的秋收进入高峰。`, `今年当地推广优质稻品种，不少农户种的稻谷被企业提前订购。`],
    themes: ['乡村振兴', '农业'],
    months: [9, 10],
  },
  {
    title: (c) => `${c}：志愿服务温暖冬日`,
    summary: (c) => `送温暖、暖心驿站，${c}志愿者让寒冬不再寒冷。`,
    paragraphs: (c) => [`寒潮来袭，${c}的志愿者们走上街头，为环卫工人和外卖骑手送上热饮。`, `全市设立的暖心驿站提供热水、充电和休息场所，温暖了许多户外劳动者。`],
    themes: ['民生'],
    months: [1, 11, 12],
  },
  {
    title: (c) => `${c}：长江生态环境质量持续向好`,
    riverside: true,
    summary: (c) => `${c}长江干流断面水质稳定保持Ⅱ类。`,
    paragraphs: (c) => [`最新监测数据显示，${c}长江干流断面水质稳定保持Ⅱ类，主要支流水质持续改善。`, `当地推进污水管网建设和工业园区整治，入江排污口全部完成排查整治。`],
    themes: ['长江大保护', '生态'],
  },
  {
    title: (c) => `${c}：体育赛事带火城市`,
    summary: (c) => `马拉松、帆船赛接连举办，${c}体育消费持续升温。`,
    paragraphs: (c) => [`数万名跑者沿江奔跑，${c}马拉松让城市街道变成了赛道。`, `当地以赛事带动文旅，赛事期间酒店入住率和餐饮消费明显增长。`],
    themes: ['体育', '城市'],
    months: [3, 4, 5, 9, 10, 11],
  },
];

/** What a reporter hands in for an assignment of each format. */
export const SUBMISSIONS: Record<AssignmentFormat, (title: string) => string> = {
  TEXT: (title) => `《${title}》通讯稿一篇，约 1800 字，附现场照片 4 张和采访对象名单。`,
  PHOTO: (title) => `《${title}》组照 10 张，附图说和拍摄地点。`,
  VIDEO: (title) => `《${title}》短视频 3 分钟，附字幕稿和采访提纲。`,
  GRAPHIC: (title) => `《${title}》数据长图一张，附数据来源说明。`,
  LIVE: (title) => `《${title}》直播 60 分钟，附回放链接和图文实录。`,
  AUDIO: (title) => `《${title}》音频节目 8 分钟，附文字稿。`,
};

/** Requests for the raw material behind a library piece: what was asked, and how it was delivered. */
export const MATERIAL_REQUESTS: [note: (title: string) => string, delivered: string][] = [
  [(title) => `申请使用《${title}》的原始视频素材，用于本单位“长江联盟”专栏的二次编辑，将按转载规则注明来源。`, '原始视频素材和授权说明已通过联盟网盘发送，请按稿件库转载规则注明来源。'],
  [(title) => `申请《${title}》的高清组图（不少于 6 张），用于报纸版面刊发。`, '高清组图 8 张已发送至贵单位联盟邮箱，图片署名请保留摄影记者姓名。'],
  [(title) => `想转载《${title}》并配发本地评论，申请提供采访对象的联系方式和补充素材。`, '补充素材和采访对象联系方式已发送，采访对象已同意接受贵单位回访。'],
];

/** Names that sign the demo library's pieces. */
export const BYLINE_NAMES = ['王晓明', '李思远', '张雨桐', '刘建华', '陈子涵', '杨海燕', '黄志强', '赵佳怡', '周文博', '吴丽娟', '徐浩然', '孙欣怡', '胡俊杰', '朱婷婷', '高国栋', '林梦琪'];
