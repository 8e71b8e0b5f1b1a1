/** prestart: builds the explorer when client/dist is missing or older than its sources. */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const built = path.join(here, "dist", "index.html");
const sources = [path.join(here, "src"), path.join(here, "index.html"), path.join(here, "vite.config.ts")];
const shared = [
  path.join(here, "..", "server", "src", "domain"),
  path.join(here, "..", "server", "src", "contracts"),
];

function newest(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
const sourcesAt = Math.max(...[...sources, ...shared].map(newest));
if (builtAt >= sourcesAt) {
  console.log("client/dist is up to date");
} else {
  console.log(
    builtAt ? "client/dist is older than its sources: rebuilding" : "client/dist is missing: building",
  );
  execFileSync("npx", ["vite", "build", "--config", path.join(here, "vite.config.ts")], { stdio: "inherit" });
}
