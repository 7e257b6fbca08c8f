// <triallens-chart>: renders an Apache ECharts option that the server sends as the `option`
// property, styled from the Lumo theme in force, and saves it as PNG or SVG on request.
import * as echarts from 'echarts/core';
import { BarChart, CustomChart, GraphChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent, DatasetComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent,
  TooltipComponent, VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, CustomChart, GraphChart, HeatmapChart, LineChart, ScatterChart,
  AriaComponent, DatasetComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent,
  TooltipComponent, VisualMapComponent, // a heatmap is unusable without a visual map
  CanvasRenderer, SVGRenderer,
]);

type Json = Record<string, any>;

interface Theme {
  text: string; subtle: string; line: string; grid: string; background: string; font: string; palette: string[];
}

// Okabe–Ito colours after the theme's primary colour: distinguishable with colour-blindness.
const PALETTE = ['var(--lumo-primary-color, #1676f3)', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];

// Functions cannot travel as JSON: the server names a renderItem or tooltip formatter and these
// tables supply it.
type Renderer = (params: any, api: any, series: Json, theme: Theme) => any;
const RENDERERS: Record<string, Renderer> = {
  // Data [x1, y1, x2, y2]: a whisker from (x1, y1) to (x2, y2) with caps at both ends.
  errorBar(_params, api) {
    const a = api.coord([api.value(0), api.value(1)]);
    const b = api.coord([api.value(2), api.value(3)]);
    const alongY = Math.abs(a[0] - b[0]) < Math.abs(a[1] - b[1]);
    const style = { stroke: api.visual('color'), lineWidth: 1.5 };
    const line = (p: number[], q: number[]) => ({ type: 'line', shape: { x1: p[0], y1: p[1], x2: q[0], y2: q[1] }, style });
    const cap = (p: number[]) => (alongY ? line([p[0] - 5, p[1]], [p[0] + 5, p[1]]) : line([p[0], p[1] - 5], [p[0], p[1] + 5]));
    return { type: 'group', children: [line(a, b), cap(a), cap(b)] };
  },
  // Data {value: [category], text, line, slot, slots}: the text at the foot of the category, where
  // the missing bar (slot of slots in its group) or point would be. Assumes a horizontal chart's
  // categories run top-down.
  notReported(params, api, series, theme) {
    const item = series.data[params.dataIndex];
    const { x, y, height } = params.coordSys;
    const horizontal = series.encode?.y === 0;
    const band = horizontal ? api.size([0, 1])[1] : api.size([1, 0])[0];
    const along = (api.value(0) as number) * band + slotCentre(band, item.slot, item.slots);
    const style = { text: item.text, fill: theme.subtle, fontStyle: 'italic', fontSize: 11, fontFamily: theme.font };
    return horizontal
      ? { type: 'text', x: x + 6, y: y + along + item.line * 14, style: { ...style, align: 'left', verticalAlign: 'middle' } }
      : { type: 'text', x: x + along, y: y + height - 4 - item.line * 14, style: { ...style, align: 'center', verticalAlign: 'bottom' } };
  },
};

/** Centre of bar `slot` of `slots` within a category band, with the bar gaps the server sets (barCategoryGap 20 %, barGap 30 %). */
function slotCentre(band: number, slot: number, slots: number) {
  const bar = (0.8 * band) / (slots + (slots - 1) * 0.3);
  return 0.1 * band + slot * bar * 1.3 + bar / 2;
}

const FORMATTERS: Record<string, (params: any) => string> = {
  // The value as the trial reported it ("13.0 %"), not as the chart plots it (13).
  reported(p) {
    const values = Array.isArray(p.value) ? p.value : [p.value];
    const category = values.find((v: unknown) => typeof v === 'string') ?? p.name;
    const value = p.data?.reported ?? values.find((v: unknown) => typeof v === 'number');
    return `${p.marker}${escapeHtml(p.seriesName)}<br>${escapeHtml(category)}: <b>${escapeHtml(value)}</b>`;
  },
};

