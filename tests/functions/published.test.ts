import { call, expectError, one } from "../support/pp";

describe("PP.LTP pins every published cell of Tables 1 and 2", () => {
  it.each([
    ["Perinatal", "Psychologists", 210],
    ["CYP", "Psychologists", 1360],
    ["CYP", "Therapists", 2550],
    ["IAPT", "Therapists", 2860],
    ["SMHP", "Psychologists", 750],
    ["SMHP", "Therapists", 210],
    ["Inpatient", "Psychologists", 160],
    ["Gambling", "Psychologists", 40],
    ["MHST", "EMHP", 2500],
  ])("%s, %s = %d", (area, group, wte) => {
    expect(one("LTP", area, group)).toBe(wte);
  });

  it.each([
    ["Perinatal", 210],
    ["CYP", 3910],
    ["IAPT", 2860],
    ["SMHP", 960],
    ["Inpatient", 160],
    ["Gambling", 40],
    ["MHST", 2500],
    ["Total", 8140],
    ["All", 8140],
    ["Total incl MHST", 10640],
  ])("without a staff group, %s totals %d", (area, wte) => {
    expect(one("LTP", area)).toBe(wte);
  });

  it.each([
    ["Total", "Psychologists", 2520],
    ["Total", "Therapists", 5620],
    ["Total", "EMHP", 0],
    ["Total incl MHST", "Psychologists", 2520],
    ["Total incl MHST", "Therapists", 5620],
    ["Total incl MHST", "EMHP", 2500],
    ["Perinatal", "Therapists", 0],
    ["IAPT", "Psychologists", 0],
    ["MHST", "Psychologists", 0],
    ["CYP", "EMHP", 0],
  ])("%s, %s = %d (a group the table lists no posts for is 0)", (area, group, wte) => {
    expect(one("LTP", area, group)).toBe(wte);
  });

  it("accepts the published long names, abbreviations and synonyms", () => {
    for (const name of [
      "IAPT",
      "NHS Talking Therapies",
      "Adult common mental illnesses (IAPT)",
      "  adult COMMON mental-illnesses iapt ",
      "talking therapies",
    ]) {
      expect(one("LTP", name, "Psychotherapists and psychological professionals")).toBe(2860);
    }
    expect(
      one("LTP", "Children and young people’s (CYP) services", "practitioner psychologists")
    ).toBe(1360);
    expect(one("LTP", "total incl. MHST")).toBe(10640);
  });

  it("spills over ranges of names, broadcasting areas against groups", () => {
    expect(
      call("LTP", [["Perinatal"], ["CYP"], ["SMHP"]], [["Psychologists", "Therapists"]])
    ).toEqual([
      [210, 0],
      [1360, 2550],
      [750, 210],
    ]);
  });

  it("says which names are known, and suggests the nearest for a typo", () => {
    expectError(
      one("LTP", "Dermatology"),
      "#N/A",
      "Unknown service area 'Dermatology'. Known: Perinatal, CYP, IAPT, SMHP, Inpatient, Gambling, MHST, Total, Total incl MHST"
    );
    expectError(one("LTP", "Perinatel"), "#N/A", /Did you mean 'Perinatal'\?/);
    expectError(one("LTP", "CYP", "Nurses"), "#N/A", /Unknown staff group 'Nurses'/);
  });

  it("treats a blank name as #N/A, and an error in a name cell as that error", () => {
    expectError(one("LTP", null), "#N/A", /service_area is blank/);
    expectError(one("LTP", "CYP", ""), "#N/A", /staff_group is blank/);
    const [[first, second]] = call("LTP", [["CYP", { code: "#N/A" }]]) as unknown[][] as [
      unknown[],
    ];
    expect(first).toBe(3910);
    expectError(second, "#N/A");
  });
});

