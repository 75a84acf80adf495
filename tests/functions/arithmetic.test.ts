import { call, expectError, one } from "../support/pp";

describe("PP.TARGET", () => {
  it("adds the local share of the national additional posts to the baseline", () => {
    expect(one("TARGET", 100, "CYP", "Psychologists", 0.01)).toBeCloseTo(113.6, 10);
    expect(one("TARGET", 250, "IAPT", "Therapists", 0.02)).toBeCloseTo(307.2, 10);
    expect(one("TARGET", 0, "Total", "All", 1)).toBe(8140);
    expect(one("TARGET", 40, "MHST", "EMHP", 0.5)).toBe(1290);
  });

  it("broadcasts a column of areas against a row of groups and one share", () => {
    const result = call("TARGET", 10, [["CYP"], ["SMHP"]], [["Psychologists", "Therapists"]], 0.1);
    expect(result).toEqual([
      [10 + 136, 10 + 255],
      [10 + 75, 10 + 21],
    ]);
  });

  it("rejects shares outside 0..1 and negative baselines with #NUM!", () => {
    expectError(one("TARGET", 100, "CYP", "Psychologists", 1.2), "#NUM!");
    expectError(one("TARGET", 100, "CYP", "Psychologists", -0.1), "#NUM!");
    expectError(one("TARGET", -5, "CYP", "Psychologists", 0.1), "#NUM!");
  });

  it("needs a staff group: blank or left out is #N/A", () => {
    expectError(one("TARGET", 100, "CYP", null, 0.1), "#N/A", /staff_group is blank/);
    expectError(one("TARGET", 100, "CYP", undefined, 0.1), "#N/A", /staff_group is blank/);
  });
});

describe("PP.GAP", () => {
  it("is target - in post - pipeline + leavers", () => {
    expect(one("GAP", 120, 100)).toBe(20);
    expect(one("GAP", 120, 100, 5)).toBe(15);
    expect(one("GAP", 120, 100, 5, 8)).toBe(23);
    expect(one("GAP", 100, 120)).toBe(-20);
  });

  it("treats blank cells as 0", () => {
    expect(one("GAP", 120, null, null, null)).toBe(120);
    expect(one("GAP", 120, "", 0)).toBe(120);
  });

  it("refuses negative WTE with #NUM! and text with #VALUE!", () => {
    expectError(one("GAP", 120, -1), "#NUM!");
    expectError(
      one("GAP", "lots", 100),
      "#VALUE!",
      /target holds the text 'lots' where a number belongs/
    );
    expectError(one("GAP", "120", 100), "#VALUE!", /convert it with VALUE\(\)/);
    expectError(one("GAP", 120, true), "#VALUE!", /TRUE where a number belongs/);
  });
});

describe("PP.GROWTH", () => {
  it("is (target - baseline) / baseline", () => {
    expect(one("GROWTH", 16000, 26640)).toBeCloseTo(0.665, 12);
    expect(one("GROWTH", 100, 160)).toBeCloseTo(0.6, 12);
    expect(one("GROWTH", 100, 80)).toBeCloseTo(-0.2, 12);
  });

  it("with years, is the constant yearly rate", () => {
    expect(one("GROWTH", 100, 160, 4)).toBeCloseTo(Math.pow(1.6, 0.25) - 1, 12);
    expect(one("GROWTH", 100, 121, 2)).toBeCloseTo(0.1, 12);
  });

  it("gives #DIV/0! for a zero baseline and #NUM! for bad years", () => {
    expectError(one("GROWTH", 0, 10), "#DIV/0!");
    expectError(one("GROWTH", null, 10), "#DIV/0!");
    for (const years of [0, 51, 2.5, -1]) expectError(one("GROWTH", 100, 160, years), "#NUM!");
    expectError(one("GROWTH", 100, 160, "four"), "#VALUE!");
  });
});

describe("PP.MEETS", () => {
  it("tests growth against the plan's 60% minimum by default", () => {
    expect(one("MEETS", 16000, 26640)).toBe(true);
    expect(one("MEETS", 100, 160)).toBe(true);
    expect(one("MEETS", 100, 159.9)).toBe(false);
    expect(one("MEETS", 100, 150, 0.5)).toBe(true);
  });

  it("spills TRUE/FALSE over ranges", () => {
    expect(call("MEETS", [[100], [100]], [[170], [120]])).toEqual([[true], [false]]);
  });

  it("rejects a minimum outside 0..1", () => {
    expectError(one("MEETS", 100, 200, 1.5), "#NUM!");
    expectError(one("MEETS", 0, 200), "#DIV/0!");
  });
});

describe("PP.INTAKE", () => {
  it("is the constant yearly intake reaching the target under attrition", () => {
    // (200 - 100 * 0.9^4) / (1 + 0.9 + 0.81 + 0.729) = 134.39 / 3.439
    expect(one("INTAKE", 200, 100, 0.1)).toBeCloseTo((200 - 100 * 0.9 ** 4) / 3.439, 10);
    expect(one("INTAKE", 200, 100, 0, 4)).toBe(25);
    expect(one("INTAKE", 200, 100, 0, 4, 0.8)).toBeCloseTo(31.25, 10);
    expect(one("INTAKE", 2090 * 1.6, 2090, 0.3, 4)).toBeCloseTo(
      (3344 - 2090 * 0.7 ** 4) / (1 + 0.7 + 0.49 + 0.343),
      8
    );
  });

  it("is 0 where attrition alone leaves enough staff", () => {
    expect(one("INTAKE", 50, 100, 0.1)).toBe(0);
    expect(one("INTAKE", 100, 100, 0)).toBe(0);
  });

  it("validates attrition, years and completion", () => {
    expectError(one("INTAKE", 200, 100, 1), "#NUM!");
    expectError(one("INTAKE", 200, 100, -0.1), "#NUM!");
    expectError(one("INTAKE", 200, 100, 0.1, 0), "#NUM!");
    expectError(one("INTAKE", 200, 100, 0.1, 4, 1.5), "#NUM!");
    expectError(one("INTAKE", 200, 100, 0.1, 4, 0), "#DIV/0!");
  });
});

describe("PP.SHARE", () => {
  it("is local / national x need index", () => {
    expect(one("SHARE", 1_000_000, 56_000_000)).toBeCloseTo(1 / 56, 12);
    expect(one("SHARE", 1_000_000, 56_000_000, 1.2)).toBeCloseTo(1.2 / 56, 12);
  });

  it("rejects a local population larger than the national one, and negatives", () => {
    expectError(one("SHARE", 10, 5), "#NUM!");
    expectError(one("SHARE", -1, 5), "#NUM!");
    expectError(one("SHARE", 1, 5, -1), "#NUM!");
    expectError(one("SHARE", 0, 0), "#DIV/0!");
  });
});
