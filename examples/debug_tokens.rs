fn main() {
    let text = std::env::args().nth(1).unwrap();
    let pipeline = naba::Pipeline::load().unwrap();
    let options = naba::Options {
        features: vec![naba::Feature::Tokens],
        ..Default::default()
    };
    let out = pipeline.enrich(&text, &options);
    for t in out.tokens {
        let segs: Vec<String> = t
            .segments
            .iter()
            .map(|(s, r)| format!("{}:{:?}", s.slice(&text), r))
            .collect();
        println!("{:?} {:?} {:?}", t.span.slice(&text), t.kind, segs);
    }
}
