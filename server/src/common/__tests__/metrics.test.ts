import { ANONYMOUS_OPERATION, MAX_OPERATION_NAMES, mayReadMetrics, Metrics, OTHER_OPERATION, UNKNOWN_OPERATION } from '../metrics';

describe('who may read /metrics', () => {
  const token = 'a-metrics-token-of-some-length';
  const request = (remoteAddress: string | undefined, authorization?: string, proxied = false) => ({ remoteAddress, authorization, proxied });

  it.each(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])('a loopback peer (%s) needs no token', (address) => {
    expect(mayReadMetrics(request(address), null)).toBe(true);
  });

  it.each(['192.0.2.10', '10.0.0.5', '::ffff:192.0.2.10', '2001:db8::1', '127.0.0.1.example', undefined])('any other peer (%s) without the token is refused', (address) => {
    expect(mayReadMetrics(request(address), token)).toBe(false);
    expect(mayReadMetrics(request(address, `Bearer ${token}x`), token)).toBe(false);
    expect(mayReadMetrics(request(address, token), token)).toBe(false);
  });

  it('the bearer token opens it from anywhere; without a configured token nothing does', () => {
    expect(mayReadMetrics(request('192.0.2.10', `Bearer ${token}`), token)).toBe(true);
    expect(mayReadMetrics(request('192.0.2.10', 'Bearer '), null)).toBe(false);
  });

  it('a request a proxy forwarded from loopback is not trusted as local (the proxy speaks for the world)', () => {
    expect(mayReadMetrics(request('127.0.0.1', undefined, true), token)).toBe(false);
    expect(mayReadMetrics(request('127.0.0.1', `Bearer ${token}`, true), token)).toBe(true);
  });
});

describe('operation labels', () => {
  it('names operations the document declares, up to a bound; the rest are bucketed', () => {
    const metrics = new Metrics();
    expect(metrics.operationLabel('Topics', true)).toBe('Topics');
    expect(metrics.operationLabel(null, true)).toBe(ANONYMOUS_OPERATION);
    expect(metrics.operationLabel('Topics', false)).toBe(UNKNOWN_OPERATION);
    expect(metrics.operationLabel('x'.repeat(65), true)).toBe(OTHER_OPERATION);
    for (let i = 1; i < MAX_OPERATION_NAMES; i += 1) expect(metrics.operationLabel(`Op${i}`, true)).toBe(`Op${i}`);
    expect(metrics.operationLabel('OneTooMany', true)).toBe(OTHER_OPERATION);
    // Names seen before the bound keep their label.
    expect(metrics.operationLabel('Topics', true)).toBe('Topics');
  });
});
