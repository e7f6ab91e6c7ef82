import { theme } from 'antd';
import { useEffect, useRef, type RefObject } from 'react';
import { init, type ChartOption } from '../echarts';

/** Draws `option` into the element, follows its size, disposes on unmount; the antd theme's colours and font apply. */
export function useEChart(ref: RefObject<HTMLDivElement | null>, option: ChartOption, onClick?: (dataIndex: number) => void): void {
  const { token } = theme.useToken();
  const chart = useRef<ReturnType<typeof init> | null>(null);
  const click = useRef(onClick);
  useEffect(() => {
    click.current = onClick;
  });
  useEffect(() => {
    if (!ref.current) return;
    const instance = init(ref.current, null, { renderer: 'svg' });
    instance.on('click', (params) => click.current?.(params.dataIndex));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    chart.current = instance;
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [ref]);
  useEffect(() => {
    chart.current?.setOption(
      { textStyle: { fontFamily: token.fontFamily, color: token.colorText }, color: [token.colorPrimary, '#2f8f4e', '#c27c0e', '#7a4fb5', '#c8372d', '#1890a8', '#8c6d1f', '#5b6577', '#d0568a'], ...option },
      true,
    );
  }, [option, token]);
}
