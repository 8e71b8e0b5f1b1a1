/** npm start's promise: Ctrl-C stops the app and the Neo4j it started, leaving no Java behind. */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { devInstance, freePort } from "../../server/src/db/local-server.js";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("server.ts with its own local Neo4j", () => {
  it("serves health, then on SIGINT exits 0 and stops the JVM it started", { timeout: 120_000 }, async () => {
    const [boltPort, httpPort] = [await freePort(), await freePort()];
    const instance = devInstance(boltPort);
    const server = spawn(process.execPath, ["--import", "tsx", "server/src/server.ts"], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      env: {
        ...process.env,
        NEO4J_URI: "",
        NEO4J_LOCAL_BOLT_PORT: String(boltPort),
        PORT: String(httpPort),
        SEED_ON_START: "false",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    server.stdout.on("data", (c: Buffer) => {
      output += c.toString();
    });
    server.stderr.on("data", (c: Buffer) => {
      output += c.toString();
    });
    const exited = new Promise<number | null>((resolve) => server.on("exit", resolve));
    try {
      let status = 0;
      for (let i = 0; i < 240 && status !== 200; i++) {
        status = await fetch(`http://127.0.0.1:${httpPort}/api/health`).then(
          (r) => r.status,
          () => 0,
        );
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect(status, output).toBe(200);
      const jvm = Number(readFileSync(path.join(instance.home, "neo4j.pid"), "utf8"));
      expect(alive(jvm)).toBe(true);

      // Signal the node process that runs server.ts, as a terminal's Ctrl-C would.
      process.kill(server.pid ?? 0, "SIGINT");
      expect(await exited).toBe(0);
      for (let i = 0; i < 100 && alive(jvm); i++) await new Promise((r) => setTimeout(r, 100));
      expect(alive(jvm)).toBe(false);
      expect(existsSync(path.join(instance.home, "neo4j.pid"))).toBe(false);
    } finally {
      server.kill("SIGKILL");
      rmSync(instance.home, { recursive: true, force: true });
    }
  });
});
