/** The explorer's build: client/ → client/dist, served by the API at /; `npm run dev` proxies /api. */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const apiPort = process.env.API_PORT ?? "8080";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: Number(process.env.CLIENT_PORT ?? 5173),
    proxy: { "/api": { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false } },
  },
});
