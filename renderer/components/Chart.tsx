import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// MarkLine draws the targets and warning lines the options set (without it they are silently left out).
echarts.use([BarChart, HeatmapChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, VisualMapComponent, CanvasRenderer]);

/** Draws a chart option built in shared/charts; `description` is read out instead of the picture. */
export function Chart({ option, description, height = 220 }: { option: Record<string, unknown>; description: string; height?: number }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const chart = echarts.init(el.current, undefined, { renderer: 'canvas' });
    chart.setOption(option);
    // Follows its box, not just the window: opening a side panel narrows it.
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option]);
  return <div ref={el} role="img" aria-label={description} style={{ width: '100%', height }} />;
}
