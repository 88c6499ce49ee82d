"""A Python client of naba, built with grpcio-tools from proto/ at run time.

Checks what a Python or JavaScript caller relies on: Enrich and EnrichStream work, and spans
slice the ORIGINAL text the way each language slices strings (Python str indices are code points:
OFFSET_ENCODING_UTF32; JavaScript strings are UTF-16: OFFSET_ENCODING_UTF16).

Usage: python polyglot_client.py HOST:PORT PROTO_DIR SEED_FILE
Exits non-zero with a message on the first failed check.
"""

import os
import sys

# The stub generation of the Python example client (examples/clients/python), shared.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                "examples", "clients", "python"))
from naba_client import load_stubs  # noqa: E402


def js_slice(text: str, start: int, end: int) -> str:
    """What JavaScript's text.slice(start, end) returns: UTF-16 code units."""
    units = text.encode("utf-16-le")
    return units[2 * start:2 * end].decode("utf-16-le")


def check(condition: bool, message: str) -> None:
    if not condition:
        sys.exit(f"FAILED: {message}")


def main() -> None:
    address, proto_dir, seed_file = sys.argv[1:4]
    enrich_pb2, enrich_pb2_grpc = load_stubs(proto_dir)
    import grpc

    with open(seed_file, encoding="utf-8") as f:
        seed = f.read()
    # An emoji and a mathematical letter (astral, two UTF-16 units each) shift the offsets.
    text = "😀𝒜 " + seed

    channel = grpc.insecure_channel(address)
    stub = enrich_pb2_grpc.EnrichmentServiceStub(channel)

    # Python: code points.
    response = stub.Enrich(enrich_pb2.EnrichRequest(
        document_id="py", text=text, offset_encoding=enrich_pb2.OFFSET_ENCODING_UTF32), timeout=30)
    check(response.language_code == "ar", f"language {response.language_code!r}")
    mentions = [m for e in response.entities for m in e.mentions]
    check(len(mentions) > 5, f"only {len(mentions)} mentions")
    for m in mentions:
        check(text[m.span.start:m.span.end] == m.text,
              f"UTF-32 span {m.span.start}:{m.span.end} slices {text[m.span.start:m.span.end]!r}, not {m.text!r}")
    for q in response.quotes:
        check(text[q.span.start:q.span.end] == q.text, f"quote span slices wrongly: {q.text[:30]!r}")
    kadhimi = [e for e in response.entities if e.name == "مصطفى الكاظمي"]
    check(len(kadhimi) == 1, "one entity for the prime minister")

    # JavaScript: UTF-16 code units.
    response16 = stub.Enrich(enrich_pb2.EnrichRequest(
        document_id="js", text=text, offset_encoding=enrich_pb2.OFFSET_ENCODING_UTF16), timeout=30)
    for e in response16.entities:
        for m in e.mentions:
            check(js_slice(text, m.span.start, m.span.end) == m.text,
                  f"UTF-16 span {m.span.start}:{m.span.end} does not slice {m.text!r} the JavaScript way")
    first32 = response.entities[0].mentions[0].span
    first16 = response16.entities[0].mentions[0].span
    check(first16.start == first32.start + 2, "two astral characters add two UTF-16 units")

    # A stream of documents with a bad one in the middle.
    def requests():
        for i in range(6):
            body = "" if i == 3 else f"Document {i}. The minister said that the port would reopen soon."
            yield enrich_pb2.EnrichStreamRequest(request=enrich_pb2.EnrichRequest(document_id=f"d{i}", text=body))

    results = list(stub.EnrichStream(requests(), timeout=30))
    check([r.document_id for r in results] == [f"d{i}" for i in range(6)], "stream order")
    check(results[3].WhichOneof("result") == "error" and results[3].error.code == grpc.StatusCode.INVALID_ARGUMENT.value[0],
          f"document 3 should fail with INVALID_ARGUMENT: {results[3]}")
    check(all(r.WhichOneof("result") == "response" for i, r in enumerate(results) if i != 3), "other documents succeed")

    print("polyglot: 4 checks passed")


if __name__ == "__main__":
    main()
