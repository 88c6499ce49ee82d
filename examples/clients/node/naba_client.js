// Who said what in an article: a Node.js (@grpc/grpc-js) client of naba.
//
// Prints each quote of FILE with its speaker, every span given in JavaScript string indices
// (UTF-16 code units: the request asks for OFFSET_ENCODING_UTF16, so `text.slice(start, end)` is
// the quote), and checks that each span slices exactly the text the response names.
//
//   npm install --prefix examples/clients/node
//   node examples/clients/node/naba_client.js 127.0.0.1:50051 seeds/ar/000_96ef49ff8062f27d.txt
//
// The proto is loaded at run time with @grpc/proto-loader from proto/ (or --proto-dir DIR).

'use strict';

const fs = require('fs');
const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

function parseArgs(argv) {
  const args = { protoDir: path.join(__dirname, '..', '..', '..', 'proto'), lang: '', rest: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--proto-dir') args.protoDir = argv[++i];
    else if (argv[i] === '--lang') args.lang = argv[++i];
    else args.rest.push(argv[i]);
  }
  if (args.rest.length !== 2) {
    console.error('usage: node naba_client.js [--proto-dir DIR] [--lang CODE] HOST:PORT FILE');
    process.exit(2);
  }
  [args.addr, args.file] = args.rest;
  return args;
}

function short(text, width = 60) {
  const flat = text.split(/\s+/).filter(Boolean).join(' ');
  return flat.length <= width ? flat : flat.slice(0, width - 1) + '…';
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const definition = protoLoader.loadSync(path.join(args.protoDir, 'enrich/v1/enrich.proto'), {
    includeDirs: [args.protoDir],
    // 64-bit integers as strings (no rounding in doubles), enums as names, absent fields as
    // their defaults; field names in lowerCamelCase.
    longs: String,
    enums: String,
    defaults: true,
    oneofs: true,
  });
  const { EnrichmentService } = grpc.loadPackageDefinition(definition).enrich.v1;
  const client = new EnrichmentService(args.addr, grpc.credentials.createInsecure());
  const text = fs.readFileSync(args.file, 'utf8');
  const request = {
    documentId: path.basename(args.file),
    text,
    languageCode: args.lang,
    offsetEncoding: 'OFFSET_ENCODING_UTF16',
  };
  const deadline = new Date(Date.now() + 30000);
  client.Enrich(request, { deadline }, (error, response) => {
    client.close();
    if (error) {
      console.error(`Enrich failed: ${error.code} ${error.details}`);
      process.exit(1);
    }
    console.log(`${response.documentId}: language ${response.languageCode}, ` +
      `${response.quotes.length} quotes, ${response.entities.length} entities`);
    let wrong = 0;
    for (const quote of response.quotes) {
      const { start, end } = quote.span;
      if (text.slice(start, end) !== quote.text) {
        wrong++;
        console.error(`  WRONG SPAN: quote [${start}, ${end})`);
      }
      const speaker = quote.speaker;
      let who = '(speaker not found)';
      if (speaker && speaker.name) {
        who = speaker.name;
        if (speaker.mention) {
          const m = speaker.mention.span;
          if (text.slice(m.start, m.end) !== speaker.mention.text) {
            wrong++;
            console.error(`  WRONG SPAN: speaker [${m.start}, ${m.end})`);
          }
          who += ` (named at [${m.start}, ${m.end}): ${speaker.mention.text})`;
        }
      }
      const kind = quote.kind.replace('QUOTE_KIND_', '').toLowerCase().padEnd(8);
      console.log(`  [${start}, ${end}) ${kind} ${who}: ${short(quote.text)}`);
    }
    if (wrong) {
      console.error(`${wrong} spans do not slice the text they name`);
      process.exit(1);
    }
  });
}

main();
