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

pub mod clusters;
pub mod name_genders;
pub mod ner;
pub mod news_names;
pub mod vectors;
pub mod wiki_types;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::io;
use std::path::Path;

use crate::entities::tagger::model::Model;
use crate::normalize::search_key;
use crate::text::lang::Language;

/// Longest entity, in tokens, kept in the gazetteer.
const MAX_ENTITY_TOKENS: usize = 5;
const MIN_LABEL_SHARE: f64 = 0.6;
/// Fewer occurrences than this and a word is noise (typos, rare names) for the segmenter.
const MIN_WORD_COUNT: usize = 3;

/// The lines of `file`, one of the xz-compressed corpora of `unlabeled-ar` in the shared data
/// folder `data`; an error names the file.
pub(crate) fn unlabeled_lines(
    data: &Path,
    file: &str,
) -> io::Result<io::Lines<io::BufReader<liblzma::read::XzDecoder<fs::File>>>> {
    let path = data.join("unlabeled-ar").join(file);
    let opened = fs::File::open(&path)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
    Ok(io::BufRead::lines(io::BufReader::new(
        liblzma::read::XzDecoder::new(opened),
    )))
}

/// One pass over the Arabic Wikipedia sample (87 MB once decompressed): `each_line` sees every
/// line; returned is the first paragraph of each article, in file order (the order of
/// `docs.tsv.gz`).
fn read_wiki(data: &Path, mut each_line: impl FnMut(&str)) -> io::Result<Vec<String>> {
    let mut paragraphs = Vec::new();
    let mut at_article_start = true;
    for line in unlabeled_lines(data, "arwiki-2017.txt.xz")? {
        let line = line?;
        each_line(&line);
        if line.trim().is_empty() {
            at_article_start = true;
        } else if at_article_start {
            paragraphs.push(line);
            at_article_start = false;
        }
    }
    Ok(paragraphs)
}

/// Counts an Arabic word (letters only, two or more) in `light_key` form.
fn count_arabic_word(counts: &mut HashMap<String, usize>, token: &str) {
    if token.chars().count() >= 2 && token.chars().all(|c| ('\u{621}'..='\u{652}').contains(&c)) {
        *counts
            .entry(crate::tokens::arabic::light_key(token))
            .or_default() += 1;
    }
}

/// The type of an article's subject from its first paragraph (see `wiki_types`).
fn definition_type(
    pipeline: &crate::pipeline::Pipeline,
    title: &[&str],
    paragraph: &str,
) -> Option<crate::entities::Label> {
    // The definition is in the first few hundred bytes; parentheses hold other names and dates.
    let mut end = paragraph.len().min(600);
    while !paragraph.is_char_boundary(end) {
        end -= 1;
    }
    let head = &paragraph[..end];
    let mut plain = String::with_capacity(head.len());
    let mut depth = 0usize;
    let mut first_parenthesis = String::new();
    let mut parentheses_seen = 0;
    for c in head.chars() {
        match c {
            '(' => {
                depth += 1;
                parentheses_seen += 1;
            }
            ')' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {
                if parentheses_seen == 1 {
                    first_parenthesis.push(c);
                }
            }
            _ => plain.push(c),
        }
    }
    let sentence = plain.split(['.', '؛']).next().unwrap_or("");
    let tokens = pipeline.analyze(sentence, Language::Arabic, true).tokens;
    let words: Vec<&str> = tokens
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.name_key())
        .collect();
    wiki_types::article_type(title, &words, wiki_types::has_dates(&first_parenthesis))
}

use crate::conll::TaggedSentence;

/// The sentences of a `token TAG` file.
fn read_conll(path: &Path) -> io::Result<Vec<TaggedSentence>> {
    crate::conll::read(path).map_err(io::Error::other)
}

/// Our label name for a corpus tag type, or None for types we do not learn.
fn label_of(corpus_type: &str) -> Option<&'static str> {
    crate::conll::label_of(corpus_type).map(crate::label::Label::name)
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

