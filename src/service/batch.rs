//! `naba enrich --jsonl`: a JSON-lines filter over the same validation and pipeline as the server.
//!
//! One output line per input line, in input order, so that line N of the output always answers
//! line N of the input (a pipeline can `paste` them back together). A line that cannot be
//! enriched (blank, not JSON, not an `EnrichRequest`, invalid) gets an error line carrying its line
//! number and, when it could be read, its `documentId`. The caller gets a summary to print and to
//! choose the exit status from. With `jobs` > 1 the documents run on that many threads, a bounded
//! window of them at once, and are still written in input order. What this does not do: read
//! files or decide how progress is shown.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::{code_name, enrich_in_process, json, Limits, ServiceError};
use crate::pipeline::Pipeline;

/// What a batch did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BatchSummary {
    /// Input lines answered (blank ones included: each got an error line).
    pub documents: usize,
    /// Line numbers (1-based) whose answer is an error line.
    pub failed_lines: Vec<usize>,
    /// Bytes of input read.
    pub bytes: u64,
    pub elapsed: Duration,
}

impl BatchSummary {
    pub fn failed(&self) -> usize {
        self.failed_lines.len()
    }

    /// One line for a person: counts, size, time, rate, and the first failed lines.
    pub fn describe(&self) -> String {
        let seconds = self.elapsed.as_secs_f64();
        let mut line = format!(
            "{} documents, {} ok, {} failed; {:.2} MB in {:.2} s ({:.0} documents/s, {:.2} MB/s)",
            self.documents,
            self.documents - self.failed(),
            self.failed(),
            self.bytes as f64 / 1e6,
            seconds,
            self.documents as f64 / seconds.max(1e-9),
            self.bytes as f64 / 1e6 / seconds.max(1e-9),
        );
        if !self.failed_lines.is_empty() {
            const SHOWN: usize = 10;
            let shown: Vec<String> = self
                .failed_lines
                .iter()
                .take(SHOWN)
                .map(usize::to_string)
                .collect();
            let more = if self.failed() > SHOWN { ", ..." } else { "" };
            line.push_str(&format!("; failed lines: {}{more}", shown.join(", ")));
        }
        line
    }
}

/// Documents in progress per job: enough to keep every thread busy while the writer waits for
/// the oldest one, few enough that memory stays a handful of documents per core.
const WINDOW_PER_JOB: usize = 4;

/// Enriches every line of `input` on `jobs` threads and writes one line per input line to
/// `output`, in input order. `progress` is called after each written line with the running
/// summary. Fails only when reading or writing fails.
pub fn run_jsonl(
    pipeline: &Pipeline,
    limits: &Limits,
    jobs: usize,
    mut input: impl BufRead,
    mut output: impl Write,
    mut progress: impl FnMut(&BatchSummary),
) -> io::Result<BatchSummary> {
    let started = Instant::now();
    let mut summary = BatchSummary::default();
    let mut write = |number: usize, answer: Result<String, String>, summary: &mut BatchSummary| {
        summary.documents += 1;
        if answer.is_err() {
            summary.failed_lines.push(number);
        }
        let line = answer.unwrap_or_else(|e| e);
        output.write_all(line.as_bytes())?;
        output.write_all(b"\n")?;
        summary.elapsed = started.elapsed();
        progress(summary);
        io::Result::Ok(())
    };
    if jobs <= 1 {
        let mut raw = Vec::new();
        loop {
            raw.clear();
            let read = input.read_until(b'\n', &mut raw)?;
            if read == 0 {
                break;
            }
            summary.bytes += read as u64;
            let number = summary.documents + 1;
            write(
                number,
                answer_caught(pipeline, limits, &raw, number),
                &mut summary,
            )?;
        }
    } else {
        // Reading and writing stay on this thread (stdin and stdout locks cannot move); the
        // workers only compute. At most `window` lines are read and not yet written, so a slow
        // document holds back output, never memory.
        let window = jobs * WINDOW_PER_JOB;
        let (work_tx, work_rx) = mpsc::sync_channel::<(usize, Vec<u8>)>(window);
        let work_rx = Mutex::new(work_rx);
        let (done_tx, done_rx) = mpsc::channel::<(usize, Result<String, String>)>();
        std::thread::scope(|scope| {
            for _ in 0..jobs {
                let (work_rx, done_tx) = (&work_rx, done_tx.clone());
                scope.spawn(move || loop {
                    let next = work_rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                    let Ok((number, raw)) = next else { break };
                    let answer = answer_caught(pipeline, limits, &raw, number);
                    if done_tx.send((number, answer)).is_err() {
                        break;
                    }
                });
            }
            drop(done_tx);
            // Owned here so that every way out of this closure (a read or write error included)
            // closes the work channel, and the workers end before the scope joins them.
            let work_tx = work_tx;
            let mut read_lines = 0;
            let mut end_of_input = false;
            let mut finished: BTreeMap<usize, Result<String, String>> = BTreeMap::new();
            let result: io::Result<()> = loop {
                while !end_of_input && read_lines - summary.documents < window {
                    let mut raw = Vec::new();
                    let read = input.read_until(b'\n', &mut raw)?;
                    if read == 0 {
                        end_of_input = true;
                        break;
                    }
                    read_lines += 1;
                    summary.bytes += read as u64;
                    work_tx
                        .send((read_lines, raw))
                        .expect("workers run until the work channel closes");
                }
                if end_of_input && summary.documents == read_lines {
                    break Ok(());
                }
                let (number, answer) = done_rx
                    .recv()
                    .expect("every line read is answered: workers catch panics");
                finished.insert(number, answer);
                while let Some(answer) = finished.remove(&(summary.documents + 1)) {
                    let number = summary.documents + 1;
                    write(number, answer, &mut summary)?;
                }
            };
            drop(work_tx);
            result
        })?;
    }
    output.flush()?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// `answer_line`, with a panic (a bug) turned into an INTERNAL error line for that line alone, as
/// the server does for a request.
fn answer_caught(
    pipeline: &Pipeline,
    limits: &Limits,
    raw: &[u8],
    number: usize,
) -> Result<String, String> {
    catch_unwind(AssertUnwindSafe(|| {
        answer_line(pipeline, limits, raw, number)
    }))
    .unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".to_string());
        Err(error_line(number, None, &ServiceError::Internal(what)))
    })
}

