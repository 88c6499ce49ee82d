//! Headlines and snippets, as pipelines send them: a few words, often more names than words.
//! Each row of `tests/data/headlines.tsv` must get its language right (detection, no hint), and
//! the names of the table must be found with their labels (PERSON, ORGANIZATION, LOCATION) over
//! the whole table at the floors below; every miss is listed when a floor fails.

use std::collections::BTreeSet;

use naba::eval::comparison_form;
use naba::eval::entities::named_mentions;
use naba::pipeline::{Options, Pipeline};

/// Measured on the table when it was written (issue 13); raise them with each gain.
const RECALL_FLOOR: f64 = 0.58;
const PRECISION_FLOOR: f64 = 0.81;

struct Row {
    language: String,
    text: String,
    names: BTreeSet<(String, String)>,
}

fn rows() -> Vec<Row> {
    let table = include_str!("data/headlines.tsv");
    table
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let mut columns = line.split('\t');
            let language = columns.next().unwrap().to_string();
            let text = columns.next().expect("a text column").to_string();
            let names = columns
                .next()
                .unwrap_or("")
                .split(" | ")
                .filter(|name| !name.is_empty())
                .map(|name| {
                    let (label, surface) = name.split_once(':').expect("LABEL:name");
                    (label.to_string(), comparison_form(surface))
                })
                .collect();
            Row {
                language,
                text,
                names,
            }
        })
        .collect()
}

#[test]
fn headlines_get_their_language_and_their_names() {
    let rows = rows();
    assert!(rows.len() >= 30, "the table has {} rows", rows.len());
    let pipeline = Pipeline::load().unwrap();
    let mut wrong_language = Vec::new();
    let mut report = String::new();
    let (mut found, mut expected, mut correct) = (0usize, 0usize, 0usize);
    for row in &rows {
        let enrichment = pipeline.enrich(&row.text, &Options::default());
        let code = enrichment.language.as_ref().map(|l| l.code.as_str());
        if code != Some(row.language.as_str()) {
            wrong_language.push(format!("{:?}: {:?}, not {}", row.text, code, row.language));
        }
        let names: BTreeSet<(String, String)> = named_mentions(&enrichment, &row.text)
            .into_iter()
            .map(|(surface, label)| (label.name().to_string(), surface))
            .collect();
        found += names.len();
        expected += row.names.len();
        correct += names.intersection(&row.names).count();
        let missed: Vec<_> = row.names.difference(&names).collect();
        let spurious: Vec<_> = names.difference(&row.names).collect();
        if !missed.is_empty() || !spurious.is_empty() {
            report.push_str(&format!(
                "{}\n    missed {missed:?}\n    spurious {spurious:?}\n",
                row.text
            ));
        }
    }
    assert!(
        wrong_language.is_empty(),
        "wrong language: {wrong_language:#?}"
    );
    let recall = correct as f64 / expected as f64;
    let precision = correct as f64 / found.max(1) as f64;
    println!("names: recall {recall:.3} ({correct}/{expected}), precision {precision:.3} ({correct}/{found})\n{report}");
    assert!(
        recall >= RECALL_FLOOR && precision >= PRECISION_FLOOR,
        "names in headlines: recall {recall:.3} (floor {RECALL_FLOOR}), precision {precision:.3} \
         (floor {PRECISION_FLOOR}):\n{report}"
    );
}
