// A cell of an exported spreadsheet that starts like a formula (=, +, -, @, a tab or a carriage
// return) is run by Excel when the file is opened: OWASP's "CSV injection". Every such cell is
// written with an apostrophe first, which makes it text. A plain number ("-12", "+3.5") cannot be
// a formula and is left as it is.

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?%?$/;

export function spreadsheetSafe(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}
