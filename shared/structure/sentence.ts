// Where the first sentence of a numbered line ends: that decides heading (one sentence) or
// run-in heading (段首标题) followed by body text.

const OPEN = '（(“‘《「【〔[';
const CLOSE = '）)”’》」】〕]';
const ENDS = '。！？!?';
const COLONS = '：:';

/** the longest run-in heading that can end in a colon (`（一）青龙镇青龙村：…`) */
const MAX_COLON_LEAD = 20;

export interface FirstSentence {
  /** the first sentence without its closing punctuation */
  lead: string;
  /** the punctuation that closed it */
  punct: string;
  /** what follows, trimmed; never empty */
  body: string;
}

/**
 * Splits `优抚工作。1-6月份……` into lead `优抚工作`, punct `。` and the body; null when the text is
 * one sentence (nothing after its end). A colon closes a lead only when what precedes it is a
 * short phrase (`主动公开目录：1.…`), not a clause that introduces a list (`…制度，如：…`).
 */
export function splitFirstSentence(text: string): FirstSentence | null {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '"') continue;
    if (depth > 0) continue;
    const isEnd = ENDS.includes(ch);
    const isColon = COLONS.includes(ch) && isColonLead(text.slice(0, i));
    if (!isEnd && !isColon) continue;
    let end = i + 1;
    // `？！` or `。”` closing together
    while (end < text.length && (ENDS.includes(text[end]) || CLOSE.includes(text[end]))) end++;
    const body = text.slice(end).trim();
    const lead = text.slice(0, i).trim();
    if (!body || !lead) return null;
    return { lead, punct: text.slice(i, end), body };
  }
  return null;
}

function isColonLead(before: string): boolean {
  const lead = before.trim();
  if (!lead || lead.length > MAX_COLON_LEAD) return false;
  if (/[，,；;、]/.test(lead)) return false;
  return !/(如|即|包括|是|为|有|下|在于)$/.test(lead);
}

/** The text ends a sentence or clause, so it reads as running text rather than a heading. */
export function endsLikeSentence(text: string): boolean {
  return /[。！？!?；;，,：:]$/.test(text.trim());
}

/** Sentence punctuation anywhere: titles and signature lines have none. */
export function hasSentencePunctuation(text: string): boolean {
  return /[。！？!?；;，,：:]/.test(text);
}
