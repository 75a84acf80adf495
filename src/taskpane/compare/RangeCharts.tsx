/**
 * The two charts of "Ranges, not points", drawn in the same SVG frame as the pane's other charts:
 * a band chart (each scenario's P10 to P90 of total staff in post by year, its P50 as a line) and
 * a tornado chart (horizontal bars: the change in the yearly intake with each assumption at its
 * low and its high). Scenarios and ends differ by pattern and dash as well as colour; each chart
 * is one image named by a sentence, with a legend in the page's text and its values in a table
 * beside it. Classes and SVG presentation attributes only: the content security policy allows no
 * style attributes.
 */
import { Text, makeStyles } from "@fluentui/react-components";
import { CHART_FRAME_STYLES, useSvgId, ValueAxis } from "../shared/Charts";
import {
  CHART_FRAME,
  fitLabel,
  formatTick,
  formatValue,
  listOf,
  niceScale,
  plotHeight,
  plotWidth,
  pointX,
  yOf,
} from "../shared/chartScale";

const useStyles = makeStyles({
  ...CHART_FRAME_STYLES,
  // Office's chart colours, darkened to at least 3:1 against white; bands are lighter fills.
  // A band's outline class sets no fill, so its fill="url(#hatch)" attribute applies.
  band0: { fill: "#2f5597", fillOpacity: 0.2 },
  edge0: { stroke: "#2f5597", strokeWidth: "1px" },
  band1: { fill: "#b84f0c", fillOpacity: 0.2 },
  edge1: { stroke: "#b84f0c", strokeWidth: "1px" },
  band2: { fill: "#467029", fillOpacity: 0.2 },
  edge2: { stroke: "#467029", strokeWidth: "1px" },
  band3: { fill: "#7030a0", fillOpacity: 0.2 },
  edge3: { stroke: "#7030a0", strokeWidth: "1px" },
  line0: { stroke: "#2f5597", fill: "none", strokeWidth: "2px" },
  line1: { stroke: "#b84f0c", fill: "none", strokeWidth: "2px" },
  line2: { stroke: "#467029", fill: "none", strokeWidth: "2px" },
  line3: { stroke: "#7030a0", fill: "none", strokeWidth: "2px" },
  hatch0: { stroke: "#2f5597", strokeWidth: "1px" },
  hatch1: { stroke: "#b84f0c", strokeWidth: "1px" },
  hatch2: { stroke: "#467029", strokeWidth: "1px" },
  hatch3: { stroke: "#7030a0", strokeWidth: "1px" },
  low: { fill: "#2f5597" },
  high: { fill: "#b84f0c" },
  stripe: { stroke: "#ffffff", strokeWidth: "1.5px" },
});

type Styles = ReturnType<typeof useStyles>;
const pick = (list: readonly string[], i: number): string => list[i % list.length] ?? "";
/** The P50 lines differ by dash as well as colour: solid, dashed, dotted, dash-dot. */
const DASHES = [undefined, "6 3", "2 3", "8 3 2 3"];
/** Band hatching differs by direction: none, diagonal, back-diagonal, horizontal. */
const HATCHES = ["", "M-1,7 L7,-1", "M-1,-1 L7,7", "M0,3 H6"];

export interface BandSeries {
  readonly name: string;
  readonly p10: readonly number[];
  readonly p50: readonly number[];
  readonly p90: readonly number[];
}

/** A sentence for screen readers: each scenario's range in its last year. */
export function describeBands(series: readonly BandSeries[]): string {
  const parts = series.map((s) => {
    const k = s.p50.length - 1;
    return `${s.name}: in year ${k}, between ${formatValue(s.p10[k] ?? 0)} and ${formatValue(
      s.p90[k] ?? 0
    )}, middle ${formatValue(s.p50[k] ?? 0)}.`;
  });
  return `Band chart: total staff in post by year (WTE), the 10th to 90th percentile for ${listOf(
    series.map((s) => s.name)
  )}, with the middle case as a line. ${parts.join(" ")}`;
}

function HatchDef({ id, s, styles }: { id: string; s: number; styles: Styles }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
      <rect
        width="6"
        height="6"
        className={pick([styles.band0, styles.band1, styles.band2, styles.band3], s)}
      />
      {s % 4 !== 0 && (
        <path
          d={HATCHES[s % 4]}
          className={pick([styles.hatch0, styles.hatch1, styles.hatch2, styles.hatch3], s)}
        />
      )}
    </pattern>
  );
}

