"""Who said what in an article: a Python (grpcio) client of naba.

Prints each quote of FILE with its speaker, every span given in Python string indices (code
points: the request asks for OFFSET_ENCODING_UTF32, so `text[start:end]` is the quote), and
checks that each span slices exactly the text the response names.

    pip install grpcio grpcio-tools
    python examples/clients/python/naba_client.py 127.0.0.1:50051 seeds/ar/000_96ef49ff8062f27d.txt

The stubs are generated from proto/ when the client starts (grpc_tools.protoc), so it always
matches the server's contract; in an application, generate them once at build time instead.
"""

import argparse
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PROTO_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "..", "proto"))


def load_stubs(proto_dir):
    """enrich_pb2 and enrich_pb2_grpc, generated from proto_dir into a temporary folder."""
    from grpc_tools import protoc

    out_dir = tempfile.mkdtemp(prefix="naba-stubs-")
    include = os.path.join(os.path.dirname(protoc.__file__), "_proto")
    code = protoc.main([
        "grpc_tools.protoc",
        f"-I{proto_dir}",
        f"-I{include}",
        f"--python_out={out_dir}",
        f"--grpc_python_out={out_dir}",
        os.path.join(proto_dir, "enrich", "v1", "enrich.proto"),
    ])
    if code != 0:
        sys.exit(f"protoc failed on {proto_dir} ({code})")
    sys.path.insert(0, out_dir)
    from enrich.v1 import enrich_pb2, enrich_pb2_grpc

    return enrich_pb2, enrich_pb2_grpc


def short(text, width=60):
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("addr", help="host:port of a naba server")
    parser.add_argument("file", help="UTF-8 article text")
    parser.add_argument("--proto-dir", default=DEFAULT_PROTO_DIR)
    parser.add_argument("--lang", default="", help="BCP-47 language code (default: detected)")
    args = parser.parse_args()

    pb, pb_grpc = load_stubs(args.proto_dir)
    import grpc

    with open(args.file, encoding="utf-8") as f:
        text = f.read()
    with grpc.insecure_channel(args.addr) as channel:
        stub = pb_grpc.EnrichmentServiceStub(channel)
        response = stub.Enrich(
            pb.EnrichRequest(
                document_id=os.path.basename(args.file),
                text=text,
                language_code=args.lang,
                offset_encoding=pb.OFFSET_ENCODING_UTF32,
            ),
            timeout=30,
        )

    print(f"{response.document_id}: language {response.language_code}, "
          f"{len(response.quotes)} quotes, {len(response.entities)} entities")
    wrong = 0
    for quote in response.quotes:
        span = quote.span
        if text[span.start:span.end] != quote.text:
            wrong += 1
            print(f"  WRONG SPAN: quote [{span.start}, {span.end})", file=sys.stderr)
        speaker = quote.speaker
        if speaker.name:
            who = speaker.name
            if speaker.HasField("mention"):
                m = speaker.mention.span
                if text[m.start:m.end] != speaker.mention.text:
                    wrong += 1
                    print(f"  WRONG SPAN: speaker [{m.start}, {m.end})", file=sys.stderr)
                who += f" (named at [{m.start}, {m.end}): {speaker.mention.text})"
        else:
            who = "(speaker not found)"
        kind = pb.QuoteKind.Name(quote.kind).removeprefix("QUOTE_KIND_").lower()
        print(f"  [{span.start}, {span.end}) {kind:8} {who}: {short(quote.text)}")
    if wrong:
        sys.exit(f"{wrong} spans do not slice the text they name")


if __name__ == "__main__":
    main()
