//! The `naba` command: parse arguments, set up logging, build the pipeline, run. No logic here.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};
use naba::pipeline::Pipeline;
use naba::proto;
use naba::server::{self, PipelineSource, ServerConfig};
use naba::service::{self, json, Limits};

/// naba (نبأ): text enrichment for Arabic and English news.
///
/// Normalizes text with exact offsets, splits sentences, finds named entities and attributes
/// quotes, as a gRPC service (`naba serve`) or on the command line (`naba enrich`).
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the gRPC API (with health and reflection) until SIGINT or SIGTERM.
    Serve(ServeArgs),
    /// Enrich a document in-process and print the response as proto3 JSON.
    Enrich(EnrichArgs),
    /// Render an article and what naba found on it as one self-contained HTML page.
    View(ViewArgs),
    /// Load-test a naba server on this machine (loopback only), bounded by count and time.
    Load(LoadArgs),
    /// Rebuild the committed lexicons from the public corpora.
    Build {
        #[command(subcommand)]
        what: BuildCommand,
    },
    /// Train the entity taggers and their word clusters from the public corpora.
    Train {
        #[command(subcommand)]
        what: TrainCommand,
    },
    /// Measure quality against annotated data (precision, recall, F1).
    Eval {
        #[command(subcommand)]
        what: EvalCommand,
    },
}

#[derive(Subcommand)]
enum EvalCommand {
    /// List the clitic splits of Arabic texts for review, or score them against a reviewed sample.
    Clitics {
        /// Gold-dev article files or folders, or plain text files.
        #[arg(default_values_t = ["../shared/data/gold-dev".to_string(), "seeds/ar".to_string()])]
        paths: Vec<String>,
        /// A reviewed sample (word, segments, ok|wrong) to score against.
        #[arg(long)]
        reviewed: Option<String>,
    },
    /// Named-entity P/R/F1 per label (conlleval-style) on a CoNLL file, from text as users send it.
    Ner {
        /// `token TAG` file, e.g. ../shared/data/ner-ar/anercorp/test.txt.
        #[arg(long)]
        conll: String,
        /// Language of the file: ar or en.
        #[arg(long)]
        lang: String,
        /// Use the models in this folder (as `naba train` writes them) instead of the built-in ones.
        #[arg(long)]
        models: Option<PathBuf>,
        /// Also print every missed, spurious, mislabelled and misbounded chunk in context.
        #[arg(long)]
        errors: bool,
    },
    /// Quote detection, speaker accuracy and attribution F1 on gold-dev articles, per language.
    Quotes {
        /// A gold-dev folder or article file.
        #[arg(default_value = "../shared/data/gold-dev")]
        path: String,
        /// Print a table row per article.
        #[arg(long)]
        verbose: bool,
        /// Print every missed, spurious and misattributed quote.
        #[arg(long)]
        errors: bool,
        /// Use the models in this folder (as `naba train` writes them) instead of the built-in ones.
        #[arg(long)]
        models: Option<PathBuf>,
    },
    /// Per-document entity P/R/F1 (PERSON/ORG/LOC) on gold-dev articles, per language and label.
    Entities {
        /// A gold-dev folder or article file.
        #[arg(default_value = "../shared/data/gold-dev")]
        path: String,
        /// Print every article's score and its missed and spurious names.
        #[arg(long)]
        verbose: bool,
        /// Use the models in this folder (as `naba train` writes them) instead of the built-in ones.
        #[arg(long)]
        models: Option<PathBuf>,
    },
    /// Sentence-boundary P/R/F1 per language (gold-dev articles and English golden rules).
    Sentences {
        /// Article files or folders (gold-dev format) and case files.
        #[arg(default_values_t = ["../shared/data/gold-dev".to_string(), "tests/data/golden_rules_en.json".to_string()])]
        paths: Vec<String>,
        /// Print every document's score, not only the errors.
        #[arg(long)]
        verbose: bool,
    },
}

