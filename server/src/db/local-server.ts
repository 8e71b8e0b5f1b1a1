/**
 * A Neo4j Community server run by the project itself: jars fetched from Maven Central
 * with the pom in neo4j/, one JVM started with `java`, password auth kept on.
 * See neo4j/README.md for the recipe this follows.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SingleBar } from "cli-progress";
import neo4j from "neo4j-driver";

export const NEO4J_DIR = path.resolve(fileURLToPath(import.meta.url), "../../../../neo4j");
const LOCAL_DIR = path.join(NEO4J_DIR, ".local");
const LIB_DIR = path.join(LOCAL_DIR, "lib");
const PASSWORD_FILE = path.join(LOCAL_DIR, "password");
/** Jar count of the pinned version, for the download progress bar. */
const EXPECTED_JARS = 213;
const READY_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 30_000;
export const LOCAL_USER = "neo4j";

export interface LocalInstance {
  /** Absolute home of this instance: conf/, data/, logs/, run/, neo4j.pid, console.log. */
  home: string;
  boltPort: number;
  heap: string;
  pageCache: string;
}

export interface RunningServer {
  uri: string;
  user: string;
  password: string;
  pid: number;
  /** True when this call started the server (and so the caller should stop it). */
  startedHere: boolean;
}

export type Progress = (line: string) => void;

/** The dev server: `neo4j/.local/dev` on the default port, a separate data dir per other port. */
export function devInstance(boltPort: number): LocalInstance {
  const home = path.join(LOCAL_DIR, boltPort === 7687 ? "dev" : `dev-${boltPort}`);
  return { home, boltPort, heap: "1g", pageCache: "256m" };
}

/** Fetches the Neo4j jars into neo4j/.local/lib unless they are there, with a progress bar. */
export async function ensureJars(): Promise<void> {
  if (existsSync(LIB_DIR) && readdirSync(LIB_DIR).some((f) => /^neo4j-5\.26\.\d+\.jar$/.test(f))) return;
  mkdirSync(LOCAL_DIR, { recursive: true });
  const bar = new SingleBar({
    format: "fetching Neo4j jars from Maven Central [{bar}] {value}/{total} jars, {mb} MB",
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 5000,
  });
  bar.start(EXPECTED_JARS, 0, { mb: "0.0" });
  let jars = 0;
  let bytes = 0;
  const mvn = spawn(
    "mvn",
    [
      "-B",
      "-f",
      path.join(NEO4J_DIR, "pom.xml"),
      "dependency:copy-dependencies",
      "-DincludeScope=runtime",
      `-DoutputDirectory=${LIB_DIR}`,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const tail: string[] = [];
  const onLine = (line: string) => {
    tail.push(line);
    if (tail.length > 30) tail.shift();
    const done = /Downloaded from \S+: \S+\.jar \(([\d.]+) (kB|MB|B)/.exec(line);
    if (done?.[1]) {
      jars += 1;
      const size = Number(done[1]);
      bytes += done[2] === "MB" ? size * 1e6 : done[2] === "kB" ? size * 1e3 : size;
      bar.update(Math.min(jars, EXPECTED_JARS), { mb: (bytes / 1e6).toFixed(1) });
    }
  };
  let buffered = "";
  mvn.stdout.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const l of lines) onLine(l);
  });
  mvn.stderr.on("data", (chunk: Buffer) => onLine(chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    mvn.on("error", reject);
    mvn.on("exit", resolve);
  });
  bar.update(EXPECTED_JARS);
  bar.stop();
  if (code !== 0) {
    throw new Error(`mvn could not fetch the Neo4j jars (exit ${code}):\n${tail.join("\n")}`);
  }
}

/** The generated password of the local dev server, created on first use (mode 600). */
export function localPassword(): string {
  if (existsSync(PASSWORD_FILE)) return readFileSync(PASSWORD_FILE, "utf8").trim();
  mkdirSync(LOCAL_DIR, { recursive: true });
  const password = randomBytes(18).toString("hex");
  writeFileSync(PASSWORD_FILE, `${password}\n`, { mode: 0o600 });
  return password;
}

function confText(inst: LocalInstance): string {
  const dir = (name: string) => path.join(inst.home, name);
  return [
    "server.default_listen_address=127.0.0.1",
    `server.bolt.listen_address=127.0.0.1:${inst.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${inst.boltPort}`,
    "server.http.enabled=false",
    "server.https.enabled=false",
    `server.memory.heap.initial_size=${inst.heap}`,
    `server.memory.heap.max_size=${inst.heap}`,
    `server.memory.pagecache.size=${inst.pageCache}`,
    `server.directories.data=${dir("data")}`,
    `server.directories.logs=${dir("logs")}`,
    `server.directories.run=${dir("run")}`,
    "dbms.usage_report.enabled=false",
    // Transaction timeouts are enforced when this monitor ticks (default 2 s): per-query timeouts of
    // a fraction of a second need a faster tick.
    "db.transaction.monitor.check.interval=100ms",
    "",
  ].join("\n");
}

