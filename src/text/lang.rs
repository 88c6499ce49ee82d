//! Language identification and the language hint of a request.
//!
//! A document gets ONE language, decided on the whole text: a few English names inside an Arabic
//! article never switch the rules mid-sentence. The script decides first (Arabic letters against
//! Latin letters); whatlang then tells Arabic from Persian/Urdu and English from other Latin-script
//! languages, restricted to an allow-list because unrestricted it calls short English Afrikaans.
//! This module does not validate BCP-47 syntax beyond what `language-tags` parses.

use whatlang::{Detector, Lang};

/// The language family the pipeline has rules and models for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    Arabic,
    English,
    /// Any other language: normalization and sentences only.
    Other,
}

impl Language {
    /// The language for a BCP-47 primary subtag.
    pub fn from_primary_subtag(subtag: &str) -> Language {
        match subtag.to_ascii_lowercase().as_str() {
            "ar" | "ara" | "arb" => Language::Arabic,
            "en" | "eng" => Language::English,
            _ => Language::Other,
        }
    }
}

/// A detected or given language.
#[derive(Clone, Debug, PartialEq)]
pub struct LanguageId {
    /// BCP-47 tag as reported to the caller (`ar`, `en`, `fr`, `und` when unknown).
    pub code: String,
    pub language: Language,
    /// 1.0 when the caller gave the language.
    pub confidence: f32,
    /// Set when the language is a guess the caller should know about (a short Latin-script text
    /// taken as English): the pipeline returns it as a warning.
    pub guess: Option<String>,
}

/// Parses a caller's BCP-47 hint. `Err` carries a message saying what is wrong with it.
pub fn parse_language_hint(hint: &str) -> Result<LanguageId, String> {
    let tag = language_tags::LanguageTag::parse(hint)
        .map_err(|e| format!("language_code {hint:?} is not a BCP-47 tag ({e}); send e.g. \"ar\", \"en\" or \"ar-IQ\", or leave it empty to detect"))?;
    let primary = tag.primary_language();
    Ok(LanguageId {
        code: tag.as_str().to_string(),
        language: Language::from_primary_subtag(primary),
        confidence: 1.0,
        guess: None,
    })
}

#[derive(Default)]
struct ScriptCounts {
    arabic: usize,
    latin: usize,
    other: usize,
    /// Letters Persian and Urdu write and Arabic does not (`پ چ ژ گ ک ی ے ٹ ڈ ں ھ`).
    persian_or_urdu: usize,
}

fn count_scripts(text: &str) -> ScriptCounts {
    let mut counts = ScriptCounts::default();
    // The script ranges first: the alphabetic test is a table search, done only for the rest.
    for c in text.chars() {
        match c {
            'A'..='Z' | 'a'..='z' => counts.latin += 1,
            _ if c.is_ascii() => {}
            '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' if c.is_alphabetic() => {
                counts.latin += 1
            }
            _ if crate::normalize::is_arabic_letter(c) => {
                counts.arabic += 1;
                if matches!(
                    c,
                    'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' | 'ے' | 'ٹ' | 'ڈ' | 'ں' | 'ھ' | 'ۓ' | 'ڑ'
                ) {
                    counts.persian_or_urdu += 1;
                }
            }
            // Marks that Unicode counts as alphabetic (harakat) and presentation forms.
            '\u{600}'..='\u{6FF}'
            | '\u{750}'..='\u{77F}'
            | '\u{8A0}'..='\u{8FF}'
            | '\u{FB50}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFF}'
                if c.is_alphabetic() =>
            {
                counts.arabic += 1
            }
            _ if c.is_alphabetic() => counts.other += 1,
            _ => {}
        }
    }
    counts
}

/// How much of the text whatlang reads: a few hundred words decide a language as well as a
/// MiB, and whatlang's cost grows with what it reads.
const DETECTION_SAMPLE_BYTES: usize = 1536;

