//! End to end over gRPC: the real server on 127.0.0.1, called through the generated Rust client.

mod common;

use std::time::Duration;

use common::{seed_text, slice_in_unit, TestServer, SERVICE_NAME};
use naba::proto::{
    self, enrich_stream_response, EnrichRequest, EnrichStreamRequest, Feature, OffsetEncoding,
};
use naba::server::{PipelineSource, ServerConfig};
use naba::service::Limits;
use tonic::codec::CompressionEncoding;
use tonic::Code;

fn request(text: &str) -> EnrichRequest {
    EnrichRequest {
        document_id: "doc".into(),
        text: text.into(),
        ..Default::default()
    }
}

#[tokio::test]
async fn unary_enrich_returns_every_default_feature_over_the_original_text() {
    let server = TestServer::start(Limits::default()).await;
    let mut client = server.client().await;
    let text = seed_text();
    let response = client
        .enrich(request(&text))
        .await
        .expect("Enrich")
        .into_inner();

    assert_eq!(response.document_id, "doc");
    assert_eq!(response.language_code, "ar");
    assert!(!response.normalized_text.is_empty());
    assert!(response.tokens.is_empty(), "tokens only when asked for");
    assert_eq!(
        response.features_applied,
        vec![
            Feature::NormalizedText as i32,
            Feature::Sentences as i32,
            Feature::Entities as i32,
            Feature::Quotes as i32
        ]
    );
    assert!(
        response.sentences.len() >= 15,
        "{} sentences",
        response.sentences.len()
    );
    for sentence in &response.sentences {
        let span = sentence.span.unwrap();
        assert_eq!(
            slice_in_unit(&text, span.start, span.end, "utf8"),
            sentence.text
        );
    }
    let kadhimi = response
        .entities
        .iter()
        .find(|e| e.name == "مصطفى الكاظمي")
        .expect("the prime minister is an entity");
    assert_eq!(kadhimi.label, proto::EntityLabel::Person as i32);
    assert!(
        kadhimi.mentions.len() >= 3,
        "short mentions الكاظمي join the full name"
    );
    assert!(kadhimi.mentions.iter().any(|m| m.text == "الكاظمي"));
    let basra = response
        .entities
        .iter()
        .find(|e| e.name == "البصرة")
        .expect("Basra");
    for mention in &basra.mentions {
        let span = mention.span.unwrap();
        assert_eq!(
            slice_in_unit(&text, span.start, span.end, "utf8"),
            "البصرة",
            "no proclitic in the span"
        );
    }
    assert!(!response.quotes.is_empty());
    let said = response
        .quotes
        .iter()
        .find(|q| q.text.starts_with("لم يعد هناك مكان"))
        .expect("the quote after قال الكاظمي إنه");
    let speaker = said.speaker.as_ref().unwrap();
    assert_eq!(speaker.name, "مصطفى الكاظمي");
    assert_eq!(speaker.method, proto::AttributionMethod::Explicit as i32);
    let entity_index = speaker.entity_index.expect("linked to the entity") as usize;
    assert_eq!(response.entities[entity_index].name, "مصطفى الكاظمي");
}

#[tokio::test]
async fn utf16_and_code_point_offsets_slice_the_same_text_as_bytes() {
    let server = TestServer::start(Limits::default()).await;
    let mut client = server.client().await;
    // Astral characters before the names shift UTF-16 and code-point offsets differently.
    let text = format!("😀𝒜 {}", seed_text());
    for (encoding, unit) in [
        (OffsetEncoding::Utf8, "utf8"),
        (OffsetEncoding::Utf16, "utf16"),
        (OffsetEncoding::Utf32, "utf32"),
    ] {
        let mut req = request(&text);
        req.offset_encoding = encoding as i32;
        req.features = vec![
            Feature::Sentences as i32,
            Feature::Tokens as i32,
            Feature::Entities as i32,
            Feature::Quotes as i32,
        ];
        let response = client.enrich(req).await.unwrap().into_inner();
        for token in &response.tokens {
            let span = token.span.unwrap();
            assert_eq!(
                slice_in_unit(&text, span.start, span.end, unit),
                token.text,
                "{unit}"
            );
        }
        for entity in &response.entities {
            for mention in &entity.mentions {
                let span = mention.span.unwrap();
                assert_eq!(
                    slice_in_unit(&text, span.start, span.end, unit),
                    mention.text,
                    "{unit}"
                );
            }
        }
        for quote in &response.quotes {
            let span = quote.span.unwrap();
            assert_eq!(
                slice_in_unit(&text, span.start, span.end, unit),
                quote.text,
                "{unit}"
            );
        }
    }
}