export function BandChart({ series, title }: { series: readonly BandSeries[]; title: string }) {
  const styles = useStyles();
  const id = useSvgId();
  const f = CHART_FRAME;
  const years = Math.max(0, ...series.map((s) => s.p50.length - 1));
  const scale = niceScale(
    series.flatMap((s) => [...s.p10, ...s.p90]),
    "never"
  );
  const x = (k: number): number => pointX(k, years + 1);
  const bandClass = (i: number): string =>
    pick([styles.edge0, styles.edge1, styles.edge2, styles.edge3], i);
  const lineClass = (i: number): string =>
    pick([styles.line0, styles.line1, styles.line2, styles.line3], i);
  return (
    <figure className={styles.figure}>
      <Text as="p" block className={styles.caption}>
        {title}
      </Text>
      <svg
        viewBox={`0 0 ${f.width} ${f.height}`}
        role="img"
        aria-label={describeBands(series)}
        className={styles.svg}
        focusable="false"
      >
        <defs>
          {series.map((_, i) => (
            <HatchDef key={i} id={`${id}-h${i}`} s={i} styles={styles} />
          ))}
        </defs>
        <ValueAxis scale={scale} title="WTE" styles={styles} markZero={false} />
        <line
          x1={f.left}
          x2={f.width - f.right}
          y1={f.top + plotHeight(f)}
          y2={f.top + plotHeight(f)}
          className={styles.axis}
        />
        {series.map((s, i) => {
          const upper = s.p90.map((v, k) => `${x(k).toFixed(2)},${yOf(v, scale).toFixed(2)}`);
          const lower = s.p10
            .map((v, k) => `${x(k).toFixed(2)},${yOf(v, scale).toFixed(2)}`)
            .reverse();
          const middle = s.p50.map(
            (v, k) => `${k === 0 ? "M" : "L"}${x(k).toFixed(2)},${yOf(v, scale).toFixed(2)}`
          );
          return (
            <g key={i}>
              <polygon
                points={[...upper, ...lower].join(" ")}
                fill={`url(#${id}-h${i})`}
                className={bandClass(i)}
              />
              <path d={middle.join(" ")} className={lineClass(i)} strokeDasharray={DASHES[i % 4]} />
            </g>
          );
        })}
        {Array.from({ length: years + 1 }, (_, k) => (
          <text
            key={k}
            x={x(k)}
            y={f.top + plotHeight(f) + 14}
            textAnchor="middle"
            className={styles.text}
          >
            {k}
          </text>
        ))}
        <text
          x={f.left + plotWidth(f) / 2}
          y={f.height - 6}
          textAnchor="middle"
          className={styles.title}
        >
          Year
        </text>
      </svg>
      <ul className={styles.legend} aria-label={`Legend: ${title}`}>
        {series.map((s, i) => (
          <li key={i} className={styles.legendItem}>
            <svg
              width="30"
              height="14"
              viewBox="0 0 30 14"
              aria-hidden="true"
              className={styles.swatch}
            >
              <defs>
                <HatchDef id={`${id}-l${i}`} s={i} styles={styles} />
              </defs>
              <rect
                x="1"
                y="1"
                width="28"
                height="12"
                fill={`url(#${id}-l${i})`}
                className={bandClass(i)}
              />
              <path d="M1,7 H29" className={lineClass(i)} strokeDasharray={DASHES[i % 4]} />
            </svg>
            <span>{s.name}: P10 to P90 band, P50 line</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

export interface TornadoRow {
  readonly name: string;
  /** Change from the base at the assumption's low and at its high; null when not computable. */
  readonly atLow: number | null;
  readonly atHigh: number | null;
}

export function describeTornado(rows: readonly TornadoRow[], base: number, unit: string): string {
  const parts = rows.map((r) => {
    const lo = r.atLow === null ? "n/a" : signed(r.atLow);
    const hi = r.atHigh === null ? "n/a" : signed(r.atHigh);
    return `${r.name}: ${lo} at its low, ${hi} at its high.`;
  });
  return `Tornado chart: change in ${unit} from ${formatValue(base)} with each assumption at its low and its high, largest effect first. ${parts.join(" ")}`;
}

const signed = (v: number): string =>
  `${v > 0 ? "+" : v < 0 ? "−" : ""}${formatValue(Math.abs(v))}`;

/** Horizontal bars from 0: one band per assumption, its low end solid and its high end striped. */
export function TornadoChart({
  rows,
  base,
  title,
  unit,
}: {
  rows: readonly TornadoRow[];
  base: number;
  title: string;
  unit: string;
}) {
  const styles = useStyles();
  const id = useSvgId();
  const f = { ...CHART_FRAME, left: 88, bottom: 40 };
  const scale = niceScale(
    rows.flatMap((r) => [r.atLow, r.atHigh]),
    "always",
    4
  );
  const span = scale.max - scale.min || 1;
  const xOf = (v: number): number =>
    f.left + ((v - scale.min) / span) * (f.width - f.left - f.right);
  const band = (f.height - f.top - f.bottom) / Math.max(1, rows.length);
  const barH = Math.min(14, band * 0.35);
  const zero = xOf(0);
  return (
    <figure className={styles.figure}>
      <Text as="p" block className={styles.caption}>
        {title}
      </Text>
      <svg
        viewBox={`0 0 ${f.width} ${f.height}`}
        role="img"
        aria-label={describeTornado(rows, base, unit)}
        className={styles.svg}
        focusable="false"
      >
        <defs>
          <pattern id={`${id}-hi`} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" className={styles.high} />
            <path d="M-1,7 L7,-1 M-1,1 L1,-1 M5,7 L7,5" className={styles.stripe} />
          </pattern>
        </defs>
        {scale.ticks.map((t) => (
          <g key={t}>
            <line
              x1={xOf(t)}
              x2={xOf(t)}
              y1={f.top}
              y2={f.height - f.bottom}
              className={t === 0 ? styles.axis : styles.grid}
            />
            <text
              x={xOf(t)}
              y={f.height - f.bottom + 12}
              textAnchor="middle"
              className={styles.text}
            >
              {formatTick(t)}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const top = f.top + i * band + band / 2;
          const bar = (v: number | null, y: number, fill: string, className?: string) =>
            v === null ? null : (
              <rect
                x={Math.min(zero, xOf(v))}
                y={y}
                width={Math.max(0.5, Math.abs(xOf(v) - zero))}
                height={barH}
                fill={fill}
                className={className}
              />
            );
          return (
            <g key={r.name}>
              <text
                x={f.left - 5}
                y={top}
                textAnchor="end"
                dominantBaseline="middle"
                className={styles.text}
              >
                {fitLabel(r.name, 16)}
              </text>
              {bar(r.atLow, top - barH - 1, "#2f5597", styles.low)}
              {bar(r.atHigh, top + 1, `url(#${id}-hi)`)}
            </g>
          );
        })}
        <text
          x={f.left + (f.width - f.left - f.right) / 2}
          y={f.height - 6}
          textAnchor="middle"
          className={styles.title}
        >
          {`Change in ${unit} (WTE)`}
        </text>
      </svg>
      <ul className={styles.legend} aria-label={`Legend: ${title}`}>
        <li className={styles.legendItem}>
          <svg
            width="26"
            height="12"
            viewBox="0 0 26 12"
            aria-hidden="true"
            className={styles.swatch}
          >
            <rect x="4" y="0" width="18" height="12" className={styles.low} />
          </svg>
          <span>Assumption at its low (solid)</span>
        </li>
        <li className={styles.legendItem}>
          <svg
            width="26"
            height="12"
            viewBox="0 0 26 12"
            aria-hidden="true"
            className={styles.swatch}
          >
            <defs>
              <pattern id={`${id}-lh`} width="6" height="6" patternUnits="userSpaceOnUse">
                <rect width="6" height="6" className={styles.high} />
                <path d="M-1,7 L7,-1 M-1,1 L1,-1 M5,7 L7,5" className={styles.stripe} />
              </pattern>
            </defs>
            <rect x="4" y="0" width="18" height="12" fill={`url(#${id}-lh)`} />
          </svg>
          <span>At its high (striped)</span>
        </li>
      </ul>
    </figure>
  );
}
