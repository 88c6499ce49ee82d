//! Annotated corpora in CoNLL style (`token TAG` lines, IOB1 or IOB2; CoNLL-U style `index token
//! tag` lines too): the one reader and the one corpus-label mapping that training (`naba train`,
//! `naba build lexicons`) and measuring (`naba eval ner`) share, so that both see the same
//! sentences, documents and labels. Not here: what is learned or scored from them.

use std::path::Path;

use crate::label::Label;

/// One sentence: (token, tag) pairs.
pub type TaggedSentence = Vec<(String, String)>;

/// Sentences per document; training builds its documents the same way.
pub const SENTENCES_PER_DOCUMENT: usize = 20;

/// Our label for a corpus's entity type (ANERcorp PERS/ORG/LOC/MISC, GMB per/org/geo/gpe with gpe
/// the nationality adjectives, AQMAR's MIS variants); None for types not learned or scored (GMB
/// tim, art, eve, nat).
pub fn label_of(kind: &str) -> Option<Label> {
    match kind.to_ascii_lowercase().as_str() {
        "pers" | "per" | "person" => Some(Label::Person),
        "org" | "organization" => Some(Label::Organization),
        "loc" | "geo" | "location" | "gpe_loc" => Some(Label::Location),
        "misc" | "gpe" | "mis0" | "mis1" | "mis2" | "mis3" | "mis-0" | "mis-1" | "mis-2"
        | "mis-3" | "mis" => Some(Label::Misc),
        _ => None,
    }
}

/// Reads `token TAG` lines into sentences of (token, tag).
pub fn read(path: &Path) -> Result<Vec<TaggedSentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut sentences = Vec::new();
    let mut current = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('#') {
            continue;
        }
        if line.is_empty() {
            if !current.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (token, tag) = match fields.as_slice() {
            [index, token, tag, ..] if index.parse::<usize>().is_ok() => (*token, *tag),
            [token, .., tag] => (*token, *tag),
            _ => continue,
        };
        current.push((token.to_string(), tag.to_string()));
    }
    if !current.is_empty() {
        sentences.push(current);
    }
    Ok(sentences)
}

/// The text of a document as a user would send it (tokens joined by spaces, a sentence per line)
/// and the byte span of every token in it.
pub fn document_text(sentences: &[TaggedSentence]) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut token_spans = Vec::new();
    for sentence in sentences {
        for (k, (token, _)) in sentence.iter().enumerate() {
            if k > 0 {
                text.push(' ');
            }
            token_spans.push((text.len(), text.len() + token.len()));
            text.push_str(token);
        }
        text.push('\n');
    }
    (text, token_spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_plain_and_indexed_lines_and_maps_every_corpus_type() {
        let dir = std::env::temp_dir().join(format!("naba-conll-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("sample.txt");
        std::fs::write(
            &path,
            "# comment\nقال O\nالكاظمي B-PERS\n\n1 Obama B-per\n2 spoke O\n",
        )
        .unwrap();
        let sentences = read(&path).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(sentences.len(), 2);
        assert_eq!(sentences[1][0], ("Obama".to_string(), "B-per".to_string()));
        let (text, spans) = document_text(&sentences);
        assert_eq!(text, "قال الكاظمي\nObama spoke\n");
        assert_eq!(&text[spans[1].0..spans[1].1], "الكاظمي");
        assert_eq!(label_of("PERS"), Some(Label::Person));
        assert_eq!(label_of("geo"), Some(Label::Location));
        assert_eq!(label_of("gpe"), Some(Label::Misc));
        assert_eq!(label_of("tim"), None);
    }
}