/// The response to one input line, or the error line that takes its place.
fn answer_line(
    pipeline: &Pipeline,
    limits: &Limits,
    raw: &[u8],
    number: usize,
) -> Result<String, String> {
    let error =
        |document_id: Option<&str>, error: ServiceError| error_line(number, document_id, &error);
    let Ok(line) = std::str::from_utf8(raw) else {
        return Err(error(
            None,
            ServiceError::InvalidArgument(format!(
                "line {number} is not valid UTF-8; send UTF-8 text"
            )),
        ));
    };
    let line = line.trim_end_matches(['\n', '\r']);
    if line.trim().is_empty() {
        return Err(error(
            None,
            ServiceError::InvalidArgument(format!(
                "line {number} is blank; expected one JSON EnrichRequest per line"
            )),
        ));
    }
    let request = json::request_from_json(line).map_err(|message| {
        error(
            readable_document_id(line).as_deref(),
            ServiceError::InvalidArgument(format!("line {number}: {message}")),
        )
    })?;
    // An over-long id is refused, not echoed back.
    let document_id = (request.document_id.len() <= super::convert::MAX_DOCUMENT_ID_BYTES)
        .then(|| request.document_id.clone());
    match enrich_in_process(pipeline, request, limits) {
        Ok(response) => Ok(json::response_to_json(&response, false)),
        Err(e) => Err(error(document_id.as_deref(), e)),
    }
}

/// The `documentId` (or `document_id`) of a line that is JSON but not a valid request.
fn readable_document_id(line: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(line).ok()?;
    ["documentId", "document_id"]
        .iter()
        .find_map(|key| value.get(key)?.as_str().map(str::to_string))
}

