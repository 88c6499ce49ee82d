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

    // The commit this binary was built from, for `naba --version` and GetCapabilities; "unknown"
    // outside a git checkout (a source archive, a container build without .git).
    for git_file in [".git/HEAD", ".git/refs/heads", ".git/packed-refs"] {
        if std::path::Path::new(git_file).exists() {
            println!("cargo:rerun-if-changed={git_file}");
        }
    }
    let revision = std::process::Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .output()
        .ok()
        .filter(|out| out.status.success())
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_string())
        .filter(|rev| !rev.is_empty())
        .unwrap_or_else(|| "unknown".to_string());
    println!("cargo:rustc-env=NABA_GIT_REVISION={revision}");

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
