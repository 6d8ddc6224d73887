// Personal data that must not reach a published report: resident ID numbers (GB 11643, checksum
// valid), mobile numbers, bank card numbers (Luhn valid). Errors: these reports are often published.

import type { LocalFinding, TextRule } from './types';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999: 17 digits, a birth date, and an ISO 7064 MOD 11-2 check character. */
export function isResidentId(s: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(s)) return false;
  const year = Number(s.slice(6, 10));
  const month = Number(s.slice(10, 12));
  const day = Number(s.slice(12, 14));
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11] === s[17].toUpperCase();
}

export function luhnValid(digits: string): boolean {
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

// a quantity, not a phone or card number: `13602000000元`
const UNIT_AFTER = /^[.．]?\d|^\s*(?:[元万亿千百人户次个吨亩件份条名台家辆项米%％]|平方|公里|立方)/;

type Kind = 'privacy.id-number' | 'privacy.mobile' | 'privacy.bank-card';

const MESSAGES: Record<Kind, string> = {
  'privacy.id-number': '含居民身份证号码，公开发布前须删除或隐去',
  'privacy.mobile': '含手机号码，公开发布前须删除或隐去',
  'privacy.bank-card': '含银行卡号，公开发布前须删除或隐去',
};

/** What a run of digits (separators removed) is, if it is personal data. */
function classify(digits: string, after: string): Kind | null {
  if (isResidentId(digits)) return 'privacy.id-number';
  if (UNIT_AFTER.test(after)) return null;
  // `+86 138 1234 5678`: the country code in front of a mobile number
  const national = digits.length === 13 && digits.startsWith('86') ? digits.slice(2) : digits;
  if (/^1[3-9]\d{9}$/.test(national)) return 'privacy.mobile';
  if (/^\d{16,19}$/.test(digits) && /^[3-69]/.test(digits) && luhnValid(digits)) {
    return 'privacy.bank-card';
  }
  return null;
}

export const privacyRule: TextRule = (text) => {
  const out: LocalFinding[] = [];
  if (!/\d{11}|\d{3}[- ]\d{4}[- ]\d{4}|\d{4} \d{4}/.test(text)) return out;
  const re = /(?<![\d.A-Za-z])\d(?:[\d ]|-(?=\d)){9,22}[\dXx](?![\dA-Za-z])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0].trimEnd();
    const after = text.slice(m.index + raw.length, m.index + raw.length + 3);
    const kind = classify(raw.replace(/[ -]/g, ''), after);
    if (kind) {
      out.push({
        rule: kind,
        severity: 'error',
        start: m.index,
        end: m.index + raw.length,
        message: MESSAGES[kind],
      });
      continue;
    }
    // two numbers side by side (`2023 13812345678`): each run of digits on its own
    const part = /\d{11,19}[Xx]?/g;
    for (let p = part.exec(raw); p; p = part.exec(raw)) {
      const end = p.index + p[0].length;
      const partKind = classify(p[0], end === raw.length ? after : raw.slice(end, end + 3));
      if (!partKind) continue;
      const start = m.index + p.index;
      out.push({
        rule: partKind,
        severity: 'error',
        start,
        end: start + p[0].length,
        message: MESSAGES[partKind],
      });
    }
  }
  return out;
};
