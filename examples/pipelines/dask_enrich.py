"""Enrich a JSONL corpus with naba on a Dask cluster and write Parquet.

Each input line is an EnrichRequest in its JSON form (`{"documentId": "...", "text": "..."}`,
as `naba enrich --jsonl` reads). Dask splits the lines into partitions; each partition opens one
gRPC channel and sends its documents over one EnrichStream (the server keeps a bounded window in
flight and answers in order), so a worker costs the service one connection, not one per document.
The output has one row per input document: its id, language, entities and attributed quotes as
nested columns, and the error when the document was refused.

    pip install "dask[distributed]" pandas pyarrow grpcio grpcio-tools
    # a local cluster against a local server:
    python examples/pipelines/dask_enrich.py --servers 127.0.0.1:50051 corpus.jsonl out.parquet
    # an existing cluster against naba in Kubernetes (client-side balancing over the pods of the
    # headless Service; see deploy/kubernetes):
    python examples/pipelines/dask_enrich.py --scheduler tcp://dask-scheduler:8786 \\
        --servers dns:///naba-headless.nlp.svc.cluster.local:50051 's3://corpus/*.jsonl' s3://out/

`--servers` is a gRPC target: `host:port`, several `host:port` separated by commas (partition i
streams to the i-th address, modulo their number), or any target grpc understands
(`dns:///name:port`, balanced round robin over what it resolves to).
"""

import argparse
import functools
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "clients", "python"))

import pyarrow as pa  # noqa: E402

PROTO_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "proto"))

MENTION = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
SCHEMA = pa.schema([
    ("document_id", pa.string()),
    ("language", pa.string()),
    ("entities", pa.list_(pa.struct([
        ("name", pa.string()),
        ("label", pa.string()),
        ("mentions", pa.list_(MENTION)),
    ]))),
    ("quotes", pa.list_(pa.struct([
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("text", pa.string()),
        ("kind", pa.string()),
        ("speaker", pa.string()),
        ("speaker_entity", pa.int64()),
    ]))),
    ("error_code", pa.string()),
    ("error_message", pa.string()),
])

# A whole partition's stream must finish within this; the server bounds each document's time.
STREAM_TIMEOUT_S = 3600


def grpc_target(servers, partition):
    """The gRPC target of one partition: a full target URI as given; from a comma-separated list,
    the address the partition's number picks. A channel balancing one stream over a list sends
    it to whichever server connects first, so without this one server could take every
    partition."""
    if "://" in servers or servers.startswith(("ipv4:", "ipv6:", "unix:")):
        return servers
    addresses = [s.strip() for s in servers.split(",") if s.strip()]
    return addresses[partition % len(addresses)]


@functools.lru_cache(maxsize=1)
def stubs():
    """The generated stubs, made once per worker process (protoc runs once, not per partition)."""
    from naba_client import load_stubs

    return load_stubs(PROTO_DIR)


def enrich_partition(lines, partition, servers):
    """JSONL lines -> rows of SCHEMA, one per non-blank line, in order. Runs on a worker;
    `partition` is the one-element list of the partition's number."""
    import grpc

    pb, pb_grpc = stubs()
    code_names = {status.value[0]: status.name for status in grpc.StatusCode}
    rows = []
    requests = []
    for raw in lines:
        if not raw.strip():
            continue
        row = {"document_id": "", "language": "", "entities": [], "quotes": [],
               "error_code": None, "error_message": None}
        try:
            fields = json.loads(raw)
            request = pb.EnrichRequest(
                document_id=fields.get("documentId", fields.get("document_id", "")),
                text=fields["text"],
                language_code=fields.get("languageCode", fields.get("language_code", "")),
                # Python slices strings by code point.
                offset_encoding=pb.OFFSET_ENCODING_UTF32,
            )
            row["document_id"] = request.document_id
            requests.append((len(rows), request))
        except (ValueError, KeyError, TypeError) as e:
            row["error_code"], row["error_message"] = "INVALID_ARGUMENT", f"not a request: {e}"
        rows.append(row)
    if not requests:
        return rows

    options = [("grpc.lb_policy_name", "round_robin"),
               ("grpc.max_receive_message_length", 64 * 1024 * 1024)]
    target = grpc_target(servers, partition[0])
    if target.startswith(("ipv4:", "ipv6:")):
        # grpc would send the whole address list as the :authority header, which HTTP/2 servers
        # (naba's included) reject as malformed; name the service instead.
        options.append(("grpc.default_authority", "naba"))
    with grpc.insecure_channel(target, options=options) as channel:
        stub = pb_grpc.EnrichmentServiceStub(channel)
        messages = (pb.EnrichStreamRequest(request=request) for _, request in requests)
        for answer in stub.EnrichStream(messages, timeout=STREAM_TIMEOUT_S):
            row = rows[requests[answer.index][0]]
            if answer.HasField("error"):
                row["error_code"] = code_names.get(answer.error.code, str(answer.error.code))
                row["error_message"] = answer.error.message
                continue
            response = answer.response
            row["language"] = response.language_code
            row["entities"] = [{
                "name": e.name,
                "label": pb.EntityLabel.Name(e.label).removeprefix("ENTITY_LABEL_"),
                "mentions": [{"start": m.span.start, "end": m.span.end, "text": m.text}
                             for m in e.mentions],
            } for e in response.entities]
            row["quotes"] = [{
                "start": q.span.start,
                "end": q.span.end,
                "text": q.text,
                "kind": pb.QuoteKind.Name(q.kind).removeprefix("QUOTE_KIND_"),
                "speaker": q.speaker.name or None,
                "speaker_entity": q.speaker.entity_index
                if q.speaker.HasField("entity_index") else None,
            } for q in response.quotes]
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="JSONL file(s): a path, a glob, or a URL fsspec reads")
    parser.add_argument("output", help="Parquet dataset directory")
    parser.add_argument("--servers", required=True, help="gRPC target(s) of naba")
    parser.add_argument("--scheduler", help="Dask scheduler address (default: a LocalCluster)")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster workers")
    parser.add_argument("--blocksize", default="16MiB",
                        help="input bytes per partition (one gRPC stream each)")
    args = parser.parse_args()

    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        # Byte blocks of whole lines: the workers read their own block, nothing goes through here.
        lines = db.read_text(args.input, blocksize=args.blocksize, linedelimiter="\n")
        # Each partition's number, as a bag partitioned like the lines.
        numbers = db.from_sequence(range(lines.npartitions), npartitions=lines.npartitions)
        rows = lines.map_partitions(enrich_partition, numbers, args.servers)
        frame = rows.to_dataframe(meta=SCHEMA.empty_table().to_pandas())
        frame.to_parquet(args.output, schema=SCHEMA, write_index=False, overwrite=True)
        # A summary from what was written, not from what was sent.
        import dask.dataframe as dd
        written = dd.read_parquet(args.output, columns=["error_code"])
        failed = int(written["error_code"].notnull().sum().compute())
        print(json.dumps({"documents": int(len(written)), "failed": failed,
                          "partitions": lines.npartitions, "output": args.output}))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    main()
