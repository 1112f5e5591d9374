# syntax=docker/dockerfile:1
# Audio Tài Lộc storefront.
#   docker build --target runner  -t audio-tai-loc .          the web server (Next standalone output)
#   docker build --target migrate -t audio-tai-loc-migrate .  one-shot `npm run db:migrate`
# docker-compose.yml builds and wires both.

ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS base
ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app

# --- deps: every dependency, dev ones included (the build and the migrate CLI need them) -----------
FROM base AS deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund

# --- builder: next build (next.config.ts sets output: 'standalone') -------------------------------
FROM base AS builder
# NEXT_PUBLIC_* values are inlined into the client bundle at build time, not read at run time.
ARG NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME=""
ENV NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME=${NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME}
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# public/ may be empty, and git does not keep empty folders; the runner copies it either way.
RUN mkdir -p public && npm run build

# --- migrate: applies db/migrations to DATABASE_URL and exits --------------------------------------
# Built from the builder: it needs the full node_modules (tsx, drizzle), db/, lib/ and tsconfig paths.
# No NODE_ENV=production here: lib/env.ts would then demand the web server's secrets, and migrating
# needs only DATABASE_URL.
FROM builder AS migrate
USER node
CMD ["npm", "run", "db:migrate"]

# --- runner: the standalone server only, as a non-root user ---------------------------------------
FROM base AS runner
# NEXT_MANUAL_SIG_HANDLE: Next leaves SIGTERM to the app, which drains requests and jobs before exiting.
ENV NODE_ENV=production \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    NEXT_MANUAL_SIG_HANDLE=true
# The node image's own unprivileged user (uid 1000). It owns .next so the ISR and image caches can be written.
COPY --from=builder --chown=node:node /app/public ./public
COPY --from=builder --chown=node:node /app/.next/standalone ./
COPY --from=builder --chown=node:node /app/.next/static ./.next/static
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server.js"]