#[tokio::test]
async fn a_stream_keeps_order_and_survives_a_bad_document() {
    let server = TestServer::start(Limits {
        max_stream_in_flight: 3,
        ..Limits::default()
    })
    .await;
    let mut client = server.client().await;
    let documents: Vec<EnrichRequest> = (0..20)
        .map(|i| {
            let text = if i == 10 {
                String::new()
            } else {
                format!("Document {i}. The minister said that the plan would work.")
            };
            EnrichRequest {
                document_id: format!("d{i}"),
                text,
                ..Default::default()
            }
        })
        .collect();
    let outbound = tokio_stream::iter(
        documents
            .into_iter()
            .map(|r| EnrichStreamRequest { request: Some(r) }),
    );
    let mut inbound = client
        .enrich_stream(outbound)
        .await
        .expect("stream")
        .into_inner();
    let mut seen = Vec::new();
    while let Some(item) = inbound.message().await.expect("stream item") {
        seen.push(item);
    }
    assert_eq!(seen.len(), 20);
    for (i, item) in seen.iter().enumerate() {
        assert_eq!(
            item.document_id,
            format!("d{i}"),
            "responses in request order"
        );
        assert_eq!(item.index, i as u64);
        match (&item.result, i) {
            (Some(enrich_stream_response::Result::Error(error)), 10) => {
                assert_eq!(error.code, Code::InvalidArgument as i32);
                assert!(error.message.contains("empty"), "{}", error.message);
            }
            (Some(enrich_stream_response::Result::Response(response)), _) => {
                assert_eq!(response.document_id, format!("d{i}"));
                assert_eq!(response.language_code, "en");
                assert_eq!(response.sentences.len(), 2);
            }
            other => panic!("document {i}: unexpected {other:?}"),
        }
    }
}

#[tokio::test]
async fn capabilities_describe_languages_labels_and_limits() {
    let limits = Limits {
        max_text_bytes: 12345,
        max_stream_in_flight: 5,
        ..Limits::default()
    };
    let server = TestServer::start(limits).await;
    let mut client = server.client().await;
    let caps = client
        .get_capabilities(proto::GetCapabilitiesRequest {})
        .await
        .unwrap()
        .into_inner();
    assert_eq!(caps.version, env!("CARGO_PKG_VERSION"));
    assert!(!caps.git_revision.is_empty());
    let models: Vec<&str> = caps.data_files.iter().map(|f| f.name.as_str()).collect();
    assert!(
        models.contains(&"models/ner_ar.bin") && models.contains(&"models/ner_en.bin"),
        "{models:?}"
    );
    assert!(caps
        .data_files
        .iter()
        .all(|f| f.bytes > 0 && f.checksum.len() == 16));
    let codes: Vec<&str> = caps
        .languages
        .iter()
        .map(|l| l.language_code.as_str())
        .collect();
    assert!(codes.contains(&"ar") && codes.contains(&"en"), "{codes:?}");
    assert!(caps
        .entity_labels
        .contains(&(proto::EntityLabel::Person as i32)));
    assert!(caps
        .entity_labels
        .contains(&(proto::EntityLabel::Money as i32)));
    let limits = caps.limits.unwrap();
    assert_eq!(limits.max_text_bytes, 12345);
    assert_eq!(limits.max_stream_in_flight, 5);
    assert!(limits.max_request_message_bytes > 12345);
}

#[tokio::test]
async fn bad_input_gets_invalid_argument_with_advice() {
    let server = TestServer::start(Limits {
        max_text_bytes: 1000,
        ..Limits::default()
    })
    .await;
    let mut client = server.client().await;
    let cases: Vec<(EnrichRequest, &str)> = vec![
        (request(""), "empty"),
        (request(" \n\t "), "white space"),
        (
            request(&"a".repeat(1500)),
            "1500 bytes, over the limit of 1000",
        ),
        (
            EnrichRequest {
                language_code: "not a language!".into(),
                ..request("text")
            },
            "BCP-47",
        ),
        (
            EnrichRequest {
                features: vec![42],
                ..request("text")
            },
            "FEATURE_",
        ),
        (
            EnrichRequest {
                features: vec![0],
                ..request("text")
            },
            "not a feature",
        ),
        (
            EnrichRequest {
                offset_encoding: 9,
                ..request("text")
            },
            "OFFSET_ENCODING_UTF16",
        ),
        (
            EnrichRequest {
                normalization: Some(proto::NormalizationOptions {
                    profile: 7,
                    ..Default::default()
                }),
                ..request("text")
            },
            "NORMALIZATION_PROFILE_",
        ),
    ];
    for (req, expected) in cases {
        let status = client.enrich(req).await.expect_err("must fail");
        assert_eq!(status.code(), Code::InvalidArgument, "{}", status.message());
        assert!(
            status.message().contains(expected),
            "{:?} lacks {expected:?}",
            status.message()
        );
    }
}

