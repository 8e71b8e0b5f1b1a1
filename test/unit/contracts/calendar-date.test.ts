import { describe, expect, it } from "vitest";
import { CalendarDate } from "../../../server/src/contracts/graph.js";

describe("CalendarDate", () => {
  it.each(["2020-02-29", "2024-12-31", "0001-01-01", "9999-12-31"])("accepts %s", (day) => {
    expect(CalendarDate.safeParse(day).success).toBe(true);
  });

  it.each([
    "2021-02-29",
    "2020-02-30",
    "2020-04-31",
    "2020-13-01",
    "2020-00-10",
    "2020-01-00",
    "2020-1-01",
    "20-01-01",
  ])("refuses %s without throwing", (day) => {
    const result = CalendarDate.safeParse(day);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/calendar date|YYYY-MM-DD/);
  });
});
