# syntax=docker/dockerfile:1
# Build with the Maven wrapper on JDK 17 (the portal is Java 17 byte code), run on a Java 25 JRE
# as a non-root user, from the extracted jar with an ahead-of-time cache made by a training run:
# classes loaded, linked and profiled once at build time instead of at every start (about a
# third of a plain java -jar's start-up; see docs/benchmarks.md).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests \
    && java -Djarmode=tools -jar target/imagegate-*.jar extract --destination /extracted \
    && mv /extracted/imagegate-*.jar /extracted/imagegate.jar

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --user-group --home-dir /app imagegate \
    && mkdir -p /app/data && chown -R imagegate:imagegate /app
WORKDIR /app
COPY --from=build --chown=imagegate:imagegate /extracted /app
USER imagegate
# Training run: start the portal with its local cloud, wait until both are ready, load a page and
# answer an S3 request, then stop; the JVM writes the AOT cache as it exits. A throwaway account
# and data directory: nothing of the training is kept but the cache.
RUN java -XX:AOTCacheOutput=/app/imagegate.aot -jar /app/imagegate.jar --server.port=18080 \
      --imagegate.local.port=14566 --imagegate.local.data-dir=/tmp/training \
      --imagegate.security.users[0].name=training --imagegate.security.users[0].password=training-only \
      >/tmp/training.log 2>&1 & pid=$!; \
    for i in $(seq 1 180); do \
      curl -fs -o /dev/null http://localhost:14566/_imagegate/health \
        && curl -fs -o /dev/null http://localhost:18080/actuator/health/readiness && break; \
      sleep 1; \
    done; \
    curl -fs -o /dev/null http://localhost:18080/login; \
    curl -s -o /dev/null http://localhost:14566/training/key; \
    kill -TERM $pid; wait $pid; \
    rm -rf /tmp/training /tmp/training.log; test -f /app/imagegate.aot
# Inside a container both servers must listen beyond loopback for -p to reach them.
ENV IMAGEGATE_LOCAL_BIND_ADDRESS=0.0.0.0 \
    SERVER_ADDRESS=0.0.0.0 \
    IMAGEGATE_LOCAL_DATA_DIR=/app/data
VOLUME /app/data
EXPOSE 8080 4566
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=/app/imagegate.aot", "-jar", "/app/imagegate.jar"]
