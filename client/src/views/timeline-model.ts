/**
 * Pure parts of the Timeline view: the chart's bars and the stepping date window that the
 * play button moves along the buckets.
 */
import type { TimelineResponse } from "../../../server/src/contracts/analytics.js";
import type { AppState } from "../state.js";
import { analyticsQuery } from "./alignment-model.js";

export const BUCKET_CHOICES = ["day", "week", "month"] as const;
export type BucketChoice = (typeof BUCKET_CHOICES)[number];
export const SPAN_CHOICES = [1, 2, 4, 8, 13, 26] as const;

export function bucketOf(params: Record<string, string>): BucketChoice {
  return (BUCKET_CHOICES as readonly string[]).includes(params.bucket ?? "")
    ? (params.bucket as BucketChoice)
    : "week";
}

export function spanOf(params: Record<string, string>): number {
  const n = Number(params.span);
  return Number.isInteger(n) && n >= 1 && n <= 520 ? n : 4;
}

/** The chart covers all the data: the window the play button steps is the app's date filter. */
export function timelineUrl(state: AppState, bucket: BucketChoice): string {
  const whole = { ...state, filters: { ...state.filters, from: null, to: null } };
  return `/api/analytics/timeline${analyticsQuery(whole, { bucket, actor: state.focus ?? undefined })}`;
}

export interface DateWindow {
  from: string;
  to: string;
}

/** The window of `span` buckets starting at bucket `index` (clamped to the data). */
export function windowAt(
  buckets: TimelineResponse["buckets"],
  index: number,
  span: number,
): DateWindow | null {
  if (buckets.length === 0) return null;
  const start = Math.max(0, Math.min(index, buckets.length - 1));
  const end = Math.min(buckets.length - 1, start + Math.max(1, span) - 1);
  const first = buckets[start];
  const last = buckets[end];
  return first && last ? { from: first.start, to: last.end } : null;
}

/** The index of the bucket the window starts in, or -1 when no window is set. */
export function windowIndex(buckets: TimelineResponse["buckets"], from: string | null): number {
  if (from === null) return -1;
  return buckets.findIndex((b) => b.start <= from && from <= b.end);
}

/** The next window when playing: one bucket on; null at the end. */
export function nextWindow(
  buckets: TimelineResponse["buckets"],
  from: string | null,
  span: number,
): DateWindow | null {
  const at = windowIndex(buckets, from);
  const next = at + 1;
  if (next + Math.max(1, span) - 1 > buckets.length - 1 && at >= 0) return null;
  return windowAt(buckets, Math.max(0, next), span);
}

export interface Bar {
  index: number;
  start: string;
  end: string;
  x: number;
  width: number;
  /** Stacked from the baseline: conflictual at the bottom, then neutral, then cooperative. */
  segments: {
    polarity: "conflictual" | "neutral" | "cooperative";
    y: number;
    height: number;
    count: number;
  }[];
  total: number;
}

export function chartBars(buckets: TimelineResponse["buckets"], width: number, height: number): Bar[] {
  const max = Math.max(1, ...buckets.map((b) => b.total));
  const slot = buckets.length === 0 ? 0 : width / buckets.length;
  return buckets.map((b, index) => {
    let base = height;
    const segments = (["conflictual", "neutral", "cooperative"] as const).map((polarity) => {
      const count = b.byPolarity[polarity] ?? 0;
      const h = (count / max) * height;
      base -= h;
      return { polarity, y: base, height: h, count };
    });
    return {
      index,
      start: b.start,
      end: b.end,
      x: index * slot,
      width: Math.max(1, slot * 0.85),
      segments,
      total: b.total,
    };
  });
}