#[derive(Subcommand)]
enum BuildCommand {
    /// Build resources/lexicons/*.tsv from ../shared/data (train splits and lexicons only).
    Lexicons {
        /// The shared data folder.
        #[arg(long, default_value = "../shared/data")]
        data: PathBuf,
        /// Where to write the lexicons.
        #[arg(long, default_value = "resources/lexicons")]
        out: PathBuf,
    },
    /// Build resources/lexicons/news_given_names.tsv: given names the embedded Arabic tagger
    /// finds in the unlabeled Arabic text (run after `train ner`).
    NewsNames {
        /// The shared data folder.
        #[arg(long, default_value = "../shared/data")]
        data: PathBuf,
        /// Where to write the list.
        #[arg(long, default_value = "resources/lexicons")]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum TrainCommand {
    /// Word clusters from unlabeled text: resources/models/clusters_<lang>.tsv.
    Clusters {
        /// ar or en.
        #[arg(long)]
        lang: String,
        /// The shared data folder.
        #[arg(long, default_value = "../shared/data")]
        data: PathBuf,
        /// Where to write the clusters.
        #[arg(long, default_value = "resources/models")]
        out: PathBuf,
        /// Cluster skip-gram vectors instead of context counts. Default no: on Arabic it won
        /// five-fold cross-validation on ANERcorp train (0.775 vs 0.769, three seeds) but not
        /// ANERcorp test or the dev articles (resources/README.md).
        #[arg(long)]
        skip_gram: bool,
    },
    /// The name tagger: resources/models/ner_<lang>.bin (needs the clusters first).
    Ner {
        /// ar or en.
        #[arg(long)]
        lang: String,
        /// The shared data folder (training splits only are read).
        #[arg(long, default_value = "../shared/data")]
        data: PathBuf,
        /// Where the clusters are and the model goes.
        #[arg(long, default_value = "resources/models")]
        out: PathBuf,
        /// Add the extra training corpus (AQMAR for ar, WikiGold for en). Default: WikiGold yes
        /// (it raises development F1), AQMAR no (Wikipedia text lowered newswire F1).
        #[arg(long)]
        extra: Option<bool>,
        /// Also train on a copy of each sentence cut to start at its first name, as headlines
        /// and snippets do. Default no: in Arabic it found more names at the start of headlines
        /// but made the tagger a third slower (under its 1M tokens/s floor) and cost ANERcorp
        /// test F1; in English no gain on GMB or the dev articles.
        #[arg(long)]
        crops: Option<bool>,
        /// Keep the development part out of the final model too, and write it to
        /// OUT/heldout_<lang>.txt, so that `naba eval ner --models OUT` can score it.
        #[arg(long)]
        hold_out: bool,
        /// Only measure: five-fold cross-validation on the training split (pooled F1).
        #[arg(long)]
        cross_validate: bool,
        /// The most epochs tried (the best on held-out training documents is kept).
        #[arg(long, default_value_t = 30)]
        max_epochs: usize,
    },
}

fn training_language(code: &str) -> Result<naba::text::lang::Language, String> {
    match code {
        "ar" => Ok(naba::text::lang::Language::Arabic),
        "en" => Ok(naba::text::lang::Language::English),
        other => Err(format!("--lang {other:?}: expected ar or en")),
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

#[derive(Args)]
struct ServeArgs {
    /// Address to listen on. Use 0.0.0.0:50051 to accept connections from other hosts.
    #[arg(long, env = "NABA_ADDR", default_value = "127.0.0.1:50051")]
    addr: String,
    /// Log line format.
    #[arg(long, env = "NABA_LOG_FORMAT", value_enum, default_value = "text")]
    log_format: LogFormat,
    /// Log filter in RUST_LOG syntax (e.g. `info`, `naba=debug`); RUST_LOG wins when set.
    #[arg(long, env = "NABA_LOG", default_value = "info")]
    log_filter: String,
    /// Largest `text` accepted, in bytes; larger gets INVALID_ARGUMENT naming both sizes.
    #[arg(long, env = "NABA_MAX_TEXT_BYTES", default_value_t = 1024 * 1024)]
    max_text_bytes: usize,
    /// Documents processed at once (defaults to the number of cores).
    #[arg(long, env = "NABA_MAX_CONCURRENT_REQUESTS")]
    max_concurrent_requests: Option<usize>,
    /// Unary requests allowed to wait for a slot; beyond, RESOURCE_EXHAUSTED.
    #[arg(long, env = "NABA_MAX_QUEUED_REQUESTS", default_value_t = 64)]
    max_queued_requests: usize,
    /// Documents in flight per EnrichStream (the backpressure window).
    #[arg(long, env = "NABA_MAX_STREAM_IN_FLIGHT", default_value_t = 8)]
    max_stream_in_flight: usize,
    /// Server-side time limit per document in milliseconds; a shorter client deadline wins.
    #[arg(long, env = "NABA_REQUEST_TIMEOUT_MS", default_value_t = 30_000)]
    request_timeout_ms: u64,
    /// On SIGINT/SIGTERM, how long in-flight requests may take to finish, in milliseconds.
    #[arg(long, env = "NABA_SHUTDOWN_GRACE_MS", default_value_t = 30_000)]
    shutdown_grace_ms: u64,
    /// Gzip responses for clients that accept it (requests are always accepted gzipped). Off by
    /// default: it costs more CPU than it saves bytes on a fast network.
    #[arg(long, env = "NABA_COMPRESS_RESPONSES", default_value_t = false)]
    compress_responses: bool,
    /// Serve TLS with this certificate chain (PEM); needs --tls-key. Plaintext without it.
    #[arg(long, env = "NABA_TLS_CERT", requires = "tls_key")]
    tls_cert: Option<PathBuf>,
    /// The private key of --tls-cert (PEM).
    #[arg(long, env = "NABA_TLS_KEY", requires = "tls_cert")]
    tls_key: Option<PathBuf>,
    /// Require client certificates signed by this CA (PEM): mutual TLS.
    #[arg(long, env = "NABA_TLS_CLIENT_CA", requires = "tls_cert")]
    tls_client_ca: Option<PathBuf>,
    /// Serve Prometheus metrics over plain HTTP at http://ADDR/metrics (off unless given; e.g.
    /// 0.0.0.0:9464 in a container).
    #[arg(long, env = "NABA_METRICS_ADDR")]
    metrics_addr: Option<String>,
}

#[derive(Args)]
struct ViewArgs {
    /// Article text file, or `-` for standard input.
    #[arg(default_value = "-")]
    input: String,
    /// Language code (BCP-47); detected when empty.
    #[arg(long, default_value = "")]
    lang: String,
    /// Where to write the page (default: standard output); with --jsonl, a folder for the pages.
    #[arg(short = 'o', long = "out")]
    out: Option<PathBuf>,
    /// Read JSON lines on stdin and write one page per line into --out (named after its
    /// documentId, else its line number): an EnrichRequest to enrich, or `{"text": ...,
    /// "response": {...}}`, a response made elsewhere (UTF-8 offsets, the default) with its text.
    #[arg(long, requires = "out")]
    jsonl: bool,
    /// Largest `text` accepted, in bytes.
    #[arg(long, env = "NABA_MAX_TEXT_BYTES", default_value_t = 1024 * 1024)]
    max_text_bytes: usize,
    /// Load the models from this folder instead of the built-in ones.
    #[arg(long)]
    models: Option<PathBuf>,
}

#[derive(Args)]
struct EnrichArgs {
    /// Input file, or `-` for standard input.
    #[arg(default_value = "-")]
    input: String,
    /// Language hint (BCP-47, e.g. `ar`, `en`); empty means detect.
    #[arg(long, default_value = "")]
    lang: String,
    /// Read one JSON EnrichRequest per line on stdin, write one JSON response per line.
    #[arg(long)]
    jsonl: bool,
    /// With --jsonl: documents enriched at once, on as many threads (0: one per core); the output
    /// stays in input order.
    #[arg(long, default_value_t = 1, requires = "jsonl")]
    jobs: usize,
    /// Also return tokens.
    #[arg(long)]
    tokens: bool,
    /// Offset unit of the spans.
    #[arg(long, value_enum, default_value = "utf8")]
    offsets: OffsetArg,
    /// Print JSON on one line.
    #[arg(long)]
    compact: bool,
    /// Largest `text` accepted, in bytes (the server's limit has the same flag and variable).
    #[arg(long, env = "NABA_MAX_TEXT_BYTES", default_value_t = 1024 * 1024)]
    max_text_bytes: usize,
    /// Use the models in this folder (as `naba train` writes them) instead of the built-in ones.
    #[arg(long)]
    models: Option<PathBuf>,
}

#[derive(Args)]
struct LoadArgs {
    /// The server to load; loopback addresses only.
    #[arg(long, default_value = "127.0.0.1:50051")]
    addr: String,
    /// The RPC to call: `capabilities` measures the gRPC layer alone.
    #[arg(long, value_enum, default_value = "enrich")]
    rpc: RpcArg,
    /// Requests in flight at once (for `stream`: streams).
    #[arg(long, default_value_t = 1)]
    concurrency: usize,
    /// HTTP/2 connections to spread the requests over.
    #[arg(long, default_value_t = 1)]
    connections: usize,
    /// Stop after this many requests...
    #[arg(long, default_value_t = 1000)]
    requests: usize,
    /// ... or after this many seconds, whichever comes first.
    #[arg(long, default_value_t = 30.0)]
    duration: f64,
    /// A text file, or a folder whose .txt files are sent in turn (default: the seed articles).
    #[arg(long)]
    input: Option<PathBuf>,
    /// Advertise gzip for responses, as grpcio and grpc-go clients do.
    #[arg(long)]
    accept_gzip: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum RpcArg {
    Enrich,
    Stream,
    Capabilities,
}

#[derive(Clone, Copy, ValueEnum)]
enum OffsetArg {
    Utf8,
    Utf16,
    Utf32,
}

fn init_logging(format: LogFormat, filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .or_else(|_| tracing_subscriber::EnvFilter::try_new(filter))
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    // Colour codes only for a person at a terminal: in a file, a pipe or a log collector they are
    // noise (`NO_COLOR` turns them off on a terminal too).
    let colour = {
        use std::io::IsTerminal;
        std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
    };
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(colour)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().flatten_event(true).init(),
    }
}

fn main() -> ExitCode {
    // `-V` prints the version; `--version` adds the git revision and the built-in data files.
    // (Leaked once: clap keeps a `&'static str` unless built with its `string` feature.)
    let long_version: &'static str = Box::leak(naba::resources::version_text().into_boxed_str());
    let command = <Cli as clap::CommandFactory>::command().long_version(long_version);
    let cli = match <Cli as clap::FromArgMatches>::from_arg_matches(&command.get_matches()) {
        Ok(cli) => cli,
        Err(error) => error.exit(),
    };
    let result = match cli.command {
        Command::Serve(args) => serve(args),
        Command::Enrich(args) => enrich(args),
        Command::View(args) => view(args),
        Command::Load(args) => load(args),
        Command::Eval {
            what: EvalCommand::Sentences { paths, verbose },
        } => eval_sentences(&paths, verbose),
        Command::Eval {
            what: EvalCommand::Clitics { paths, reviewed },
        } => eval_clitics(&paths, reviewed.as_deref()),
        Command::Eval {
            what:
                EvalCommand::Quotes {
                    path,
                    verbose,
                    errors,
                    models,
                },
        } => eval_quotes(
            &path,
            models.as_deref(),
            match (errors, verbose) {
                (true, _) => naba::eval::quotes::Detail::Errors,
                (false, true) => naba::eval::quotes::Detail::Documents,
                (false, false) => naba::eval::quotes::Detail::Totals,
            },
        ),
        Command::Eval {
            what:
                EvalCommand::Entities {
                    path,
                    verbose,
                    models,
                },
        } => eval_entities(&path, verbose, models.as_deref()),
        Command::Eval {
            what:
                EvalCommand::Ner {
                    conll,
                    lang,
                    models,
                    errors,
                },
        } => eval_ner(&conll, &lang, models.as_deref(), errors),
        Command::Train {
            what:
                TrainCommand::Clusters {
                    lang,
                    data,
                    out,
                    skip_gram,
                },
        } => require_path(&data)
            .and_then(|()| training_language(&lang))
            .and_then(|l| naba::training::train_clusters(&data, &out, l, skip_gram))
            .map(|summary| println!("{summary}")),
        Command::Train {
            what:
                TrainCommand::Ner {
                    lang,
                    data,
                    out,
                    extra,
                    crops,
                    hold_out,
                    cross_validate,
                    max_epochs,
                },
        } => require_path(&data)
            .and_then(|()| training_language(&lang))
            .and_then(|l| {
                let options = naba::training::NerOptions {
                    extra: extra.unwrap_or(l == naba::text::lang::Language::English),
                    crops: crops.unwrap_or(false),
                    hold_out,
                    cross_validate,
                    max_epochs,
                };
                naba::training::train_ner(&data, &out, l, &options)
            })
            .map(|summary| println!("{summary}")),
        Command::Build {
            what: BuildCommand::Lexicons { data, out },
        } => require_path(&data).and_then(|()| {
            naba::training::build_lexicons(&data, &out)
                .map(|summary| println!("{summary}"))
                .map_err(|e| e.to_string())
        }),
        Command::Build {
            what: BuildCommand::NewsNames { data, out },
        } => require_path(&data).and_then(|()| {
            naba::training::news_names::build_news_names(&data, &out)
                .map(|summary| println!("{summary}"))
                .map_err(|e| e.to_string())
        }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("naba: {message}");
            ExitCode::FAILURE
        }
    }
}

fn serve(args: ServeArgs) -> Result<(), String> {
    init_logging(args.log_format, &args.log_filter);
    let defaults = Limits::default();
    let limits = Limits {
        max_text_bytes: args.max_text_bytes,
        max_concurrent_requests: args
            .max_concurrent_requests
            .unwrap_or(defaults.max_concurrent_requests),
        max_queued_requests: args.max_queued_requests,
        max_stream_in_flight: args.max_stream_in_flight,
        request_timeout: Duration::from_millis(args.request_timeout_ms),
    };
    let read = |path: &PathBuf, what: &str| {
        std::fs::read(path).map_err(|e| format!("cannot read {what} {}: {e}", path.display()))
    };
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(server::TlsFiles {
            cert_pem: read(cert, "--tls-cert")?,
            key_pem: read(key, "--tls-key")?,
            client_ca_pem: args
                .tls_client_ca
                .as_ref()
                .map(|ca| read(ca, "--tls-client-ca"))
                .transpose()?,
        }),
        _ => None,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(&args.addr)
            .await
            .map_err(|e| format!("cannot listen on {}: {e}", args.addr))?;
        tracing::info!(
            addr = %listener.local_addr().map_err(|e| e.to_string())?,
            version = env!("CARGO_PKG_VERSION"),
            git_revision = env!("NABA_GIT_REVISION"),
            ?limits,
            "naba listening"
        );
        for file in naba::resources::embedded_files() {
            tracing::info!(file = file.name, bytes = file.bytes, checksum = %file.checksum, "built-in data");
        }
        if let Some(metrics_addr) = &args.metrics_addr {
            let metrics_listener = tokio::net::TcpListener::bind(metrics_addr)
                .await
                .map_err(|e| format!("cannot listen on --metrics-addr {metrics_addr}: {e}"))?;
            tracing::info!(
                addr = %metrics_listener.local_addr().map_err(|e| e.to_string())?,
                "metrics listening"
            );
            let handle = naba::service::metrics::install()?;
            tokio::spawn(async move {
                if let Err(error) = naba::service::metrics::serve(metrics_listener, handle).await {
                    tracing::error!(%error, "metrics endpoint failed");
                }
            });
        }
        let config = ServerConfig {
            limits,
            shutdown_grace: Duration::from_millis(args.shutdown_grace_ms),
            compress_responses: args.compress_responses,
            tls,
            ..ServerConfig::default()
        };
        server::run(listener, config, PipelineSource::Load, server::shutdown_signal())
            .await
            .map_err(|e| e.to_string())?;
        tracing::info!("stopped");
        Ok(())
    })
}

fn load(args: LoadArgs) -> Result<(), String> {
    if !(args.duration > 0.0 && args.duration.is_finite()) {
        return Err("--duration must be a positive number of seconds".into());
    }
    let config = naba::load::LoadConfig {
        addr: args.addr,
        rpc: match args.rpc {
            RpcArg::Enrich => naba::load::Rpc::Enrich,
            RpcArg::Stream => naba::load::Rpc::Stream,
            RpcArg::Capabilities => naba::load::Rpc::Capabilities,
        },
        concurrency: args.concurrency,
        connections: args.connections,
        requests: args.requests,
        duration: Duration::from_secs_f64(args.duration),
        accept_gzip: args.accept_gzip,
        documents: naba::load::documents(args.input.as_deref()).map_err(|e| e.to_string())?,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let report = runtime
        .block_on(naba::load::run(config))
        .map_err(|e| e.to_string())?;
    print!("{}", report.human());
    println!("{}", report.json());
    Ok(())
}

/// The text of a file, or of standard input for `-`.
fn read_input(input: &str) -> Result<String, String> {
    if input == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| format!("cannot read stdin: {e}"))?;
        Ok(text)
    } else {
        std::fs::read_to_string(input).map_err(|e| format!("cannot read {input}: {e}"))
    }
}

