# naba: multi-stage build. The models and lexicons are compiled into the binary, so the runtime
# image holds one file. Build: docker build -t naba .   Run: docker run -p 50051:50051 naba
FROM rust:1.88-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock build.rs ./
COPY proto proto
COPY src src
COPY resources resources
# naba load's default input (the seed articles) is compiled in.
COPY seeds seeds
COPY benches benches
RUN cargo build --release --locked --bin naba

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /src/target/release/naba /usr/local/bin/naba
# Inside a container the service must listen on all interfaces; the port is published by the
# runtime. Plaintext: put TLS in front (mesh, ingress) or pass --tls-cert/--tls-key.
ENV NABA_ADDR=0.0.0.0:50051 \
    NABA_LOG_FORMAT=json
EXPOSE 50051
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/naba"]
CMD ["serve"]
