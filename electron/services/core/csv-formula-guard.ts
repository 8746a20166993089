/**
 * Whether a text cell would run as a formula when a spreadsheet opens the CSV: it starts
 * with = + - @, or with a tab or carriage return (Excel and LibreOffice skip those and read
 * the formula behind them). A plain whole number such as `-5` is data, not a formula.
 */
export function startsLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d+$/.test(text)
}

/** The cell as text: a leading `'` makes the spreadsheet show it instead of running it. */
export function defuseFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text
}
