/**
 * Reads the formulas and results that the help pages' Examples tables show, as Excel would read
 * them: `=PP.NAME(arg, ...)` with literal arguments only (numbers, "text" with "" for a quote,
 * TRUE/FALSE, array constants such as {1,2;3,4}, and empty arguments for omitted ones), and
 * results that are one such value, an error code, or an array constant that may hold error codes.
 */

export interface ErrorLiteral {
  readonly error: string;
}

/** A number keeps the text it was written as, so a comparison can honour its rounding. */
export interface NumberLiteral {
  readonly number: number;
  readonly text: string;
}

export type Scalar = NumberLiteral | string | boolean | ErrorLiteral;
export type Literal = Scalar | Scalar[][];

export interface Formula {
  /** The function name after `PP.`, upper case. */
  readonly name: string;
  /** One entry per argument; `undefined` is an omitted argument. */
  readonly args: (Literal | undefined)[];
}

export const ERROR_CODES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
] as const;

export const isErrorLiteral = (v: unknown): v is ErrorLiteral =>
  typeof v === "object" && v !== null && "error" in v;

export const isNumberLiteral = (v: unknown): v is NumberLiteral =>
  typeof v === "object" && v !== null && "number" in v;

class Reader {
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly allowErrors: boolean
  ) {}

  fail(what: string): never {
    throw new Error(`${what} at position ${this.pos} of ${JSON.stringify(this.text)}`);
  }

  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  peek(): string {
    return this.text[this.pos] ?? "";
  }

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  expect(token: string): void {
    if (!this.text.startsWith(token, this.pos)) this.fail(`Expected '${token}'`);
    this.pos += token.length;
  }

  /** An identifier such as PP.GAP's GAP: letters, digits, underscores and dots. */
  name(): string {
    const match = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(this.text.slice(this.pos));
    if (!match) this.fail("Expected a function name");
    this.pos += match[0].length;
    return match[0];
  }

  literal(): Literal {
    this.skipSpace();
    return this.peek() === "{" ? this.array() : this.scalar();
  }

  scalar(): Scalar {
    this.skipSpace();
    const c = this.peek();
    if (c === '"') return this.string();
    if (c === "#") return this.error();
    const rest = this.text.slice(this.pos);
    const bool = /^(TRUE|FALSE)(?![A-Za-z0-9_.(])/i.exec(rest);
    if (bool) {
      this.pos += bool[0].length;
      return bool[1]!.toUpperCase() === "TRUE";
    }
    const num = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?/.exec(rest);
    if (num) {
      this.pos += num[0].length;
      return { number: Number(num[0]), text: num[0] };
    }
    return this.fail('Expected a number, "text", TRUE, FALSE or an array constant');
  }

  string(): string {
    this.expect('"');
    let value = "";
    for (;;) {
      if (this.atEnd()) this.fail("Unterminated string");
      const c = this.text[this.pos++]!;
      if (c !== '"') {
        value += c;
      } else if (this.peek() === '"') {
        value += '"';
        this.pos++;
      } else {
        return value;
      }
    }
  }

  error(): ErrorLiteral {
    const code = ERROR_CODES.find((e) => this.text.toUpperCase().startsWith(e, this.pos));
    if (!code || !this.allowErrors) this.fail("Unexpected error value");
    this.pos += code.length;
    return { error: code };
  }

  array(): Scalar[][] {
    this.expect("{");
    const rows: Scalar[][] = [[]];
    for (;;) {
      rows[rows.length - 1]!.push(this.scalar());
      this.skipSpace();
      const c = this.peek();
      this.pos++;
      if (c === ",") continue;
      if (c === ";") rows.push([]);
      else if (c === "}") break;
      else this.fail("Expected ',', ';' or '}' in an array constant");
    }
    if (rows.some((row) => row.length !== rows[0]!.length)) {
      this.fail("Array constant rows differ in length");
    }
    return rows;
  }
}

/** Parses `=PP.NAME(arg, arg, ...)`. */
export function parseFormula(text: string): Formula {
  // Typed explicitly so that r.fail(), which never returns, narrows what follows it.
  const r: Reader = new Reader(text, false);
  r.skipSpace();
  r.expect("=");
  r.skipSpace();
  const qualified = r.name();
  const match = /^PP\.([A-Za-z_][A-Za-z0-9_]*)$/i.exec(qualified);
  if (!match) r.fail(`Expected a PP.* function, got '${qualified}'`);
  r.skipSpace();
  r.expect("(");
  const args: (Literal | undefined)[] = [];
  r.skipSpace();
  if (r.peek() === ")") {
    r.expect(")");
  } else {
    for (;;) {
      r.skipSpace();
      const c = r.peek();
      args.push(c === "," || c === ")" ? undefined : r.literal());
      r.skipSpace();
      if (r.peek() === ",") {
        r.expect(",");
        continue;
      }
      r.expect(")");
      break;
    }
  }
  r.skipSpace();
  if (!r.atEnd()) r.fail("Unexpected text after the formula");
  return { name: match[1]!.toUpperCase(), args };
}

/** Parses a documented result: a scalar, an error code or an array constant. */
export function parseResult(text: string): Literal {
  const r: Reader = new Reader(text, true);
  const value = r.literal();
  r.skipSpace();
  if (!r.atEnd()) r.fail("Unexpected text after the result");
  return value;
}

/** A literal as Excel passes it to a matrix parameter: a scalar as [[x]], an array as rows. */
export function toArgument(literal: Literal | undefined): unknown[][] | null {
  if (literal === undefined) return null;
  const plain = (s: Scalar): unknown => {
    if (isNumberLiteral(s)) return s.number;
    if (isErrorLiteral(s)) throw new Error(`Error values are not allowed in formulas: ${s.error}`);
    return s;
  };
  return Array.isArray(literal) ? literal.map((row) => row.map(plain)) : [[plain(literal)]];
}

/**
 * How close a number must be to the one shown: half a unit of its last digit (0.5 for 3910,
 * 0.00005 for 0.1247, scaled by any exponent), and never less than 1e-9 of its size.
 */
export function tolerance(n: NumberLiteral): number {
  const match = /^[-+]?(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(n.text);
  const decimals = match?.[2]?.length ?? 0;
  const exponent = Number(match?.[3] ?? 0);
  const half = 0.5 * Math.pow(10, exponent - decimals);
  return Math.max(half, 1e-9 * Math.abs(n.number));
}
