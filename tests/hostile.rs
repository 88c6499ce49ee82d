//! Whatever a crawler scraped, through the real server: each input gets the status it must get
//! (refusals say what to change), every answer keeps the response contract, and the server still
//! answers a normal request after each case. The refusals of malformed fields (enum numbers,
//! language codes, sizes) are in `tests/grpc.rs`.

mod common;

use common::TestServer;
use naba::proto::{EnrichRequest, Feature};
use naba::service::{contract, Limits};
use tonic::Code;

/// The server's text limit in this test: small enough for debug builds, the same code path.
const LIMIT: usize = 256 * 1024;

fn all_features() -> Vec<i32> {
    vec![
        Feature::NormalizedText as i32,
        Feature::Sentences as i32,
        Feature::Tokens as i32,
        Feature::Entities as i32,
        Feature::Quotes as i32,
    ]
}

/// What a case must get: an answer, or a refusal with its code and a word of its message.
type Expected = Result<(), (Code, &'static str)>;

/// (case, text, language hint, what it must get).
fn cases() -> Vec<(&'static str, String, &'static str, Expected)> {
    let nested = "«".repeat(5000) + "قال" + &"»".repeat(5000);
    let mut limit_text = "ق".repeat(LIMIT / 2);
    limit_text.truncate(LIMIT);
    vec![
        ("empty", String::new(), "", Err((Code::InvalidArgument, "empty"))),
        ("white space only", " \n\t\u{3000} ".into(), "", Err((Code::InvalidArgument, "white space"))),
        ("exactly the limit", limit_text.clone(), "", Ok(())),
        ("the limit plus one byte", limit_text + "a", "", Err((Code::InvalidArgument, "over the limit"))),
        ("NUL and C0/C1 controls", "قال\u{0}\u{1}\u{1b}[31m الرئيس\u{85}\u{9b} إن \"كل\u{7} شيء\"".into(), "", Ok(())),
        ("lone combining marks", "\u{651}\u{64e} \u{301}\u{302} . \u{651}".into(), "", Ok(())),
        ("100k diacritics on one letter", "ب".to_string() + &"\u{651}".repeat(100_000), "ar", Ok(())),
        ("only quote marks", "\"«»“”‘’„\"'«»".repeat(200), "", Ok(())),
        ("5,000 nested quotes", nested, "ar", Ok(())),
        (
            "bidi overrides and isolates",
            "\u{202e}قال الرئيس\u{202c} \u{2066}\"Hello\"\u{2069} \u{202d}said Smith\u{202c} \u{200f}«نعم»".into(),
            "",
            Ok(()),
        ),
        ("emoji ZWJ and astral characters", "👨‍👩‍👧‍👦 قال 🇮🇶: \"𝒜𝒷𝒸 😀\" said 🏳️‍🌈.".repeat(50), "", Ok(())),
        ("a 200 KB single word", "ا".repeat(100_000), "", Ok(())),
        ("only punctuation", ".,;:!?،؛؟…—-()[]{}".repeat(500), "", Ok(())),
        ("cue verbs only", "قال أضاف أكد said told added ".repeat(300), "", Ok(())),
        ("only newlines", "\n".repeat(10_000) + ".", "", Ok(())),
        ("noncharacters", "\u{fffe}\u{ffff}\u{fdd0} قال \u{10ffff}".into(), "", Ok(())),
        ("an unknown but well-formed language", "Dies ist ein Satz. Noch einer.".into(), "de", Ok(())),
        ("mixed scripts", "Путин قال Xi 习近平 said \"नमस्ते\" 東京.".repeat(20), "", Ok(())),
    ]
}

#[tokio::test]
async fn hostile_inputs_get_their_status_and_leave_the_server_serving() {
    let server = TestServer::start(Limits {
        max_text_bytes: LIMIT,
        ..Limits::default()
    })
    .await;
    let mut client = server.client().await;
    let cases = cases();
    assert!(cases.len() >= 18);
    for (name, text, language, expected) in cases {
        let request = EnrichRequest {
            document_id: name.into(),
            text: text.clone(),
            language_code: language.into(),
            features: all_features(),
            ..Default::default()
        };
        let answer = client.enrich(request).await;
        match (answer, expected) {
            (Ok(response), Ok(())) => {
                let response = response.into_inner();
                if let Err(broken) = contract::check_utf8_response(&text, &response) {
                    panic!("{name}: {broken}");
                }
            }
            (Err(status), Err((code, word))) => {
                assert_eq!(status.code(), code, "{name}: {}", status.message());
                assert!(
                    status.message().contains(word),
                    "{name}: {:?} lacks {word:?}",
                    status.message()
                );
            }
            (Ok(_), Err((code, _))) => panic!("{name}: answered, expected {code:?}"),
            (Err(status), Ok(())) => panic!("{name}: refused with {status:?}"),
        }
        let normal = EnrichRequest {
            text: "قال الرئيس إن \"الوضع مستقر\".".into(),
            ..Default::default()
        };
        let after = client.enrich(normal).await;
        assert!(
            after.is_ok(),
            "{name}: the server stopped answering: {after:?}"
        );
    }
}

/// A pipeline client that sends 10,000 documents and stops reading: the server stops pulling
/// requests once its window and the transport's buffers are full (bounded memory), and other
/// clients are still served; when the reader resumes, every answer arrives in order.
#[tokio::test]
async fn a_stream_whose_client_stops_reading_is_held_back_not_buffered() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use std::time::Duration;

    use naba::proto::EnrichStreamRequest;
    use tokio_stream::StreamExt;

    const DOCUMENTS: usize = 10_000;
    let server = TestServer::start(Limits::default()).await;
    let mut client = server.client().await;
    let pulled = Arc::new(AtomicUsize::new(0));
    let counter = pulled.clone();
    let text = common::seed_text();
    let requests = tokio_stream::iter(0..DOCUMENTS).map(move |i| {
        counter.fetch_add(1, Ordering::SeqCst);
        EnrichStreamRequest {
            request: Some(EnrichRequest {
                document_id: format!("d{i}"),
                text: text.clone(),
                ..Default::default()
            }),
        }
    });
    let mut responses = client.enrich_stream(requests).await.unwrap().into_inner();
    // Read nothing for a while: the server fills what the transport lets it, then waits.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let pulled_while_stalled = pulled.load(Ordering::SeqCst);
    tokio::time::sleep(Duration::from_secs(1)).await;
    let pulled_later = pulled.load(Ordering::SeqCst);
    assert!(
        pulled_later < DOCUMENTS / 4,
        "the server pulled {pulled_later} of {DOCUMENTS} documents with nobody reading"
    );
    assert!(
        pulled_later <= pulled_while_stalled + 64,
        "still pulling with nobody reading: {pulled_while_stalled} -> {pulled_later}"
    );
    // Another client is served meanwhile.
    let mut other = server.client().await;
    let quick = EnrichRequest {
        text: "Still serving. Yes.".into(),
        ..Default::default()
    };
    let served = other.enrich(quick).await;
    assert!(served.is_ok(), "{served:?}");
    // The reader resumes: the first few hundred answers come in order, then it hangs up.
    for i in 0..300u64 {
        let response = responses.message().await.unwrap().expect("a response");
        assert_eq!(response.index, i);
    }
    drop(responses);
    let quick = EnrichRequest {
        text: "Still serving after the hang-up.".into(),
        ..Default::default()
    };
    assert!(other.enrich(quick).await.is_ok());
}