#[tokio::test]
async fn a_text_beyond_the_transport_limit_is_refused_not_truncated() {
    let limits = Limits {
        max_text_bytes: 1000,
        ..Limits::default()
    };
    let transport_limit = limits.max_message_bytes();
    let server = TestServer::start(limits).await;
    let mut client = server.client().await;
    let status = client
        .enrich(request(&"a".repeat(transport_limit + 10)))
        .await
        .expect_err("must fail");
    // tonic refuses an over-limit message with OUT_OF_RANGE before it is buffered whole.
    assert_eq!(status.code(), Code::OutOfRange, "{}", status.message());
    assert!(
        status.message().contains(&transport_limit.to_string()),
        "{}",
        status.message()
    );
}

#[tokio::test]
async fn a_language_without_models_gets_normalization_and_sentences_and_says_so() {
    let server = TestServer::start(Limits::default()).await;
    let mut client = server.client().await;
    let req = EnrichRequest {
        language_code: "fr".into(),
        ..request("Le ministre a parlé. Il est parti.")
    };
    let response = client.enrich(req).await.unwrap().into_inner();
    assert_eq!(response.language_code, "fr");
    assert_eq!(response.sentences.len(), 2);
    assert_eq!(
        response.features_applied,
        vec![Feature::NormalizedText as i32, Feature::Sentences as i32]
    );
    assert!(
        response.warnings.iter().any(|w| w.contains("Entities")),
        "{:?}",
        response.warnings
    );
}

#[tokio::test]
async fn gzip_requests_and_responses_work() {
    let server = TestServer::start_configured(
        ServerConfig {
            compress_responses: true,
            ..ServerConfig::default()
        },
        PipelineSource::Ready(common::pipeline()),
    )
    .await;
    let mut client = server
        .client()
        .await
        .send_compressed(CompressionEncoding::Gzip)
        .accept_compressed(CompressionEncoding::Gzip);
    let response = client
        .enrich(request(&seed_text()))
        .await
        .unwrap()
        .into_inner();
    assert!(!response.entities.is_empty());
}

#[tokio::test]
async fn a_server_timeout_gives_deadline_exceeded() {
    let server = TestServer::start(Limits {
        request_timeout: Duration::ZERO,
        ..Limits::default()
    })
    .await;
    let mut client = server.client().await;
    let status = client
        .enrich(request(&seed_text()))
        .await
        .expect_err("must time out");
    assert_eq!(
        status.code(),
        Code::DeadlineExceeded,
        "{}",
        status.message()
    );
}

#[tokio::test]
async fn health_reports_serving_for_the_service_and_the_server() {
    use tonic_health::pb::health_check_response::ServingStatus;
    use tonic_health::pb::{health_client::HealthClient, HealthCheckRequest};
    let server = TestServer::start(Limits::default()).await;
    let mut health = HealthClient::new(server.channel().await);
    for service in [SERVICE_NAME, ""] {
        let status = health
            .check(HealthCheckRequest {
                service: service.into(),
            })
            .await
            .unwrap()
            .into_inner();
        assert_eq!(
            status.status,
            ServingStatus::Serving as i32,
            "service {service:?}"
        );
    }
}

#[tokio::test]
async fn health_turns_serving_only_after_loading_models() {
    // PipelineSource::Load goes through the real start-up path (embedded lexicons).
    let server = TestServer::start_with(Limits::default(), PipelineSource::Load).await;
    let mut client = server.client().await;
    assert!(client.enrich(request("It works. Really.")).await.is_ok());
}

/// The service names a reflection version lists (`$version` is `v1` or `v1alpha`: the two
/// generated APIs have the same shape but distinct types).
macro_rules! reflection_list {
    ($version:ident, $channel:expr) => {{
        use tonic_reflection::pb::$version as pb;
        let mut client = pb::server_reflection_client::ServerReflectionClient::new($channel);
        let req = pb::ServerReflectionRequest {
            host: String::new(),
            message_request: Some(pb::server_reflection_request::MessageRequest::ListServices(
                String::new(),
            )),
        };
        let mut stream = client
            .server_reflection_info(tokio_stream::iter([req]))
            .await
            .unwrap()
            .into_inner();
        let reply = stream.message().await.unwrap().unwrap();
        let Some(pb::server_reflection_response::MessageResponse::ListServicesResponse(list)) =
            reply.message_response
        else {
            panic!("not a list: {reply:?}");
        };
        list.service
            .into_iter()
            .map(|s| s.name)
            .collect::<Vec<String>>()
    }};
}

