import { Alert, Button, Spin } from 'antd';
import { EffectScatterChart, LinesChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, GraphicComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMITMENT_STATUSES } from '@yah/shared';
import { useMediaQuery } from '@/app/use-media-query';
import { STATUS_COLORS } from '../status-colors';
import { riverMapLayout } from './river-map-geometry';
import { riverMapOption, symbolSizeFor } from './river-map-option';
import { RiverMapList } from './river-map-list';
import { BELT_MAP, beltGeoJson, loadYangtzeGeo, type YangtzeGeo } from './yangtze-geo';
import './river-map.css';

echarts.use([GeoComponent, GraphicComponent, TooltipComponent, TitleComponent, LinesChart, ScatterChart, EffectScatterChart, CanvasRenderer, SVGRenderer]);

type Status = 'MET' | 'ON_TRACK' | 'AT_RISK' | 'BEHIND';

export interface RiverMapMember {
  id: string;
  slug: string;
  nameZh: string;
  nameEn: string;
  cityZh: string;
  cityEn: string;
  provinceCode: string;
  longitude: number;
  latitude: number;
  index: number;
  rank: number;
  status: Status;
  lastActivityAt: string | null;
  commitments: { title: string; status: Status; actual: number | null; target: number; metric: string }[];
}

export interface RiverMapProps {
  members: RiverMapMember[];
  onOpenMember: (memberId: string) => void;
  /** Fixed chart height in px; by default the height follows the belt's shape at the available width. */
  height?: number;
  /** For the printed monthly report: no motion, vector rendering, no list toggle. */
  printMode?: boolean;
}

/**
 * 万里长江图: the Yangtze from Yunnan to Shanghai drawn from real coordinates, every member city on it — the dot's size
 * is its participation index, its colour its status. Pointing at a city shows the member's scorecard; clicking opens it.
 * The same data is one click away as a table, for keyboards and screen readers.
 */
