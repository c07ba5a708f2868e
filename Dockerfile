# syntax=docker/dockerfile:1
# Koppel in production: the API and the built web app in one image, run against the PostgreSQL of DATABASE_URL
# (docker-compose.yml). Without DATABASE_URL it stops with one line: the embedded PostgreSQL of `npm start` cannot run
# as the image's non-root user.
#
#   docker build -t koppel .
#   docker run -e DATABASE_URL=postgres://user:password@host:5432/koppel -p 4000:4000 koppel

ARG NODE_VERSION=24

# ---- build: every dependency, then the TypeScript build and the web app ----
FROM node:${NODE_VERSION}-slim AS build
WORKDIR /app
# The manifests first, so that the install layer is reused while only the sources change.
COPY package.json package-lock.json ./
COPY api/package.json api/
COPY web/package.json web/
COPY packages/reference-data/package.json packages/reference-data/
COPY packages/rules/package.json packages/rules/
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# ---- production dependencies of the API, the reference data and the rules only (not the web app's, which is bundled) ----
FROM node:${NODE_VERSION}-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY api/package.json api/
COPY web/package.json web/
COPY packages/reference-data/package.json packages/reference-data/
COPY packages/rules/package.json packages/rules/
# embedded-postgres (with its binaries) stays although the image does not use it: CLIs such as the seed import it.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --workspace=api --workspace=packages/reference-data --workspace=packages/rules --no-audit --no-fund

# ---- runtime ----
FROM node:${NODE_VERSION}-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
# Owned by root and read-only to the process: the app writes nothing to its own directory in production.
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/package.json ./package.json
COPY --from=build /app/packages/reference-data/package.json ./packages/reference-data/package.json
COPY --from=build /app/packages/reference-data/dist ./packages/reference-data/dist
COPY --from=build /app/packages/reference-data/data ./packages/reference-data/data
COPY --from=build /app/packages/rules/package.json ./packages/rules/package.json
COPY --from=build /app/packages/rules/dist ./packages/rules/dist
COPY --from=build /app/api/package.json /app/api/schema.graphql ./api/
COPY --from=build /app/api/dist ./api/dist
COPY --from=build /app/web/dist ./web/dist

USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node runs as PID 1 and handles SIGTERM itself: it stops accepting, finishes requests in flight, closes the pool.
STOPSIGNAL SIGTERM
CMD ["node", "--max-semi-space-size=16", "api/dist/main.js"]
