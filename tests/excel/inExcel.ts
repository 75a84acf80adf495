/**
 * The checks only Excel can answer, run inside Excel by `npm run test:excel`. This is an extra
 * entry of the test build only (webpack --env excelTest): taskpane.html loads it after the pane,
 * so it runs in the real shared runtime beside the real pane, against a new blank workbook that
 * office-addin-debugging opened. The production build never contains it.
 *
 * Each check returns what Excel said; the results go to the test server, which prints them.
 */
import { columnLetters, rangeSize } from "../../src/core/a1";
import { PLAN_SHEET, PLAN_TABLE, planSpec } from "../../src/core/planSheet";
import type { Scenario } from "../../src/core/scenarios";
import { OfficeWorkbook } from "../../src/workbook/officeWorkbook";
import { RESULTS_PORT, type CheckResult } from "./protocol";

const SCRATCH = "PP Excel checks";
/** Custom functions answer asynchronously: how long to wait for a cell to stop being busy. */
const CALC_WAIT_MS = 15_000;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function scenario(name: string, share: number): Scenario {
  return {
    name,
    values: {
      share,
      uplift: 0,
      minGrowth: 0.6,
      horizon: 4,
      attrition: 0.1,
      completion: 0.9,
    },
    notes: "",
  };
}

async function scratchSheet(context: Excel.RequestContext): Promise<Excel.Worksheet> {
  const existing = context.workbook.worksheets.getItemOrNullObject(SCRATCH);
  await context.sync();
  return existing.isNullObject ? context.workbook.worksheets.add(SCRATCH) : existing;
}

/** Puts a formula in a scratch cell and waits until Excel has a settled value for it. */
async function evaluate(formula: string): Promise<{ value: unknown; type: string }> {
  return Excel.run(async (context) => {
    const cell = (await scratchSheet(context)).getRange("A1");
    cell.formulas = [[formula]];
    await context.sync();
    const started = Date.now();
    for (;;) {
      // Polls until the custom function has answered: one small read a round, a few rounds.
      cell.load("values, valueTypes");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      const value = cell.values[0]?.[0];
      const type = String(cell.valueTypes[0]?.[0]);
      const busy = typeof value === "string" && /^#(BUSY|GETTING_DATA)/.test(value);
      if (!busy || Date.now() - started > CALC_WAIT_MS) return { value, type };
      await sleep(250);
    }
  });
}

