import { useTranslation } from 'react-i18next';
import { placePoints, type MapPoint } from '../map-links';

const WIDTH = 360;
const HEIGHT = 220;
const PAD = 28;

export interface StopsMapProps {
  /** The stops with coordinates, in itinerary order (numbered from 1). */
  points: readonly MapPoint[];
}

/**
 * A schematic sketch of the stops from their coordinates: numbered dots joined in order, north up, shape kept, no
 * map tiles (the alliance's machines need not reach a tile server).
 */
export function StopsMap({ points }: StopsMapProps) {
  const { t } = useTranslation();
  if (points.length === 0) {
    return <p className="stops-map-empty">{t('events.itinerary.mapNoCoordinates')}</p>;
  }
  const placed = placePoints(points, WIDTH, HEIGHT, PAD);
  const route = placed.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ');
  return (
    <figure className="stops-map">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('events.itinerary.mapAria')}
        data-testid="stops-map"
        preserveAspectRatio="xMidYMid meet"
      >
        <rect width={WIDTH} height={HEIGHT} rx={8} fill="#f4f7fb" stroke="#d0d7e2" />
        <text x={WIDTH - 14} y={22} textAnchor="middle" fontSize={11} fill="#5b6577" aria-hidden>
          N
        </text>
        <path d={`M${WIDTH - 14} 26 l-4 9 h8 z`} fill="#5b6577" aria-hidden />
        {placed.length > 1 && <polyline points={route} fill="none" stroke="#1677ff" strokeWidth={1.5} strokeDasharray="4 3" />}
        {placed.map((point, index) => (
          <g key={point.id} data-testid="stops-map-point">
            <title>{`${index + 1}. ${point.label}`}</title>
            <circle cx={point.x} cy={point.y} r={9} fill="#1677ff" stroke="#fff" strokeWidth={2} />
            <text x={point.x} y={point.y + 3.5} textAnchor="middle" fontSize={10} fill="#fff" fontWeight={600}>
              {index + 1}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="stops-map-caption">{t('events.itinerary.map')}</figcaption>
    </figure>
  );
}
