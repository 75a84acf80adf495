/**
 * The SVG charts' arithmetic: round ticks that cover the values (with 0 for bars, and for lines
 * as Excel decides), bars that grow from 0 in their cluster, labels cut to fit, and the sentence
 * that names each chart for screen readers.
 */
import {
  CHART_FRAME,
  barOf,
  describeChart,
  fitLabel,
  hasValues,
  listOf,
  niceScale,
  plotHeight,
  plotWidth,
  pointX,
  yOf,
  type ChartData,
} from "../../../src/taskpane/shared/chartScale";

describe("niceScale", () => {
  it("covers the values with round steps, from 0 for bars", () => {
    expect(niceScale([147.2, 21.2, 25.5])).toEqual({
      min: 0,
      max: 150,
      step: 50,
      ticks: [0, 50, 100, 150],
    });
    expect(niceScale([8140, 2500]).ticks).toEqual([0, 2000, 4000, 6000, 8000, 10000]);
    expect(niceScale([0.3]).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it("goes below 0 for a surplus (a negative gap)", () => {
    const scale = niceScale([120, -15]);
    expect(scale.min).toBeLessThanOrEqual(-15);
    expect(scale.max).toBeGreaterThanOrEqual(120);
    expect(scale.ticks).toContain(0);
  });

  it("ignores missing values, and shows 0 to 1 when there are none", () => {
    expect(niceScale([null, 40, null]).max).toBe(40);
    expect(niceScale([]).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceScale([null]).max).toBe(1);
  });

  it("for lines, starts at 0 unless every value is in the top sixth, as Excel does", () => {
    expect(niceScale([120, 147.2], "auto").min).toBe(0);
    const close = niceScale([950, 1000], "auto");
    expect(close.min).toBeGreaterThan(0);
    expect(close.min).toBeLessThanOrEqual(950);
    expect(niceScale([120, 120], "auto").ticks.length).toBeGreaterThan(1);
  });

  it("always gives more than one tick, each a whole number of steps", () => {
    for (const values of [[0], [5], [-5], [0.001, 0.002], [1e6, 2e6], [-3, 7]]) {
      const scale = niceScale(values);
      expect(scale.ticks.length).toBeGreaterThan(1);
      expect(scale.ticks[0]).toBe(scale.min);
      expect(scale.ticks[scale.ticks.length - 1]).toBe(scale.max);
      for (const v of values) {
        expect(v).toBeGreaterThanOrEqual(scale.min);
        expect(v).toBeLessThanOrEqual(scale.max);
      }
    }
  });
});

describe("where bars and points sit", () => {
  const scale = niceScale([150, -50]);

  it("puts the scale's top and bottom at the plot's edges", () => {
    expect(yOf(scale.max, scale)).toBe(CHART_FRAME.top);
    expect(yOf(scale.min, scale)).toBe(CHART_FRAME.top + plotHeight(CHART_FRAME));
  });

  it("grows bars up from 0 for positive values and down for negative ones", () => {
    const zero = yOf(0, scale);
    const up = barOf(100, 0, 3, 0, 3, scale);
    expect(up.y + up.height).toBeCloseTo(zero);
    expect(up.height).toBeCloseTo(zero - yOf(100, scale));
    const down = barOf(-50, 0, 3, 1, 3, scale);
    expect(down.y).toBeCloseTo(zero);
    expect(down.height).toBeCloseTo(yOf(-50, scale) - zero);
  });

  it("keeps a category's bars side by side within its band, clusters apart", () => {
    const bars = [0, 1, 2].map((s) => barOf(10, 1, 3, s, 3, scale));
    const band = plotWidth(CHART_FRAME) / 3;
    const left = CHART_FRAME.left + band;
    for (const [i, bar] of bars.entries()) {
      expect(bar.x).toBeGreaterThanOrEqual(left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(left + band);
      const next = bars[i + 1];
      if (next) expect(bar.x + bar.width).toBeLessThanOrEqual(next.x);
    }
  });

  it("spreads a line's points from edge to edge", () => {
    expect(pointX(0, 5)).toBe(CHART_FRAME.left);
    expect(pointX(4, 5)).toBe(CHART_FRAME.width - CHART_FRAME.right);
    expect(pointX(0, 1)).toBe(CHART_FRAME.left + plotWidth(CHART_FRAME) / 2);
  });
});

describe("labels", () => {
  it("cuts a long label with an ellipsis and leaves a short one", () => {
    expect(fitLabel("Central", 10)).toBe("Central");
    expect(fitLabel("High demand with backlog", 10)).toBe("High dema…");
    expect(fitLabel("Regional plan", 1)).toBe("…");
    expect([...fitLabel("Ünïcödé names ✓✓✓", 8)]).toHaveLength(8);
  });

  it("lists names as a sentence does", () => {
    expect(listOf([])).toBe("");
    expect(listOf(["a"])).toBe("a");
    expect(listOf(["a", "b"])).toBe("a and b");
    expect(listOf(["a", "b", "c"])).toBe("a, b and c");
  });
});

describe("describeChart", () => {
  const bars: ChartData = {
    title: "Totals by scenario",
    categoryTitle: "Scenario",
    valueTitle: "WTE",
    categories: ["Central", "High", "Low"],
    series: [
      { name: "Target", values: [147.2, 149.92, null] },
      { name: "Gap", values: [null, null, null] },
    ],
  };

  it("names a column chart by its series and each one's highest value", () => {
    expect(describeChart("bar", bars)).toBe(
      "Column chart: Totals by scenario, Target and Gap for Central, High and Low (WTE). " +
        "Highest Target: High, 149.9. Gap: no values."
    );
  });

  it("names a line chart by where each line starts and ends", () => {
    const lines: ChartData = {
      title: "Plan",
      categoryTitle: "Year",
      valueTitle: "WTE",
      categories: ["Year 0", "Year 1", "Year 2"],
      series: [
        { name: "Plan", values: [100, 110, 120] },
        { name: "Baseline", values: [100, 100, 100] },
      ],
    };
    expect(describeChart("line", lines)).toBe(
      "Line chart: Plan (WTE), Year 0 to Year 2. Plan goes from 100.0 to 120.0. " +
        "Baseline stays at 100.0."
    );
  });

  it("says when there is nothing to show", () => {
    const empty = { ...bars, series: [{ name: "Target", values: [null, null, null] }] };
    expect(hasValues(empty)).toBe(false);
    expect(describeChart("bar", empty)).toBe("Totals by scenario: no values to show yet.");
  });
});
