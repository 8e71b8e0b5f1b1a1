/** npm run db:start | db:stop | db:status | db:fetch — the project's local Neo4j. */
import { loadConfig } from "../config.js";
import {
  devInstance,
  ensureJars,
  localPassword,
  logTail,
  runningPid,
  start,
  stop,
} from "../db/local-server.js";

const command = process.argv[2];
const config = loadConfig(process.env);
const instance = devInstance(config.localBoltPort);
const uri = `bolt://127.0.0.1:${instance.boltPort}`;

if (config.neo4j && command !== "status" && command !== "fetch") {
  console.log(`NEO4J_URI is set (${config.neo4j.uri}): the project uses that server and starts nothing`);
  process.exit(0);
}

try {
  switch (command) {
    case "start": {
      const t0 = Date.now();
      const server = await start(instance, localPassword(), (line) => console.log(line));
      const took = ((Date.now() - t0) / 1000).toFixed(1);
      console.log(
        server.startedHere
          ? `Neo4j is up on ${server.uri} (pid ${server.pid}, ready in ${took} s)`
          : `Neo4j is already running on ${server.uri} (pid ${server.pid})`,
      );
      console.log("user neo4j, password in neo4j/.local/password");
      break;
    }
    case "fetch":
      await ensureJars();
      console.log("Neo4j jars are in neo4j/.local/lib");
      break;
    case "stop":
      console.log((await stop(instance)) ? "Neo4j stopped" : "Neo4j was not running");
      break;
    case "status": {
      if (config.neo4j) {
        console.log(`NEO4J_URI is set: using ${config.neo4j.uri}`);
        break;
      }
      const pid = runningPid(instance);
      console.log(pid === undefined ? "Neo4j is not running" : `Neo4j is running on ${uri} (pid ${pid})`);
      process.exitCode = pid === undefined ? 3 : 0;
      break;
    }
    default:
      console.error("usage: db.ts start|stop|status|fetch");
      process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  if (!(error instanceof Error && error.message.includes("Server log"))) console.error(logTail(instance));
  process.exitCode = 1;
}
