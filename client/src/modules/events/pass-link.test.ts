import { describe, expect, it } from 'vitest';
import { parsePass, passUrl } from './pass-link';

const TOKEN = 'eyJwIjoicC0xIn0.c2lnbmF0dXJl_-x';

describe('pass links', () => {
  it('reads back the event and token of the link the pass encodes', () => {
    const url = passUrl('https://hub.example', 'ev-1', TOKEN);
    expect(url).toBe(`https://hub.example/events/ev-1/check-in?pass=${TOKEN}`);
    expect(parsePass(url)).toEqual({ token: TOKEN, eventId: 'ev-1' });
  });

  it('takes a bare token pasted by hand, trimmed', () => {
    expect(parsePass(`  ${TOKEN}\n`)).toEqual({ token: TOKEN });
  });

  it('refuses links that are no check-in link, and text that is no token', () => {
    expect(parsePass('https://hub.example/events/ev-1?pass=abc')).toBeNull();
    expect(parsePass('https://hub.example/events/ev-1/check-in')).toBeNull();
    expect(parsePass('https://hub.example/events/ev-1/check-in?pass=<script>')).toBeNull();
    expect(parsePass('not a pass at all')).toBeNull();
    expect(parsePass('')).toBeNull();
    expect(parsePass('https://')).toBeNull();
  });
});
