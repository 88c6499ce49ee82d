//! The English cue lexicon as a table of verbs: each speech verb by its base form, with its
//! `-s`, past and `-ing` forms generated (irregular ones listed). `says` tells of one speaker; the `-ing` form (`..., saying ...`) chains a report onto the subject already
//! speaking. Forms that are as often nouns (`the claims`, `a warning`) or plain verbs (`prices
//! continued`) are marked `needs_support`: cues only where `that`, a colon or a quote mark follows
//! closely.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::quotes::language::{Agreement, CueKind, CueWord, Number};

/// One speech verb.
struct Verb {
    base: &'static str,
    /// Irregular forms (`says`, `said`, `saying`); empty: generated.
    irregular: Option<(&'static str, &'static str, &'static str)>,
    /// Prepositions of a nominal report (`warned of X`); `""`: a direct object (`denied the
    /// charges`). Empty: clauses only.
    nominal: &'static [&'static str],
    /// Its base and `-s` forms are common nouns (`claim`, `report`), or its past is common in
    /// other senses (`continued`, `called`): all forms but the `-ing` need support.
    ambiguous: bool,
}

const fn regular(base: &'static str) -> Verb {
    Verb {
        base,
        irregular: None,
        nominal: &[],
        ambiguous: false,
    }
}

const fn nominal(base: &'static str, prepositions: &'static [&'static str]) -> Verb {
    Verb {
        nominal: prepositions,
        ..regular(base)
    }
}

const fn ambiguous(base: &'static str) -> Verb {
    Verb {
        ambiguous: true,
        ..regular(base)
    }
}

const fn irregular(
    base: &'static str,
    third: &'static str,
    past: &'static str,
    progressive: &'static str,
) -> Verb {
    Verb {
        irregular: Some((third, past, progressive)),
        ..regular(base)
    }
}

const OBJECT: &[&str] = &[""];

const VERBS: &[Verb] = &[
    irregular("say", "says", "said", "saying"),
    irregular("tell", "tells", "told", "telling"),
    irregular("write", "writes", "wrote", "writing"),
    irregular("think", "thinks", "thought", "thinking"),
    regular("add"),
    regular("explain"),
    nominal("warn", &["of", "against"]),
    regular("declare"),
    nominal("announce", OBJECT),
    regular("insist"),
    regular("argue"),
    ambiguous("claim"),
    nominal("confirm", OBJECT),
    nominal("deny", OBJECT),
    ambiguous("reply"),
    regular("urge"),
    ambiguous("tweet"),
    nominal("acknowledge", OBJECT),
    nominal("admit", OBJECT),
    ambiguous("stress"),
    regular("suggest"),
    ambiguous("continue"),
    regular("recall"),
    nominal("predict", OBJECT),
    ambiguous("promise"),
    ambiguous("vow"),
    regular("concede"),
    ambiguous("call"),
    regular("describe"),
    ambiguous("dub"),
    ambiguous("term"),
    ambiguous("brand"),
    ambiguous("report"),
    regular("believe"),
    nominal("reveal", OBJECT),
    regular("disclose"),
    ambiguous("indicate"),
    regular("conclude"),
    ambiguous("maintain"),
    regular("contend"),
    regular("assert"),
    regular("complain"),
    regular("emphasise"),
    regular("emphasize"),
    ambiguous("point"),
    nominal("reject", OBJECT),
    nominal("accuse", OBJECT),
    regular("recommend"),
    ambiguous("challenge"),
    ambiguous("query"),
    ambiguous("highlight"),
    ambiguous("estimate"),
    regular("caution"),
    regular("reiterate"),
    ambiguous("remark"),
    ambiguous("observe"),
    ambiguous("comment"),
    regular("testify"),
    regular("allege"),
    regular("boast"),
    ambiguous("counter"),
    ambiguous("note"),
    ambiguous("state"),
    ambiguous("ask"),
    regular("mention"),
    regular("remind"),
    regular("speculate"),
    regular("retort"),
    ambiguous("fear"),
    ambiguous("forecast"),
];

/// `-ing` forms that chain a report onto the speaker without support (`..., saying the ...`).
const CHAINING_WITHOUT_SUPPORT: &[&str] = &["saying", "adding", "telling"];

/// The cue word of a key (lower case), if it is one.
pub(super) fn cue_word(key: &str) -> Option<CueWord> {
    lexicon().get(key).copied()
}

fn lexicon() -> &'static FxHashMap<String, CueWord> {
    static LEXICON: OnceLock<FxHashMap<String, CueWord>> = OnceLock::new();
    LEXICON.get_or_init(build)
}

