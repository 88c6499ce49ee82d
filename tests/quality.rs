//! Quality floors, measured the same way `naba eval` reports them. The dev articles live in
//! `../shared/data/gold-dev` (the shared data beside the checkout): without it the tests that need
//! it are skipped with a visible line, or fail when NABA_REQUIRE_DATA=1 (as in CI).

mod common;

use std::path::{Path, PathBuf};

use naba::pipeline::Pipeline;

fn gold_dev() -> Option<PathBuf> {
    common::shared_data("gold-dev")
}

#[test]
fn sentence_boundaries_reach_the_floor_in_each_language() {
    let Some(gold_dev) = gold_dev() else { return };
    let pipeline = Pipeline::load().unwrap();
    let (report, totals) =
        naba::eval::sentences::evaluate(&pipeline, &[gold_dev.as_path()], false).unwrap();
    for lang in ["ar", "en"] {
        let f1 = totals[lang].f1();
        assert!(
            f1 >= 0.95,
            "sentence boundary F1 {f1:.3} for {lang} is under 0.95:\n{report}"
        );
    }
}

#[test]
fn english_golden_rules_hold() {
    let pipeline = Pipeline::load().unwrap();
    let rules = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/golden_rules_en.json"
    ));
    let (report, totals) = naba::eval::sentences::evaluate(&pipeline, &[rules], false).unwrap();
    let f1 = totals["en"].f1();
    assert!(
        f1 >= 0.97,
        "golden-rules boundary F1 {f1:.3} under 0.97:\n{report}"
    );
}

fn clitic_precision(file: &str) -> (String, f64) {
    let pipeline = Pipeline::load().unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(file);
    naba::eval::clitics::score(&pipeline, &path).unwrap()
}

#[test]
fn reviewed_clitic_splits_of_the_dev_texts_still_hold() {
    let (report, precision) = clitic_precision("clitics_reviewed_dev.tsv");
    assert!(precision == 1.0, "a reviewed split changed:\n{report}");
}

#[test]
fn clitic_precision_on_the_held_out_sample_stays_at_the_floor() {
    let (report, precision) = clitic_precision("clitics_reviewed_heldout.tsv");
    assert!(
        precision >= 0.95,
        "clitic precision {precision:.3} under 0.95:\n{report}"
    );
}

#[test]
fn the_real_lexicon_splits_clitics_and_leaves_lookalikes_whole() {
    let pipeline = Pipeline::load().unwrap();
    let cases = [
        ("بالبصرة", "ب+ال|بصرة|"),
        ("والعراق", "و+ال|عراق|"),
        ("لواشنطن", "ل|واشنطن|"),
        ("وقال", "و|قال|"),
        ("زيارته", "|زيارت|ه"),
        ("بغداد", "||"),
        ("والي", "||"),
        ("كاظم", "||"),
        ("وزير", "||"),
        ("العراقي", "ال|عراقي|"),
        ("جنوبي", "||"),
    ];
    for (word, expected) in cases {
        let analysis = pipeline.analyze(word, naba::text::lang::Language::Arabic, true);
        let got = naba::eval::clitics::render(&analysis.normalized.text, &analysis.tokens[0]);
        assert_eq!(got, expected, "{word}");
    }
}

/// (label, name, roles, mention count) of every entity the pipeline returns for `text`.
fn entities_of(pipeline: &Pipeline, text: &str) -> Vec<(String, String, Vec<String>, usize)> {
    let options = naba::pipeline::Options {
        features: vec![naba::pipeline::Feature::Entities],
        ..Default::default()
    };
    pipeline
        .enrich(text, &options)
        .entities
        .iter()
        .map(|e| {
            (
                e.label.name().to_string(),
                e.name.clone(),
                e.roles.clone(),
                e.mentions.len(),
            )
        })
        .collect()
}

/// An expected entity: label, name, roles, number of mentions.
type ExpectedEntity = (&'static str, &'static str, &'static [&'static str], usize);

/// The tagger's promise: a name no list or training sentence has (invented here) is still found
/// from its context, grouped with its short form, its title kept as a role.
#[test]
fn the_tagger_finds_names_no_lexicon_has() {
    let pipeline = Pipeline::load().unwrap();
    let cases: &[(&str, &[ExpectedEntity])] = &[
        (
            "Prime Minister Zorvath Kelmani said on Monday that the talks in Varnhold would \
             resume. Kelmani spoke after meeting officials of the Tamberly Group.",
            &[
                ("PERSON", "Zorvath Kelmani", &["Prime Minister"], 2),
                ("LOCATION", "Varnhold", &[], 1),
                ("ORGANIZATION", "Tamberly Group", &[], 1),
            ],
        ),
        (
            "وقال وزير الخارجية زورفاث كيلماني إن المحادثات في مدينة فارنهولد ستستأنف. وأضاف كيلماني أن الوفد سيعود.",
            &[
                ("PERSON", "زورفاث كيلماني", &["وزير الخارجية"], 2),
                ("LOCATION", "فارنهولد", &[], 1),
            ],
        ),
        // The short form with its particle (`بن X`) is the same person as `... ابن X`.
        (
            "وقال رئيس الحكومة عبد الإله ابن كيران إن النتائج مشجعة جدا. واعتبر بن كيران أن الحملة كانت نزيهة.",
            &[("PERSON", "عبد الإله ابن كيران", &["رئيس الحكومة"], 2)],
        ),
    ];
    for (text, expected) in cases {
        let found = entities_of(&pipeline, text);
        for (label, name, roles, mentions) in expected.iter() {
            let entity = found.iter().find(|e| e.1 == *name);
            let Some((found_label, _, found_roles, found_mentions)) = entity else {
                panic!("{name} not found in {text:?}: {found:?}");
            };
            assert_eq!(found_label, label, "{name}: {found:?}");
            assert_eq!(found_roles, roles, "{name}: {found:?}");
            assert_eq!(found_mentions, mentions, "{name}: {found:?}");
        }
    }
}