export function RiverMap({ members: given, onOpenMember, height, printMode = false }: RiverMapProps): React.JSX.Element {
  const { t, i18n } = useTranslation();
  // A parent that re-renders with an equal list (a refetch, a poll) must not redraw the map and restart its motion.
  const membersKey = JSON.stringify(given);
  const members = useMemo(() => JSON.parse(membersKey) as RiverMapMember[], [membersKey]);
  const english = i18n.language === 'en';
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const touch = useMediaQuery('(pointer: coarse)');
  const animate = !printMode && !reducedMotion;

  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<{ attempt: number; geo: YangtzeGeo | null; failed: boolean } | null>(null);
  useEffect(() => {
    let live = true;
    loadYangtzeGeo().then(
      (geo) => live && setLoaded({ attempt, geo, failed: false }),
      () => live && setLoaded({ attempt, geo: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  const geo = loaded?.geo ?? null;
  const failed = loaded?.attempt === attempt && loaded.failed;

  const frameRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const observer = new ResizeObserver((entries) => {
      const next = Math.round(entries[0]?.contentRect.width ?? 0);
      setWidth((previous) => (Math.abs(previous - next) >= 1 ? next : previous));
    });
    observer.observe(frame);
    return () => observer.disconnect();
  }, []);
  const layout = useMemo(() => (width > 0 ? riverMapLayout(width, height, members) : null), [width, height, members]);

  const onOpenRef = useRef(onOpenMember);
  const touchRef = useRef(touch);
  useEffect(() => {
    onOpenRef.current = onOpenMember;
    touchRef.current = touch;
  });

  const chartElement = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.EChartsType | null>(null);
  useEffect(() => {
    const element = chartElement.current;
    if (!geo || !element) return;
    if (!echarts.getMap(BELT_MAP)) {
      echarts.registerMap(BELT_MAP, beltGeoJson(geo) as unknown as Parameters<typeof echarts.registerMap>[1]);
    }
    const chart = echarts.init(element, undefined, { renderer: printMode ? 'svg' : 'canvas' });
    chartRef.current = chart;
    // On a touch screen the first tap on a city shows its scorecard and the second opens it.
    let tapped: string | null = null;
    chart.on('click', (params) => {
      const id = (params.data as { id?: unknown } | null | undefined)?.id;
      if (typeof id !== 'string') return;
      if (touchRef.current && tapped !== id) {
        tapped = id;
        return;
      }
      tapped = null;
      onOpenRef.current(id);
    });
    chart.getZr().on('click', (event) => {
      if (!event.target) tapped = null;
    });
    return () => {
      chart.dispose();
      chartRef.current = null;
    };
  }, [geo, printMode]);

  const option = useMemo(
    () => (geo && layout ? riverMapOption({ members, geo, t, english, layout, animate, printMode, touch }) : null),
    [members, geo, t, english, layout, animate, printMode, touch],
  );
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || !option || !layout) return;
    chart.resize({ height: layout.height });
    chart.setOption(option, { notMerge: true, lazyUpdate: false });
    if (printMode) {
      // A viewBox lets the printed page scale the vector map to the paper's width (see river-map.css).
      chartElement.current?.querySelector('svg')?.setAttribute('viewBox', `0 0 ${chart.getWidth()} ${chart.getHeight()}`);
    }
  }, [option, layout, printMode]);

  const [listOpen, setListOpen] = useState(false);
  const listId = useId();
  const scale = layout?.panels[0]?.scale ?? 40;
  const chartHeight = layout?.height ?? height ?? 360;

  return (
    <div className={`river-map${printMode ? ' river-map-print' : ''}`}>
      <div ref={frameRef} className="river-map-frame" style={{ minHeight: chartHeight }}>
        <div
          ref={chartElement}
          className="river-map-canvas"
          role="img"
          aria-label={t('riverMap.aria', { count: members.length })}
          style={{ height: chartHeight }}
        />
        {geo && members.length === 0 && (
          <div className="river-map-overlay">
            <span>{t('riverMap.empty')}</span>
          </div>
        )}
        {!geo && !failed && (
          <div className="river-map-overlay">
            <Spin />
            <span>{t('riverMap.loading')}</span>
          </div>
        )}
        {failed && (
          <div className="river-map-overlay">
            <Alert
              type="warning"
              showIcon
              title={t('riverMap.loadFailed')}
              action={
                <Button size="small" onClick={() => setAttempt((value) => value + 1)}>
                  {t('common.retry')}
                </Button>
              }
            />
          </div>
        )}
      </div>

      <div className="river-map-legend" aria-label={t('riverMap.legend.label')} role="group">
        <span className="river-map-legend-group">
          <span className="river-map-legend-title">{t('riverMap.legend.size')}</span>
          <span className="river-map-legend-note">{t('riverMap.legend.low')}</span>
          {[10, 50, 100].map((index) => {
            const size = symbolSizeFor(index, scale);
            return <span key={index} className="river-map-size-dot" style={{ width: size, height: size }} aria-hidden="true" />;
          })}
          <span className="river-map-legend-note">{t('riverMap.legend.high')}</span>
        </span>
        <span className="river-map-legend-group">
          <span className="river-map-legend-title">{t('riverMap.legend.colour')}</span>
          {COMMITMENT_STATUSES.map((status) => (
            <span key={status} className="river-map-legend-item">
              <span className="river-map-status-dot" style={{ background: STATUS_COLORS[status] }} aria-hidden="true" />
              {t(`riverMap.status.${status}`)}
            </span>
          ))}
        </span>
        <span className="river-map-legend-group">
          <span className="river-map-legend-item">
            <span className="river-map-line river-map-line-main" aria-hidden="true" />
            {t('riverMap.legend.river')}
          </span>
          <span className="river-map-legend-item">
            <span className="river-map-line river-map-line-tributary" aria-hidden="true" />
            {t('riverMap.legend.tributary')}
          </span>
        </span>
        {!printMode && (
          <Button
            type="link"
            size="small"
            className="river-map-list-toggle"
            aria-expanded={listOpen}
            aria-controls={listId}
            onClick={() => setListOpen((open) => !open)}
          >
            {listOpen ? t('riverMap.list.hide') : t('riverMap.list.show')}
          </Button>
        )}
      </div>

      {!printMode && (
        <div id={listId} hidden={!listOpen}>
          {listOpen && <RiverMapList members={members} onOpenMember={onOpenMember} />}
        </div>
      )}
    </div>
  );
}
