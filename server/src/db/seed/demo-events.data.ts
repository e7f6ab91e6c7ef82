import type { EventKind, EventStatus } from '@yah/shared';

/** One stop of a demo itinerary: [day, starts, ends, place, latitude, longitude, activity, leader]. */
export type DemoStop = [day: string, startsAt: string, endsAt: string | null, place: string, latitude: number, longitude: number, activity: string, leader: string | null];

export interface DemoEvent {
  kind: EventKind;
  title: string;
  /** Slug of the host member; its chief editor created it. */
  host: string;
  startsOn: string;
  endsOn: string;
  place: string;
  latitude: number;
  longitude: number;
  description: string;
  capacity: number;
  placesPerMember: number;
  /** ISO instant, written with its +08:00 offset (Beijing time). */
  registrationClosesAt: string;
  status: EventStatus;
  /** null: every member is invited; otherwise the slugs invited. */
  invited: string[] | null;
  stops: DemoStop[];
  /** Library pieces of the host attached as materials, found by title. */
  materialTitles?: string[];
  /** Demo topics linked, found by a theme they carry. */
  topicTheme?: string;
}

/** The Jingzhou trip the alliance was founded on; its registrations and check-ins are seeded elsewhere. */
export const JINGZHOU_TRIP_TITLE = '百家党媒看荆州主题采访活动';