fn sample(text: &str) -> &str {
    if text.len() <= DETECTION_SAMPLE_BYTES {
        return text;
    }
    let mut end = DETECTION_SAMPLE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Detects the language of a whole document.
pub fn detect_language(text: &str) -> LanguageId {
    let text = sample(text);
    let counts = count_scripts(text);
    let letters = counts.arabic + counts.latin + counts.other;
    if letters == 0 {
        return LanguageId {
            code: "und".into(),
            language: Language::Other,
            confidence: 0.0,
            guess: None,
        };
    }
    let share = |n: usize| n as f32 / letters as f32;
    if counts.arabic >= counts.latin && counts.arabic >= counts.other {
        // Without a letter only Persian or Urdu writes, the text is Arabic: no need to ask.
        if counts.persian_or_urdu == 0 {
            return LanguageId {
                code: "ar".into(),
                language: Language::Arabic,
                confidence: share(counts.arabic),
                guess: None,
            };
        }
        let detector = Detector::with_allowlist(vec![Lang::Ara, Lang::Pes, Lang::Urd]);
        return match detector.detect(text) {
            Some(info) if info.lang() != Lang::Ara && info.is_reliable() => LanguageId {
                code: bcp47_of(info.lang()).into(),
                language: Language::Other,
                confidence: info.confidence() as f32 * share(counts.arabic),
                guess: None,
            },
            _ => LanguageId {
                code: "ar".into(),
                language: Language::Arabic,
                confidence: share(counts.arabic),
                guess: None,
            },
        };
    }
    if counts.latin >= counts.other {
        // English prose is a quarter function words no other language writes (`the`, `of`,
        // `and`): with that many, the text is English without asking whatlang.
        if english_function_word_share(text) >= ENGLISH_FUNCTION_WORD_SHARE {
            return LanguageId {
                code: "en".into(),
                language: Language::English,
                confidence: share(counts.latin),
                guess: None,
            };
        }
        let detector = Detector::with_allowlist(LATIN_ALLOWLIST.to_vec());
        let detected = detector.detect(text);
        if count_words(text) < MIN_WORDS_TO_COUNT {
            return short_latin_text(text, detected, share(counts.latin));
        }
        return match detected {
            Some(info) if info.lang() != Lang::Eng => LanguageId {
                code: bcp47_of(info.lang()).into(),
                language: Language::Other,
                confidence: info.confidence() as f32 * share(counts.latin),
                guess: None,
            },
            Some(info) => LanguageId {
                code: "en".into(),
                language: Language::English,
                confidence: info.confidence() as f32 * share(counts.latin),
                guess: None,
            },
            None => LanguageId {
                code: "en".into(),
                language: Language::English,
                confidence: 0.5 * share(counts.latin),
                guess: None,
            },
        };
    }
    match whatlang::detect(text) {
        Some(info) => LanguageId {
            code: bcp47_of(info.lang()).into(),
            language: Language::Other,
            confidence: info.confidence() as f32,
            guess: None,
        },
        None => LanguageId {
            code: "und".into(),
            language: Language::Other,
            confidence: 0.0,
            guess: None,
        },
    }
}

/// A short Latin-script text (a headline, a snippet): whatlang's guess on a few words is often
/// wrong (`Merkel visits Paris.` reads as French), and English is the only Latin-script language
/// with models. The text is another language only when it shows that language's own function
/// words (`le`, `der`, `los`) more than English ones and whatlang agrees; otherwise it is English,
/// with a warning naming the guess when whatlang or the words leave room for doubt.
fn short_latin_text(text: &str, detected: Option<whatlang::Info>, latin_share: f32) -> LanguageId {
    let (english, foreign) = function_word_hits(text);
    if let Some(info) = &detected {
        if info.lang() != Lang::Eng && foreign > english {
            return LanguageId {
                code: bcp47_of(info.lang()).into(),
                language: Language::Other,
                confidence: info.confidence() as f32 * latin_share,
                guess: None,
            };
        }
    }
    let sure = english > 0 && foreign == 0;
    let confidence = if sure { 0.9 } else { 0.5 } * latin_share;
    let guess = (!sure).then(|| {
        let detector_said = match detected {
            Some(info) if info.lang() != Lang::Eng => format!(
                " (the detector leaned to {:?} at {:.2})",
                bcp47_of(info.lang()),
                info.confidence()
            ),
            _ => String::new(),
        };
        format!(
            "language guessed as \"en\" for a short Latin-script text{detector_said}; set \
             language_code if it is another language"
        )
    });
    LanguageId {
        code: "en".into(),
        language: Language::English,
        confidence,
        guess,
    }
}

fn count_words(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .count()
}

/// English function words and the unambiguous function words of the other allow-listed Latin
/// languages (none that English or another of them also writes: no `in`, `de`, `en`, `a`, `per`).
/// A name particle (`Le Pen`, `da Silva`, `von der Leyen`) counts only before a lower-case word
/// that is not another particle (`le président`), so that names in an English headline do not
/// make it French or Portuguese.
fn function_word_hits(text: &str) -> (usize, usize) {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let mut english = 0;
    let mut foreign = 0;
    for (k, word) in words.iter().enumerate() {
        let lower = word.to_lowercase();
        if is_english_function_word(&lower) {
            english += 1;
            continue;
        }
        if is_name_particle(&lower) {
            let before_common_word = words.get(k + 1).is_some_and(|next| {
                next.chars().next().is_some_and(char::is_lowercase)
                    && !is_name_particle(&next.to_lowercase())
            });
            if before_common_word {
                foreign += 1;
            }
            continue;
        }
        if matches!(
            lower.as_str(),
            // French
            "les" | "des" | "est" | "et" | "une" | "dans" | "pour" | "sur" | "avec" | "au"
                | "aux" | "qui" | "pas" | "ce" | "cette" | "sont" | "été"
                // Spanish, Portuguese, Italian
                | "los" | "las" | "por" | "con" | "para" | "una" | "es" | "os" | "não" | "com"
                | "uma" | "il" | "che" | "è" | "gli" | "nel"
                // German, Dutch
                | "die" | "und" | "ist" | "nicht" | "mit" | "dem" | "ein" | "eine" | "zu"
                | "auf" | "het" | "een" | "niet" | "voor" | "zijn"
                // Turkish, Indonesian, Polish, Swedish
                | "ve" | "bir" | "bu" | "ile" | "yang" | "dengan" | "untuk" | "nie" | "się"
                | "jest" | "och" | "att" | "är" | "för"
        ) {
            foreign += 1;
        }
    }
    (english, foreign)
}

/// Function words that also stand inside names (`Le Pen`, `Lula da Silva`, `El Salvador`).
fn is_name_particle(lower: &str) -> bool {
    matches!(
        lower,
        "le" | "la"
            | "el"
            | "du"
            | "da"
            | "das"
            | "dos"
            | "del"
            | "della"
            | "di"
            | "der"
            | "den"
            | "von"
            | "van"
    )
}

/// Above this share of English function words among its words (with enough words to count), a
/// Latin-script text is English. English news runs at 0.3-0.4; French, German or Spanish text
/// near 0.
const ENGLISH_FUNCTION_WORD_SHARE: f32 = 0.2;
/// Fewer words than this decide nothing by counting.
const MIN_WORDS_TO_COUNT: usize = 30;

fn english_function_word_share(text: &str) -> f32 {
    let mut words = 0;
    let mut english = 0;
    for word in text.split(|c: char| !c.is_ascii_alphabetic() && c != '\'') {
        if word.is_empty() {
            continue;
        }
        words += 1;
        if is_english_function_word(&word.to_ascii_lowercase()) {
            english += 1;
        }
    }
    if words < MIN_WORDS_TO_COUNT {
        return 0.0;
    }
    english as f32 / words as f32
}

/// The commonest English words that no other allow-listed language writes (`in` aside).
fn is_english_function_word(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "of"
            | "and"
            | "to"
            | "in"
            | "is"
            | "that"
            | "for"
            | "was"
            | "on"
            | "with"
            | "it"
            | "as"
            | "by"
            | "he"
            | "she"
            | "said"
            | "at"
            | "from"
            | "his"
            | "has"
            | "have"
            | "were"
            | "be"
            | "which"
            | "this"
            | "are"
            | "an"
            | "not"
            | "they"
            | "their"
            | "will"
            | "would"
            | "been"
            | "had"
            | "but"
            | "its"
            | "who"
    )
}

