/** A missing ../shared is said out loud, and fails CI. */
import os from "node:os";
import path from "node:path";
import { SHARED_DIR, sharedPresent } from "./shared";

const missing = path.join(os.tmpdir(), "pp-no-such-shared-folder", "seeds");

describe("sharedPresent", () => {
  it("warns what was not checked and how to check it, outside CI", () => {
    const warnings: string[] = [];
    expect(sharedPresent(missing, "the quotations", {}, (m) => warnings.push(m))).toBe(false);
    expect(warnings).toEqual([
      expect.stringMatching(/^NOT CHECKED: the quotations, because .* is missing\. To check it/),
    ]);
    expect(warnings[0]).toContain(SHARED_DIR);
  });

  it("fails under CI", () => {
    expect(() => sharedPresent(missing, "the quotations", { CI: "true" }, () => undefined)).toThrow(
      /NOT CHECKED: the quotations.*CI must check it/
    );
  });

  it("is quiet when the folder is there", () => {
    const warnings: string[] = [];
    expect(sharedPresent(os.tmpdir(), "anything", { CI: "true" }, (m) => warnings.push(m))).toBe(
      true
    );
    expect(warnings).toEqual([]);
  });
});
