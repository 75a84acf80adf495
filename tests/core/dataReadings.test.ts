import { ltp } from "../../src/core/pp";
import { AMBITION, unitText } from "../../src/data";

describe("staff group names and units that are our reading", () => {
  test('"Psychological professionals" is not an alias of the therapists (the plan means all 8,140)', () => {
    const refused = ltp("Total", "Psychological professionals");
    // Not the therapists' 5,620: the name is refused rather than read as a narrower group.
    expect(refused.hasErrors).toBe(true);
    expect(typeof refused.cells[0]?.[0]).not.toBe("number");
    expect(ltp("Total", "Psychological therapists").cells).toEqual([[5620]]);
  });

  test("the Vision's 10,000 roles and the PPN's 10,500 say their unit is our reading", () => {
    expect(unitText(AMBITION.visionAdditionalRoles)).toMatch(/^WTE \(our reading: .*roles/);
    expect(unitText(AMBITION.ppnAdditional)).toMatch(/^people \(our reading: /);
    expect(unitText(AMBITION.minimumNetGrowth)).toBe("rate");
  });
});
