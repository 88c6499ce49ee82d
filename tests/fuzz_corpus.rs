//! Replays the fuzzer's kept inputs (`fuzz/regressions/`: a minimized corpus of the pipeline
//! target, and every input that once broke a promise) through the same contract checks, on stable
//! and without the fuzzer, so that CI catches a regression the fuzzer found once.

use std::path::Path;

use naba::pipeline::Pipeline;
use naba::service::contract;

#[test]
fn every_kept_fuzz_input_keeps_the_response_contract() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file())
        .collect();
    inputs.sort();
    assert!(
        inputs.len() >= 20,
        "only {} inputs in {}",
        inputs.len(),
        dir.display()
    );
    let pipeline = Pipeline::load().unwrap();
    let mut broken = Vec::new();
    for path in &inputs {
        let data = std::fs::read(path).unwrap();
        // The same decoding as fuzz/fuzz_targets/pipeline.rs.
        let Some((&selector, rest)) = data.split_first() else {
            continue;
        };
        let language = ["", "ar", "en", "fr"][usize::from(selector % 4)];
        let text = String::from_utf8_lossy(rest);
        let outcome =
            std::panic::catch_unwind(|| contract::check_document(&pipeline, &text, language));
        match outcome {
            Ok(Ok(())) => {}
            Ok(Err(promise)) => broken.push(format!("{}: {promise}", path.display())),
            Err(_) => broken.push(format!("{}: panicked", path.display())),
        }
    }
    assert!(
        broken.is_empty(),
        "{} of {} inputs: {broken:#?}",
        broken.len(),
        inputs.len()
    );
}
