/** Serves the built explorer (client/dist) at / when it has been built. */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

export const CLIENT_DIST = path.resolve(fileURLToPath(import.meta.url), "../../../../client/dist");

export const clientPlugin = fp(
  async (app: FastifyInstance) => {
    if (!existsSync(path.join(CLIENT_DIST, "index.html"))) {
      app.log.warn(`no built client in ${CLIENT_DIST}: run npm run build:client`);
      return;
    }
    await app.register(fastifyStatic, { root: CLIENT_DIST, wildcard: false });
  },
  { name: "client" },
);
