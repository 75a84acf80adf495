/**
 * Column and line charts drawn as SVG by React, with no chart library: the comparison's totals,
 * and the inserted sheets' native charts as preview mode shows them. Each is one image to
 * assistive technology, named by a sentence saying what it shows, with axis titles, a legend
 * that repeats each series' colour and pattern (or line style and marker), and the exact values
 * always in a table beside it. Styling is by class and SVG presentation attributes only: the
 * pane's content security policy allows no style attributes.
 */
import { useId, type ReactNode } from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  CHART_FRAME,
  barOf,
  bandCentre,
  describeChart,
  fitLabel,
  formatTick,
  hasValues,
  niceScale,
  plotHeight,
  plotWidth,
  pointX,
  yOf,
  type ChartData,
  type Scale,
} from "./chartScale";

/** The frame every SVG chart of the pane shares: figure, caption, text, grid, axes and legend. */
export const CHART_FRAME_STYLES = {
  figure: {
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  caption: {
    fontWeight: tokens.fontWeightSemibold,
  },
  svg: {
    display: "block",
    width: "100%",
    maxWidth: "520px",
    height: "auto",
    overflow: "visible",
  },
  text: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: "10px",
    fill: tokens.colorNeutralForeground2,
  },
  title: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: "11px",
    fontWeight: tokens.fontWeightSemibold,
    fill: tokens.colorNeutralForeground1,
  },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: "1px" },
  axis: { stroke: tokens.colorNeutralForeground3, strokeWidth: "1px" },
  legend: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
  },
  legendItem: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
  },
  swatch: { flexShrink: 0 },
} as const;

const useStyles = makeStyles({
  ...CHART_FRAME_STYLES,
  empty: { color: tokens.colorNeutralForeground2 },
  // Office's chart colours, darkened to at least 3:1 against the white background.
  fill0: { fill: "#2f5597" },
  fill1: { fill: "#b84f0c" },
  fill2: { fill: "#467029" },
  fill3: { fill: "#7030a0" },
  stroke0: { stroke: "#2f5597", fill: "none", strokeWidth: "2px" },
  stroke1: { stroke: "#595959", fill: "none", strokeWidth: "2px" },
  stroke2: { stroke: "#b84f0c", fill: "none", strokeWidth: "2px" },
  stroke3: { stroke: "#467029", fill: "none", strokeWidth: "2px" },
  marker0: { fill: "#2f5597" },
  marker1: { fill: "#595959" },
  marker2: { fill: "#b84f0c" },
  marker3: { fill: "#467029" },
  patternLine: { stroke: "#ffffff", strokeWidth: "1.5px" },
  patternDot: { fill: "#ffffff" },
});

type Styles = ReturnType<typeof useStyles>;

const fillClass = (styles: Styles, s: number): string =>
  [styles.fill0, styles.fill1, styles.fill2, styles.fill3][s % 4] ?? styles.fill0;
const strokeClass = (styles: Styles, s: number): string =>
  [styles.stroke0, styles.stroke1, styles.stroke2, styles.stroke3][s % 4] ?? styles.stroke0;
const markerClass = (styles: Styles, s: number): string =>
  [styles.marker0, styles.marker1, styles.marker2, styles.marker3][s % 4] ?? styles.marker0;
/** Lines differ by dash as well as colour: solid, dashed, dotted, dash-dot. */
const DASHES = [undefined, "6 3", "2 3", "8 3 2 3"];

/** An id safe inside url(#…), from React's useId. */
export function useSvgId(): string {
  return `pp${useId().replace(/[^A-Za-z0-9_-]/g, "")}`;
}

/**
 * A fill that differs by pattern as well as colour, so bars can be told apart without colour:
 * solid, diagonal stripes, dots, cross-hatching.
 */
function PatternDef({ id, s, styles }: { id: string; s: number; styles: Styles }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" className={fillClass(styles, s)} />
      {s % 4 === 1 && <path d="M-1,7 L7,-1 M-1,1 L1,-1 M5,7 L7,5" className={styles.patternLine} />}
      {s % 4 === 2 && <circle cx="3" cy="3" r="1.2" className={styles.patternDot} />}
      {s % 4 === 3 && <path d="M0,3 H6 M3,0 V6" className={styles.patternLine} />}
    </pattern>
  );
}

/** The frame classes an axis draws with: every chart's styles hold them (CHART_FRAME_STYLES). */
type AxisStyles = Pick<Styles, "grid" | "axis" | "text" | "title">;

/**
 * The value axis: a grid line and label at each tick, the title turned along it. The zero line
 * is drawn as an axis where bars grow from it (`markZero`).
 */
