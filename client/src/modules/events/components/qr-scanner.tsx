import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePass, type ScannedPass } from '../pass-link';

export interface QrScannerProps {
  /** Called once per recognised pass (a scan or a pasted link). */
  onPass: (pass: ScannedPass) => void;
  /** Whether the camera runs (closing a modal stops it). */
  active?: boolean;
}

type CameraState = { kind: 'starting' } | { kind: 'running' } | { kind: 'unavailable'; reason: string };

/** Why the camera did not open, as the browser puts it (a DOMException is not an Error everywhere). */
function cameraFailure(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string' && error.message) {
    return error.message;
  }
  return String(error);
}

/** Width the frames are decoded at: enough for a pass held up to a phone, cheap on a slow phone. */
const DECODE_WIDTH = 480;

/**
 * The host's scanner: the camera (`getUserMedia`, the back camera on a phone) with every frame decoded by jsQR, and a
 * text field to paste a pass link or token for when there is no camera or it is refused.
 */
export function QrScanner({ onPass, active = true }: QrScannerProps) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const onPassRef = useRef(onPass);
  useEffect(() => {
    onPassRef.current = onPass;
  }, [onPass]);
  const [camera, setCamera] = useState<CameraState>({ kind: 'starting' });
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    if (!active) return undefined;
    const media = navigator.mediaDevices;
    if (!media?.getUserMedia) return undefined;
    let stopped = false;
    let stream: MediaStream | null = null;
    let frame = 0;
    let lastToken = '';
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    const scan = () => {
      if (stopped) return;
      const video = videoRef.current;
      if (video && context && video.readyState >= 2 && video.videoWidth > 0) {
        const width = Math.min(DECODE_WIDTH, video.videoWidth);
        const height = Math.round((video.videoHeight * width) / video.videoWidth);
        canvas.width = width;
        canvas.height = height;
        context.drawImage(video, 0, 0, width, height);
        const found = jsQR(context.getImageData(0, 0, width, height).data, width, height, {
          inversionAttempts: 'dontInvert',
        });
        const pass = found ? parsePass(found.data) : null;
        if (pass && pass.token !== lastToken) {
          lastToken = pass.token;
          onPassRef.current(pass);
        }
      }
      frame = requestAnimationFrame(scan);
    };

    media
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then((opened) => {
        stream = opened;
        if (stopped) {
          opened.getTracks().forEach((track) => track.stop());
          return;
        }
        const video = videoRef.current;
        if (video) {
          video.srcObject = opened;
          void video.play().catch(() => undefined);
        }
        setCamera({ kind: 'running' });
        frame = requestAnimationFrame(scan);
      })
      .catch((error: unknown) => {
        if (!stopped) {
          setCamera({ kind: 'unavailable', reason: cameraFailure(error) });
        }
      });
    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [active]);

  const shown: CameraState =
    typeof navigator.mediaDevices?.getUserMedia === 'function' ? camera : { kind: 'unavailable', reason: t('events.scanner.noCameraGeneric') };

  const submit = () => {
    const pass = parsePass(text);
    setInvalid(!pass);
    if (pass) {
      setText('');
      onPass(pass);
    }
  };

  return (
    <div className="qr-scanner" data-testid="qr-scanner">
      <Typography.Paragraph type="secondary">{t('events.scanner.help')}</Typography.Paragraph>
      {shown.kind === 'unavailable' ? (
        <Alert type="info" showIcon title={t('events.scanner.noCamera', { reason: shown.reason })} style={{ marginBottom: 12 }} />
      ) : (
        <div className="qr-scanner-view">
          <video ref={videoRef} className="qr-scanner-video" muted playsInline aria-label={t('events.scanner.videoAria')} />
          {shown.kind === 'starting' && <div className="qr-scanner-starting">{t('events.scanner.starting')}</div>}
        </div>
      )}
      <Form layout="vertical" onFinish={submit} style={{ marginTop: 12 }}>
        <Form.Item
          label={t('events.scanner.paste')}
          htmlFor="qr-scanner-paste"
          validateStatus={invalid ? 'error' : undefined}
          help={invalid ? t('events.scanner.invalid') : undefined}
        >
          <Space.Compact style={{ width: '100%' }}>
            <Input
              id="qr-scanner-paste"
              value={text}
              placeholder={t('events.scanner.pastePlaceholder')}
              onChange={(event) => {
                setText(event.target.value);
                setInvalid(false);
              }}
            />
            <Button type="primary" htmlType="submit">
              {t('events.scanner.submit')}
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </div>
  );
}
