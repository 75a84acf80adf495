/**
 * The numbers a quote prints, parsed the way a reader would: "2,520" is 2520, "30 per cent"
 * and "60%" are rates (0.3, 0.6), small numbers written as words count too ("seven").
 */
export interface PrintedNumber {
  readonly value: number;
  readonly percent: boolean;
}

const WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s*(?:per cent|%))?/g;
const WORD = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi;

export function printedNumbers(quote: string): PrintedNumber[] {
  const found: PrintedNumber[] = [];
  for (const match of quote.matchAll(NUMBER)) {
    const digits = (match[1] ?? "").replace(/,/g, "");
    const percent = match[2] !== undefined;
    const value = Number(digits);
    found.push({ value: percent ? value / 100 : value, percent });
  }
  for (const match of quote.matchAll(WORD)) {
    const value = WORDS[(match[1] ?? "").toLowerCase()];
    if (value !== undefined) found.push({ value, percent: false });
  }
  return found;
}