/// Floors per language: what the code measures on the whole gold-dev folder (raised with each
/// gain; issue 11 aims at 0.92 / 0.88 / 0.82 / 0.80 / 0.70 in each language).
struct QuoteFloors {
    detection: f64,
    speaker: f64,
    attribution: f64,
    indirect_detection: f64,
    indirect_attribution: f64,
}

#[test]
fn quote_detection_and_attribution_reach_the_floors_in_each_language() {
    let Some(gold_dev) = gold_dev() else { return };
    let pipeline = Pipeline::load().unwrap();
    let (report, totals) =
        naba::eval::quotes::evaluate(&pipeline, &gold_dev, naba::eval::quotes::Detail::Totals)
            .unwrap();
    let floors = [
        (
            "ar",
            QuoteFloors {
                detection: 0.943,
                speaker: 0.940,
                attribution: 0.886,
                indirect_detection: 0.872,
                indirect_attribution: 0.805,
            },
        ),
        (
            "en",
            QuoteFloors {
                detection: 0.954,
                speaker: 0.962,
                attribution: 0.917,
                indirect_detection: 0.862,
                indirect_attribution: 0.759,
            },
        ),
    ];
    for (lang, floor) in floors {
        let direct = &totals[&(lang.to_string(), "direct+partial")];
        let indirect = &totals[&(lang.to_string(), "indirect")];
        let checks = [
            (
                "direct+partial detection F1",
                direct.detection.f1(),
                floor.detection,
            ),
            ("speaker accuracy", direct.speaker_accuracy(), floor.speaker),
            ("attribution F1", direct.attribution.f1(), floor.attribution),
            (
                "indirect detection F1",
                indirect.detection.f1(),
                floor.indirect_detection,
            ),
            (
                "indirect attribution F1",
                indirect.attribution.f1(),
                floor.indirect_attribution,
            ),
        ];
        for (what, value, floor) in checks {
            // Measured values are compared at the precision they are reported with.
            let value = (value * 1000.0).round() / 1000.0;
            assert!(
                value >= floor,
                "{lang} {what} {value:.3} is under {floor}:\n{report}"
            );
        }
    }
}

/// Per-document entity F1 on the dev articles (`naba eval entities`): what the code measures on
/// the whole folder, raised with each gain (issue 13 aims at Arabic 0.75, English 0.78).
#[test]
fn dev_article_entities_reach_the_floors_in_each_language() {
    let Some(gold_dev) = gold_dev() else { return };
    let pipeline = Pipeline::load().unwrap();
    let (report, totals) = naba::eval::entities::evaluate(&pipeline, &gold_dev, false).unwrap();
    for (lang, floor) in [("ar", 0.762), ("en", 0.824)] {
        let f1 = totals[&(lang.to_string(), "ALL")].f1();
        let f1 = (f1 * 1000.0).round() / 1000.0;
        assert!(
            f1 >= floor,
            "{lang} entity F1 {f1:.3} is under {floor}:\n{report}"
        );
    }
    // Issue 13's organization floor: recall 0.60 at precision 0.70 or more (measured 0.671 at
    // 0.842).
    let organizations = &totals[&("ar".to_string(), "ORGANIZATION")];
    let round = |x: f64| (x * 1000.0).round() / 1000.0;
    let (precision, recall) = (
        round(organizations.precision()),
        round(organizations.recall()),
    );
    assert!(
        recall >= 0.671 && precision >= 0.80,
        "ar ORGANIZATION P {precision:.3} R {recall:.3} under P 0.80 / R 0.671:\n{report}"
    );
}

/// The taggers on their corpora's test splits (`naba eval ner`), micro F1 over all labels: never
/// trained on, measured only.
#[test]
fn taggers_reach_the_floors_on_the_test_splits() {
    let corpora = [
        ("ner-ar/anercorp/test.txt", "ar", 0.699),
        // 0.857 until English organizations kept their `for the X` complement, which GMB splits
        // and the dev articles do not (README, Quality): a convention chosen, not a regression.
        ("ner-en/gmb/test.txt", "en", 0.856),
    ];
    let pipeline = Pipeline::load().unwrap();
    for (file, lang, floor) in corpora {
        let Some(path) = common::shared_data(file) else {
            continue;
        };
        let (report, micro) = naba::eval::ner::evaluate(&pipeline, &path, lang, false).unwrap();
        let f1 = (micro.f1() * 1000.0).round() / 1000.0;
        assert!(
            f1 >= floor,
            "{file}: micro F1 {f1:.3} under {floor}:\n{report}"
        );
    }
}