async function check(name: string, run: () => Promise<{ ok: boolean; detail: string }>) {
  try {
    return { name, ...(await run()) };
  } catch (error) {
    return {
      name,
      ok: false,
      detail: `threw: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

async function runChecks(): Promise<CheckResult[]> {
  const store = new OfficeWorkbook();
  const results: CheckResult[] = [];

  results.push(
    await check("functions registered on open (no #VALUE!)", async () => {
      // A full recalculation asks the runtime for every PP cell at once, as opening a workbook
      // does; a function not yet associated would answer #VALUE! (OfficeDev/office-js#4769).
      const before = await evaluate('=PP.LTP("CYP")');
      await Excel.run(async (context) => {
        context.workbook.application.calculate(Excel.CalculationType.full);
        await context.sync();
      });
      const after = await evaluate('=PP.LTP("CYP")');
      return {
        ok: before.value === 3910 && after.value === 3910,
        detail: `=PP.LTP("CYP") gave ${String(before.value)}, after a full recalculation ${String(after.value)} (expected 3910)`,
      };
    })
  );

  results.push(
    await check("a drop-down choice of PP_Active is seen by the pane after re-read", async () => {
      await store.setUp();
      await store.add(scenario("Stretch", 0.05));
      let changed = 0;
      const unsubscribe = await store.subscribe(() => changed++);
      try {
        // The value the cell's drop-down (a list validation on PP_Scenarios[Scenario]) offers.
        await Excel.run(async (context) => {
          context.workbook.names.getItem("PP_Active").getRange().values = [["Stretch"]];
          await context.sync();
        });
        for (let waited = 0; changed === 0 && waited < 10_000; waited += 250) await sleep(250);
      } finally {
        unsubscribe();
      }
      const book = await store.read();
      return {
        ok: changed > 0 && book.active === "Stretch",
        detail: `change events: ${changed}; active scenario read back: "${book.active}"`,
      };
    })
  );

  const planSheet = await store
    .insertSheet({ sheet: PLAN_SHEET, table: PLAN_TABLE }, (names) =>
      planSpec(names.sheet, names.table, 4)
    )
    .then((inserted) => inserted.sheet)
    .catch(() => null);

  results.push(
    await check("column widths not auto-fitted to the note lines", async () => {
      if (planSheet === null)
        return { ok: false, detail: "the planning sheet could not be inserted" };
      const spec = planSpec(planSheet, PLAN_TABLE, 4);
      const longest = spec.notes
        .map((note) => String(note))
        .reduce((a, b) => (b.length > a.length ? b : a), "");
      return Excel.run(async (context) => {
        const planColumn = context.workbook.worksheets
          .getItem(planSheet)
          .getRange("A:A")
          .format.load("columnWidth");
        // What Excel itself makes of the longest note when a column is auto-fitted to it.
        const probe = (await scratchSheet(context)).getRange("Z1");
        probe.values = [[longest]];
        probe.format.autofitColumns();
        const probeWidth = probe.format.load("columnWidth");
        await context.sync();
        return {
          ok: planColumn.columnWidth < probeWidth.columnWidth,
          detail: `column A is ${planColumn.columnWidth} pt; fitted to the longest note it would be ${probeWidth.columnWidth} pt`,
        };
      });
    })
  );

  results.push(
    await check("names resolve for a scenario added after set-up", async () => {
      await store.add(scenario("Late", 0.07));
      await store.setActive("Late");
      const share = await evaluate("=PP_Share");
      return {
        ok: share.value === 0.07,
        detail: `=PP_Share with "Late" active gave ${String(share.value)} (expected 0.07)`,
      };
    })
  );

  results.push(
    await check("=PP.GAP(1/0,1) gives #DIV/0!", async () => {
      const gap = await evaluate("=PP.GAP(1/0,1)");
      return {
        ok: gap.value === "#DIV/0!" && gap.type === "Error",
        detail: `gave ${String(gap.value)} (${gap.type})`,
      };
    })
  );

  results.push(
    await check("the plan chart has one series per plan row", async () => {
      if (planSheet === null)
        return { ok: false, detail: "the planning sheet could not be inserted" };
      const chartSpec = planSpec(planSheet, PLAN_TABLE, 4).chart;
      if (chartSpec === undefined) return { ok: false, detail: "the plan sheet has no chart" };
      const size = rangeSize(chartSpec.seriesRange);
      const expected = chartSpec.seriesBy === "Rows" ? size.rows : size.columns;
      return Excel.run(async (context) => {
        const charts = context.workbook.worksheets.getItem(planSheet).charts;
        charts.load("items/name");
        await context.sync();
        const first = charts.items[0];
        if (first === undefined) return { ok: false, detail: "no chart on the plan sheet" };
        const series = first.series.load("items/name");
        await context.sync();
        const count = series.items.length;
        return {
          ok: charts.items.length === 1 && count === expected,
          detail: `${charts.items.length} chart(s); ${count} series for ${expected} rows of ${chartSpec.seriesRange}`,
        };
      });
    })
  );

  results.push(
    await check("a snapshot of a sheet with a large data sheet beside it", async () => {
      const rows = 20_000;
      const columns = 10;
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add("Large data");
        const values = Array.from({ length: rows }, (_, r) =>
          Array.from({ length: columns }, (_, c) => r * columns + c)
        );
        sheet.getRange(`A1:${columnLetters(columns - 1)}${rows}`).values = values;
        await context.sync();
      });
      const started = performance.now();
      const snapshot = await store.shareAsValues(new Date().toISOString());
      const took = Math.round(performance.now() - started);
      const plan = snapshot.copies.find((c) => c.original === planSheet);
      if (plan === undefined) return { ok: false, detail: "the plan sheet was not copied" };
      return Excel.run(async (context) => {
        const original = context.workbook.worksheets.getItem(plan.original).getUsedRange();
        original.load("address, values");
        await context.sync();
        // The same cells on the copy.
        const address = original.address.slice(original.address.lastIndexOf("!") + 1);
        const same = context.workbook.worksheets.getItem(plan.copy).getRange(address);
        same.load("values, formulas");
        await context.sync();
        const valuesMatch = JSON.stringify(same.values) === JSON.stringify(original.values);
        const noFormulas = same.formulas.every((row) =>
          row.every((cell) => !(typeof cell === "string" && cell.startsWith("=")))
        );
        return {
          ok: valuesMatch && noFormulas,
          detail: `${snapshot.copies.length} sheet(s) copied in ${took} ms beside ${rows * columns} data cells; values match: ${valuesMatch}; formulas left: ${!noFormulas}`,
        };
      });
    })
  );

  return results;
}

async function sendResults(results: readonly CheckResult[]): Promise<void> {
  await fetch(`https://localhost:${RESULTS_PORT}/results`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(results),
  });
}

void Office.onReady(async (info) => {
  if (info.host !== Office.HostType.Excel) return;
  let results: CheckResult[];
  try {
    results = await runChecks();
  } catch (error) {
    results = [{ name: "in-Excel checks", ok: false, detail: String(error) }];
  }
  await sendResults(results);
});
