import { isAllowedOrigin } from '../websocket';

describe('which pages may open the WebSocket (Origin check)', () => {
  it('allows the server’s own origin, by host and port', () => {
    expect(isAllowedOrigin('http://localhost:4000', 'localhost:4000', [])).toBe(true);
    expect(isAllowedOrigin('https://hub.example.cn', 'hub.example.cn', [])).toBe(true);
    expect(isAllowedOrigin('https://hub.example.cn', 'hub.example.cn:443', [])).toBe(true);
    expect(isAllowedOrigin('HTTPS://Hub.Example.CN', 'hub.example.cn', [])).toBe(true);
  });

  it('compares by host name when a proxy passes the host without its port (nginx `$host`)', () => {
    expect(isAllowedOrigin('http://localhost:8080', 'localhost', [])).toBe(true);
    expect(isAllowedOrigin('http://evil.example:8080', 'localhost', [])).toBe(false);
  });

  it('refuses other sites, other ports of a named port, opaque and non-web origins', () => {
    expect(isAllowedOrigin('https://evil.example', 'hub.example.cn', [])).toBe(false);
    expect(isAllowedOrigin('https://hub.example.cn.evil.example', 'hub.example.cn', [])).toBe(false);
    expect(isAllowedOrigin('http://localhost:5174', 'localhost:4000', [])).toBe(false);
    expect(isAllowedOrigin('null', 'localhost:4000', [])).toBe(false);
    expect(isAllowedOrigin('file:///tmp/x.html', 'localhost:4000', [])).toBe(false);
    expect(isAllowedOrigin('not a url', 'localhost:4000', [])).toBe(false);
    expect(isAllowedOrigin('https://hub.example.cn', undefined, [])).toBe(false);
  });

  it('allows the configured origins (ALLOWED_ORIGINS)', () => {
    expect(isAllowedOrigin('https://app.example.cn', 'api.example.cn', ['https://app.example.cn'])).toBe(true);
    expect(isAllowedOrigin('http://app.example.cn', 'api.example.cn', ['https://app.example.cn'])).toBe(false);
  });

  it('lets a client without Origin through (not a browser; its cookie still has to be a live session)', () => {
    expect(isAllowedOrigin(undefined, 'localhost:4000', [])).toBe(true);
    expect(isAllowedOrigin('', 'localhost:4000', [])).toBe(true);
  });
});