/// Clients that give up: one drops its call mid-request, many in a row; the server keeps
/// serving and every processing slot comes back.
#[tokio::test]
async fn cancelled_calls_leave_no_trace() {
    use std::time::Duration;

    let server = TestServer::start(Limits::default()).await;
    let text = common::seed_text().repeat(20);
    for _ in 0..20 {
        let mut client = server.client().await;
        let request = EnrichRequest {
            text: text.clone(),
            ..Default::default()
        };
        // Dropped after 5 ms, long before a 115 KB article is done.
        let _ = tokio::time::timeout(Duration::from_millis(5), client.enrich(request)).await;
    }
    let mut client = server.client().await;
    for _ in 0..4 {
        let request = EnrichRequest {
            text: "Still here. Fine.".into(),
            ..Default::default()
        };
        let answer = tokio::time::timeout(Duration::from_secs(20), client.enrich(request)).await;
        assert!(matches!(answer, Ok(Ok(_))), "{answer:?}");
    }
}

/// SIGTERM-style shutdown while 100 requests are in flight: every one of them is answered.
#[tokio::test]
async fn shutdown_under_load_answers_every_request_in_flight() {
    use std::time::Duration;

    let server = TestServer::start(Limits {
        max_queued_requests: 128,
        ..Limits::default()
    })
    .await;
    let text = common::seed_text();
    let mut calls = Vec::new();
    for i in 0..100 {
        let mut client = server.client().await;
        let request = EnrichRequest {
            document_id: format!("d{i}"),
            text: text.clone(),
            ..Default::default()
        };
        calls.push(tokio::spawn(async move { client.enrich(request).await }));
    }
    // Let the requests reach the server (sending is quick even on a loaded CI machine), then
    // stop it with most of them still queued: 100 seed articles take seconds on two slots.
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let stopping = tokio::spawn(server.stop());
    let mut answered = 0;
    for call in calls {
        let answer = call.await.unwrap();
        assert!(
            answer.is_ok(),
            "a request in flight was dropped: {answer:?}"
        );
        answered += 1;
    }
    assert_eq!(answered, 100);
    stopping.await.unwrap().expect("server stopped cleanly");
}

