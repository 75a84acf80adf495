import { printedNumbers } from "./quoteNumbers";

describe("printedNumbers (the provenance tests' parser)", () => {
  it.each([
    ["Total staff (WTE) 8,140", [{ value: 8140, percent: false }]],
    ["around 30 per cent of PWPs", [{ value: 0.3, percent: true }]],
    ["over 12% of the workforce", [{ value: 0.12, percent: true }]],
    ["employ seven trainee health psychologists", [{ value: 7, percent: false }]],
    [
      "by 60% between 2020 and 2022",
      [
        { value: 0.6, percent: true },
        { value: 2020, percent: false },
        { value: 2022, percent: false },
      ],
    ],
  ])("%s", (quote, expected) => {
    for (const [index, number] of printedNumbers(quote).entries()) {
      expect(number.percent).toBe(expected[index]?.percent);
      expect(number.value).toBeCloseTo(expected[index]?.value ?? NaN, 10);
    }
    expect(printedNumbers(quote)).toHaveLength(expected.length);
  });
});
