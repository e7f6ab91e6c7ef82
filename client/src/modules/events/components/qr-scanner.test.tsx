import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/test/render';
import { QrScanner } from './qr-scanner';

describe('QrScanner', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'mediaDevices');
  });

  it('says when there is no camera and takes a pasted check-in link instead', async () => {
    const onPass = vi.fn();
    renderWithApp(<QrScanner onPass={onPass} />);
    expect(await screen.findByText(/无法使用摄像头：此设备或浏览器不支持摄像头/)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('或粘贴签到码链接'), 'https://hub.example/events/ev-9/check-in?pass=tok.abc_123');
    await user.click(screen.getByRole('button', { name: '签到' }));
    expect(onPass).toHaveBeenCalledWith({ token: 'tok.abc_123', eventId: 'ev-9' });
    expect(screen.getByLabelText('或粘贴签到码链接')).toHaveValue('');
  });

  it('refuses text that is no pass', async () => {
    const onPass = vi.fn();
    renderWithApp(<QrScanner onPass={onPass} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('或粘贴签到码链接'), 'hello world{Enter}');
    expect(await screen.findByText('这不是有效的签到码或签到链接')).toBeInTheDocument();
    expect(onPass).not.toHaveBeenCalled();
  });

  it('tells why when the camera is refused', async () => {
    const getUserMedia = vi.fn(() => Promise.reject(new DOMException('Permission denied', 'NotAllowedError')));
    Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
    renderWithApp(<QrScanner onPass={vi.fn()} />);
    await waitFor(() => expect(screen.getByText(/无法使用摄像头：Permission denied/)).toBeInTheDocument());
    expect(getUserMedia).toHaveBeenCalledWith({ video: { facingMode: 'environment' }, audio: false });
  });
});
