/**
 * The arithmetic behind the pane's SVG charts: an axis with round tick values, where bars and
 * points sit, labels cut to fit, and a sentence saying what a chart shows for screen readers.
 */

export interface Scale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly ticks: readonly number[];
}

/**
 * "always": the axis includes 0, as bars need. "auto": as Excel's value axis does, it starts at 0
 * unless every value lies in the top sixth of the range above 0 (or below it). "never": the axis
 * spans the values only, for a band whose width is the point.
 */
export type ZeroRule = "always" | "auto" | "never";

const STEPS = [1, 2, 2.5, 5, 10];

/** Round-numbered ticks covering every value, about `target` of them. */
export function niceScale(
  values: readonly (number | null)[],
  zero: ZeroRule = "always",
  target = 5
): Scale {
  const numbers = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  let lo = numbers.length > 0 ? Math.min(...numbers) : 0;
  let hi = numbers.length > 0 ? Math.max(...numbers) : 1;
  const startAtZero =
    zero === "always" ||
    (zero === "auto" && (lo >= 0 ? lo <= (hi * 5) / 6 : hi >= 0 || hi >= (lo * 5) / 6));
  if (startAtZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (hi === lo) {
    if (hi === 0) hi = 1;
    else if (hi > 0) lo = startAtZero ? 0 : lo - 1;
    else hi = startAtZero ? 0 : hi + 1;
    if (hi === lo) hi = lo + 1;
  }
  const raw = (hi - lo) / Math.max(1, target);
  const magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = (STEPS.find((s) => s * magnitude >= raw - 1e-12) ?? 10) * magnitude;
  const min = Math.floor(lo / step + 1e-9) * step;
  const max = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; min + i * step <= max + step / 1e6; i++) {
    ticks.push(Number((min + i * step).toPrecision(12)));
  }
  return { min: Number(min.toPrecision(12)), max: Number(max.toPrecision(12)), step, ticks };
}

/** The drawing area inside an SVG's view box, leaving room for tick labels and axis titles. */
export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export const CHART_FRAME: Frame = Object.freeze({
  width: 340,
  height: 232,
  left: 52,
  right: 10,
  top: 12,
  bottom: 46,
});

export const plotWidth = (f: Frame): number => f.width - f.left - f.right;
export const plotHeight = (f: Frame): number => f.height - f.top - f.bottom;

/** The y coordinate of a value. */
export function yOf(value: number, scale: Scale, frame: Frame = CHART_FRAME): number {
  const span = scale.max - scale.min || 1;
  return frame.top + ((scale.max - value) / span) * plotHeight(frame);
}

export interface Bar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Where the bar of series `s` (of `seriesCount`) in category `c` (of `categoryCount`) sits:
 * clusters fill three quarters of each category's band, bars grow up or down from 0.
 */
export function barOf(
  value: number,
  c: number,
  categoryCount: number,
  s: number,
  seriesCount: number,
  scale: Scale,
  frame: Frame = CHART_FRAME
): Bar {
  const band = plotWidth(frame) / Math.max(1, categoryCount);
  const cluster = band * 0.75;
  const slot = cluster / Math.max(1, seriesCount);
  const gap = Math.min(2, slot / 6);
  const zero = yOf(Math.min(Math.max(0, scale.min), scale.max), scale, frame);
  const y = yOf(value, scale, frame);
  return {
    x: frame.left + c * band + (band - cluster) / 2 + s * slot + gap / 2,
    y: Math.min(y, zero),
    width: slot - gap,
    height: Math.abs(zero - y),
  };
}

/** The middle of category `c`'s band (bars) or its point (lines, first and last at the ends). */
export function bandCentre(c: number, count: number, frame: Frame = CHART_FRAME): number {
  return frame.left + (plotWidth(frame) / Math.max(1, count)) * (c + 0.5);
}

export function pointX(c: number, count: number, frame: Frame = CHART_FRAME): number {
  if (count <= 1) return frame.left + plotWidth(frame) / 2;
  return frame.left + (plotWidth(frame) * c) / (count - 1);
}

/** A label cut to at most `max` characters, ending in an ellipsis when cut. */
export function fitLabel(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  if (max <= 1) return "…";
  return `${chars
    .slice(0, max - 1)
    .join("")
    .trimEnd()}…`;
}

const tickFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
const valueFormat = new Intl.NumberFormat("en-GB", {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

export const formatTick = (value: number): string => tickFormat.format(value);
/** A chart value as the sheets show WTE: one decimal place. */
export const formatValue = (value: number): string => valueFormat.format(value);

export interface ChartData {
  readonly title: string;
  readonly categoryTitle: string;
  readonly valueTitle: string;
  readonly categories: readonly string[];
  readonly series: readonly {
    readonly name: string;
    readonly values: readonly (number | null)[];
  }[];
}

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Whether a chart has anything to draw. */
export function hasValues(data: ChartData): boolean {
  return data.series.some((s) => s.values.some((v) => typeof v === "number"));
}

/**
 * What a chart shows, in a sentence or three, for its accessible name: a column chart by its
 * highest value in each series, a line chart by where each line starts and ends.
 */
export function describeChart(kind: "bar" | "line", data: ChartData): string {
  const unit = data.valueTitle;
  if (!hasValues(data)) return `${data.title}: no values to show yet.`;
  if (kind === "bar") {
    const parts = data.series.map((s) => {
      let best = -1;
      s.values.forEach((v, i) => {
        const top = best < 0 ? null : s.values[best];
        if (typeof v === "number" && (typeof top !== "number" || v > top)) best = i;
      });
      const v = s.values[best];
      return best < 0 || typeof v !== "number"
        ? `${s.name}: no values.`
        : `Highest ${s.name}: ${data.categories[best] ?? ""}, ${formatValue(v)}.`;
    });
    return `Column chart: ${data.title}, ${listOf(data.series.map((s) => s.name))} for ${listOf([
      ...data.categories,
    ])} (${unit}). ${parts.join(" ")}`;
  }
  const first = data.categories[0] ?? "";
  const last = data.categories[data.categories.length - 1] ?? "";
  const parts = data.series.map((s) => {
    const numbers = s.values.filter((v): v is number => typeof v === "number");
    const start = numbers[0];
    const end = numbers[numbers.length - 1];
    if (start === undefined || end === undefined) return `${s.name}: no values.`;
    return start === end
      ? `${s.name} stays at ${formatValue(start)}.`
      : `${s.name} goes from ${formatValue(start)} to ${formatValue(end)}.`;
  });
  return `Line chart: ${data.title} (${unit}), ${first} to ${last}. ${parts.join(" ")}`;
}
