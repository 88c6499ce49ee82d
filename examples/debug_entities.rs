fn main() {
    let text = std::env::args().nth(1).unwrap();
    let pipeline = naba::Pipeline::load().unwrap();
    let out = pipeline.enrich(&text, &naba::Options::default());
    for e in &out.entities {
        let m: Vec<&str> = e.mentions.iter().map(|(s, _)| s.slice(&text)).collect();
        println!("{:?} {:?} {:?} roles={:?}", e.label, e.name, m, e.roles);
    }
    for q in &out.quotes {
        println!(
            "Q {:?} {:?} cue={:?} speaker={:?} {:?}",
            q.kind,
            q.span.slice(&text),
            q.cue.map(|c| c.slice(&text)),
            q.speaker_name,
            q.method
        );
    }
}
