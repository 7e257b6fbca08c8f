# syntax=docker/dockerfile:1
# TrialLens as one container: `docker build -t triallens .` then, for example,
#   docker run -p 8080:8080 \
#     -e TRIALLENS_DB_URL=jdbc:postgresql://db.example:5432/triallens \
#     -e TRIALLENS_DB_USER=triallens -e TRIALLENS_DB_PASSWORD=... \
#     -e TRIALLENS_ADMIN_INITIAL_PASSWORD=... triallens
#
# Environment (see README, "Deploying"):
#   SPRING_PROFILES_ACTIVE            postgres (set below); the image is meant for PostgreSQL 14+
#   TRIALLENS_DB_URL                  JDBC URL, default jdbc:postgresql://localhost:5432/triallens
#   TRIALLENS_DB_USER                 default triallens
#   TRIALLENS_DB_PASSWORD             default empty
#   TRIALLENS_DB_POOL_SIZE            connections per instance, default 10
#   TRIALLENS_ADMIN_INITIAL_PASSWORD  password of user `admin`, created on the first start only
#   TRIALLENS_SESSION_TIMEOUT         idle time before sign-in is asked again, default 30m
#   PORT                              HTTP port inside the container, default 8080
#   JAVA_TOOL_OPTIONS                 JVM options, default -XX:MaxRAMPercentage=75

# ---- build: JDK 25 + Node 24 (the chart bundle runs npm ci + esbuild; Vaadin's build-frontend needs
# node with npm beside it, in NODE_DIR/../lib/node_modules/npm, which the node image's layout has)
FROM node:24-bookworm-slim AS node

FROM eclipse-temurin:25-jdk AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && node --version && npm --version
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY chart-module/package.json chart-module/package-lock.json chart-module/build.mjs chart-module/
COPY frontend frontend
COPY src src
# Tests run in CI (.ci/run), not here: they need Chromium and PostgreSQL.
RUN --mount=type=cache,target=/root/.m2 --mount=type=cache,target=/root/.npm \
    ./mvnw -B -DskipTests package \
 && cp target/triallens-*.jar /triallens.jar \
 && java -Djarmode=tools -jar /triallens.jar extract --destination /extracted

# ---- run: JRE only, unprivileged user
FROM eclipse-temurin:25-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin triallens \
 && mkdir -p /app/data && chown -R triallens /app
WORKDIR /app
COPY --from=build /extracted/ /app/
USER triallens
ENV JAVA_TOOL_OPTIONS=-XX:MaxRAMPercentage=75
# Start-up (issue 13): the jar extracted (/app/triallens.jar + /app/lib/, by Spring Boot's jarmode=tools above),
# and the JDK's ahead-of-time cache (JDK 25; Spring Boot's "AOT Cache"): a training run starts the application
# context once and exits after the refresh, on a throw-away embedded H2 database (no PostgreSQL while building),
# and the JVM writes the classes it loaded and linked, with their profiles, to /app/triallens.aot. The cache
# fits only this JDK, these jars and these JVM options (JAVA_TOOL_OPTIONS above, set before the training on
# purpose); a start it does not fit prints a warning and runs without it. Measured: bench/cold-start.sh.
RUN java -XX:AOTCacheOutput=/app/triallens.aot -Dspring.context.exit=onRefresh -jar /app/triallens.jar \
      --spring.datasource.url=jdbc:h2:file:/tmp/aot-training/db \
 && rm -rf /tmp/aot-training
ENV SPRING_PROFILES_ACTIVE=postgres \
    PORT=8080 \
    TRIALLENS_SESSION_TIMEOUT=30m
EXPOSE 8080
# Liveness only: a database outage shows on /actuator/health/readiness, and restarting would not help.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS "http://localhost:${PORT}/actuator/health/liveness" || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=/app/triallens.aot", "-jar", "/app/triallens.jar"]
