import { Alert, Card, Typography } from 'antd';
import { create } from 'qrcode';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { passUrl } from '../pass-link';

/** Quiet zone around the code, in modules (the standard asks for four). */
const QUIET = 4;

export interface EventPassProps {
  eventId: string;
  token: string;
  name: string;
  eventTitle: string;
  /** Where the host's phone opens the link; the page's own origin by default. */
  origin?: string;
}

/** The path of the dark modules of a QR code, one unit per module, shifted by the quiet zone. */
function modulesPath(text: string): { size: number; path: string } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) parts.push(`M${col + QUIET} ${row + QUIET}h1v1h-1z`);
    }
  }
  return { size: modules.size + 2 * QUIET, path: parts.join('') };
}

/**
 * The participant's personal pass: a QR code big enough to scan from a phone screen, with who and what under it.
 * The code is drawn as SVG from the matrix (crisp at any size, white quiet zone included).
 */
export function EventPass({ eventId, token, name, eventTitle, origin = window.location.origin }: EventPassProps) {
  const { t } = useTranslation();
  const url = passUrl(origin, eventId, token);
  const code = useMemo(() => {
    try {
      return modulesPath(url);
    } catch {
      return null;
    }
  }, [url]);
  return (
    <Card className="event-pass" data-testid="event-pass">
      {code ? (
        <svg
          className="event-pass-code"
          data-testid="event-pass-code"
          role="img"
          aria-label={t('events.pass.qrAria', { name, event: eventTitle })}
          viewBox={`0 0 ${code.size} ${code.size}`}
          shapeRendering="crispEdges"
          data-url={url}
        >
          <rect width={code.size} height={code.size} fill="#fff" />
          <path d={code.path} fill="#000" />
        </svg>
      ) : (
        <Alert type="error" showIcon title={t('events.pass.failed')} />
      )}
      <div className="event-pass-who">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {name}
        </Typography.Title>
        <Typography.Text type="secondary">{eventTitle}</Typography.Text>
        <Typography.Paragraph strong style={{ margin: '8px 0 0' }}>
          {t('events.pass.show')}
        </Typography.Paragraph>
      </div>
    </Card>
  );
}
