/**
 * The personal pass: the QR code encodes `${origin}/events/<eventId>/check-in?pass=<token>`, which the host's phone
 * opens with its own camera app; the in-app scanner reads the same link (or a bare token pasted by hand).
 */

/** Tokens are URL-safe (base64url parts joined by dots); anything else is not a pass. */
const TOKEN = /^[A-Za-z0-9._~-]{8,1024}$/;

export function passUrl(origin: string, eventId: string, token: string): string {
  return `${origin}/events/${encodeURIComponent(eventId)}/check-in?pass=${encodeURIComponent(token)}`;
}

export interface ScannedPass {
  token: string;
  /** The event named by the link; absent when a bare token was pasted. */
  eventId?: string;
}

/** Reads a scanned or pasted text: a check-in link (any origin) or a bare token. Null when it is neither. */
export function parsePass(text: string): ScannedPass | null {
  const value = text.trim();
  if (!value) return null;
  if (/^https?:\/\//i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return null;
    }
    const match = /^\/events\/([^/]+)\/check-in\/?$/.exec(url.pathname);
    const token = url.searchParams.get('pass');
    if (!match || !token || !TOKEN.test(token)) return null;
    return { token, eventId: decodeURIComponent(match[1] ?? '') };
  }
  return TOKEN.test(value) ? { token: value } : null;
}
