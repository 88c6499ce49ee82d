//! Compiles `proto/` into Rust server and client code without a system `protoc`.
//!
//! protox (pure Rust) parses the proto files into a descriptor set; tonic-prost-build generates the
//! code from that set; and the same set, encoded, is written to `OUT_DIR` for gRPC reflection and
//! for the CLI's proto3 JSON output. The descriptor-set path emits neither the file nor the
//! rerun-if-changed lines by itself, so both are done here.

use std::{env, fs, path::PathBuf};

use prost::Message;

const PROTO_ROOT: &str = "proto";
const PROTO_FILES: &[&str] = &["proto/enrich/v1/enrich.proto"];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo:rerun-if-changed={PROTO_ROOT}");
    for file in PROTO_FILES {
        println!("cargo:rerun-if-changed={file}");
    }

    let descriptor_set = protox::compile(PROTO_FILES, [PROTO_ROOT])?;
    let out_dir = PathBuf::from(env::var("OUT_DIR")?);
    fs::write(
        out_dir.join("enrich_descriptor.bin"),
        descriptor_set.encode_to_vec(),
    )?;

    tonic_prost_build::configure()
        .build_server(true)
        .build_client(true)
        .compile_fds(descriptor_set)?;
    Ok(())
}