#[tokio::test]
async fn reflection_lists_the_service_in_v1_and_v1alpha() {
    use tonic_reflection::pb::v1alpha;
    let server = TestServer::start(Limits::default()).await;
    // grpcurl asks v1alpha, newer clients v1: each must list everything, both reflection
    // versions included.
    let expected = [
        SERVICE_NAME,
        "grpc.health.v1.Health",
        "grpc.reflection.v1.ServerReflection",
        "grpc.reflection.v1alpha.ServerReflection",
    ];
    let v1_names = reflection_list!(v1, server.channel().await);
    let v1alpha_names = reflection_list!(v1alpha, server.channel().await);
    for name in expected {
        assert!(
            v1_names.contains(&name.to_string()),
            "v1 lists {v1_names:?}"
        );
        assert!(
            v1alpha_names.contains(&name.to_string()),
            "v1alpha lists {v1alpha_names:?}"
        );
    }

    let mut client =
        v1alpha::server_reflection_client::ServerReflectionClient::new(server.channel().await);
    let req = v1alpha::ServerReflectionRequest {
        host: String::new(),
        message_request: Some(
            v1alpha::server_reflection_request::MessageRequest::FileContainingSymbol(
                SERVICE_NAME.into(),
            ),
        ),
    };
    let mut stream = client
        .server_reflection_info(tokio_stream::iter([req]))
        .await
        .unwrap()
        .into_inner();
    let reply = stream.message().await.unwrap().unwrap();
    assert!(
        matches!(reply.message_response, Some(v1alpha::server_reflection_response::MessageResponse::FileDescriptorResponse(ref f)) if !f.file_descriptor_proto.is_empty()),
        "{reply:?}"
    );
}

#[tokio::test]
async fn shutdown_lets_an_open_stream_finish() {
    let server = TestServer::start(Limits::default()).await;
    let mut client = server.client().await;
    let (tx, rx) = tokio::sync::mpsc::channel::<EnrichStreamRequest>(4);
    let mut inbound = client
        .enrich_stream(tokio_stream::wrappers::ReceiverStream::new(rx))
        .await
        .unwrap()
        .into_inner();
    tx.send(EnrichStreamRequest {
        request: Some(request("First document. It is short.")),
    })
    .await
    .unwrap();
    let first = inbound.message().await.unwrap().expect("first response");
    assert!(matches!(
        first.result,
        Some(enrich_stream_response::Result::Response(_))
    ));

    let stopping = tokio::spawn(server.stop());
    // The stream is in flight: it may still send and receive until the client closes it.
    tx.send(EnrichStreamRequest {
        request: Some(request("Second document. Also short.")),
    })
    .await
    .unwrap();
    let second = inbound
        .message()
        .await
        .unwrap()
        .expect("second response after shutdown began");
    assert_eq!(second.index, 1);
    drop(tx);
    assert!(inbound.message().await.unwrap().is_none());
    stopping.await.unwrap().expect("server stopped cleanly");
}

#[tokio::test]
async fn shutdown_does_not_wait_forever_for_a_client_that_never_closes() {
    let config = ServerConfig {
        shutdown_grace: Duration::from_millis(200),
        ..ServerConfig::default()
    };
    let server =
        TestServer::start_configured(config, PipelineSource::Ready(common::pipeline())).await;
    let url = server.url();
    // A client on its own runtime that makes one call and then is never driven again: its
    // connection stays open and never answers the server's GOAWAY.
    let (connected_tx, connected_rx) = tokio::sync::oneshot::channel::<()>();
    let (release_tx, release_rx) = std::sync::mpsc::channel::<()>();
    let client_thread = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let client = runtime.block_on(async {
            let mut client =
                naba::proto::enrichment_service_client::EnrichmentServiceClient::connect(url)
                    .await
                    .unwrap();
            client.enrich(request("One sentence. Two.")).await.unwrap();
            client
        });
        connected_tx.send(()).unwrap();
        let _ = release_rx.recv();
        drop(client);
    });
    connected_rx.await.unwrap();
    let stopped = tokio::time::timeout(Duration::from_secs(10), server.stop()).await;
    release_tx.send(()).unwrap();
    tokio::task::spawn_blocking(move || client_thread.join().unwrap())
        .await
        .unwrap();
    stopped
        .expect("stopped within the grace period, not never")
        .expect("clean stop");
}

