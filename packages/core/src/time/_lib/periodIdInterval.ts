/** A closed interval of local time. */
export interface Interval {
  readonly start: Date;
  readonly end: Date;
}

const PERIOD = /^(\d{4})(?:S([12])|Q([1-4])|-(0[1-9]|1[0-2]))?$/;

/** First and last month (1-based) of a period id, with its year. */
export function periodIdMonths(id: string): { year: number; first: number; last: number } {
  const m = PERIOD.exec(id);
  if (!m) throw new RangeError(`not a period id: ${JSON.stringify(id)}`);
  const year = Number(m[1]);
  if (m[2]) return { year, first: m[2] === "1" ? 1 : 7, last: m[2] === "1" ? 6 : 12 };
  if (m[3]) {
    const q = Number(m[3]);
    return { year, first: 3 * q - 2, last: 3 * q };
  }
  if (m[4]) return { year, first: Number(m[4]), last: Number(m[4]) };
  return { year, first: 1, last: 12 };
}

/** Interval from the first day of month `first` to the last millisecond of month `last` of `year`. */
export function monthsInterval(year: number, first: number, last: number): Interval {
  return { start: new Date(year, first - 1, 1), end: new Date(new Date(year, last, 1).getTime() - 1) };
}

/** The interval of one period id. */
export function periodIdInterval(id: string): Interval {
  const { year, first, last } = periodIdMonths(id);
  return monthsInterval(year, first, last);
}