/// `naba view`: enrich in-process (UTF-8 offsets, the view's unit) and write the page.
fn view(args: ViewArgs) -> Result<(), String> {
    let pipeline = pipeline_with_models(args.models.as_deref())?;
    let limits = Limits {
        max_text_bytes: args.max_text_bytes,
        ..Limits::default()
    };
    let page_of = |mut request: proto::EnrichRequest| -> Result<String, String> {
        request.offset_encoding = proto::OffsetEncoding::Utf8 as i32;
        request.features.clear();
        let text = request.text.clone();
        let response =
            service::enrich_in_process(&pipeline, request, &limits).map_err(|e| e.to_string())?;
        Ok(naba::view::render_page(&naba::view::Article {
            text: &text,
            response: &response,
        }))
    };
    if args.jsonl {
        let folder = args.out.expect("clap requires --out with --jsonl");
        std::fs::create_dir_all(&folder)
            .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
        let (mut written, mut failed) = (0, 0);
        for (number, line) in std::io::stdin().lines().enumerate() {
            let number = number + 1;
            let line = line.map_err(|e| format!("cannot read stdin: {e}"))?;
            if line.trim().is_empty() {
                continue;
            }
            let page = match naba::view::response_line(&line) {
                // `{"text": ..., "response": {...}}`: a response made elsewhere, shown as it is.
                Some(given) => given.map(|(text, response)| {
                    let name = naba::view::file_name(&response.document_id, number);
                    let page = naba::view::render_page(&naba::view::Article {
                        text: &text,
                        response: &response,
                    });
                    (name, page)
                }),
                None => json::request_from_json(&line).and_then(|request| {
                    let name = naba::view::file_name(&request.document_id, number);
                    page_of(request).map(|page| (name, page))
                }),
            };
            match page {
                Ok((name, page)) => {
                    let path = folder.join(name);
                    std::fs::write(&path, page)
                        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                    written += 1;
                }
                Err(message) => {
                    eprintln!("naba view: line {number}: {message}");
                    failed += 1;
                }
            }
        }
        eprintln!(
            "naba view: {written} pages in {}, {failed} lines failed",
            folder.display()
        );
        return if failed == 0 {
            Ok(())
        } else {
            Err(format!("{failed} lines failed"))
        };
    }
    let text = read_input(&args.input)?;
    let document_id = std::path::Path::new(&args.input)
        .file_name()
        .map_or(String::new(), |n| n.to_string_lossy().into_owned());
    let page = page_of(proto::EnrichRequest {
        document_id,
        text,
        language_code: args.lang,
        ..Default::default()
    })?;
    match args.out {
        Some(path) => {
            std::fs::write(&path, page).map_err(|e| format!("cannot write {}: {e}", path.display()))
        }
        None => std::io::stdout()
            .write_all(page.as_bytes())
            .map_err(|e| e.to_string()),
    }
}