/// The resident memory of this process in KiB (Linux), or None elsewhere.
fn resident_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Far beyond the concurrency limit (one slot, two queued, 64 callers) for 100,000 requests
/// (bounded in count and time): the only refusals are RESOURCE_EXHAUSTED with advice, everything
/// else is answered, and memory does not grow between the first fifth and the end.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn overload_sheds_with_resource_exhausted_and_memory_stays_flat() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    const REQUESTS: usize = 100_000;
    let server = TestServer::start(Limits {
        max_concurrent_requests: 1,
        max_queued_requests: 2,
        ..Limits::default()
    })
    .await;
    let issued = Arc::new(AtomicUsize::new(0));
    let answered = Arc::new(AtomicUsize::new(0));
    let shed = Arc::new(AtomicUsize::new(0));
    let other = Arc::new(Mutex::new(Vec::<String>::new()));
    let memory_at_a_fifth = Arc::new(Mutex::new(None::<u64>));
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut callers = Vec::new();
    for _ in 0..64 {
        let mut client = server.client().await;
        let (issued, answered, shed, other, memory_at_a_fifth) = (
            issued.clone(),
            answered.clone(),
            shed.clone(),
            other.clone(),
            memory_at_a_fifth.clone(),
        );
        callers.push(tokio::spawn(async move {
            while Instant::now() < deadline {
                let n = issued.fetch_add(1, Ordering::SeqCst);
                if n >= REQUESTS {
                    break;
                }
                if n == REQUESTS / 5 {
                    *memory_at_a_fifth.lock().unwrap() = resident_kib();
                }
                let request = EnrichRequest {
                    text: "A short text. It has two sentences.".into(),
                    ..Default::default()
                };
                match client.enrich(request).await {
                    Ok(_) => {
                        answered.fetch_add(1, Ordering::SeqCst);
                    }
                    Err(status) if status.code() == Code::ResourceExhausted => {
                        assert!(status.message().contains("retry"), "{}", status.message());
                        shed.fetch_add(1, Ordering::SeqCst);
                    }
                    Err(status) => other.lock().unwrap().push(format!("{status:?}")),
                }
            }
        }));
    }
    for caller in callers {
        caller.await.unwrap();
    }
    let (answered, shed) = (answered.load(Ordering::SeqCst), shed.load(Ordering::SeqCst));
    let other = other.lock().unwrap().clone();
    assert!(
        other.is_empty(),
        "{} other errors: {:?}",
        other.len(),
        &other[..other.len().min(3)]
    );
    assert_eq!(answered + shed, REQUESTS, "requests lost");
    assert!(shed > 0, "64 callers on 1 slot + 2 queued were never shed");
    assert!(answered > 0);
    let early = *memory_at_a_fifth.lock().unwrap();
    if let (Some(early), Some(end)) = (early, resident_kib()) {
        println!("resident memory {early} KiB after a fifth, {end} KiB at the end");
        assert!(
            end < early + 32 * 1024,
            "resident memory grew from {early} KiB to {end} KiB"
        );
    }
}

