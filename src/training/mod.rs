//! Builds the committed lexicons in `resources/` from the public corpora in `../shared/data`
//! (`naba build lexicons`). Reads only TRAIN splits and lexicon files; never a test split.
//!
//! Outputs (one entry per line, tab-separated, sorted so that rebuilds diff cleanly):
//! - `gazetteer.tsv`: `key<TAB>LABEL<TAB>count` — entity strings in SEARCH form. Names seen in the
//!   training splits of ANERcorp (Arabic) and GMB (English) are kept when at least 60% of their
//!   occurrences in the corpus are tagged with that label; country names come from the lexicons.
//! - `first_names.tsv`: given names (Arabic script and Latin, diacritics off, letters unfolded),
//!   for person detection.
//! - `ar_words.tsv`: Arabic words with their frequency in Arabic Wikipedia (2017) and ANERcorp
//!   train: the clitic segmenter's evidence.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io;
use std::path::Path;

use crate::normalize::{Normalizer, Profile};

/// Longest entity, in tokens, kept in the gazetteer.
const MAX_ENTITY_TOKENS: usize = 5;
const MIN_LABEL_SHARE: f64 = 0.6;
/// Fewer occurrences than this and a word is noise (typos, rare names) for the segmenter.
const MIN_WORD_COUNT: usize = 3;

fn search_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    Normalizer::for_profile(Profile::Search).fold_into(text, &mut key);
    key
}

/// One sentence of a CoNLL-style `token TAG` file.
type TaggedSentence = Vec<(String, String)>;

fn read_conll(path: &Path) -> io::Result<Vec<TaggedSentence>> {
    let text = fs::read_to_string(path)?;
    let mut sentences = Vec::new();
    let mut current = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        let mut parts = line.split_whitespace();
        if let (Some(token), Some(tag)) = (parts.next(), parts.last()) {
            current.push((token.to_string(), tag.to_string()));
        }
    }
    if !current.is_empty() {
        sentences.push(current);
    }
    Ok(sentences)
}

/// Maps a corpus tag type to our label name, or None for types we do not learn.
fn label_of(corpus_type: &str) -> Option<&'static str> {
    match corpus_type.to_ascii_lowercase().as_str() {
        "pers" | "per" => Some("PERSON"),
        "org" => Some("ORGANIZATION"),
        "loc" | "geo" => Some("LOCATION"),
        "misc" | "gpe" => Some("MISC"),
        _ => None,
    }
}

/// Counts tagged entity strings and all n-gram occurrences of them.
fn learn_entities(sentences: &[TaggedSentence], out: &mut BTreeMap<(String, String), usize>) {
    let mut tagged: HashMap<String, HashMap<&'static str, usize>> = HashMap::new();
    for sentence in sentences {
        let mut i = 0;
        while i < sentence.len() {
            let tag = &sentence[i].1;
            let Some(kind) = tag.strip_prefix("B-").or_else(|| tag.strip_prefix("I-")) else {
                i += 1;
                continue;
            };
            let mut j = i + 1;
            while j < sentence.len() && sentence[j].1 == format!("I-{kind}") {
                j += 1;
            }
            if let Some(label) = label_of(kind) {
                if j - i <= MAX_ENTITY_TOKENS {
                    let key = search_key(&join_tokens(&sentence[i..j]));
                    *tagged.entry(key).or_default().entry(label).or_default() += 1;
                }
            }
            i = j;
        }
    }
    // How often each candidate string occurs at all, tagged or not.
    let mut occurrences: HashMap<&str, usize> = tagged.keys().map(|k| (k.as_str(), 0)).collect();
    for sentence in sentences {
        let keys: Vec<String> = sentence.iter().map(|(t, _)| search_key(t)).collect();
        for n in 1..=MAX_ENTITY_TOKENS {
            for window in keys.windows(n) {
                let joined = window.join(" ");
                if let Some(count) = occurrences.get_mut(joined.as_str()) {
                    *count += 1;
                }
            }
        }
    }
    for (key, labels) in &tagged {
        let (label, count) = labels
            .iter()
            .max_by_key(|(l, c)| (**c, **l))
            .expect("non-empty");
        let total = occurrences[key.as_str()].max(*count);
        if (*count as f64) / (total as f64) >= MIN_LABEL_SHARE && key.chars().count() >= 2 {
            *out.entry((key.clone(), label.to_string())).or_default() += count;
        }
    }
}

