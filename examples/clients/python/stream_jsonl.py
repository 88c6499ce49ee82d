"""A pipeline stage: JSONL requests on stdin, JSONL responses on stdout, over one EnrichStream.

    cat corpus.jsonl | python examples/clients/python/stream_jsonl.py 127.0.0.1:50051 > out.jsonl

Each input line is an EnrichRequest in its JSON form (`{"documentId": "...", "text": "..."}`);
each output line is the EnrichStreamResponse for it in the proto3 JSON form (`response` or
`error`, with the input's `index`), in input order. Requests are read lazily while responses are
written, so memory stays bounded whatever the input's length: the server keeps a window of
documents in flight and stops reading when it is full (flow control). A line that is not a
request stops the stage with its line number. Exit status 1 when any document was refused.
"""

import argparse
import sys

from naba_client import DEFAULT_PROTO_DIR, load_stubs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("addr", help="host:port of a naba server")
    parser.add_argument("--proto-dir", default=DEFAULT_PROTO_DIR)
    args = parser.parse_args()

    pb, pb_grpc = load_stubs(args.proto_dir)
    import grpc
    from google.protobuf import json_format

    def requests():
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            request = pb.EnrichRequest()
            try:
                json_format.Parse(line, request)
            except json_format.ParseError as e:
                sys.exit(f"line {number} is not an EnrichRequest: {e}")
            yield pb.EnrichStreamRequest(request=request)

    refused = 0
    with grpc.insecure_channel(args.addr) as channel:
        stub = pb_grpc.EnrichmentServiceStub(channel)
        for answer in stub.EnrichStream(requests()):
            refused += answer.HasField("error")
            sys.stdout.write(json_format.MessageToJson(answer, indent=None, ensure_ascii=False) + "\n")
    print(f"stream_jsonl: {refused} documents refused", file=sys.stderr)
    sys.exit(1 if refused else 0)


if __name__ == "__main__":
    main()
