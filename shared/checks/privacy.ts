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

export const privacyRule: TextRule = (text) => {
  const out: LocalFinding[] = [];
  if (!/\d{11}|\d{3}[- ]\d{4}[- ]\d{4}|\d{4} \d{4}/.test(text)) return out;
  const re = /(?<![\d.A-Za-z])\d(?:[\d ]|-(?=\d)){9,22}[\dXx](?![\dA-Za-z])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0].trimEnd();
    const digits = raw.replace(/[ -]/g, '');
    const after = text.slice(m.index + raw.length, m.index + raw.length + 3);
    const at = { start: m.index, end: m.index + raw.length };
    if (isResidentId(digits)) {
      out.push({
        rule: 'privacy.id-number',
        severity: 'error',
        ...at,
        message: '含居民身份证号码，公开发布前须删除或隐去',
      });
    } else if (/^1[3-9]\d{9}$/.test(digits) && !UNIT_AFTER.test(after)) {
      out.push({
        rule: 'privacy.mobile',
        severity: 'error',
        ...at,
        message: '含手机号码，公开发布前须删除或隐去',
      });
    } else if (
      /^\d{16,19}$/.test(digits) &&
      /^[3-6]|^9/.test(digits) &&
      luhnValid(digits) &&
      !UNIT_AFTER.test(after)
    ) {
      out.push({
        rule: 'privacy.bank-card',
        severity: 'error',
        ...at,
        message: '含银行卡号，公开发布前须删除或隐去',
      });
    }
  }
  return out;
};