const LATIN_ALLOWLIST: &[Lang] = &[
    Lang::Eng,
    Lang::Fra,
    Lang::Deu,
    Lang::Spa,
    Lang::Por,
    Lang::Ita,
    Lang::Nld,
    Lang::Tur,
    Lang::Ind,
    Lang::Pol,
    Lang::Swe,
];

/// The shortest BCP-47 primary subtag for a whatlang language (ISO 639-1 where one exists).
fn bcp47_of(lang: Lang) -> &'static str {
    match lang {
        Lang::Ara => "ar",
        Lang::Eng => "en",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Spa => "es",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Nld => "nl",
        Lang::Tur => "tr",
        Lang::Ind => "id",
        Lang::Pol => "pl",
        Lang::Swe => "sv",
        Lang::Pes => "fa",
        Lang::Urd => "ur",
        Lang::Rus => "ru",
        Lang::Ukr => "uk",
        Lang::Cmn => "zh",
        Lang::Jpn => "ja",
        Lang::Kor => "ko",
        Lang::Heb => "he",
        Lang::Hin => "hi",
        Lang::Ell => "el",
        Lang::Tha => "th",
        Lang::Ben => "bn",
        Lang::Amh => "am",
        Lang::Kat => "ka",
        Lang::Hye => "hy",
        Lang::Bul => "bg",
        Lang::Srp => "sr",
        Lang::Mkd => "mk",
        Lang::Bel => "be",
        other => other.code(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_script_and_allow_list() {
        let cases = [
            (
                "قال رئيس الوزراء إن الحكومة ستعمل على توفير الأمن في المحافظة",
                "ar",
            ),
            (
                "The prime minister said the government would restore security.",
                "en",
            ),
            (
                "Le Premier ministre a déclaré que le gouvernement rétablirait la sécurité.",
                "fr",
            ),
            (
                "Премьер-министр заявил, что правительство восстановит безопасность.",
                "ru",
            ),
            ("1234 ... !!!", "und"),
        ];
        for (text, code) in cases {
            assert_eq!(detect_language(text).code, code, "{text}");
        }
    }

    #[test]
    fn long_texts_are_told_apart_by_their_function_words_and_persian_letters() {
        let english = "The minister said on Monday that the talks with the unions would resume \
            in the spring, and that the government was ready to meet some of their demands. \
            It is the first time the two sides have met since the strike began in March.";
        assert_eq!(detect_language(english).code, "en");
        let french = "Le ministre a déclaré lundi que les négociations avec les syndicats \
            reprendraient au printemps, et que le gouvernement était prêt à satisfaire certaines \
            de leurs revendications. C'est la première fois que les deux parties se rencontrent.";
        assert_eq!(detect_language(french).code, "fr");
        // Persian letters send an Arabic-script text to the detector, which can tell Persian.
        let persian = "وزیر گفت که گفتگوها با اتحادیه‌ها در بهار از سر گرفته می‌شود و دولت آماده است به برخی از خواسته‌های آنها پاسخ دهد";
        assert_eq!(detect_language(persian).code, "fa");
    }

    #[test]
    fn short_english_headlines_full_of_foreign_names_are_english() {
        for headline in [
            "Merkel visits Paris.",
            "BBC News: Trump wins",
            "Biden met Macron in Paris on Tuesday.",
            "Erdogan visited Ankara.",
            "Le Pen loses runoff to Macron",
            "Von der Leyen meets Lula da Silva in Brasilia",
            "Sánchez calls snap election",
        ] {
            let id = detect_language(headline);
            assert_eq!(id.code, "en", "{headline}");
            assert_eq!(id.language, Language::English, "{headline}");
        }
    }

    #[test]
    fn short_headlines_in_other_latin_languages_keep_their_language() {
        for (headline, code) in [
            ("Le président visite les usines de la région", "fr"),
            ("Die Regierung ist nicht zufrieden mit dem Ergebnis", "de"),
            (
                "El gobierno anuncia nuevas medidas para los trabajadores",
                "es",
            ),
        ] {
            let id = detect_language(headline);
            assert_eq!(id.code, code, "{headline}");
            assert!(id.guess.is_none(), "{headline}: {:?}", id.guess);
        }
    }

    #[test]
    fn a_doubtful_short_guess_is_said_with_the_way_out() {
        // No English function word: English is a guess, and the caller is told how to override it.
        let id = detect_language("Erdogan visited Ankara.");
        let warning = id
            .guess
            .expect("a guess on three names and a verb is flagged");
        assert!(warning.contains("language_code"), "{warning}");
        assert!(id.confidence <= 0.5);
        // With English function words the guess is sure and not flagged.
        let id = detect_language("Biden met Macron in Paris on Tuesday.");
        assert!(id.guess.is_none(), "{:?}", id.guess);
    }

    #[test]
    fn english_names_do_not_switch_an_arabic_document() {
        let id = detect_language("ترأس الكاظمي اجتماعاً أمنياً رفيعاً في البصرة (Getty Images) أمس");
        assert_eq!(id.language, Language::Arabic);
    }

    #[test]
    fn hints_are_parsed_or_rejected_with_advice() {
        assert_eq!(
            parse_language_hint("ar-IQ").unwrap().language,
            Language::Arabic
        );
        assert_eq!(parse_language_hint("fr").unwrap().language, Language::Other);
        let err = parse_language_hint("english please").unwrap_err();
        assert!(err.contains("BCP-47"), "{err}");
    }
}
