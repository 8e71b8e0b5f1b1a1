# The diplograph app; Neo4j runs as its own container (docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build:client
ENV HOST=0.0.0.0 PORT=8080
EXPOSE 8080
CMD ["npx", "tsx", "server/src/server.ts"]
