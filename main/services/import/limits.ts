// Bounds on what a reader accepts, so a hostile or broken file ends in a clear message instead
// of exhausting memory or hanging (issue 7). Callers may tighten them (tests, the fuzz run).

export interface ReadLimits {
  /** bytes of the file as given */
  maxFileBytes: number;
  /** declared and actual inflated bytes of any one ZIP part */
  maxPartBytes: number;
  /** inflated bytes of all ZIP parts read together */
  maxTotalBytes: number;
  /** entries in a ZIP directory */
  maxParts: number;
  /** element nesting in any XML part */
  maxXmlDepth: number;
  /** wall-clock bound for parsers we cannot interrupt step by step (PDF, .doc) */
  timeoutMs: number;
  /** paragraphs kept; the rest is dropped with a notice */
  maxParagraphs: number;
  /** rows kept per table; the rest is dropped with a notice */
  maxTableRows: number;
  /** PDF pages read */
  maxPdfPages: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxPartBytes: 200 * 1024 * 1024,
  maxTotalBytes: 400 * 1024 * 1024,
  maxParts: 5000,
  maxXmlDepth: 256,
  timeoutMs: 60_000,
  maxParagraphs: 100_000,
  maxTableRows: 5000,
  maxPdfPages: 2000,
};

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
}

export function resolveLimits(options?: ReadOptions): ReadLimits {
  return { ...DEFAULT_LIMITS, ...options?.limits };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${n} 字节`;
}
