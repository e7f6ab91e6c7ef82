import type { AllianceRole, OutletKind } from '@yah/shared';

export interface DemoMember {
  slug: string;
  nameZh: string;
  nameEn: string;
  cityZh: string;
  cityEn: string;
  provinceCode: string;
  outletKind: OutletKind;
  allianceRole: AllianceRole;
  joinedOn: string;
  latitude: number;
  longitude: number;
}

const FOUNDED = '2025-12-17';

type Row = [slug: string, nameZh: string, nameEn: string, cityZh: string, cityEn: string, provinceCode: string, outletKind: OutletKind, allianceRole: AllianceRole, latitude: number, longitude: number, joinedOn?: string];

/**
 * The 36 city-level Party media of the demo alliance, in real cities of the belt with their real
 * coordinates (including the units named in the launch article: Jingzhou, Hengyang, Changsha, Wanzhou).
 */
const ROWS: Row[] = [
  // Yunnan
  ['kunming', '昆明日报社', 'Kunming Daily', '昆明', 'Kunming', '530000', 'DAILY_NEWSPAPER', 'MEMBER', 24.8801, 102.8329],
  ['zhaotong', '昭通市融媒体中心', 'Zhaotong Converged Media Center', '昭通', 'Zhaotong', '530000', 'CONVERGED_MEDIA_CENTER', 'MEMBER', 27.3382, 103.7172, '2026-03-02'],
  // Sichuan
  ['yibin', '宜宾市融媒体中心', 'Yibin Converged Media Center', '宜宾', 'Yibin', '510000', 'CONVERGED_MEDIA_CENTER', 'VICE_CHAIR', 28.7513, 104.6417],
  ['luzhou', '泸州市融媒体中心', 'Luzhou Converged Media Center', '泸州', 'Luzhou', '510000', 'CONVERGED_MEDIA_CENTER', 'MEMBER', 28.8717, 105.4423],
  ['leshan', '乐山日报社', 'Leshan Daily', '乐山', 'Leshan', '510000', 'DAILY_NEWSPAPER', 'MEMBER', 29.5521, 103.7655],
  ['mianyang', '绵阳日报社', 'Mianyang Daily', '绵阳', 'Mianyang', '510000', 'DAILY_NEWSPAPER', 'MEMBER', 31.4675, 104.6796, '2026-05-18'],
  // Guizhou
  ['zunyi', '遵义日报社', 'Zunyi Daily', '遵义', 'Zunyi', '520000', 'DAILY_NEWSPAPER', 'MEMBER', 27.7254, 106.9272],
  ['tongren', '铜仁市融媒体中心', 'Tongren Converged Media Center', '铜仁', 'Tongren', '520000', 'CONVERGED_MEDIA_CENTER', 'MEMBER', 27.7183, 109.1896],
  // Chongqing
  ['wanzhou', '重庆三峡融媒体中心', 'Chongqing Three Gorges Converged Media Center', '万州', 'Wanzhou', '500000', 'CONVERGED_MEDIA_CENTER', 'VICE_CHAIR', 30.8078, 108.4086],
  ['fuling', '涪陵区融媒体中心', 'Fuling Converged Media Center', '涪陵', 'Fuling', '500000', 'CONVERGED_MEDIA_CENTER', 'MEMBER', 29.7034, 107.3895],
  // Hubei
  ['jingzhou', '荆州市融媒体中心', 'Jingzhou Converged Media Center', '荆州', 'Jingzhou', '420000', 'CONVERGED_MEDIA_CENTER', 'CHAIR', 30.3348, 112.2397],
  ['yichang', '三峡日报传媒集团', 'Three Gorges Daily Media Group', '宜昌', 'Yichang', '420000', 'MEDIA_GROUP', 'VICE_CHAIR', 30.6919, 111.2865],
  ['wuhan', '长江日报报业集团', 'Changjiang Daily Press Group', '武汉', 'Wuhan', '420000', 'MEDIA_GROUP', 'VICE_CHAIR', 30.5928, 114.3055],
  ['xiangyang', '襄阳日报传媒集团', 'Xiangyang Daily Media Group', '襄阳', 'Xiangyang', '420000', 'MEDIA_GROUP', 'MEMBER', 32.009, 112.1224],
  ['huangshi', '黄石日报传媒集团', 'Huangshi Daily Media Group', '黄石', 'Huangshi', '420000', 'MEDIA_GROUP', 'MEMBER', 30.1995, 115.0389],
  // Hunan
  ['hengyang', '衡阳日报社', 'Hengyang Daily', '衡阳', 'Hengyang', '430000', 'DAILY_NEWSPAPER', 'VICE_CHAIR', 26.8968, 112.5719],
  ['changsha', '长沙晚报传媒集团', 'Changsha Evening News Media Group', '长沙', 'Changsha', '430000', 'EVENING_NEWSPAPER_GROUP', 'VICE_CHAIR', 28.2282, 112.9388],
  ['yueyang', '岳阳日报社', 'Yueyang Daily', '岳阳', 'Yueyang', '430000', 'DAILY_NEWSPAPER', 'MEMBER', 29.3572, 113.1289],
  ['changde', '常德日报传媒集团', 'Changde Daily Media Group', '常德', 'Changde', '430000', 'MEDIA_GROUP', 'MEMBER', 29.0316, 111.6985],
  ['zhuzhou', '株洲日报社', 'Zhuzhou Daily', '株洲', 'Zhuzhou', '430000', 'DAILY_NEWSPAPER', 'MEMBER', 27.8274, 113.134, '2026-04-09'],
  // Jiangxi
  ['jiujiang', '九江日报社', 'Jiujiang Daily', '九江', 'Jiujiang', '360000', 'DAILY_NEWSPAPER', 'MEMBER', 29.705, 116.0019],
  ['nanchang', '南昌日报社', 'Nanchang Daily', '南昌', 'Nanchang', '360000', 'DAILY_NEWSPAPER', 'MEMBER', 28.682, 115.8579],
  ['ganzhou', '赣州市融媒体中心', 'Ganzhou Converged Media Center', '赣州', 'Ganzhou', '360000', 'CONVERGED_MEDIA_CENTER', 'MEMBER', 25.8311, 114.935],
  // Anhui
  ['anqing', '安庆日报社', 'Anqing Daily', '安庆', 'Anqing', '340000', 'DAILY_NEWSPAPER', 'MEMBER', 30.543, 117.0636],
  ['wuhu', '芜湖传媒中心', 'Wuhu Media Center', '芜湖', 'Wuhu', '340000', 'CONVERGED_MEDIA_CENTER', 'MEMBER', 31.3525, 118.4331],
  ['maanshan', '马鞍山日报社', "Ma'anshan Daily", '马鞍山', "Ma'anshan", '340000', 'DAILY_NEWSPAPER', 'MEMBER', 31.6705, 118.5065],
  ['tongling', '铜陵日报社', 'Tongling Daily', '铜陵', 'Tongling', '340000', 'DAILY_NEWSPAPER', 'MEMBER', 30.945, 117.8121, '2026-06-20'],
  // Jiangsu
  ['nanjing', '南京日报社', 'Nanjing Daily', '南京', 'Nanjing', '320000', 'DAILY_NEWSPAPER', 'VICE_CHAIR', 32.0603, 118.7969],
  ['zhenjiang', '镇江日报社', 'Zhenjiang Daily', '镇江', 'Zhenjiang', '320000', 'DAILY_NEWSPAPER', 'MEMBER', 32.1877, 119.4251],
  ['nantong', '南通日报社', 'Nantong Daily', '南通', 'Nantong', '320000', 'DAILY_NEWSPAPER', 'MEMBER', 31.9802, 120.8943],
  ['yangzhou', '扬州报业传媒集团', 'Yangzhou Press Media Group', '扬州', 'Yangzhou', '320000', 'MEDIA_GROUP', 'MEMBER', 32.3942, 119.4129],
  // Zhejiang
  ['huzhou', '湖州市新闻传媒中心', 'Huzhou News Media Center', '湖州', 'Huzhou', '330000', 'CONVERGED_MEDIA_CENTER', 'MEMBER', 30.893, 120.0868],
  ['jiaxing', '嘉兴日报社', 'Jiaxing Daily', '嘉兴', 'Jiaxing', '330000', 'DAILY_NEWSPAPER', 'MEMBER', 30.7461, 120.7555],
  ['zhoushan', '舟山日报社', 'Zhoushan Daily', '舟山', 'Zhoushan', '330000', 'DAILY_NEWSPAPER', 'MEMBER', 29.9853, 122.2072, '2026-08-11'],
  // Shanghai
  ['pudong', '浦东新区融媒体中心', 'Pudong Converged Media Center', '浦东', 'Pudong', '310000', 'CONVERGED_MEDIA_CENTER', 'MEMBER', 31.2215, 121.544],
  ['chongming', '崇明区融媒体中心', 'Chongming Converged Media Center', '崇明', 'Chongming', '310000', 'CONVERGED_MEDIA_CENTER', 'MEMBER', 31.6229, 121.3975],
];