describe("PP.BASELINE", () => {
  it("gives the whole workforce in NHS-commissioned mental health services, 2019 by default", () => {
    expect(one("BASELINE", "All")).toBe(16000);
    expect(one("BASELINE", "All", 2016)).toBe(13000);
    expect(one("BASELINE", "All", 2019)).toBe(16000);
    expect(one("BASELINE", "All", 2021)).toBe(20100);
  });

  it("gives the profession figures of March 2020", () => {
    expect(one("BASELINE", "PWP")).toBe(2090);
    expect(one("BASELINE", "Psychological wellbeing practitioners", 2020)).toBe(2090);
    expect(one("BASELINE", "CAPT")).toBe(500);
    expect(one("BASELINE", "Counselling psychologists")).toBe(290);
    expect(one("BASELINE", "Counsellors")).toBe(970);
  });

  it("says when the documents give no figure for a profession or year", () => {
    expectError(
      one("BASELINE", "PWP", 2019),
      "#N/A",
      /no in-post figure for PWP in 2019; they give 2020 \(March\)/
    );
    expectError(one("BASELINE", "All", 2018), "#N/A", /2016, 2019, 2021 \(March\)/);
    expectError(one("BASELINE", "Forensic psychologists"), "#N/A", /no national in-post figure/);
    expectError(one("BASELINE", "Astrologers"), "#N/A", /Unknown profession 'Astrologers'/);
    expectError(one("BASELINE", "All", 2019.5), "#NUM!");
    expectError(one("BASELINE", "All", "next year"), "#VALUE!");
  });

  it("spills over a column of professions", () => {
    expect(call("BASELINE", [["PWP"], ["CAPT"]])).toEqual([[2090], [500]]);
  });
});

describe("PP.ATTRITION", () => {
  it("gives the plan's PWP leaving rate", () => {
    expect(one("ATTRITION", "PWP")).toBe(0.3);
    expect(one("ATTRITION", "psychological wellbeing practitioner")).toBe(0.3);
  });

  it("asks for a local rate where none is published", () => {
    expectError(
      one("ATTRITION", "Clinical psychologists"),
      "#N/A",
      /no published leaving rate.*enter your own/
    );
    expectError(one("ATTRITION", "Wizards"), "#N/A", /Unknown profession/);
  });
});

describe("PP.TABLE", () => {
  const rows = (name: string) => call("TABLE", name);

  it("spills Table 1 with its header, cells and printed totals", () => {
    const t = rows("Table1");
    expect(t[0]).toEqual([
      "Service area",
      "Profession(s)",
      "Staff (WTE)",
      "Area name",
      "Group name",
    ]);
    expect(t).toHaveLength(1 + 8 + 3);
    expect(t.map((r) => r[2])).toEqual([
      "Staff (WTE)",
      210,
      1360,
      2550,
      2860,
      750,
      210,
      160,
      40,
      2520,
      5620,
      8140,
    ]);
    expect(t[1]).toEqual([
      "Perinatal mental health",
      "Psychologists",
      210,
      "Perinatal",
      "Psychologists",
    ]);
  });

  it("spills Table 2", () => {
    expect(rows("table 2").map((r) => r[1])).toEqual(["Staff (WTE)", 8140, 2500, 10640]);
  });

  it.each([
    ["Baselines", 8, 7],
    ["Professions", 19, 5],
    ["ImpactAreas", 23, 4],
    ["Actions", 35, 7],
  ])("spills %s as a rectangle with a header row", (name, height, width) => {
    const t = rows(name);
    expect(t).toHaveLength(height);
    for (const row of t) expect(row).toHaveLength(width);
  });

  it("lists every embedded figure with its citation in Sources", () => {
    const t = rows("Sources");
    expect(t[0]).toEqual([
      "Figure",
      "Value",
      "Unit",
      "Approximate",
      "Document",
      "Where",
      "Quote",
      "Id",
    ]);
    const ids = t.slice(1).map((r) => r[7]);
    expect(ids).toEqual(
      expect.arrayContaining(["table1.cyp.therapists", "table2.total", "attrition.pwp"])
    );
    for (const row of t.slice(1)) {
      expect(typeof row[1]).toBe("number");
      expect(row[4]).not.toBe("");
      expect(row[6]).not.toBe("");
    }
  });

  it("marks which bodies implement each action", () => {
    const grow3 = rows("Actions").find((r) => r[0] === "Grow" && r[2] === 3);
    expect(grow3?.slice(4)).toEqual([false, true, true]);
  });

  it("names the known tables for an unknown one, and takes one name only", () => {
    expectError(one("TABLE", "Table9"), "#N/A", /Unknown table 'Table9'.*Known: Table1, Table2/);
    expectError(one("TABLE", [["Table1", "Table2"]]), "#VALUE!", /one table name/);
  });
});