const pidFile = (inst: LocalInstance) => path.join(inst.home, "neo4j.pid");
const consoleLog = (inst: LocalInstance) => path.join(inst.home, "console.log");

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid of this instance's server when it is running. */
export function runningPid(inst: LocalInstance): number | undefined {
  if (!existsSync(pidFile(inst))) return undefined;
  const pid = Number(readFileSync(pidFile(inst), "utf8").trim());
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

export function logTail(inst: LocalInstance, lines = 25): string {
  const file = consoleLog(inst);
  if (!existsSync(file)) return "(no server log)";
  return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

function java(inst: LocalInstance, args: string[], opts: { detached: boolean; log?: number }): ChildProcess {
  return spawn("java", [`-Xms${inst.heap}`, `-Xmx${inst.heap}`, "-cp", path.join(LIB_DIR, "*"), ...args], {
    env: { ...process.env, NEO4J_HOME: inst.home, NEO4J_CONF: path.join(inst.home, "conf") },
    detached: opts.detached,
    stdio: ["ignore", opts.log ?? "pipe", opts.log ?? "pipe"],
  });
}

async function runToEnd(child: ChildProcess): Promise<{ code: number | null; output: string }> {
  let output = "";
  child.stdout?.on("data", (c: Buffer) => {
    output += c.toString();
  });
  child.stderr?.on("data", (c: Buffer) => {
    output += c.toString();
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", resolve);
  });
  return { code, output };
}

async function waitUntilAnswers(uri: string, password: string, child: ChildProcess, inst: LocalInstance) {
  let exited: number | null | undefined;
  child.on("exit", (code) => {
    exited = code;
  });
  const driver = neo4j.driver(uri, neo4j.auth.basic(LOCAL_USER, password), { connectionTimeout: 2000 });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    while (Date.now() < deadline) {
      if (exited !== undefined) {
        throw new Error(`Neo4j exited with code ${exited} before it answered. Server log:\n${logTail(inst)}`);
      }
      try {
        await driver.getServerInfo();
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 300));
      }
    }
    throw new Error(
      `Neo4j did not answer within ${READY_TIMEOUT_MS / 1000} s. Server log:\n${logTail(inst)}`,
    );
  } finally {
    await driver.close();
  }
}

export async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/**
 * Starts the instance unless it already runs (idempotent), and waits until it answers.
 * The JVM is detached so a terminal's Ctrl-C reaches only the caller, which then stops
 * the server cleanly with stop().
 */
export async function start(
  inst: LocalInstance,
  password: string,
  progress: Progress,
): Promise<RunningServer> {
  const uri = `bolt://127.0.0.1:${inst.boltPort}`;
  const pid = runningPid(inst);
  if (pid !== undefined) return { uri, user: LOCAL_USER, password, pid, startedHere: false };
  if (!(await isPortFree(inst.boltPort))) {
    throw new Error(
      `port ${inst.boltPort} is taken by another program; set NEO4J_LOCAL_BOLT_PORT to a free port, or NEO4J_URI to use that server`,
    );
  }
  await ensureJars();
  for (const d of ["conf", "data", "logs", "run"]) mkdirSync(path.join(inst.home, d), { recursive: true });
  writeFileSync(path.join(inst.home, "conf", "neo4j.conf"), confText(inst));
  const fresh = !existsSync(path.join(inst.home, "data", "dbms"));
  if (fresh) {
    // neo4j-admin would read a leading "-" as an option.
    if (password.startsWith("-") || password.length < 8) {
      throw new Error("the local Neo4j password must have at least 8 characters and not start with '-'");
    }
    const setPw = await runToEnd(
      java(inst, ["org.neo4j.cli.AdminTool", "dbms", "set-initial-password", password], { detached: false }),
    );
    if (setPw.code !== 0) throw new Error(`could not set the initial Neo4j password:\n${setPw.output}`);
  }
  progress(
    `starting Neo4j on ${uri} (${fresh ? "new" : "existing"} data in ${path.relative(process.cwd(), inst.home)})`,
  );
  const log = openSync(consoleLog(inst), "w");
  const child = java(
    inst,
    [
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "-Dio.netty.tryReflectionSetAccessible=true",
      "-Dfile.encoding=UTF-8",
      "org.neo4j.server.CommunityEntryPoint",
      `--home-dir=${inst.home}`,
      `--config-dir=${path.join(inst.home, "conf")}`,
      "--console-mode",
    ],
    { detached: true, log },
  );
  closeSync(log);
  if (child.pid === undefined) throw new Error("could not start java: is Java 17+ on the PATH?");
  writeFileSync(pidFile(inst), `${child.pid}\n`);
  try {
    await waitUntilAnswers(uri, password, child, inst);
  } catch (error) {
    await stop(inst);
    throw error;
  }
  child.unref();
  return { uri, user: LOCAL_USER, password, pid: child.pid, startedHere: true };
}

/** SIGTERM for a clean shutdown, SIGKILL after the grace period. Resolves once the JVM is gone. */
export async function stop(inst: LocalInstance): Promise<boolean> {
  const pid = runningPid(inst);
  if (pid === undefined) {
    rmSync(pidFile(inst), { force: true });
    return false;
  }
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + STOP_GRACE_MS;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
  while (isAlive(pid)) await new Promise((r) => setTimeout(r, 100));
  rmSync(pidFile(inst), { force: true });
  return true;
}

/** For exit handlers, where nothing can be awaited: asks the JVM to shut down on its own. */
export function signalStop(inst: LocalInstance): void {
  const pid = runningPid(inst);
  if (pid !== undefined) process.kill(pid, "SIGTERM");
}
