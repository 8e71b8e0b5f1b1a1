/**
 * The notebook examples in examples/ run against a real server (the app on the test graph,
 * listening on a loopback port) and print what they promise.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testAppOnFreshGraph } from "../support/app.js";
import { loadFixture } from "../support/graph-fixture.js";

const run = promisify(execFile);
const EXAMPLES = path.resolve(fileURLToPath(import.meta.url), "../../../examples");
const hasPython = await run("python3", ["--version"]).then(
  () => true,
  () => false,
);

describe("examples/", () => {
  let app: FastifyInstance;
  let env: NodeJS.ProcessEnv;
  let cwd: string;
  beforeAll(async () => {
    app = await testAppOnFreshGraph({ load: loadFixture });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    env = { ...process.env, DIPLOGRAPH_URL: `http://127.0.0.1:${port}` };
    cwd = mkdtempSync(path.join(os.tmpdir(), "diplograph-examples-"));
  });
  afterAll(async () => {
    rmSync(cwd, { recursive: true, force: true });
    await app.close();
  });

  it("alignment.mjs prints blocs, pairs and mediators and saves the edges as CSV", async () => {
    const { stdout } = await run("node", [path.join(EXAMPLES, "alignment.mjs"), "2020-09-01", "2020-12-31"], {
      env,
      cwd,
    });
    expect(stdout).toMatch(/^Blocs 2020-09-01 → 2020-12-31/);
    expect(stdout).toMatch(/bloc 0: .*Armenia|bloc 0: .*Azerbaijan/);
    expect(stdout).toMatch(/Armenia – Azerbaijan: -0\.\d\d|Armenia – Azerbaijan: -1\.00/);
    expect(stdout).toMatch(/Mediators between (Armenia and Azerbaijan|Azerbaijan and Armenia)\n {2}Russia/);
    const csv = readFileSync(path.join(cwd, "edges.csv"), "utf8").trim().split("\n");
    expect(csv[0]).toMatch(/^id,source,target,type,/);
    expect(csv.length).toBeGreaterThan(3);
  });

  it("alignment.mjs reports an API error in its one shape and exits 1", async () => {
    const failed = await run("node", [path.join(EXAMPLES, "alignment.mjs"), "2020-13-01"], {
      env,
      cwd,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain("400 VALIDATION_FAILED");
  });

  it.skipIf(!hasPython)("alignment.py prints the same blocs and mediators", async () => {
    const { stdout } = await run(
      "python3",
      [path.join(EXAMPLES, "alignment.py"), "2020-09-01", "2020-12-31"],
      {
        env,
        cwd,
      },
    );
    expect(stdout).toMatch(/^Blocs \(balance: \d+ of \d+ signed triangles\)/);
    expect(stdout).toMatch(/Mediators between (Armenia and Azerbaijan|Azerbaijan and Armenia)\n {2}Russia/);
  });
});