fn join_tokens(tokens: &[(String, String)]) -> String {
    tokens
        .iter()
        .map(|(t, _)| t.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

fn add_country_names(data: &Path, out: &mut BTreeMap<(String, String), usize>) -> io::Result<()> {
    for lang in ["ar", "en"] {
        let path = data.join(format!("lexicons/i18n-iso-countries/{lang}.json"));
        let json: serde_json::Value = serde_json::from_str(&fs::read_to_string(path)?)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        if let Some(countries) = json["countries"].as_object() {
            for names in countries.values() {
                let names = match names {
                    serde_json::Value::Array(list) => list.clone(),
                    other => vec![other.clone()],
                };
                for name in names.iter().filter_map(|n| n.as_str()) {
                    out.entry((search_key(name), "LOCATION".into()))
                        .or_insert(1);
                }
            }
        }
    }
    let path = data.join("lexicons/world-countries/countries.json");
    let json: serde_json::Value = serde_json::from_str(&fs::read_to_string(path)?)
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
    for country in json.as_array().into_iter().flatten() {
        let mut names: Vec<&str> = Vec::new();
        names.extend(country["name"]["common"].as_str());
        names.extend(country["translations"]["ara"]["common"].as_str());
        names.extend(
            country["capital"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|c| c.as_str()),
        );
        for name in names {
            out.entry((search_key(name), "LOCATION".into()))
                .or_insert(1);
        }
        for demonym in [
            &country["demonyms"]["eng"]["m"],
            &country["demonyms"]["eng"]["f"],
        ] {
            if let Some(d) = demonym.as_str() {
                out.entry((search_key(d), "MISC".into())).or_insert(1);
            }
        }
    }
    Ok(())
}

fn read_name_list(path: &Path) -> io::Result<Vec<String>> {
    Ok(fs::read_to_string(path)?
        .lines()
        .map(|l| l.trim().trim_start_matches('\u{FEFF}'))
        .filter(|l| !l.is_empty() && !l.contains(' '))
        .map(name_key)
        .collect())
}

/// Given names are keyed without letter folding (علي Ali vs على on) but case-folded (Latin).
fn name_key(text: &str) -> String {
    crate::tokens::arabic::light_key(text).to_lowercase()
}

/// Builds every lexicon from `data` (the `shared/data` folder) into `out_dir`.
pub fn build_lexicons(data: &Path, out_dir: &Path) -> io::Result<String> {
    fs::create_dir_all(out_dir)?;
    let anercorp = read_conll(&data.join("ner-ar/anercorp/train.txt"))?;
    let gmb = read_conll(&data.join("ner-en/gmb/train.txt"))?;

    let mut gazetteer = BTreeMap::new();
    learn_entities(&anercorp, &mut gazetteer);
    learn_entities(&gmb, &mut gazetteer);
    add_country_names(data, &mut gazetteer)?;
    let mut text = String::from("# key\tlabel\tcount — built by `naba build lexicons` from ANERcorp train (CC BY-SA 4.0), GMB train, i18n-iso-countries (MIT), world-countries (ODbL)\n");
    for ((key, label), count) in &gazetteer {
        text.push_str(&format!("{key}\t{label}\t{count}\n"));
    }
    fs::write(out_dir.join("gazetteer.tsv"), &text)?;

    let names_dir = data.join("lexicons/arabic-names");
    let mut listed_names: Vec<String> = Vec::new();
    for file in [
        "male-first--names-in-arabic.txt",
        "female-first-names-in-arabic.txt",
        "Most-Popular-Arabic-FirstNames.txt",
    ] {
        listed_names.extend(read_name_list(&names_dir.join(file))?);
    }
    // How often each word starts a person's name in the training splits, and how often it occurs
    // at all: a listed name that is mostly an ordinary word there (أمر, طالب, فان) is dropped.
    let mut starts_person: HashMap<String, usize> = HashMap::new();
    let mut occurs: HashMap<String, usize> = HashMap::new();
    for sentence in anercorp.iter().chain(&gmb) {
        for (token, tag) in sentence {
            let key = name_key(token);
            *occurs.entry(key.clone()).or_default() += 1;
            if tag == "B-PERS" || tag == "B-per" {
                *starts_person.entry(key).or_default() += 1;
            }
        }
    }
    let share = |name: &str| {
        let total = occurs.get(name).copied().unwrap_or(0);
        let person = starts_person.get(name).copied().unwrap_or(0);
        (person, total)
    };
    let mut first_names: Vec<String> = listed_names
        .into_iter()
        .filter(|name| {
            let (person, total) = share(name);
            total < 5 || person as f64 / total as f64 >= 0.1
        })
        .collect();
    first_names.extend(
        starts_person
            .keys()
            .filter(|name| {
                let (person, total) = share(name);
                person >= 2 && person as f64 / total as f64 >= 0.4 && name.chars().count() >= 3
            })
            .cloned(),
    );
    first_names.sort();
    first_names.dedup();
    let mut names_text = String::from("# given names in SEARCH form — arabic-names (MIT) and PERSON entities of ANERcorp/GMB train\n");
    for name in &first_names {
        names_text.push_str(name);
        names_text.push('\n');
    }
    fs::write(out_dir.join("first_names.tsv"), &names_text)?;

    // Word frequencies for the clitic segmenter: Arabic Wikipedia (unlabeled) plus ANERcorp train,
    // in `light_key` form; words seen fewer than MIN_WORD_COUNT times are left out.
    let mut word_counts: HashMap<String, usize> = HashMap::new();
    let mut count_word = |token: &str| {
        if token.chars().count() >= 2 && token.chars().all(|c| ('\u{621}'..='\u{652}').contains(&c))
        {
            *word_counts
                .entry(crate::tokens::arabic::light_key(token))
                .or_default() += 1;
        }
    };
    for sentence in &anercorp {
        for (token, _) in sentence {
            count_word(token);
        }
    }
    let wiki = data.join("unlabeled-ar/arwiki-2017.txt.xz");
    let reader = io::BufReader::new(liblzma::read::XzDecoder::new(fs::File::open(&wiki)?));
    let mut wiki_words = 0usize;
    for line in io::BufRead::lines(reader) {
        for token in line?.split(|c: char| !(('\u{621}'..='\u{652}').contains(&c))) {
            if !token.is_empty() {
                wiki_words += 1;
                count_word(token);
            }
        }
    }
    let mut words: Vec<(&String, &usize)> = word_counts
        .iter()
        .filter(|(_, c)| **c >= MIN_WORD_COUNT)
        .collect();
    words.sort();
    let mut words_text = format!(
        "# word\tcount — Arabic words seen {MIN_WORD_COUNT}+ times in Arabic Wikipedia 2017 ({wiki_words} words; CC BY-SA 4.0) and ANERcorp train (CC BY-SA 4.0)\n"
    );
    for (word, count) in &words {
        words_text.push_str(&format!("{word}\t{count}\n"));
    }
    fs::write(out_dir.join("ar_words.tsv"), &words_text)?;

    Ok(format!(
        "gazetteer.tsv: {} entries; first_names.tsv: {} names; ar_words.tsv: {} words",
        gazetteer.len(),
        first_names.len(),
        words.len()
    ))
}
