import { describe, expect, it } from "vitest";
import { bucketCount, bucketise, bucketStart } from "../../../server/src/analytics/timeline.js";

describe("bucketStart", () => {
  it.each([
    ["2020-10-01", "day", "2020-10-01"],
    ["2020-10-01", "week", "2020-09-28"], // a Thursday → its Monday
    ["2020-10-04", "week", "2020-09-28"], // Sunday ends the ISO week
    ["2020-10-05", "week", "2020-10-05"],
    ["2020-10-31", "month", "2020-10-01"],
  ] as const)("%s by %s starts on %s", (day, bucket, start) => {
    expect(bucketStart(day, bucket)).toBe(start);
  });
});

describe("bucketise", () => {
  it("counts by type and polarity and fills empty buckets", () => {
    const buckets = bucketise(
      [
        { day: "2020-09-30", type: "ATTACKS", evidence: 2 },
        { day: "2020-10-01", type: "TALKS_WITH", evidence: 1 },
        { day: "2020-10-15", type: "CALLS_FOR_CEASEFIRE", evidence: 3 },
      ],
      "week",
    );
    expect(buckets.map((b) => [b.start, b.end, b.total])).toEqual([
      ["2020-09-28", "2020-10-04", 3],
      ["2020-10-05", "2020-10-11", 0],
      ["2020-10-12", "2020-10-18", 3],
    ]);
    expect(buckets[0]?.byPolarity).toEqual({ cooperative: 1, neutral: 0, conflictual: 2 });
    expect(buckets[0]?.byType).toEqual({ ATTACKS: 2, TALKS_WITH: 1 });
    expect(buckets[2]?.byPolarity.neutral).toBe(3);
  });

  it("spans the requested window even where there is no data", () => {
    const buckets = bucketise([], "month", "2020-01-15", "2020-12-31");
    expect(buckets).toHaveLength(12);
    expect(buckets[1]).toMatchObject({ start: "2020-02-01", end: "2020-02-29", total: 0 });
    expect(bucketCount("2020-01-15", "2020-12-31", "month")).toBe(12);
    expect(bucketCount("2020-01-01", "2020-12-31", "day")).toBe(366);
  });

  it("is empty without data or window", () => {
    expect(bucketise([], "day")).toEqual([]);
  });
});