export const DEMO_EVENTS: DemoEvent[] = [
  {
    kind: 'TRIP',
    title: JINGZHOU_TRIP_TITLE,
    host: 'jingzhou',
    startsOn: '2026-12-16',
    endsOn: '2026-12-19',
    place: '湖北荆州',
    latitude: 30.3348,
    longitude: 112.2397,
    description:
      '长江经济带城市群融媒联盟成立大会暨“百家党媒看荆州”主题采访活动。来自长江沿线 11 个省市的地市党媒记者走进荆州古城、楚文化遗址、开发区智能工厂和长江港口，围绕楚文化传承与“4611”现代产业体系联合采访，稿件在联盟稿件库共享、各成员平台联动刊发。\n请各成员单位于 12 月 12 日 18:00（北京时间）前报名，每个单位最多 4 个名额；12 月 15 日报到，住宿统一安排在荆州国际会展中心附近酒店。',
    capacity: 120,
    placesPerMember: 4,
    registrationClosesAt: '2026-12-12T18:00:00+08:00',
    status: 'PUBLISHED',
    invited: null,
    stops: [
      ['2026-12-16', '09:30', '11:30', '荆州国际会展中心', 30.3187, 112.2712, '开幕式暨长江经济带城市群融媒联盟成立大会', '联盟秘书处'],
      ['2026-12-16', '14:30', '16:00', '荆州楚文化数字产业园', 30.3452, 112.2158, '参观楚文化数字产业园：AI 复原楚漆器与数字文创', '荆州市融媒体中心 采访部'],
      ['2026-12-16', '19:00', '20:30', '荆州古城东门（宾阳楼）', 30.3506, 112.2053, '夜游荆州古城墙，拍摄古城灯光秀', '荆州市融媒体中心 视频部'],
      ['2026-12-17', '08:30', '10:30', '荆州经济技术开发区 汽车零部件智能工厂', 30.3021, 112.3327, '走进智能制造车间：汽车零部件数字化生产线', '荆州经济技术开发区管委会'],
      ['2026-12-17', '10:45', '12:00', '荆州经济技术开发区 生物医药产业园', 30.2957, 112.3455, '生物医药企业座谈：“4611”产业体系里的新动能', '荆州经济技术开发区管委会'],
      ['2026-12-17', '14:30', '16:30', '荆州港盐卡港区', 30.2842, 112.3694, '长江港口多式联运物流枢纽采访：铁水联运与集装箱码头', '荆州港务集团'],
      ['2026-12-17', '17:00', '18:00', '沙市万寿宝塔·荆江大堤', 30.2986, 112.2636, '荆江岸线生态修复与长江江豚保护', '荆州市融媒体中心 采访部'],
      ['2026-12-18', '09:00', '11:00', '荆州博物馆', 30.3538, 112.1881, '楚漆器、简牍与越王勾践剑：楚文化专题采访', '荆州博物馆'],
      ['2026-12-18', '11:15', '12:15', '关公义园', 30.3436, 112.1950, '关公文化与文旅融合', '荆州古城历史文化旅游区'],
      ['2026-12-18', '14:30', '16:30', '熊家冢国家考古遗址公园', 30.5035, 112.0571, '楚国贵族墓地与车马阵：考古工作者访谈', '熊家冢国家考古遗址公园'],
      ['2026-12-18', '16:45', '17:45', '楚纪南故城遗址', 30.4237, 112.1822, '楚都纪南城：城址保护与考古新发现', '荆州市文物局'],
      ['2026-12-19', '09:00', '11:30', '荆州国际会展中心', 30.3187, 112.2712, '第三届地市党媒融合创新项目分享会暨活动总结', '联盟秘书处'],
    ],
    materialTitles: ['荆州古城墙：两千年城垣的守与新', '长江大保护：荆江岸线的十年之变'],
    topicTheme: '百家党媒看荆州',
  },
  {
    kind: 'CONFERENCE',
    title: '长江经济带城市群融媒联盟 2027 年会',
    host: 'changsha',
    startsOn: '2027-04-15',
    endsOn: '2027-04-16',
    place: '湖南长沙 · 长沙国际会议中心',
    latitude: 28.2126,
    longitude: 113.0826,
    description:
      '联盟 2027 年会：回顾一年来的联合选题、稿件互换与资源共享，发布年度融合创新项目推荐名单，审议下一年度承诺事项。每个成员单位最多 3 人参会。',
    capacity: 150,
    placesPerMember: 3,
    registrationClosesAt: '2027-04-01T18:00:00+08:00',
    status: 'PUBLISHED',
    invited: null,
    stops: [
      ['2027-04-15', '09:00', '12:00', '长沙国际会议中心 主会场', 28.2126, 113.0826, '年会开幕、联盟年度工作报告与成员承诺履行情况通报', '联盟秘书处'],
      ['2027-04-15', '14:00', '17:30', '长沙国际会议中心 分会场', 28.2126, 113.0826, '分论坛：地市党媒的县域传播与 AI 应用', '长沙晚报传媒集团'],
      ['2027-04-16', '09:00', '11:30', '长沙国际会议中心 主会场', 28.2126, 113.0826, '年度融合创新项目推荐名单发布与案例分享', '联盟秘书处'],
      ['2027-04-16', '14:00', '16:30', '湘江新区 马栏山视频文创产业园', 28.2071, 113.0494, '参观马栏山视频文创产业园', '长沙晚报传媒集团'],
    ],
  },
  {
    kind: 'TRAINING',
    title: '融媒体技术培训：AI 辅助采编与短视频生产',
    host: 'wuhan',
    startsOn: '2027-01-12',
    endsOn: '2027-01-14',
    place: '湖北武汉 · 长江日报融媒体中心',
    latitude: 30.5874,
    longitude: 114.2755,
    description: '面向长江中游成员单位的三天技术培训：AI 辅助写作与核查、竖屏短视频生产、融媒体指挥平台实操。每个受邀单位 2 个名额。',
    capacity: 40,
    placesPerMember: 2,
    registrationClosesAt: '2027-01-05T18:00:00+08:00',
    status: 'PUBLISHED',
    invited: ['jingzhou', 'yichang', 'xiangyang', 'huangshi', 'hengyang', 'yueyang', 'changde', 'jiujiang'],
    stops: [
      ['2027-01-12', '09:00', '12:00', '长江日报融媒体中心 培训教室', 30.5874, 114.2755, 'AI 辅助采编：写作、翻译与事实核查', '长江日报技术部'],
      ['2027-01-12', '14:00', '17:00', '长江日报融媒体中心 培训教室', 30.5874, 114.2755, '融媒体指挥平台实操', '长江日报技术部'],
      ['2027-01-13', '09:00', '17:00', '长江日报融媒体中心 演播室', 30.5874, 114.2755, '竖屏短视频策划、拍摄与剪辑实训', '长江日报视频中心'],
      ['2027-01-14', '09:00', '11:30', '长江日报融媒体中心 培训教室', 30.5874, 114.2755, '作品点评与结业', '长江日报技术部'],
    ],
  },
  {
    kind: 'TRIP',
    title: '长江三峡生态行联合采访（筹备中）',
    host: 'yichang',
    startsOn: '2027-05-20',
    endsOn: '2027-05-22',
    place: '湖北宜昌',
    latitude: 30.6919,
    longitude: 111.2865,
    description: '筹备中的三峡库区生态联合采访，行程待定。',
    capacity: 60,
    placesPerMember: 3,
    registrationClosesAt: '2027-05-10T18:00:00+08:00',
    status: 'DRAFT',
    invited: null,
    stops: [['2027-05-20', '09:00', '11:00', '三峡大坝坛子岭', 30.8246, 111.0082, '三峡工程与库区生态', '三峡日报传媒集团']],
  },
  {
    kind: 'CONFERENCE',
    title: '联盟筹备工作会议',
    host: 'jingzhou',
    startsOn: '2026-10-28',
    endsOn: '2026-10-28',
    place: '湖北荆州 · 荆州市融媒体中心',
    latitude: 30.3348,
    longitude: 112.2397,
    description: '发起单位商议联盟章程草案、成立大会议程和“百家党媒看荆州”采访路线。',
    capacity: 40,
    placesPerMember: 2,
    registrationClosesAt: '2026-10-25T18:00:00+08:00',
    status: 'PUBLISHED',
    invited: ['wuhan', 'yichang', 'hengyang', 'changsha', 'wanzhou'],
    stops: [['2026-10-28', '14:00', '17:00', '荆州市融媒体中心 会议室', 30.3348, 112.2397, '联盟章程草案与成立大会筹备', '荆州市融媒体中心']],
  },
];