export const DEMO_MEMBERS: DemoMember[] = ROWS.map(
  ([slug, nameZh, nameEn, cityZh, cityEn, provinceCode, outletKind, allianceRole, latitude, longitude, joinedOn]) => ({
    slug, nameZh, nameEn, cityZh, cityEn, provinceCode, outletKind, allianceRole, latitude, longitude, joinedOn: joinedOn ?? FOUNDED,
  }),
);

/**
 * Members that have gone quiet in the demo: days since their last activity of any kind (what the participation
 * dashboard lists as quiet for 30, 60 and 90 days). Their demo rows all date from before then.
 */
export const DEMO_QUIET_DAYS: Record<string, number> = { zhoushan: 45, pudong: 75, chongming: 110 };

/** The secretariat is itself a member unit, seated with the chair in Jingzhou. */
export const DEMO_SECRETARIAT: DemoMember = {
  slug: 'secretariat',
  nameZh: '长江经济带城市群融媒联盟秘书处',
  nameEn: 'Alliance Secretariat',
  cityZh: '荆州',
  cityEn: 'Jingzhou',
  provinceCode: '420000',
  outletKind: 'CONVERGED_MEDIA_CENTER',
  allianceRole: 'SECRETARIAT',
  joinedOn: FOUNDED,
  latitude: 30.3262,
  longitude: 112.2301,
};