const escapeHtml = (v: unknown) =>
  String(v ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const list = (v: any): any[] => (v == null ? [] : Array.isArray(v) ? v : [v]);

class TriallensChart extends HTMLElement {
  #option: Json | null = null;
  #chart: echarts.ECharts | null = null;
  #container: HTMLDivElement;
  #probe: HTMLSpanElement;
  #resizeObserver = new ResizeObserver(() => this.#chart?.resize());
  #themeObserver = new MutationObserver(() => this.#render());
  #darkQuery = matchMedia('(prefers-color-scheme: dark)');
  #onSchemeChange = () => this.#render();

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>
        :host { display: block; position: relative; min-height: 200px; }
        :host([hidden]) { display: none !important; }
        #chart { position: absolute; inset: 0; }
        #probe { display: none; }
      </style><div id="chart"></div><span id="probe"></span>`;
    this.#container = root.getElementById('chart') as HTMLDivElement;
    this.#probe = root.getElementById('probe') as HTMLSpanElement;
  }

  get option(): Json | null {
    return this.#option;
  }

  set option(option: Json | null) {
    this.#option = option;
    this.#render();
  }

  connectedCallback() {
    // A property set before this element was defined shadows the setter: re-apply it.
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const value = (this as any).option;
      delete (this as any).option;
      this.option = value;
    }
    this.#chart = echarts.init(this.#container, null, { renderer: 'canvas' });
    this.#resizeObserver.observe(this);
    this.#themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme', 'class', 'style'] });
    this.#darkQuery.addEventListener('change', this.#onSchemeChange);
    this.#render();
  }

  disconnectedCallback() {
    this.#resizeObserver.disconnect();
    this.#themeObserver.disconnect();
    this.#darkQuery.removeEventListener('change', this.#onSchemeChange);
    this.#chart?.dispose();
    this.#chart = null;
  }

  /** Saves the chart as PNG at twice the screen resolution, on the theme's background. */
  downloadPng(fileName: string) {
    const { option, width, height } = this.#exportOption();
    const host = document.createElement('div');
    host.style.cssText = `position:fixed;left:-100000px;top:0;width:${width}px;height:${height}px`;
    document.body.append(host);
    const chart = echarts.init(host, null, { renderer: 'canvas', width, height });
    try {
      chart.setOption(option);
      save(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: option.backgroundColor }), fileName);
    } finally {
      chart.dispose();
      host.remove();
    }
  }

  /** Saves the chart as SVG, rendered by an off-screen ECharts instance with the SVG renderer. */
  downloadSvg(fileName: string) {
    const { option, width, height } = this.#exportOption();
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
    try {
      chart.setOption(option);
      const url = URL.createObjectURL(new Blob([chart.renderToSVGString()], { type: 'image/svg+xml' }));
      save(url, fileName);
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } finally {
      chart.dispose();
    }
  }

  /** Downloads stand alone: they show the title and have an opaque background. */
  #exportOption() {
    const theme = this.#theme();
    const option = this.#styled(theme);
    option.animation = false;
    option.backgroundColor = theme.background;
    const [title] = list(option.title);
    if (title) {
      title.show = true;
      for (const legend of list(option.legend)) legend.top = 28;
      for (const grid of list(option.grid)) grid.top = (grid.top ?? 40) + 28;
    }
    return { option, width: Math.max(this.clientWidth, 640), height: Math.max(this.clientHeight, 360) };
  }

  #render() {
    if (!this.#chart || !this.#option) return;
    this.#chart.setOption(this.#styled(this.#theme()), { notMerge: true });
    // Lets tests and measurements see when the first frame is drawn.
    this.#chart.on('finished', () => this.setAttribute('rendered', ''));
  }

  /** The server's option with the theme's colours and the named renderers filled in. */
  #styled(t: Theme): Json {
    const o: Json = structuredClone(this.#option ?? {});
    o.color = t.palette;
    o.backgroundColor = 'transparent';
    o.textStyle = { color: t.text, fontFamily: t.font, ...o.textStyle };
    for (const axis of [...list(o.xAxis), ...list(o.yAxis)]) {
      axis.axisLine = { ...axis.axisLine, lineStyle: { color: t.line } };
      axis.axisTick = { ...axis.axisTick, lineStyle: { color: t.line } };
      axis.axisLabel = { color: t.subtle, ...axis.axisLabel };
      axis.nameTextStyle = { color: t.subtle, ...axis.nameTextStyle };
      axis.splitLine = { ...axis.splitLine, lineStyle: { color: t.grid } };
    }
    for (const title of list(o.title)) title.textStyle = { color: t.text, ...title.textStyle };
    for (const legend of list(o.legend)) legend.textStyle = { color: t.text, ...legend.textStyle };
    for (const tooltip of list(o.tooltip)) {
      Object.assign(tooltip, { backgroundColor: t.background, borderColor: t.line, textStyle: { color: t.text } });
      if (FORMATTERS[tooltip.formatter]) tooltip.formatter = FORMATTERS[tooltip.formatter];
    }
    // Series of one name (points and their whiskers) share a colour.
    const names = [...new Set(list(o.series).map((s) => s.name))];
    for (const series of list(o.series)) {
      const color = t.palette[names.indexOf(series.name) % t.palette.length];
      if (['bar', 'scatter', 'line', 'custom'].includes(series.type)) {
        series.itemStyle = { color, ...series.itemStyle };
      }
      series.label = { color: t.text, ...series.label };
      const render = RENDERERS[series.renderItem];
      if (render) series.renderItem = (params: any, api: any) => render(params, api, series, t);
      if (series.markLine) {
        series.markLine.lineStyle = { color: t.subtle, ...series.markLine.lineStyle };
        series.markLine.label = { color: t.text, ...series.markLine.label };
      }
    }
    return o;
  }

  /** Lumo's colours as the browser resolves them now (light or dark), as rgba() that ECharts parses. */
  #theme(): Theme {
    const color = (css: string) => {
      this.#probe.style.color = css;
      return toRgba(getComputedStyle(this.#probe).color);
    };
    return {
      text: color('var(--lumo-body-text-color, #1a1a1a)'),
      subtle: color('var(--lumo-secondary-text-color, #555)'),
      line: color('var(--lumo-contrast-50pct, #888)'),
      grid: color('var(--lumo-contrast-10pct, #eee)'),
      background: color('var(--lumo-base-color, #fff)'),
      font: getComputedStyle(this).fontFamily,
      palette: PALETTE.map((c, i) => color(`var(--triallens-chart-color-${i + 1}, ${c})`)),
    };
  }
}

// Any CSS colour (oklch, light-dark(), color-mix()) to rgba() by painting one pixel.
const pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
function toRgba(css: string): string {
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = css;
  pixel.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
  return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;
}

function save(url: string, fileName: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

customElements.define('triallens-chart', TriallensChart);
