// Enumerations whose order is fixed (“四个意识”, 新发展理念 …): all their items joined by 、 in
// another order are put back in order.

import { ORDERED_LISTS } from './formulations';
import type { LocalFinding, TextRule } from './types';

let listRegexes: { re: RegExp; items: string[]; name: string }[] | null = null;

export const orderedListRule: TextRule = (text) => {
  const out: LocalFinding[] = [];
  listRegexes ??= ORDERED_LISTS.map(({ items, name }) => {
    const alt = items.join('|');
    return { re: new RegExp(`(?:${alt})(?:、(?:${alt})){${items.length - 1}}`, 'g'), items, name };
  });
  for (const { re, items, name } of listRegexes) {
    if (!text.includes(items[1])) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const written = m[0].split('、');
      if (new Set(written).size !== items.length) continue;
      const canonical = items.join('、');
      if (m[0] === canonical) continue;
      out.push({
        rule: 'formulation.order',
        severity: 'warning',
        start: m.index,
        end: m.index + m[0].length,
        message: `${name}的顺序有误，应为“${canonical}”`,
        fix: canonical,
      });
    }
  }
  return out;
};
