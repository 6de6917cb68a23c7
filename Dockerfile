# syntax=docker/dockerfile:1
# Build with the Maven wrapper, run on a JRE as a non-root user, from an extracted jar with a
# class data sharing archive (about half the start-up time of a plain java -jar; see
# docs/benchmarks.md).
FROM eclipse-temurin:17-jdk AS build
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests \
    && java -Djarmode=tools -jar target/imagegate-*.jar extract --destination /extracted \
    && mv /extracted/imagegate-*.jar /extracted/imagegate.jar

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --user-group --home-dir /app imagegate \
    && mkdir -p /app/data && chown -R imagegate:imagegate /app
WORKDIR /app
COPY --from=build --chown=imagegate:imagegate /extracted /app
USER imagegate
# Training run: start once, stop when the context is ready, record the classes for CDS.
RUN java -XX:ArchiveClassesAtExit=/app/imagegate.jsa -Dspring.context.exit=onRefresh -jar /app/imagegate.jar \
      --server.port=0 --imagegate.local.port=0 --imagegate.local.data-dir=/tmp/training \
    ; rm -rf /tmp/training; test -f /app/imagegate.jsa
# Inside a container both servers must listen beyond loopback for -p to reach them.
ENV IMAGEGATE_LOCAL_BIND_ADDRESS=0.0.0.0 \
    SERVER_ADDRESS=0.0.0.0 \
    IMAGEGATE_LOCAL_DATA_DIR=/app/data
VOLUME /app/data
EXPOSE 8080 4566
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/imagegate.jsa", "-jar", "/app/imagegate.jar"]