export function ValueAxis({
  scale,
  title,
  styles,
  markZero = true,
}: {
  scale: Scale;
  title: string;
  styles: AxisStyles;
  markZero?: boolean;
}) {
  const f = CHART_FRAME;
  const middle = f.top + plotHeight(f) / 2;
  return (
    <g>
      {scale.ticks.map((t) => {
        const y = yOf(t, scale);
        return (
          <g key={t}>
            <line
              x1={f.left}
              x2={f.width - f.right}
              y1={y}
              y2={y}
              className={markZero && t === 0 ? styles.axis : styles.grid}
            />
            <text
              x={f.left - 5}
              y={y}
              textAnchor="end"
              dominantBaseline="middle"
              className={styles.text}
            >
              {formatTick(t)}
            </text>
          </g>
        );
      })}
      <text
        x={12}
        y={middle}
        textAnchor="middle"
        transform={`rotate(-90 12 ${middle})`}
        className={styles.title}
      >
        {title}
      </text>
    </g>
  );
}

function CategoryTitle({ title, styles }: { title: string; styles: Styles }) {
  const f = CHART_FRAME;
  return (
    <text
      x={f.left + plotWidth(f) / 2}
      y={f.height - 6}
      textAnchor="middle"
      className={styles.title}
    >
      {title}
    </text>
  );
}

/** Category labels under the axis, cut to fit their band; the table has them whole. */
function CategoryLabels({
  categories,
  at,
  styles,
}: {
  categories: readonly string[];
  at: (c: number) => number;
  styles: Styles;
}) {
  const f = CHART_FRAME;
  const room = Math.max(3, Math.floor(plotWidth(f) / Math.max(1, categories.length) / 5.5));
  return (
    <g>
      {categories.map((c, i) => (
        <text
          key={i}
          x={at(i)}
          y={f.top + plotHeight(f) + 14}
          textAnchor="middle"
          className={styles.text}
        >
          {fitLabel(c, room)}
        </text>
      ))}
    </g>
  );
}

interface ChartProps {
  readonly data: ChartData;
  /** The accessible name; by default a sentence from describeChart. */
  readonly summary?: string;
  /** Shown above the chart; defaults to the chart's title. */
  readonly caption?: string;
}

export function BarChart({ data, summary, caption }: ChartProps) {
  const styles = useStyles();
  const id = useSvgId();
  const scale = niceScale(
    data.series.flatMap((s) => s.values),
    "always"
  );
  const n = data.categories.length;
  const m = data.series.length;
  return (
    <ChartFigure kind="bar" id={id} data={data} summary={summary} caption={caption} styles={styles}>
      <defs>
        {data.series.map((_, si) => (
          <PatternDef key={si} id={`${id}-p${si}`} s={si} styles={styles} />
        ))}
      </defs>
      <ValueAxis scale={scale} title={data.valueTitle} styles={styles} />
      {data.series.map((s, si) =>
        s.values.map((v, ci) => {
          if (typeof v !== "number") return null;
          const bar = barOf(v, ci, n, si, m, scale);
          return (
            <rect
              key={`${si}-${ci}`}
              x={bar.x}
              y={bar.y}
              width={Math.max(0, bar.width)}
              height={Math.max(bar.height, 0.5)}
              fill={`url(#${id}-p${si})`}
            />
          );
        })
      )}
      {/* Where values are missing, say so rather than leave what looks like a zero. */}
      {data.categories.flatMap((_, ci) => {
        const missing = data.series.flatMap((s, si) =>
          typeof s.values[ci] === "number" ? [] : [si]
        );
        // One mark for a category with no values at all, else one over each missing bar.
        const xs =
          missing.length === m
            ? [bandCentre(ci, n)]
            : missing.map((si) => {
                const bar = barOf(0, ci, n, si, m, scale);
                return bar.x + bar.width / 2;
              });
        return xs.map((x, k) => (
          <text
            key={`missing-${ci}-${k}`}
            x={x}
            y={yOf(Math.min(Math.max(0, scale.min), scale.max), scale) - 4}
            textAnchor="middle"
            className={styles.text}
          >
            n/a
          </text>
        ));
      })}
      <CategoryLabels categories={data.categories} at={(c) => bandCentre(c, n)} styles={styles} />
    </ChartFigure>
  );
}

