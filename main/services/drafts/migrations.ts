// Upgrades a .gwd written by an older version of the program, one format version at a time, so a
// report saved years ago still opens. Each step takes the JSON of version n and returns version
// n+1; the steps never see a Draft type because older shapes are not Drafts.

import { DRAFT_FORMAT_VERSION } from '../../../shared/model';

type Json = Record<string, unknown>;

/**
 * Version 0: the pre-release prototype kept the metadata flat on the top level, had no version
 * field and stored the signature as two strings. Kept as the first migration so the mechanism is
 * exercised by tests before a real version 2 exists.
 */
function v0ToV1(old: Json): Json {
  const {
    title,
    docType,
    unit,
    year,
    period,
    date,
    template,
    blocks,
    signatureUnit,
    signatureDate,
  } = old;
  const meta: Json = {
    title: title ?? '',
    docType: docType ?? 'summary',
    unit: unit ?? '',
    year: year ?? null,
    period: period ?? null,
    date: date ?? '',
  };
  if (template !== undefined) meta.template = template;
  const hasSignature = signatureUnit !== undefined || signatureDate !== undefined;
  return {
    version: 1,
    meta,
    blocks: blocks ?? [],
    signature: hasSignature ? { unit: signatureUnit ?? '', date: signatureDate ?? '' } : null,
  };
}

/** MIGRATIONS[n] turns version n into version n+1. */
export const MIGRATIONS: Record<number, (old: Json) => Json> = {
  0: v0ToV1,
};

/** The version a parsed .gwd declares: a missing field means the version-0 prototype. */
export function versionOf(value: Json): number | null {
  if (value.version === undefined) return 0;
  return Number.isInteger(value.version) ? (value.version as number) : null;
}

/** Applies every step from the file's version up to DRAFT_FORMAT_VERSION. */
export function migrate(value: Json, from: number): Json {
  let current = value;
  for (let v = from; v < DRAFT_FORMAT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`没有从版本 ${v} 升级的方法`);
    current = step(current);
  }
  return current;
}