/// The load generator against a real server: every RPC, bounded by the request count, no errors.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_load_generator_drives_every_rpc_and_counts_what_it_sent() {
    use naba::load::{documents, run, LoadConfig, Rpc};
    let server = TestServer::start(Limits::default()).await;
    for rpc in [Rpc::Enrich, Rpc::Stream, Rpc::Capabilities] {
        let report = run(LoadConfig {
            addr: server.addr.to_string(),
            rpc,
            concurrency: 3,
            connections: 2,
            requests: 30,
            duration: Duration::from_secs(60),
            documents: documents(None).unwrap(),
            accept_gzip: rpc == Rpc::Enrich,
        })
        .await
        .unwrap();
        assert_eq!(report.requests, 30, "{rpc:?}: {}", report.human());
        assert!(report.errors.is_empty(), "{rpc:?}: {}", report.human());
        let json: serde_json::Value = serde_json::from_str(&report.json()).unwrap();
        assert_eq!(json["rpc"], rpc.name());
        assert!(json["p99_ms"].as_f64().unwrap() > 0.0);
    }
}

/// The overall health ("", what Kubernetes gRPC probes and most balancers ask) and the named
/// service both say NOT_SERVING while the models load and again once shutdown begins.
#[tokio::test]
async fn overall_health_follows_the_service_through_start_up_and_shutdown() {
    use futures::FutureExt;
    use naba::proto::enrichment_service_client::EnrichmentServiceClient;
    use tonic_health::pb::health_check_response::ServingStatus;
    use tonic_health::pb::{health_client::HealthClient, HealthCheckRequest};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (models_tx, models_rx) = tokio::sync::oneshot::channel::<()>();
    let loading = async move {
        let _ = models_rx.await;
        Ok(common::pipeline())
    }
    .boxed();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let config = ServerConfig {
        shutdown_grace: Duration::from_secs(2),
        ..ServerConfig::default()
    };
    let server = tokio::spawn(naba::server::run(
        listener,
        config,
        PipelineSource::Later(loading),
        async {
            let _ = stop_rx.await;
        },
    ));
    let channel = tonic::transport::Channel::from_shared(format!("http://{addr}"))
        .unwrap()
        .connect()
        .await
        .unwrap();
    let mut health = HealthClient::new(channel.clone());
    let status_of = |service: &str| HealthCheckRequest {
        service: service.into(),
    };
    for service in ["", SERVICE_NAME] {
        let status = health.check(status_of(service)).await.unwrap().into_inner();
        assert_eq!(
            status.status,
            ServingStatus::NotServing as i32,
            "{service:?} while loading"
        );
    }
    let mut enrich = EnrichmentServiceClient::new(channel);
    let early = enrich.enrich(request("Too early.")).await.unwrap_err();
    assert_eq!(early.code(), tonic::Code::Unavailable, "{early:?}");

    let mut overall = health.watch(status_of("")).await.unwrap().into_inner();
    models_tx.send(()).unwrap();
    let serving = tokio::time::timeout(Duration::from_secs(10), async {
        while let Some(update) = overall.message().await.unwrap() {
            if update.status == ServingStatus::Serving as i32 {
                return;
            }
        }
        panic!("health stream ended before SERVING");
    });
    serving.await.expect("overall health turned SERVING");
    assert!(enrich.enrich(request("Now. It works.")).await.is_ok());

    stop_tx.send(()).unwrap();
    let mut said_not_serving = false;
    let _ = tokio::time::timeout(Duration::from_secs(5), async {
        while let Ok(Some(update)) = overall.message().await {
            if update.status == ServingStatus::NotServing as i32 {
                said_not_serving = true;
                return;
            }
        }
    })
    .await;
    assert!(
        said_not_serving,
        "overall health said NOT_SERVING on shutdown"
    );
    server.await.unwrap().unwrap();
}

#[tokio::test]
async fn a_document_id_over_one_kib_is_refused_by_name() {
    let server = TestServer::start(Limits::default()).await;
    let mut client = server.client().await;
    let mut at_limit = request("One sentence. Another one.");
    at_limit.document_id = "x".repeat(1024);
    let response = client.enrich(at_limit).await.unwrap().into_inner();
    assert_eq!(response.document_id.len(), 1024);
    let mut over = request("One sentence. Another one.");
    over.document_id = "x".repeat(1024 * 1024);
    let status = client.enrich(over).await.unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    assert!(
        status.message().contains("document_id") && status.message().contains("1024"),
        "{}",
        status.message()
    );
    // The server still answers.
    assert!(client.enrich(request("Still here.")).await.is_ok());
}
