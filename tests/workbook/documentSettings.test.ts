/**
 * The auto-open tag is best-effort: Office honours it only where the add-in is installed
 * (docs "Automatically open a task pane with a document"), so a failure to save it is a warning,
 * never a failed set-up. Office.Settings.saveAsync reports failure through its callback with
 * status "failed" (docs: Office.Settings.saveAsync, AsyncResult.status).
 */
import { openPaneWithDocument, type DocumentSettings } from "../../src/workbook/documentSettings";
import { OfficeWorkbook } from "../../src/workbook/officeWorkbook";
import { FakeExcel } from "../support/excelFake";

function settingsThat(save: "succeeded" | "failed" | "throws"): {
  settings: DocumentSettings;
  values: Map<string, unknown>;
} {
  const values = new Map<string, unknown>();
  const settings = {
    get: (name: string) => values.get(name) ?? null,
    set: (name: string, value: unknown) => void values.set(name, value),
    saveAsync: (callback: (result: { status: string; error?: { message: string } }) => void) => {
      if (save === "throws") throw new Error("Settings are not available");
      callback(
        save === "succeeded"
          ? { status: "succeeded" }
          : { status: "failed", error: { message: "The document is read-only." } }
      );
    },
  } as unknown as DocumentSettings;
  return { settings, values };
}

describe("openPaneWithDocument", () => {
  it("tags the workbook once", async () => {
    const { settings } = settingsThat("succeeded");
    expect(await openPaneWithDocument(settings)).toBe("tagged");
    expect(await openPaneWithDocument(settings)).toBe("already");
  });

  it.each(["failed", "throws"] as const)(
    "reports a save that %s as a warning, without throwing",
    async (save) => {
      const warnings: string[] = [];
      const { settings } = settingsThat(save);
      await expect(openPaneWithDocument(settings, (m) => warnings.push(m))).resolves.toBe("failed");
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^The workbook was set up, but Office could not tag it/);
    }
  );
});

describe("setting up scenarios when the auto-open tag cannot be saved", () => {
  it("still sets up: the scenarios are written and no error reaches the pane", async () => {
    const excel = new FakeExcel();
    const { settings } = settingsThat("failed");
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const store = new OfficeWorkbook(
      (batch) => batch(excel.context as unknown as Excel.RequestContext),
      (_context, batch) => batch(excel.context as unknown as Excel.RequestContext),
      () => settings
    );
    await expect(store.setUp()).resolves.toBeUndefined();
    expect((await store.read()).status).toBe("ready");
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
