/**
 * Masks personal data before anything is written: phone numbers (090-****-5678), e-mail addresses,
 * card numbers (13–19 digits passing the Luhn check, last four kept) and other long ID numbers, with
 * half- or full-width digits and the usual hyphen and space variants. Dates, prices and quantities stay.
 * The one masking function of the app: the shift log, exports and anything else that persists use it.
 */
const D = '[0-9０-９]';
const SEP = '[-‐‑–—―−－ー ・\u3000]';
const toAscii = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const maskDigits = (s: string) => s.replace(/[0-9０-９]/g, '*');

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Keeps the last `keep` digits of a run and stars the rest, separators untouched. */
function keepLast(run: string, keep: number): string {
  let seen = 0;
  const chars = [...run];
  for (let i = chars.length - 1; i >= 0; i--) {
    if (/[0-9０-９]/.test(chars[i]!)) {
      seen++;
      if (seen > keep) chars[i] = '*';
    }
  }
  return chars.join('');
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// Digit runs with optional separators between digits (a separator never starts or ends a run).
const DIGIT_RUN = new RegExp(`(?<![0-9０-９])(?:\\+|＋)?${D}(?:${SEP}?${D}){6,}(?![0-9０-９])`, 'g');
const DATE_LIKE = /^(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|(?:19|20)\d{6})$/;

function maskRun(run: string): string {
  const ascii = toAscii(run);
  const digits = ascii.replace(/\D/g, '');
  if (DATE_LIKE.test(ascii.replace(/[ \u3000]/g, ''))) return run; // 2026-11-27, 20261127
  const groups = ascii.split(/[^0-9+]+/).filter(Boolean);
  const japanesePhone = /^(?:\+?81|0)\d{8,10}$/.test(digits.replace(/^\+/, ''));
  if (japanesePhone && (groups.length >= 2 || digits.length <= 11)) {
    if (groups.length >= 3) {
      // 090-1234-5678 -> 090-****-5678: the area/mobile prefix and the last group stay.
      const parts = run.split(new RegExp(`(${SEP}+)`));
      const digitParts = parts.map((p, i) => (i % 2 === 0 ? p : p));
      const lastIdx = digitParts.length - 1;
      return digitParts.map((p, i) => (i % 2 === 1 || i === 0 || i === lastIdx ? p : maskDigits(p))).join('');
    }
    return run.slice(0, 3) + maskDigits(run.slice(3, -4)) + run.slice(-4);
  }
  if (digits.length >= 13 && digits.length <= 19 && luhn(digits)) return keepLast(run, 4);
  if (digits.length >= 10) return keepLast(run, 4); // long ID numbers (accounts, contracts, My Number…)
  return run;
}

export function maskPersonal(text: string): string {
  return text
    .replace(EMAIL, (m) => {
      const [local, domain] = m.split('@') as [string, string];
      return `${local.slice(0, 1)}***@${domain}`;
    })
    .replace(DIGIT_RUN, maskRun);
}