fn enrich(args: EnrichArgs) -> Result<(), String> {
    let pipeline = pipeline_with_models(args.models.as_deref())?;
    let limits = Limits {
        max_text_bytes: args.max_text_bytes,
        ..Limits::default()
    };
    if args.jsonl {
        let jobs = match args.jobs {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        };
        return enrich_jsonl(&pipeline, &limits, jobs);
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let text = read_input(&args.input)?;
    let mut features = vec![];
    if args.tokens {
        features = vec![
            proto::Feature::NormalizedText as i32,
            proto::Feature::Sentences as i32,
            proto::Feature::Tokens as i32,
            proto::Feature::Entities as i32,
            proto::Feature::Quotes as i32,
        ];
    }
    let request = proto::EnrichRequest {
        document_id: args.input.clone(),
        text,
        language_code: args.lang,
        features,
        offset_encoding: match args.offsets {
            OffsetArg::Utf8 => proto::OffsetEncoding::Utf8,
            OffsetArg::Utf16 => proto::OffsetEncoding::Utf16,
            OffsetArg::Utf32 => proto::OffsetEncoding::Utf32,
        } as i32,
        normalization: None,
    };
    let response =
        service::enrich_in_process(&pipeline, request, &limits).map_err(|e| e.to_string())?;
    writeln!(out, "{}", json::response_to_json(&response, !args.compact))
        .map_err(|e| e.to_string())?;
    Ok(())
}

/// `naba enrich --jsonl`: stdin to stdout, a summary (and, on a terminal, progress) on stderr;
/// fails when any line failed, so that scripts notice.
fn enrich_jsonl(pipeline: &Pipeline, limits: &Limits, jobs: usize) -> Result<(), String> {
    use std::io::IsTerminal;
    let show_progress = std::io::stderr().is_terminal();
    let mut last_shown = std::time::Instant::now();
    let progress = |so_far: &service::batch::BatchSummary| {
        if show_progress && last_shown.elapsed() >= Duration::from_millis(250) {
            last_shown = std::time::Instant::now();
            eprint!("\r\x1b[K{}", so_far.describe());
        }
    };
    let stdin = std::io::stdin().lock();
    let stdout = std::io::stdout().lock();
    let summary = service::batch::run_jsonl(
        pipeline,
        limits,
        jobs,
        stdin,
        std::io::BufWriter::new(stdout),
        progress,
    )
    .map_err(|e| format!("--jsonl: {e}"))?;
    if show_progress {
        eprint!("\r\x1b[K");
    }
    eprintln!("naba enrich: {}", summary.describe());
    if summary.failed() > 0 {
        return Err(format!(
            "{} of {} lines failed; their output lines carry the error",
            summary.failed(),
            summary.documents
        ));
    }
    Ok(())
}

/// Measuring and training read the shared data folder; say what it is when a path is missing
/// instead of a bare "No such file or directory".
fn require_path(path: &std::path::Path) -> Result<(), String> {
    if path.exists() {
        return Ok(());
    }
    Err(format!(
        "{} not found. The eval, build and train commands read the shared data folder \
         (../shared/data beside the checkout: the public corpora and annotated dev articles, \
         see the README's \"Data\" section); `naba serve` and `naba enrich` do not need it.",
        path.display()
    ))
}

fn eval_sentences(paths: &[String], verbose: bool) -> Result<(), String> {
    let pipeline = Pipeline::load().map_err(|e| e.to_string())?;
    let paths: Vec<&std::path::Path> = paths.iter().map(std::path::Path::new).collect();
    paths.iter().try_for_each(|p| require_path(p))?;
    let (report, _) = naba::eval::sentences::evaluate(&pipeline, &paths, verbose)?;
    print!("{report}");
    Ok(())
}

fn eval_clitics(paths: &[String], reviewed: Option<&str>) -> Result<(), String> {
    let pipeline = Pipeline::load().map_err(|e| e.to_string())?;
    let paths: Vec<&std::path::Path> = paths.iter().map(std::path::Path::new).collect();
    paths.iter().try_for_each(|p| require_path(p))?;
    let words = naba::eval::clitics::split_words(&pipeline, &paths)?;
    let Some(reviewed) = reviewed else {
        for (word, segments) in &words {
            println!("{word}\t{segments}");
        }
        return Ok(());
    };
    let (report, _) = naba::eval::clitics::score(&pipeline, std::path::Path::new(reviewed))?;
    print!("{report}");
    Ok(())
}

fn eval_quotes(
    path: &str,
    models: Option<&std::path::Path>,
    detail: naba::eval::quotes::Detail,
) -> Result<(), String> {
    require_path(std::path::Path::new(path))?;
    let pipeline = pipeline_with_models(models)?;
    let (report, _) = naba::eval::quotes::evaluate(&pipeline, std::path::Path::new(path), detail)?;
    print!("{report}");
    Ok(())
}

fn eval_entities(
    path: &str,
    verbose: bool,
    models: Option<&std::path::Path>,
) -> Result<(), String> {
    require_path(std::path::Path::new(path))?;
    let pipeline = pipeline_with_models(models)?;
    let (report, _) =
        naba::eval::entities::evaluate(&pipeline, std::path::Path::new(path), verbose)?;
    print!("{report}");
    Ok(())
}

/// The pipeline with the models of a folder (as `naba train` writes them), else the built-in ones.
fn pipeline_with_models(models: Option<&std::path::Path>) -> Result<Pipeline, String> {
    let models = match models {
        Some(dir) => naba::pipeline::Models::Folder(dir),
        None => naba::pipeline::Models::Embedded,
    };
    Pipeline::load_with_models(models).map_err(|e| e.to_string())
}

fn eval_ner(
    conll: &str,
    lang: &str,
    models: Option<&std::path::Path>,
    errors: bool,
) -> Result<(), String> {
    require_path(std::path::Path::new(conll))?;
    let pipeline = pipeline_with_models(models)?;
    let (report, _) =
        naba::eval::ner::evaluate(&pipeline, std::path::Path::new(conll), lang, errors)?;
    print!("{report}");
    Ok(())
}