/// Country, capital and territory names (LOCATION) and demonyms (MISC) from the lexicon files.
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
    for lang in ["ar", "en"] {
        let path = data.join(format!("lexicons/cldr-localenames/{lang}/territories.json"));
        let json: serde_json::Value = serde_json::from_str(&fs::read_to_string(path)?)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        let names = &json["main"][lang]["localeDisplayNames"]["territories"];
        for (code, name) in names.as_object().into_iter().flatten() {
            // Numeric codes are regions (`العالم`, `أفريقيا`); variants (`GB-alt-short`) count too.
            // The European Union, the eurozone and the United Nations are organizations in news
            // corpora, though CLDR lists them among territories.
            let base = code.split('-').next().unwrap_or(code);
            if code.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && !matches!(base, "EU" | "EZ" | "UN")
            {
                if let Some(name) = name.as_str() {
                    out.entry((search_key(name), "LOCATION".into()))
                        .or_insert(1);
                }
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
/// Maghrebi given names written with the article reduced to `ل` (`الأسعد` -> `لسعد`): the
/// segmenter reads that `ل` as a preposition, and neither the name lists nor the training splits
/// have them. Each is a name in the Tunisian radio news of `unlabeled-ar` (`قال لسعد الجموسي`,
/// `لزهر العكرمي`, `محمد لخضر القاسمي`, `لمين`: 53, 20, 4 and 2 occurrences there).
const REDUCED_ARTICLE_NAMES: &[&str] = &["لسعد", "لزهر", "لخضر", "لمين"];

pub fn build_lexicons(data: &Path, out_dir: &Path) -> io::Result<String> {
    fs::create_dir_all(out_dir)?;
    let anercorp = read_conll(&data.join("ner-ar/anercorp/train.txt"))?;
    let gmb = read_conll(&data.join("ner-en/gmb/train.txt"))?;

    let mut places = BTreeMap::new();
    add_country_names(data, &mut places)?;
    // A name whose SEARCH key is empty (only marks or punctuation) matches nothing.
    places.retain(|(key, _), _| !key.is_empty());
    let mut places_text = String::from("# key\tlabel — country, capital and territory names and demonyms: i18n-iso-countries (MIT), world-countries (ODbL), Unicode CLDR 45 (Unicode-3.0); no training split\n");
    for (key, label) in places.keys() {
        places_text.push_str(&format!("{key}\t{label}\n"));
    }
    fs::write(out_dir.join("places.tsv"), &places_text)?;

    // Wikipedia titles, keyed as the tagger reads tokens (clitic-free SEARCH keys), without a
    // disambiguation in parentheses; one-word titles that are frequent words are left out.
    let pipeline = crate::pipeline::Pipeline::load_with_models(crate::pipeline::Models::None)
        .map_err(io::Error::other)?;
    // One pass over Arabic Wikipedia: word frequencies for the clitic segmenter (written below
    // as ar_words.tsv) and each article's first paragraph, which types its title.
    let mut word_counts: HashMap<String, usize> = HashMap::new();
    let mut wiki_words = 0usize;
    let mut gender_evidence = name_genders::GenderEvidence::default();
    let first_paragraphs = read_wiki(data, |line| {
        gender_evidence.add_line(line);
        for token in line.split(|c: char| !(('\u{621}'..='\u{652}').contains(&c))) {
            if !token.is_empty() {
                wiki_words += 1;
                count_arabic_word(&mut word_counts, token);
            }
        }
    })?;
    let titles_file = fs::File::open(data.join("unlabeled-ar/docs.tsv.gz"))?;
    // key -> type of its subject (None: untyped, or two articles disagree).
    let mut titles: BTreeMap<String, Option<crate::entities::Label>> = BTreeMap::new();
    let mut typed = 0;
    for (article, line) in io::BufRead::lines(io::BufReader::new(flate2::read::GzDecoder::new(
        titles_file,
    )))
    .enumerate()
    {
        let line = line?;
        let Some(title) = line.split('\t').nth(1) else {
            continue;
        };
        let title = title.split(" (").next().unwrap_or(title).trim();
        let tokens = pipeline.analyze(title, Language::Arabic, true).tokens;
        if tokens.is_empty() || !tokens.iter().all(|t| t.is_word()) {
            continue;
        }
        let keys: Vec<&str> = tokens.iter().map(|t| t.name_key()).collect();
        let label = first_paragraphs
            .get(article)
            .and_then(|paragraph| definition_type(&pipeline, &keys, paragraph));
        typed += label.is_some() as usize;
        titles
            .entry(keys.join(" "))
            .and_modify(|known| {
                if *known != label {
                    *known = None;
                }
            })
            .or_insert(label);
    }
    let mut titles_text = String::from("# key<TAB>type — Arabic Wikipedia article titles (2017-01-20 dump, via the Comparable Wikipedia Corpus of M. Saad and B. Alijla; CC BY-SA 4.0), as clitic-free SEARCH keys; the type is read from the head noun of the article's first sentence (`-`: none found)\n");
    for (title, label) in &titles {
        titles_text.push_str(&format!(
            "{title}\t{}\n",
            label.map_or("-", crate::entities::Label::name)
        ));
    }
    fs::write(out_dir.join("wiki_titles.tsv"), &titles_text)?;

    let mut gazetteer = BTreeMap::new();
    learn_entities(&anercorp, &mut gazetteer);
    learn_entities(&gmb, &mut gazetteer);
    for (entry, count) in &places {
        gazetteer.entry(entry.clone()).or_insert(*count);
    }
    let mut text = String::from("# key\tlabel\tcount — built by `naba build lexicons` from ANERcorp train (CC BY-SA 4.0), GMB train, i18n-iso-countries (MIT), world-countries (ODbL)\n");
    for ((key, label), count) in &gazetteer {
        text.push_str(&format!("{key}\t{label}\t{count}\n"));
    }
    fs::write(out_dir.join("gazetteer.tsv"), &text)?;

    let names_dir = data.join("lexicons/arabic-names");
    let male: HashSet<String> = read_name_list(&names_dir.join("male-first--names-in-arabic.txt"))?
        .into_iter()
        .collect();
    let female: HashSet<String> =
        read_name_list(&names_dir.join("female-first-names-in-arabic.txt"))?
            .into_iter()
            .collect();
    let mut listed_names: Vec<String> = male.iter().chain(&female).cloned().collect();
    listed_names.extend(read_name_list(
        &names_dir.join("Most-Popular-Arabic-FirstNames.txt"),
    )?);
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
    // A training name is a token as the corpus split it, so `ومحمد` and `لمحمد` start persons
    // too: a conjunction or preposition before a name that is itself known is not a name.
    let derived: Vec<String> = starts_person
        .keys()
        .filter(|name| {
            let (person, total) = share(name);
            person >= 2 && person as f64 / total as f64 >= 0.4 && name.chars().count() >= 3
        })
        .cloned()
        .collect();
    let known: HashSet<&str> = first_names
        .iter()
        .chain(&derived)
        .map(String::as_str)
        .collect();
    let with_clitic = |name: &str| {
        name.strip_prefix(['و', 'ف', 'ب', 'ل'])
            .is_some_and(|rest| known.contains(rest))
    };
    let derived: Vec<String> = derived
        .iter()
        .filter(|name| !with_clitic(name))
        .cloned()
        .collect();
    first_names.extend(derived);
    first_names.extend(REDUCED_ARTICLE_NAMES.iter().map(|name| name.to_string()));
    first_names.sort();
    first_names.dedup();
    let mut names_text = String::from("# given names in SEARCH form — arabic-names (MIT) and PERSON entities of ANERcorp/GMB train\n");
    for name in &first_names {
        names_text.push_str(name);
        names_text.push('\n');
    }
    fs::write(out_dir.join("first_names.tsv"), &names_text)?;

    // Given names' gender: the gendered lists, then the words around names in Wikipedia and in
    // the radio news (see `name_genders`).
    gender_evidence.add_lines_of_news(data)?;
    let known_names: HashSet<&str> = first_names.iter().map(String::as_str).collect();
    let genders = gender_evidence.genders(
        |word| known_names.contains(word),
        &name_genders::listed_genders(&male, &female),
    );
    let mut genders_text = String::from("# given name\tm|f — arabic-names (MIT) gendered lists, then the words before names in Arabic Wikipedia 2017 (CC BY-SA 4.0) and ANT Corpus v1.1 Jawhara FM news (Apache-2.0): `naba build lexicons`\n");
    for (name, gender) in &genders {
        let code = match gender {
            crate::label::Gender::Masculine => 'm',
            crate::label::Gender::Feminine => 'f',
        };
        genders_text.push_str(&format!("{name}\t{code}\n"));
    }
    fs::write(out_dir.join("name_genders.tsv"), &genders_text)?;

    // Word frequencies for the clitic segmenter: Arabic Wikipedia (counted above) plus ANERcorp
    // train, in `light_key` form; words seen fewer than MIN_WORD_COUNT times are left out.
    for sentence in &anercorp {
        for (token, _) in sentence {
            count_arabic_word(&mut word_counts, token);
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
        "wiki_titles.tsv: {} titles ({typed} typed); places.tsv: {} entries; gazetteer.tsv: {} entries; first_names.tsv: {} names; ar_words.tsv: {} words",
        titles.len(),
        places.len(),
        gazetteer.len(),
        first_names.len(),
        words.len()
    ))
}

/// The word vectors of `naba train clusters --skip-gram`, the best of those tried by five-fold
/// cross-validation of the Arabic tagger on ANERcorp train (`naba train ner --lang ar
/// --cross-validate --out DIR`; pooled F1: context counts 0.769; skip-gram, window 2: 0.775 to
/// 0.779 over four seeds (3 epochs 0.776, window 1 0.773, 200 dimensions 0.773, 2000/200/32
/// clusters 0.776, words seen twice clustered too 0.771, radio news added 0.777); with character
/// n-grams 3-5: 0.767 (spelling then outweighs use). Not the default: ANERcorp test 0.695-0.704
/// over three seeds against 0.696, dev articles 0.752-0.779 against 0.758; cross-validation
/// flatters any clustering here, whose corpus holds ANERcorp train's own text.
const SKIP_GRAM: vectors::SkipGramParams = vectors::SkipGramParams {
    dimensions: 100,
    window: 2,
    negatives: 5,
    epochs: 5,
    min_count: 3,
    min_ngram: 3,
    max_ngram: 5,
    buckets: 0,
    subsample: 1e-4,
    learning_rate: 0.05,
    seed: 23,
};

/// The cluster sizes used for each language: Arabic has 8 million words of Wikipedia to learn
/// from, English only the GMB and WikiGold training text (about a million).
fn cluster_params(language: Language) -> clusters::ClusterParams {
    match language {
        Language::Arabic => clusters::ClusterParams {
            min_count: 3,
            max_words: 200_000,
            context_words: 2000,
            dimensions: 96,
            levels: [1000, 100, 16],
            iterations: 12,
            representation: clusters::Representation::ContextCounts,
        },
        _ => clusters::ClusterParams {
            min_count: 3,
            max_words: 40_000,
            context_words: 1500,
            dimensions: 96,
            levels: [500, 60, 12],
            iterations: 12,
            representation: clusters::Representation::ContextCounts,
        },
    }
}

/// Sentences of a CoNLL file as plain text paragraphs (tokens joined by spaces).
fn conll_paragraphs(path: &Path) -> Result<Vec<String>, String> {
    Ok(crate::conll::read(path)?
        .iter()
        .map(|s| join_tokens(s))
        .collect())
}

/// `naba train clusters`: word clusters for one language into `out_dir/clusters_<lang>.tsv`.
pub fn train_clusters(
    data: &Path,
    out_dir: &Path,
    language: Language,
    skip_gram: bool,
) -> Result<String, String> {
    let pipeline = crate::pipeline::Pipeline::load_with_models(crate::pipeline::Models::None)
        .map_err(|e| e.to_string())?;
    fs::create_dir_all(out_dir).map_err(|e| e.to_string())?;
    let (code, paragraphs, source) = match language {
        Language::Arabic => {
            let mut paragraphs = conll_paragraphs(&data.join("ner-ar/anercorp/train.txt"))?;
            for line in unlabeled_lines(data, "arwiki-2017.txt.xz").map_err(|e| e.to_string())? {
                let line = line.map_err(|e| e.to_string())?;
                if !line.trim().is_empty() {
                    paragraphs.push(line);
                }
            }
            ("ar", paragraphs, "Arabic Wikipedia 2017-01-20 (Comparable Wikipedia Corpus, M. Saad and B. Alijla; CC BY-SA 4.0) and ANERcorp train (CC BY-SA 4.0)")
        }
        _ => {
            let mut paragraphs = conll_paragraphs(&data.join("ner-en/gmb/train.txt"))?;
            paragraphs.extend(conll_paragraphs(
                &data.join("ner-en/wikigold/wikigold.conll.txt"),
            )?);
            (
                "en",
                paragraphs,
                "GMB train text (VOA, public domain) and WikiGold text (CC BY 4.0)",
            )
        }
    };
    let mut params = cluster_params(language);
    if skip_gram {
        params.representation = clusters::Representation::SkipGram(SKIP_GRAM);
    }
    let header = format!(
        "# key\tfine\tmid\tcoarse\tcount — word clusters built by `naba train clusters --lang {code}` from {source}; {params:?}\n"
    );
    let (text, words) =
        clusters::build_clusters(&pipeline, paragraphs.into_iter(), language, params, &header);
    let path = out_dir.join(format!("clusters_{code}.tsv"));
    fs::write(&path, text).map_err(|e| e.to_string())?;
    Ok(format!("{}: {words} words", path.display()))
}

/// `naba train ner`: trains the tagger of one language into `out_dir/ner_<lang>.bin`, with the
/// clusters in `out_dir/clusters_<lang>.tsv`. Training splits only: ANERcorp train (+ AQMAR when
/// `extra`) for Arabic, GMB train (+ WikiGold when `extra`) for English.
/// Options of `naba train ner`.
#[derive(Clone, Debug)]
pub struct NerOptions {
    /// Add the extra training corpus (AQMAR, WikiGold).
    pub extra: bool,
    /// Add the sentences cut to start at their first name (`ner::crops`).
    pub crops: bool,
    /// Keep the development part out of the final model and write it out for `naba eval`.
    pub hold_out: bool,
    /// Only measure (five-fold cross-validation on the training split); write nothing.
    pub cross_validate: bool,
    pub max_epochs: usize,
}

pub fn train_ner(
    data: &Path,
    out_dir: &Path,
    language: Language,
    options: &NerOptions,
) -> Result<String, String> {
    let extra = options.extra;
    let pipeline = crate::pipeline::Pipeline::load_with_models(crate::pipeline::Models::None)
        .map_err(|e| e.to_string())?;
    let lexicons = crate::resources::Lexicons::load_embedded().map_err(|e| e.to_string())?;
    let code = if language == Language::Arabic {
        "ar"
    } else {
        "en"
    };
    let clusters_path = out_dir.join(format!("clusters_{code}.tsv"));
    let clusters_text = fs::read_to_string(&clusters_path).map_err(|e| {
        format!(
            "{}: {e} (run `naba train clusters` first)",
            clusters_path.display()
        )
    })?;
    let clusters = crate::entities::tagger::clusters::WordClusters::parse(&clusters_text)?;
    let read = |p: &str| crate::conll::read(&data.join(p));
    let (primary, extra_sentences) = match language {
        Language::Arabic => {
            let mut extra_sentences = Vec::new();
            if extra {
                let dir = data.join("ner-ar/aqmar");
                let mut files: Vec<_> = fs::read_dir(&dir)
                    .map_err(|e| format!("{}: {e}", dir.display()))?
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                    .collect();
                files.sort();
                for file in files {
                    extra_sentences.extend(crate::conll::read(&file)?);
                }
            }
            (read("ner-ar/anercorp/train.txt")?, extra_sentences)
        }
        _ => {
            let extra_sentences = if extra {
                read("ner-en/wikigold/wikigold.conll.txt")?
            } else {
                Vec::new()
            };
            (read("ner-en/gmb/train.txt")?, extra_sentences)
        }
    };
    if options.hold_out {
        let held_out =
            &primary[ner::dev_start(primary.len()) * crate::conll::SENTENCES_PER_DOCUMENT..];
        let mut text = String::new();
        for sentence in held_out {
            for (token, tag) in sentence {
                text.push_str(&format!("{token} {tag}\n"));
            }
            text.push('\n');
        }
        let path = out_dir.join(format!("heldout_{code}.txt"));
        fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let config = ner::NerTraining {
        language,
        max_epochs: options.max_epochs,
        hold_out: options.hold_out,
        crops: options.crops,
        min_feature_count: 3,
    };
    let sources = ner::TrainingSources {
        pipeline: &pipeline,
        lexicons: &lexicons,
        clusters: &clusters,
        primary: &primary,
        extra: &extra_sentences,
    };
    if options.cross_validate {
        return Ok(ner::cross_validate(&sources, &config));
    }
    let (model, report) = ner::train(&sources, &config);
    let bytes = model.to_bytes();
    let path = out_dir.join(format!("ner_{code}.bin"));
    fs::write(&path, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(format!(
        "{report}{}: {} features kept, {} bytes",
        path.display(),
        Model::from_bytes(&bytes)?.feature_count(),
        bytes.len()
    ))
}