fn build() -> FxHashMap<String, CueWord> {
    let mut map = FxHashMap::default();
    let mut add = |key: String, kind, number: Option<Number>, nominal, needs_support| {
        map.entry(key).or_insert(CueWord {
            kind,
            agreement: Agreement {
                gender: None,
                number,
            },
            nominal,
            needs_support,
            calls_on: false,
        });
    };
    for v in VERBS {
        let (third, past, progressive) = match v.irregular {
            Some((third, past, progressive)) => {
                (third.to_string(), past.to_string(), progressive.to_string())
            }
            None => regular_forms(v.base),
        };
        let support = v.ambiguous;
        let chaining_support = !CHAINING_WITHOUT_SUPPORT.contains(&progressive.as_str());
        add(past, CueKind::Verb, None, v.nominal, support);
        add(
            third,
            CueKind::Verb,
            Some(Number::Singular),
            v.nominal,
            support,
        );
        // The base form also follows modals and `to` (`declined to say`): it says nothing of
        // its subject's number.
        add(v.base.to_string(), CueKind::Verb, None, v.nominal, support);
        add(
            progressive,
            CueKind::Participle,
            None,
            v.nominal,
            chaining_support,
        );
    }
    add(
        "according".to_string(),
        CueKind::SourcePhrase,
        None,
        &[],
        false,
    );
    map
}

/// The `-s`, past and `-ing` forms of a regular verb: `note` -> `notes`, `noted`, `noting`;
/// `deny` -> `denies`, `denied`, `denying`; `admit` -> `admits`, `admitted`, `admitting`.
fn regular_forms(base: &str) -> (String, String, String) {
    let vowel = |c: char| "aeiou".contains(c);
    let chars: Vec<char> = base.chars().collect();
    let n = chars.len();
    if let Some(stem) = base.strip_suffix('y').filter(|s| !s.ends_with(vowel)) {
        return (
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{base}ing"),
        );
    }
    if let Some(stem) = base.strip_suffix('e') {
        return (format!("{base}s"), format!("{base}d"), format!("{stem}ing"));
    }
    let third = if base.ends_with(['s', 'x', 'z']) || base.ends_with("sh") || base.ends_with("ch") {
        format!("{base}es")
    } else {
        format!("{base}s")
    };
    // One stressed short vowel before a final consonant doubles it (`admit`, `dub`, `vow` not).
    let doubles = n >= 3
        && !vowel(chars[n - 1])
        && !"wxy".contains(chars[n - 1])
        && vowel(chars[n - 2])
        && !vowel(chars[n - 3])
        && matches!(base, "admit" | "dub" | "regret" | "commit" | "submit");
    if doubles {
        let last = chars[n - 1];
        return (third, format!("{base}{last}ed"), format!("{base}{last}ing"));
    }
    (third, format!("{base}ed"), format!("{base}ing"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_forms_follow_the_spelling_rules() {
        for (base, third, past, progressive) in [
            ("note", "notes", "noted", "noting"),
            ("deny", "denies", "denied", "denying"),
            ("admit", "admits", "admitted", "admitting"),
            ("stress", "stresses", "stressed", "stressing"),
            ("warn", "warns", "warned", "warning"),
            ("vow", "vows", "vowed", "vowing"),
        ] {
            assert_eq!(
                regular_forms(base),
                (third.into(), past.into(), progressive.into())
            );
        }
    }

    #[test]
    fn forms_and_what_they_need() {
        assert_eq!(cue_word("said").unwrap().kind, CueKind::Verb);
        assert_eq!(cue_word("saying").unwrap().kind, CueKind::Participle);
        assert!(!cue_word("saying").unwrap().needs_support);
        assert!(cue_word("warning").unwrap().needs_support);
        assert_eq!(
            cue_word("says").unwrap().agreement.number,
            Some(Number::Singular)
        );
        assert_eq!(cue_word("say").unwrap().agreement.number, None);
        assert!(cue_word("claims").unwrap().needs_support);
        assert!(!cue_word("denied").unwrap().needs_support);
        assert_eq!(cue_word("denied").unwrap().nominal, &[""]);
        assert_eq!(cue_word("according").unwrap().kind, CueKind::SourcePhrase);
        assert!(cue_word("table").is_none());
    }
}