/// `{"line":N,"documentId":"...","error":{"code":3,"status":"INVALID_ARGUMENT","message":"..."}}`:
/// the same `code` and `message` an `EnrichStream` error carries, plus where it came from.
fn error_line(number: usize, document_id: Option<&str>, error: &ServiceError) -> String {
    let mut object = serde_json::json!({
        "line": number,
        "error": {
            "code": error.code() as i32,
            "status": code_name(error.code()),
            "message": error.to_string(),
        },
    });
    if let Some(id) = document_id.filter(|id| !id.is_empty()) {
        object["documentId"] = serde_json::Value::String(id.to_string());
    }
    object.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn pipeline() -> &'static Pipeline {
        static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
        PIPELINE.get_or_init(|| Pipeline::load_with_models(crate::pipeline::Models::None).unwrap())
    }

    fn run(input: &str, limits: &Limits) -> (Vec<serde_json::Value>, BatchSummary) {
        let mut out = Vec::new();
        let summary = run_jsonl(pipeline(), limits, 1, input.as_bytes(), &mut out, |_| {}).unwrap();
        let lines = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        (lines, summary)
    }

    #[test]
    fn every_input_line_gets_exactly_one_output_line_in_order() {
        let input = concat!(
            "{\"documentId\":\"a\",\"text\":\"One. Two.\"}\n",
            "\n",
            "   \r\n",
            "{\"documentId\":\"b\",\"text\":5}\n",
            "not json\n",
            "{\"documentId\":\"c\",\"text\":\"\"}\n",
            "{\"documentId\":\"d\",\"text\":\"Three.\"}",
        );
        let (lines, summary) = run(input, &Limits::default());
        assert_eq!(lines.len(), 7);
        assert_eq!(summary.documents, 7);
        assert_eq!(summary.failed_lines, vec![2, 3, 4, 5, 6]);
        assert_eq!(lines[0]["documentId"], "a");
        assert_eq!(lines[1]["line"], 2);
        assert!(lines[1]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("blank"));
        // Malformed, but its id can be read: the error names it.
        assert_eq!(lines[3]["documentId"], "b");
        assert_eq!(lines[3]["error"]["status"], "INVALID_ARGUMENT");
        assert!(lines[4].get("documentId").is_none());
        assert_eq!(lines[5]["documentId"], "c");
        assert_eq!(lines[5]["line"], 6);
        assert_eq!(lines[6]["documentId"], "d");
        assert_eq!(summary.bytes, input.len() as u64);
    }

    #[test]
    fn the_text_limit_is_the_callers_and_its_message_names_the_flag() {
        let input = "{\"documentId\":\"big\",\"text\":\"0123456789 0123456789\"}\n";
        let small = Limits {
            max_text_bytes: 10,
            ..Limits::default()
        };
        let (lines, summary) = run(input, &small);
        assert_eq!(summary.failed_lines, vec![1]);
        let message = lines[0]["error"]["message"].as_str().unwrap();
        assert!(message.contains("--max-text-bytes"), "{message}");
        let (lines, summary) = run(input, &Limits::default());
        assert_eq!(summary.failed(), 0);
        assert_eq!(lines[0]["documentId"], "big");
    }

    #[test]
    fn parallel_jobs_write_the_same_lines_in_the_same_order() {
        // Documents of very different sizes, so that later lines finish before earlier ones,
        // and error lines among them; more lines than the window holds.
        let mut input = String::new();
        for i in 0..120 {
            match i % 7 {
                3 => input.push_str("not json\n"),
                5 => input.push('\n'),
                _ => {
                    let text = "Smith said the plan would work. ".repeat(1 + (i * 37) % 90);
                    input.push_str(&format!(
                        "{{\"documentId\":\"d{i}\",\"text\":\"{text}\"}}\n"
                    ));
                }
            }
        }
        let sequential = {
            let mut out = Vec::new();
            let summary = run_jsonl(
                pipeline(),
                &Limits::default(),
                1,
                input.as_bytes(),
                &mut out,
                |_| {},
            );
            (String::from_utf8(out).unwrap(), summary.unwrap())
        };
        for jobs in [2, 3, 8] {
            let mut out = Vec::new();
            let mut seen = Vec::new();
            let summary = run_jsonl(
                pipeline(),
                &Limits::default(),
                jobs,
                input.as_bytes(),
                &mut out,
                |s| seen.push(s.documents),
            )
            .unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), sequential.0, "jobs {jobs}");
            assert_eq!(summary.documents, 120);
            assert_eq!(summary.failed_lines, sequential.1.failed_lines);
            assert_eq!(summary.bytes, input.len() as u64);
            // Progress once per written line, in order.
            assert_eq!(seen, (1..=120).collect::<Vec<_>>());
        }
    }

    #[test]
    fn a_failing_output_ends_a_parallel_batch_with_its_error() {
        // A closed pipe downstream (`naba enrich --jsonl --jobs 4 | head`) must end the batch
        // with the write error, not leave the workers waiting for work forever.
        struct BrokenAfter(usize);
        impl Write for BrokenAfter {
            fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
                if self.0 < buf.len() {
                    return Err(io::Error::new(io::ErrorKind::BrokenPipe, "closed"));
                }
                self.0 -= buf.len();
                Ok(buf.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let input = "{\"text\":\"Smith said it works.\"}\n".repeat(200);
        for jobs in [1, 4] {
            let result = run_jsonl(
                pipeline(),
                &Limits::default(),
                jobs,
                input.as_bytes(),
                BrokenAfter(3_000),
                |_| {},
            );
            let error = result.expect_err("the write error is returned");
            assert_eq!(error.kind(), io::ErrorKind::BrokenPipe, "jobs {jobs}");
        }
    }

    #[test]
    fn invalid_utf8_is_an_error_line_not_an_abort() {
        let mut out = Vec::new();
        let input: &[u8] = b"\xff\xfe\n{\"text\":\"Fine.\"}\n";
        let summary =
            run_jsonl(pipeline(), &Limits::default(), 1, input, &mut out, |_| {}).unwrap();
        assert_eq!(summary.documents, 2);
        assert_eq!(summary.failed_lines, vec![1]);
        let text = String::from_utf8(out).unwrap();
        assert!(text.lines().next().unwrap().contains("UTF-8"));
    }

    #[test]
    fn the_summary_names_the_failed_lines() {
        let summary = BatchSummary {
            documents: 6,
            failed_lines: vec![2, 5],
            bytes: 2_000_000,
            elapsed: Duration::from_secs(2),
        };
        let text = summary.describe();
        assert!(text.starts_with("6 documents, 4 ok, 2 failed"), "{text}");
        assert!(text.ends_with("failed lines: 2, 5"), "{text}");
    }
}
