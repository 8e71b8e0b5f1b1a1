import { readFileSync } from "node:fs";
import { extract } from "./pipeline.js";
const base = readFileSync("/work/shared/seed-article.txt", "utf8");
const big = base.repeat(Math.ceil(5_000_000 / base.length)).slice(0, 5_000_000);
const cpu0 = process.cpuUsage();
const t = performance.now();
const r = extract({ text: big, publishedAt: "2020-10-01" });
console.log("ms", performance.now() - t, "cpu ms", (process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1000, r.relations.length, process.memoryUsage().rss / 1e6);