/// The text that makes the faulty runner below panic.
const PANIC_TRIGGER: &str = "panic here, please";

/// The real pipeline, except that it panics on `PANIC_TRIGGER` after doing its work (so that the
/// panic happens after the tagger's shared word cache has been used).
fn panicking_runner(
    pipeline: &naba::pipeline::Pipeline,
    text: &str,
    options: &naba::pipeline::Options,
    cancel: &naba::pipeline::Cancellation,
) -> Result<naba::pipeline::Enrichment, naba::pipeline::Cancelled> {
    let enrichment = pipeline.enrich_cancellable(text, options, cancel)?;
    if text.contains(PANIC_TRIGGER) {
        panic!("injected fault");
    }
    Ok(enrichment)
}

/// A panic inside the pipeline answers INTERNAL for that request alone, in a unary call and in a
/// stream (where the documents before and after it are answered), and the server keeps serving.
#[tokio::test]
async fn a_panic_in_the_pipeline_is_internal_for_its_request_alone() {
    use naba::proto::{enrich_stream_response, EnrichStreamRequest};
    use naba::server::{PipelineSource, ServerConfig};
    use tokio_stream::StreamExt;

    let config = ServerConfig {
        document_runner: panicking_runner,
        ..ServerConfig::default()
    };
    let server =
        TestServer::start_configured(config, PipelineSource::Ready(common::pipeline())).await;
    let mut client = server.client().await;
    let request = |text: &str| EnrichRequest {
        text: text.into(),
        language_code: "en".into(),
        ..Default::default()
    };
    for _ in 0..3 {
        let status = client.enrich(request(PANIC_TRIGGER)).await.unwrap_err();
        assert_eq!(status.code(), Code::Internal, "{}", status.message());
        assert!(
            status.message().contains("a bug in naba"),
            "{}",
            status.message()
        );
        let answer = client.enrich(request("Smith said \"all is well\".")).await;
        assert!(answer.is_ok(), "not serving after a panic: {answer:?}");
    }
    let texts = ["One text.", PANIC_TRIGGER, "Another text."];
    let outbound = tokio_stream::iter(texts.map(|text| EnrichStreamRequest {
        request: Some(request(text)),
    }));
    let mut inbound = client.enrich_stream(outbound).await.unwrap().into_inner();
    let mut outcomes = Vec::new();
    while let Some(item) = inbound.next().await {
        outcomes.push(match item.unwrap().result {
            Some(enrich_stream_response::Result::Response(_)) => "answered".to_string(),
            Some(enrich_stream_response::Result::Error(error)) => format!("error {}", error.code),
            None => "empty".to_string(),
        });
    }
    let internal = format!("error {}", Code::Internal as i32);
    assert_eq!(outcomes, vec!["answered", internal.as_str(), "answered"]);
}

/// A 1 MiB single "word" (exactly the default text limit) is answered within the response
/// contract, and the server answers a normal request afterwards.
#[tokio::test]
async fn a_one_mib_single_word_is_answered() {
    let server = TestServer::start(Limits::default()).await;
    let mut client = server.client().await;
    let word = "ا".repeat(Limits::default().max_text_bytes / 2);
    assert_eq!(word.len(), Limits::default().max_text_bytes);
    let request = EnrichRequest {
        text: word.clone(),
        features: all_features(),
        ..Default::default()
    };
    let response = client.enrich(request).await.expect("answered").into_inner();
    contract::check_utf8_response(&word, &response).expect("the response contract holds");
    assert_eq!(response.sentences.len(), 1);
    let normal = EnrichRequest {
        text: "Smith said \"all is well\".".into(),
        ..Default::default()
    };
    assert!(client.enrich(normal).await.is_ok());
}
