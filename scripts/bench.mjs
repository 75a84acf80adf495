/**
 * `npm run bench`: measures the production functions bundle, loaded the way Excel loads it, against
 * plain baselines in the same run, and prints ratios. Machines here are noisy, so each case runs in
 * interleaved rounds and the median of each side is compared; no absolute time is asserted.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const bundlePath = path.join(root, "dist/functions.js");

if (!existsSync(bundlePath) || process.argv.includes("--build")) {
  console.log("Building the production bundle…");
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    }
  );
}

/** Loads dist/functions.js with a CustomFunctions global, as Excel's runtime does. */
function loadFunctions() {
  const registered = new Map();
  class CfError {
    constructor(code, message) {
      this.code = code;
      this.message = message;
    }
  }
  const CustomFunctions = {
    Error: CfError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    associate: (id, fn) => registered.set(id, fn),
  };
  // Excel hands the functions arrays made in their own realm, so the bundle runs in this one.
  globalThis.CustomFunctions = CustomFunctions;
  vm.runInThisContext(readFileSync(bundlePath, "utf8"), { filename: "functions.js" });
  return registered;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Runs baseline and candidate alternately and returns both medians in milliseconds. */
function compare(baseline, candidate, rounds) {
  for (let i = 0; i < 3; i++) {
    baseline();
    candidate();
  }
  const times = { baseline: [], candidate: [] };
  for (let i = 0; i < rounds; i++) {
    for (const [name, fn] of i % 2
      ? [
          ["candidate", candidate],
          ["baseline", baseline],
        ]
      : [
          ["baseline", baseline],
          ["candidate", candidate],
        ]) {
      // Both sides allocate their results; collecting garbage first keeps one side from paying
      // for the other's.
      globalThis.gc?.();
      const start = process.hrtime.bigint();
      fn();
      times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return { baseline: median(times.baseline), candidate: median(times.candidate) };
}

const fns = loadFunctions();
const results = [];

// Each case runs in a function of its own so that its data can be collected once it is done. In
// this module (it awaits at the top level) values left in top-level blocks stay reachable, and the
// hundreds of MB of earlier cases made every young-generation collection in later ones slower.

// PP.GAP over 1,000,000 cells (1000 x 1000) against a plain subtraction loop over the same arrays.
(function benchGap() {
  const N = 1000;
  const targets = [];
  const inPost = [];
  for (let r = 0; r < N; r++) {
    const t = new Array(N);
    const p = new Array(N);
    for (let c = 0; c < N; c++) {
      t[c] = 100 + ((r * 7 + c) % 50);
      p[c] = (r + c * 3) % 90;
    }
    targets.push(t);
    inPost.push(p);
  }
  const gap = fns.get("GAP");
  const plain = () => {
    const out = new Array(N);
    for (let r = 0; r < N; r++) {
      const t = targets[r];
      const p = inPost[r];
      const o = new Array(N);
      for (let c = 0; c < N; c++) o[c] = t[c] - p[c];
      out[r] = o;
    }
    return out;
  };
  const check = gap(targets, inPost, null, null);
  if (check[999][999] !== targets[999][999] - inPost[999][999]) throw new Error("PP.GAP disagrees");
  const m = compare(plain, () => gap(targets, inPost, null, null), 21);
  results.push({
    case: "PP.GAP, 1,000,000 cells",
    against: "plain subtraction loop",
    ...m,
    goal: 1.3,
  });
})();

// 100,000 scalar PP.LTP calls against a bare Map lookup of the same area and group.
(function benchLtpCalls() {
  const CALLS = 100_000;
  const pairs = [
    ["Perinatal", "Psychologists"],
    ["CYP", "Psychologists"],
    ["CYP", "Therapists"],
    ["IAPT", "Therapists"],
    ["NHS Talking Therapies", "Therapists"],
    ["SMHP", "Psychologists"],
    ["SMHP", "Therapists"],
    ["Inpatient", "Psychologists"],
    ["Gambling", "Psychologists"],
    ["MHST", "EMHP"],
    ["Total", "Psychologists"],
    ["cyp", "psychologists"],
  ];
  const ltp = fns.get("LTP");
  const map = new Map(pairs.map(([a, g]) => [`${a}|${g}`, ltp([[a]], [[g]])[0][0]]));
  const keys = Array.from({ length: CALLS }, (_, i) => pairs[i % pairs.length].join("|"));
  const areaArgs = Array.from({ length: CALLS }, (_, i) => [[pairs[i % pairs.length][0]]]);
  const groupArgs = Array.from({ length: CALLS }, (_, i) => [[pairs[i % pairs.length][1]]]);
  let sink = 0;
  const bare = () => {
    let s = 0;
    for (let i = 0; i < CALLS; i++) s += map.get(keys[i]);
    sink += s;
  };
  const viaFunction = () => {
    let s = 0;
    for (let i = 0; i < CALLS; i++) s += ltp(areaArgs[i], groupArgs[i])[0][0];
    sink += s;
  };
  const m = compare(bare, viaFunction, 31);
  if (!Number.isFinite(sink)) throw new Error("PP.LTP returned a non-number");
  results.push({
    case: "PP.LTP, 100,000 scalar calls",
    against: "bare Map lookup",
    ...m,
    goal: 3,
  });
})();

// Name lookups over a whole column (1,048,576 rows, A:A) of numbers and of distinct unknown texts,
// per cell against the same lookup over a column of known names.
const WHOLE_COLUMN = 1_048_576;
const wholeColumn = (cell) => {
  const out = new Array(WHOLE_COLUMN);
  for (let r = 0; r < WHOLE_COLUMN; r++) out[r] = [cell(r)];
  return out;
};
(function benchWholeColumns() {
  const ltp = fns.get("LTP");
  const AREAS = ["CYP", "IAPT", "Perinatal", "NHS Talking Therapies", "Total", "SMHP"];
  const known = wholeColumn((r) => AREAS[r % AREAS.length]);
  const numbers = wholeColumn((r) => 1 + (r % 997));
  const unknown = wholeColumn((r) => `Area ${r}`);
  if (typeof ltp(known)[5][0] !== "number") throw new Error("PP.LTP misread a known name");
  if (ltp(numbers)[7][0]?.code !== "#N/A" || ltp(unknown)[7][0]?.code !== "#N/A") {
    throw new Error("PP.LTP accepted a number or an unknown name");
  }
  const byKnown = () => ltp(known);
  for (const [label, column, goal] of [
    ["numbers", numbers, 3],
    ["distinct unknown texts", unknown, 20],
  ]) {
    const m = compare(byKnown, () => ltp(column), 5);
    results.push({
      case: `PP.LTP, A:A of ${label}`,
      against: "A:A of known names",
      ...m,
      goal,
    });
  }
})();

console.log("\nPP functions, measured in one run (median of interleaved rounds):\n");
for (const r of results) {
  const ratio = r.candidate / r.baseline;
  console.log(
    `${r.case.padEnd(40)} ${r.candidate.toFixed(2).padStart(8)} ms vs ${r.baseline.toFixed(2).padStart(8)} ms (${r.against})` +
      `  ratio ${ratio.toFixed(2)}x  goal <= ${r.goal}x  ${ratio <= r.goal ? "met" : "NOT MET"}`
  );
}

// Memory for a whole column of blank names: every cell is the same #N/A, so the spill should cost
// little more than the rows themselves. Measured as heap used just after the call (garbage
// included, so an upper bound on the peak) and once collected, against a plain 1,048,576-row
// array that holds one shared value per row.
(function benchBlankColumnMemory() {
  const ltp = fns.get("LTP");
  const blanks = wholeColumn(() => null);
  const heapAfter = (make) => {
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    const kept = make();
    const peak = process.memoryUsage().heapUsed - before;
    globalThis.gc?.();
    const retained = process.memoryUsage().heapUsed - before;
    if (kept.length !== WHOLE_COLUMN) throw new Error("wrong spill height");
    return { peak, retained };
  };
  const shared = {};
  const plain = heapAfter(() => wholeColumn(() => shared));
  const spill = heapAfter(() => ltp(blanks));
  const mb = (bytes) => `${(bytes / 1048576).toFixed(0)} MB`;
  console.log(
    `\nPP.LTP over A:A of blank names: heap used +${mb(spill.peak)} just after the call, ` +
      `${mb(spill.retained)} kept for the result; a plain ${WHOLE_COLUMN.toLocaleString("en-GB")}-row ` +
      `array: +${mb(plain.peak)}, ${mb(plain.retained)} kept (ratio ${(spill.peak / plain.peak).toFixed(2)}x just after the call)` +
      (globalThis.gc ? "" : " (run with --expose-gc for steady figures)")
  );
})();

// The range functions over a 1,000-row plan against PP.SUPPLY on the same rows: the cost of
// giving attrition (and completion) as 80% ranges instead of single values. Measured before the
// task pane's cases, whose browser driver stays in this process: a heap grown by it makes each
// collection after the forced one dearer, and only the side that allocates more pays for that.
(function benchRanges() {
  const ROWS = 1000;
  const column = (f) => Array.from({ length: ROWS }, (_, r) => [f(r)]);
  const inPost = column((r) => 40 + (r % 97) * 3);
  const intake = column((r) => 5 + (r % 13));
  const target = column((r) => 60 + (r % 97) * 3.5);
  const attrition = column((r) => 0.1 + (r % 11) / 100);
  const attritionLow = column((r) => 0.06 + (r % 11) / 100);
  const attritionHigh = column((r) => 0.14 + (r % 11) / 100);
  const completionLow = [[0.7]];
  const completionHigh = [[0.9]];
  const supply = fns.get("SUPPLY");
  const baseline = () => supply(inPost, intake, attrition, null);
  const cases = [
    [
      "PP.SUPPLYRANGE, attrition range",
      () => fns.get("SUPPLYRANGE")(inPost, intake, attritionLow, attritionHigh, null, null, null),
    ],
    [
      "PP.SUPPLYRANGE, both ranges",
      () =>
        fns.get("SUPPLYRANGE")(inPost, intake, attritionLow, attritionHigh, null, completionLow, completionHigh), // prettier-ignore
    ],
    [
      "PP.INTAKECONFIDENT, both ranges",
      () =>
        fns.get("INTAKECONFIDENT")(target, inPost, attritionLow, attritionHigh, null, completionLow, completionHigh, null), // prettier-ignore
    ],
    [
      "PP.CHANCE, both ranges",
      () =>
        fns.get("CHANCE")(target, inPost, intake, attritionLow, attritionHigh, null, completionLow, completionHigh), // prettier-ignore
    ],
  ];
  const check = cases[1][1]();
  if (check.length !== 3 * ROWS || typeof check[0][4] !== "number") {
    throw new Error("PP.SUPPLYRANGE did not give three rows of numbers per row");
  }
  console.log(`\nRange functions over a ${ROWS.toLocaleString("en-GB")}-row plan, against PP.SUPPLY on the same rows:\n`); // prettier-ignore
  for (const [name, candidate] of cases) {
    // PP.SUPPLY takes about 0.2 ms: more rounds than the larger cases, for a steady median.
    const m = compare(baseline, candidate, 41);
    const ratio = m.candidate / m.baseline;
    console.log(
      `${name.padEnd(34)} ${m.candidate.toFixed(2).padStart(8)} ms vs ${m.baseline.toFixed(2).padStart(8)} ms` +
        `  ratio ${ratio.toFixed(1)}x  goal <= 50x  ${ratio <= 50 ? "met" : "NOT MET"}`
    );
  }
})();

const bundle = readFileSync(bundlePath);
console.log(
  `\nProduction functions.js: ${(bundle.length / 1024).toFixed(1)} KiB minified, ` +
    `${(gzipSync(bundle).length / 1024).toFixed(1)} KiB gzipped`
);

// The task pane: its weight and its time to first render in Chromium against a blank page.
await (async function benchTaskPane() {
  const {
    benchPane,
    benchRegistration,
    buildStackFloor,
    paneWeight,
    PANE_GOALS,
    REGISTRATION_GOAL,
  } = await import("./bench-pane.mjs");
  const dist = path.join(root, "dist");
  const weight = paneWeight(dist);
  const kib = (bytes) => (bytes / 1024).toFixed(1);
  const verdict = (met) => (met ? "met" : "NOT MET");
  console.log(
    `\nProduction task pane page scripts (${weight.scripts.join(", ")}): ` +
      `${kib(weight.minified)} KiB minified, ${kib(weight.gzipped)} KiB gzipped  ` +
      `goal < ${PANE_GOALS.gzippedKiB} KiB  ${verdict(weight.gzipped / 1024 < PANE_GOALS.gzippedKiB)}`
  );
  const chromiumPath = process.env.PP_CHROMIUM || "/usr/bin/chromium";
  if (!existsSync(chromiumPath)) {
    console.log(`Task pane first render: not measured, no Chromium at ${chromiumPath}.`);
  } else {
    const floorDir = await buildStackFloor(dist);
    const r = await benchPane({ dist, chromiumPath, floorDir });
    const before = r.beforeFirstRender;
    console.log(
      `Task pane scripts loaded before first render (${before.scripts.join(", ")}): ` +
        `${kib(before.minified)} KiB minified, ${kib(before.gzipped)} KiB gzipped  ` +
        `goal < ${PANE_GOALS.gzippedKiB} KiB  ${verdict(before.gzipped / 1024 < PANE_GOALS.gzippedKiB)}`
    );
    const ratio = r.pane / r.blank;
    console.log(
      `Task pane first render in Chromium (preview mode, median of ${r.rounds} interleaved rounds): ` +
        `${r.pane.toFixed(0)} ms vs ${r.blank.toFixed(0)} ms for a blank page, ` +
        `ratio ${ratio.toFixed(2)}x  goal <= ${PANE_GOALS.ratio}x  ${verdict(ratio <= PANE_GOALS.ratio)}`
    );
    // The same measures for the least a pane on this stack can be (tests/bench/stackFloor.tsx):
    // a goal below the floor cannot be met by the pane's own code.
    const floor = r.floorBeforeFirstRender;
    console.log(
      `  Floor of the stack (React and Fluent UI: provider, tabs, a box and a button, after functions.js), same run: ` +
        `${kib(floor.gzipped)} KiB gzipped before first render, first render ${r.floor.toFixed(0)} ms, ` +
        `ratio ${(r.floor / r.blank).toFixed(2)}x to the blank page; the pane is ` +
        `${(before.gzipped / floor.gzipped).toFixed(2)}x the floor's weight and ${(r.pane / r.floor).toFixed(2)}x its time`
    );
    const officeJsDir = path.join(root, "node_modules/@microsoft/office-js/dist");
    if (!existsSync(path.join(officeJsDir, "office.js"))) {
      console.log("Function registration: not measured, no @microsoft/office-js in node_modules.");
    } else {
      const g = await benchRegistration({ dist, chromiumPath, officeJsDir });
      const gRatio = g.pane / g.only;
      console.log(
        `Every function (${g.count}) associated with the real office.js, from navigation ` +
          `(median of ${g.rounds} interleaved rounds): ${g.pane.toFixed(0)} ms on the pane's page vs ` +
          `${g.only.toFixed(0)} ms on a page of only office.js and functions.js, ` +
          `ratio ${gRatio.toFixed(2)}x  goal <= ${REGISTRATION_GOAL}x  ${verdict(gRatio <= REGISTRATION_GOAL)}`
      );
    }
  }
})();
