import { screen } from '@testing-library/react';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/test/render';
import { EventPass } from './event-pass';

/** Rasterises the pass's SVG path (unit squares per dark module) at `scale` pixels per module, as a camera would see it. */
function rasterise(svg: SVGElement, scale: number): { data: Uint8ClampedArray; size: number } {
  const modules = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const size = modules * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  const path = svg.querySelector('path')?.getAttribute('d') ?? '';
  for (const match of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    const col = Number(match[1]);
    const row = Number(match[2]);
    for (let y = row * scale; y < (row + 1) * scale; y += 1) {
      for (let x = col * scale; x < (col + 1) * scale; x += 1) {
        const offset = (y * size + x) * 4;
        data[offset] = 0;
        data[offset + 1] = 0;
        data[offset + 2] = 0;
      }
    }
  }
  return { data, size };
}

describe('EventPass', () => {
  it('shows a QR code that decodes to the check-in link, with the person, the event and what to do', () => {
    renderWithApp(<EventPass eventId="ev-1" token="tok.abc_123-x" name="李记者" eventTitle="百家党媒看荆州" origin="https://hub.example" />);
    const code = screen.getByRole('img', { name: '李记者 参加「百家党媒看荆州」的签到二维码' });
    expect(screen.getByText('李记者')).toBeInTheDocument();
    expect(screen.getByText('百家党媒看荆州')).toBeInTheDocument();
    expect(screen.getByText('出示此码签到')).toBeInTheDocument();
    const { data, size } = rasterise(code as unknown as SVGElement, 6);
    expect(jsQR(data, size, size)?.data).toBe('https://hub.example/events/ev-1/check-in?pass=tok.abc_123-x');
  });
});