export function LineChart({ data, summary, caption }: ChartProps) {
  const styles = useStyles();
  const id = useSvgId();
  const f = CHART_FRAME;
  const scale = niceScale(
    data.series.flatMap((s) => s.values),
    "auto"
  );
  const n = data.categories.length;
  return (
    <ChartFigure
      kind="line"
      id={id}
      data={data}
      summary={summary}
      caption={caption}
      styles={styles}
    >
      <ValueAxis scale={scale} title={data.valueTitle} styles={styles} />
      <line
        x1={f.left}
        x2={f.width - f.right}
        y1={f.top + plotHeight(f)}
        y2={f.top + plotHeight(f)}
        className={styles.axis}
      />
      {data.series.map((s, si) => (
        <g key={si}>
          <path
            d={linePath(s.values, n, scale)}
            className={strokeClass(styles, si)}
            strokeDasharray={DASHES[si % 4]}
          />
          {s.values.map((v, ci) =>
            typeof v === "number" ? (
              <Marker
                key={ci}
                shape={si}
                x={pointX(ci, n)}
                y={yOf(v, scale)}
                className={markerClass(styles, si)}
              />
            ) : null
          )}
        </g>
      ))}
      <CategoryLabels categories={data.categories} at={(c) => pointX(c, n)} styles={styles} />
    </ChartFigure>
  );
}

/**
 * What every chart shares: the caption, the svg with its accessible name (or a line saying there
 * is nothing to chart yet), the category axis title and the legend.
 */
function ChartFigure({
  kind,
  id,
  data,
  summary,
  caption,
  styles,
  children,
}: ChartProps & {
  readonly kind: "bar" | "line";
  readonly id: string;
  readonly styles: ReturnType<typeof useStyles>;
  readonly children: ReactNode;
}) {
  const f = CHART_FRAME;
  return (
    <figure className={styles.figure}>
      <Text as="p" block className={styles.caption}>
        {caption ?? data.title}
      </Text>
      {!hasValues(data) ? (
        <Text as="p" block className={styles.empty}>
          No values to chart yet.
        </Text>
      ) : (
        <svg
          viewBox={`0 0 ${f.width} ${f.height}`}
          role="img"
          aria-label={summary ?? describeChart(kind, data)}
          className={styles.svg}
          focusable="false"
        >
          {children}
          <CategoryTitle title={data.categoryTitle} styles={styles} />
        </svg>
      )}
      <Legend id={id} data={data} kind={kind} styles={styles} />
    </figure>
  );
}

/** The path through a line's points, broken where a value is missing. */
function linePath(values: readonly (number | null)[], n: number, scale: Scale): string {
  let d = "";
  let pen = false;
  values.forEach((v, i) => {
    if (typeof v !== "number") {
      pen = false;
      return;
    }
    d += `${pen ? "L" : "M"}${pointX(i, n).toFixed(2)},${yOf(v, scale).toFixed(2)} `;
    pen = true;
  });
  return d.trim();
}

/** Markers differ by shape: circle, square, triangle, diamond. */
function Marker({
  shape,
  x,
  y,
  className,
}: {
  shape: number;
  x: number;
  y: number;
  className: string;
}) {
  const r = 3.5;
  switch (shape % 4) {
    case 1:
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} className={className} />;
    case 2:
      return (
        <path
          d={`M${x},${y - r - 1} L${x + r + 1},${y + r} L${x - r - 1},${y + r} Z`}
          className={className}
        />
      );
    case 3:
      return (
        <path
          d={`M${x},${y - r - 1} L${x + r + 1},${y} L${x},${y + r + 1} L${x - r - 1},${y} Z`}
          className={className}
        />
      );
    default:
      return <circle cx={x} cy={y} r={r} className={className} />;
  }
}

/** The series' names beside their swatch (bars) or line sample (lines), in the page's text. */
function Legend({
  id,
  data,
  kind,
  styles,
}: {
  id: string;
  data: ChartData;
  kind: "bar" | "line";
  styles: Styles;
}) {
  return (
    <ul className={styles.legend} aria-label={`Legend: ${data.title}`}>
      {data.series.map((s, si) => (
        <li key={si} className={styles.legendItem}>
          <svg
            width="26"
            height="12"
            viewBox="0 0 26 12"
            aria-hidden="true"
            className={styles.swatch}
          >
            {kind === "bar" ? (
              <>
                {/* The legend's own pattern, so it does not depend on the chart being drawn. */}
                <defs>
                  <PatternDef id={`${id}-l${si}`} s={si} styles={styles} />
                </defs>
                <rect x="4" y="0" width="18" height="12" fill={`url(#${id}-l${si})`} />
              </>
            ) : (
              <>
                <path
                  d="M0,6 H26"
                  className={strokeClass(styles, si)}
                  strokeDasharray={DASHES[si % 4]}
                />
                <Marker shape={si} x={13} y={6} className={markerClass(styles, si)} />
              </>
            )}
          </svg>
          <span>{s.name}</span>
        </li>
      ))}
    </ul>
  );
}
