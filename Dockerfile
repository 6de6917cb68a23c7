# syntax=docker/dockerfile:1
# Build with the Maven wrapper, run on a JRE as a non-root user.
FROM eclipse-temurin:17-jdk AS build
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests && cp target/imagegate-*.jar /imagegate.jar

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --user-group --home-dir /app imagegate \
    && mkdir -p /app/data && chown -R imagegate:imagegate /app
WORKDIR /app
COPY --from=build /imagegate.jar /app/imagegate.jar
USER imagegate
# Inside a container the local cloud must listen beyond loopback for -p 4566:4566 to reach it.
ENV IMAGEGATE_LOCAL_BIND_ADDRESS=0.0.0.0 \
    SERVER_ADDRESS=0.0.0.0 \
    IMAGEGATE_LOCAL_DATA_DIR=/app/data
VOLUME /app/data
EXPOSE 8080 4566
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/imagegate.jar"]
