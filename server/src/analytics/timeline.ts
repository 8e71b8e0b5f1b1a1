/** Evidence counts per day, ISO week (Monday) or month, by type and by polarity, gaps filled. */
import { POLARITIES, type Polarity, RELATIONS, type RelationType } from "../domain/relations.js";

export const BUCKETS = ["day", "week", "month"] as const;
export type Bucket = (typeof BUCKETS)[number];

export interface DayCount {
  /** YYYY-MM-DD */
  day: string;
  type: RelationType;
  evidence: number;
}

export interface TimeBucket {
  /** First day of the bucket, YYYY-MM-DD. */
  start: string;
  /** Last day of the bucket, YYYY-MM-DD. */
  end: string;
  total: number;
  byPolarity: Record<Polarity, number>;
  byType: Partial<Record<RelationType, number>>;
}

const DAY_MS = 86_400_000;

function parse(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first day of the bucket holding `day`. */
export function bucketStart(day: string, bucket: Bucket): string {
  const d = parse(day);
  if (bucket === "day") return format(d);
  if (bucket === "month") return format(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)));
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  return format(new Date(d.getTime() - sinceMonday * DAY_MS));
}

/** The first day of the bucket after the one starting at `start`. */
export function nextBucket(start: string, bucket: Bucket): string {
  const d = parse(start);
  if (bucket === "day") return format(new Date(d.getTime() + DAY_MS));
  if (bucket === "week") return format(new Date(d.getTime() + 7 * DAY_MS));
  return format(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
}

/** How many buckets [from, to] spans. */
export function bucketCount(from: string, to: string, bucket: Bucket): number {
  const a = parse(bucketStart(from, bucket));
  const b = parse(bucketStart(to, bucket));
  if (bucket === "day") return Math.round((b.getTime() - a.getTime()) / DAY_MS) + 1;
  if (bucket === "week") return Math.round((b.getTime() - a.getTime()) / (7 * DAY_MS)) + 1;
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
}

function emptyBucket(start: string, bucket: Bucket): TimeBucket {
  const end = format(new Date(parse(nextBucket(start, bucket)).getTime() - DAY_MS));
  return {
    start,
    end,
    total: 0,
    byPolarity: Object.fromEntries(POLARITIES.map((p) => [p, 0])) as Record<Polarity, number>,
    byType: {},
  };
}

/**
 * Buckets covering [from, to] (both days included; the range defaults to the data's own
 * first and last day), empty ones included so that a chart's x axis is even.
 */
export function bucketise(
  counts: readonly DayCount[],
  bucket: Bucket,
  from?: string,
  to?: string,
): TimeBucket[] {
  const days = counts.map((c) => c.day).sort();
  const first = from ?? days[0];
  const last = to ?? days[days.length - 1];
  if (first === undefined || last === undefined || first > last) return [];
  const buckets = new Map<string, TimeBucket>();
  const lastStart = bucketStart(last, bucket);
  for (let s = bucketStart(first, bucket); s <= lastStart; s = nextBucket(s, bucket))
    buckets.set(s, emptyBucket(s, bucket));
  for (const c of counts) {
    const b = buckets.get(bucketStart(c.day, bucket));
    if (!b) continue;
    b.total += c.evidence;
    b.byPolarity[RELATIONS[c.type].polarity] += c.evidence;
    b.byType[c.type] = (b.byType[c.type] ?? 0) + c.evidence;
  }
  return [...buckets.values()];
}
