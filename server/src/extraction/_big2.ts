import { extract } from "./pipeline.js";
const paragraph = "Russian Foreign Minister Sergey Lavrov called on Armenia and Azerbaijan to cease fire. The Armenian army said it shelled positions near the border, and Azerbaijan accused Armenia of attacking civilians. ";
const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length)).slice(0, 5_000_000);
const cpu0 = process.cpuUsage();
const t = performance.now();
const r = extract({ text, publishedAt: "2020-10-01" });
console.log("ms", performance.now() - t, "cpu ms", (process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1000, r.relations.length, process.memoryUsage().rss / 1e6);
