//! The tagger's features of one token, shared by training (`naba train ner`) and tagging, so the
//! two can never disagree.
//!
//! Every feature is a 64-bit FNV-1a hash of a template number and its values: stable across
//! builds and crate versions (the model files store these hashes), and computed without
//! allocating. What a token is described by: its clitic-free key and its neighbours' (±2), the
//! attached proclitic and article (Arabic), affixes of the stem, the word shape (case, digits,
//! script), its word clusters and frequency from unlabeled text (its neighbours' too), given-name
//! and place lexicons, Arabic Wikipedia titles with the type their article gives them (and, for
//! each word, the types of the titles it occurs in), a title or role just before it, and the
//! label the document already gave the same word (earlier decisions, `DocumentMemory`).

use rustc_hash::FxHashMap as HashMap;

use super::clusters::{WordClass, WordClusters};
use crate::entities::{arabic, is_title_word};
use crate::resources::{Lexicons, PhraseLexicon};
use crate::text::lang::Language;
use crate::tokens::{SegmentRole, Token, TokenKind};

/// FNV-1a over a template number and byte strings (each ended by a separator).
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    fn new(template: u8) -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325).byte(template)
    }

    fn byte(self, b: u8) -> Fnv {
        Fnv((self.0 ^ b as u64).wrapping_mul(0x0100_0000_01b3))
    }

    fn bytes(self, s: &[u8]) -> Fnv {
        s.iter().fold(self, |h, &b| h.byte(b)).byte(0xff)
    }

    fn num(self, n: u64) -> Fnv {
        self.bytes(&n.to_le_bytes())
    }
}

// Template numbers: part of the model file format (changing one means retraining).
const BIAS: u8 = 0;
const WORD: u8 = 1; // + offset index (1..=5)
const BIGRAM_LEFT: u8 = 6;
const BIGRAM_RIGHT: u8 = 7;
const FULL_FORM: u8 = 8;
const PROCLITIC: u8 = 9;
const ENCLITIC: u8 = 10;
const ARTICLE: u8 = 11;
const PREFIX: u8 = 12;
const SUFFIX: u8 = 13;
const SHAPE: u8 = 14; // + offset index
const SHAPE_TRIGRAM: u8 = 20;
const KIND: u8 = 21;
const LENGTH: u8 = 22;
const FINE: u8 = 23; // + offset index
const MID: u8 = 29; // + offset index
const COARSE: u8 = 35;
const FREQUENCY: u8 = 36;
const UNKNOWN_WORD: u8 = 37;
const GIVEN_NAME: u8 = 38; // + 0 here, + 1 previous word
const PLACE: u8 = 40;
const TITLE_BEFORE: u8 = 41; // + 0 previous word, + 1 the one before
const SENTENCE_START: u8 = 43;
const MEMORY: u8 = 44;
const FINE_BIGRAM: u8 = 45;
const ARTICLE_EVIDENCE: u8 = 47;
const WIKI_TITLE: u8 = 48;
/// A Wikipedia title whose article says what its subject is (person, place, ...).
const WIKI_TYPED: u8 = 60;
/// The kinds of typed Wikipedia title the word appears in, and where in them.
const WIKI_TITLE_WORD: u8 = 61;
const QUOTED: u8 = 51;
const CASED_WORD: u8 = 59;
/// Leading / trailing letters of the whole word (clitics included): + 0 this word, + 2 previous,
/// + 4 next (prefix), + 1 / + 3 / + 5 (suffix).
const EDGE_LETTERS: u8 = 53;
const QUOTED_AFTER: u8 = 52;

/// Window offsets and their index in the template numbers.
const OFFSETS: [(isize, u8); 5] = [(0, 0), (-1, 1), (1, 2), (-2, 3), (2, 4)];

/// The per-token facts the features are built from, computed once per token.
pub struct TokenFacts<'t> {
    key: &'t str,
    shape: u64,
    class: Option<WordClass>,
    /// A word in the given-name lexicon (read by this token and the next).
    given_name: bool,
    /// A title or role word (read by the next two tokens).
    title: bool,
}

impl<'t> TokenFacts<'t> {
    /// The facts of `token` from what the tagger's word cache kept of it.
    pub fn cached(
        token: &'t Token,
        shape: u64,
        class: Option<WordClass>,
        given_name: bool,
        title: bool,
    ) -> TokenFacts<'t> {
        TokenFacts {
            key: feature_key(token),
            shape,
            class,
            given_name,
            title,
        }
    }

    pub fn shape(&self) -> u64 {
        self.shape
    }
    pub fn class(&self) -> Option<WordClass> {
        self.class
    }
    pub fn given_name(&self) -> bool {
        self.given_name
    }
    pub fn title(&self) -> bool {
        self.title
    }

    pub fn of(sources: &FeatureSources, text: &str, token: &'t Token) -> TokenFacts<'t> {
        TokenFacts {
            key: feature_key(token),
            shape: shape_hash(token.span.slice(text), token.kind),
            class: sources.clusters.get(token.name_key()),
            given_name: token.is_word() && is_given_name(sources, text, token),
            title: is_title_word(token.name_key()),
        }
    }
}

/// Labels the document has given each word so far (the "earlier decisions" feature).
#[derive(Default)]
pub struct DocumentMemory {
    labels: HashMap<String, u8>,
}

impl DocumentMemory {
    /// Remembers that `key` was part of an entity of type `entity_type` (0..4).
    pub fn remember(&mut self, key: &str, entity_type: u8) {
        if let Some(t) = self.labels.get_mut(key) {
            *t = entity_type;
        } else {
            self.labels.insert(key.to_string(), entity_type);
        }
    }

    fn get(&self, key: &str) -> Option<u8> {
        self.labels.get(key).copied()
    }
}

/// What feature extraction reads besides the tokens.
pub struct FeatureSources<'a> {
    pub clusters: &'a WordClusters,
    pub article: &'a ArticleEvidence,
    pub lexicons: &'a Lexicons,
    pub language: Language,
}

/// The number of window positions word features are taken at (`OFFSETS`).
pub const WINDOW: usize = OFFSETS.len();

/// The window position index of each offset, for callers that sum word features by position.
pub fn window_offsets() -> [(isize, usize); WINDOW] {
    OFFSETS.map(|(offset, index)| (offset, index as usize))
}

/// The static features of every token of a sentence (`tokens` is the sentence), appended to
/// `out` with `starts[i]..starts[i + 1]` the range of token `i`. Memory features come apart
/// (`memory_features`), since they change as the document is tagged.
///
/// A token's features are of three kinds: those of the word itself (`word_features` at window
/// position 0), those of each neighbour as seen from it (`word_features` at the neighbour's
/// position), and those of the context (`context_features`). The first two depend on one token
/// alone, which lets the tagger sum their weights once per distinct word.
pub fn sentence_features(
    sources: &FeatureSources,
    text: &str,
    tokens: &[Token],
    out: &mut Vec<u64>,
    starts: &mut Vec<usize>,
) {
    out.clear();
    starts.clear();
    let facts: Vec<TokenFacts> = tokens
        .iter()
        .map(|t| TokenFacts::of(sources, text, t))
        .collect();
    let context = SentenceContext::new(sources, text, tokens);
    for i in 0..tokens.len() {
        starts.push(out.len());
        for (offset, index) in OFFSETS {
            let j = i as isize + offset;
            if j >= 0 && (j as usize) < tokens.len() {
                let j = j as usize;
                word_features(sources, text, &tokens[j], &facts[j], index as usize, out);
            } else {
                boundary_features(offset, index as usize, out);
            }
        }
        context_features(&context, tokens, &facts, i, out);
    }
    starts.push(out.len());
}

/// What the context features read of a sentence, computed once per sentence.
pub struct SentenceContext {
    places: Vec<Option<(u8, u8)>>,
    titles: Vec<Option<(u8, u8)>>,
    quoted: Vec<Option<(u8, u8, Option<usize>)>>,
}

impl SentenceContext {
    pub fn new(sources: &FeatureSources, text: &str, tokens: &[Token]) -> SentenceContext {
        let lexicons = sources.lexicons;
        SentenceContext {
            places: lexicon_tags(&lexicons.places, tokens, |label| label as u8),
            titles: if sources.language == Language::Arabic {
                lexicon_tags(&lexicons.wiki_titles, tokens, |label| {
                    label.map_or(0, |l| 1 + l as u8)
                })
            } else {
                vec![None; tokens.len()]
            },
            quoted: short_quoted_spans(text, tokens),
        }
    }
}

/// The features of `token` as seen from the token at window position `index` (0: the token
/// itself, with the features of its form and the bias). They depend on this token alone.
pub fn word_features(
    sources: &FeatureSources,
    text: &str,
    token: &Token,
    facts: &TokenFacts,
    index: usize,
    out: &mut Vec<u64>,
) {
    let (offset, template) = OFFSETS[index];
    out.push(Fnv::new(WORD + template).bytes(facts.key.as_bytes()).0);
    out.push(Fnv::new(SHAPE + template).num(facts.shape).0);
    if offset.abs() <= 1 {
        let fine = facts.class.map_or(u64::MAX, |c| c.fine as u64);
        out.push(Fnv::new(FINE + template).num(fine).0);
    }
    let mid = facts.class.map_or(u64::MAX, |c| c.mid as u64);
    out.push(Fnv::new(MID + template).num(mid).0);
    match offset {
        0 => own_features(sources, text, token, facts, out),
        -1 if token.is_word() => edge_letters(EDGE_LETTERS + 2, &token.key, 3, out),
        1 if token.is_word() => edge_letters(EDGE_LETTERS + 4, &token.key, 3, out),
        _ => {}
    }
}

/// The features a window position outside the sentence contributes.
pub fn boundary_features(offset: isize, index: usize, out: &mut Vec<u64>) {
    let template = OFFSETS[index].1;
    out.push(
        Fnv::new(WORD + template)
            .bytes(boundary(offset).as_bytes())
            .0,
    );
    out.push(Fnv::new(SHAPE + template).num(0).0);
    if offset.abs() <= 1 {
        out.push(Fnv::new(FINE + template).num(u64::MAX).0);
    }
    out.push(Fnv::new(MID + template).num(u64::MAX).0);
}

/// The features of the token's own form: the bias, its cluster, kind and case, its affixes,
/// clitics and lexicon evidence, and its Wikipedia-title words.
fn own_features(
    sources: &FeatureSources,
    text: &str,
    token: &Token,
    facts: &TokenFacts,
    out: &mut Vec<u64>,
) {
    out.push(Fnv::new(BIAS).0);
    match facts.class {
        Some(class) => {
            out.push(Fnv::new(COARSE).num(class.coarse as u64).0);
            out.push(Fnv::new(FREQUENCY).num(class.frequency as u64).0);
        }
        None => out.push(Fnv::new(UNKNOWN_WORD).num(facts.shape).0),
    }
    out.push(Fnv::new(KIND).num(token.kind as u64).0);
    if token.kind != TokenKind::Word {
        return;
    }
    let surface = token.span.slice(text);
    // Latin case is evidence the folded key throws away (`May`, `US`, `Bush`).
    if surface.chars().any(char::is_uppercase) {
        out.push(Fnv::new(CASED_WORD).bytes(surface.as_bytes()).0);
    }
    form_features(sources, text, token, facts, out);
    edge_letters(EDGE_LETTERS, &token.key, 4, out);
    // Arabic Wikipedia: evidence for Arabic text only (the English model never saw it).
    if sources.language == Language::Arabic {
        if let Some(places) = sources.lexicons.wiki_title_words.get(token.name_key()) {
            for bit in places.bits() {
                out.push(Fnv::new(WIKI_TITLE_WORD).num(u64::from(bit)).0);
            }
        }
    }
}

/// The features of token `i` that depend on its neighbours together: bigrams, the shape and
/// cluster n-grams, its place in the sentence, given names and titles before it, lexicon phrases
/// and quoted titles it is part of.
pub fn context_features(
    context: &SentenceContext,
    tokens: &[Token],
    facts: &[TokenFacts],
    i: usize,
    out: &mut Vec<u64>,
) {
    let me = &facts[i];
    let at = |offset: isize| -> Option<&TokenFacts> {
        let j = i as isize + offset;
        (j >= 0 && (j as usize) < facts.len()).then(|| &facts[j as usize])
    };
    let left = at(-1).map_or("<s>", |f| f.key);
    let right = at(1).map_or("</s>", |f| f.key);
    out.push(
        Fnv::new(BIGRAM_LEFT)
            .bytes(left.as_bytes())
            .bytes(me.key.as_bytes())
            .0,
    );
    out.push(
        Fnv::new(BIGRAM_RIGHT)
            .bytes(me.key.as_bytes())
            .bytes(right.as_bytes())
            .0,
    );
    out.push(
        Fnv::new(SHAPE_TRIGRAM)
            .num(at(-1).map_or(0, |f| f.shape))
            .num(me.shape)
            .num(at(1).map_or(0, |f| f.shape))
            .0,
    );
    out.push(
        Fnv::new(FINE_BIGRAM)
            .num(me.class.map_or(u64::MAX, |c| c.fine as u64))
            .num(
                at(1)
                    .and_then(|f| f.class)
                    .map_or(u64::MAX, |c| c.fine as u64),
            )
            .0,
    );
    if i == 0 {
        out.push(Fnv::new(SENTENCE_START).num(me.shape).0);
    }
    if tokens[i].kind == TokenKind::Word {
        if i > 0 && facts[i - 1].given_name {
            out.push(Fnv::new(GIVEN_NAME + 1).0);
        }
        for back in 1..=2 {
            if i >= back && facts[i - back].title {
                out.push(Fnv::new(TITLE_BEFORE + back as u8 - 1).0);
            }
        }
    }
    if let Some((tag, label)) = context.places[i] {
        out.push(Fnv::new(PLACE).num(tag as u64).num(label as u64).0);
    }
    if let Some((position, kind, head)) = context.quoted[i] {
        out.push(Fnv::new(QUOTED).num(position as u64).num(kind as u64).0);
        let head = head.map_or("<s>", |h| facts[h].key);
        out.push(Fnv::new(QUOTED_AFTER).bytes(head.as_bytes()).0);
    }
    if let Some((tag, kind)) = context.titles[i] {
        out.push(Fnv::new(WIKI_TITLE).num(tag as u64).0);
        if kind > 0 {
            out.push(Fnv::new(WIKI_TYPED).num(tag as u64).num(kind as u64).0);
        }
    }
}

/// Features of a word's form and lexicon evidence.
fn form_features(
    sources: &FeatureSources,
    text: &str,
    token: &Token,
    facts: &TokenFacts,
    out: &mut Vec<u64>,
) {
    let key = facts.key;
    if token.key != key {
        out.push(Fnv::new(FULL_FORM).bytes(token.key.as_bytes()).0);
    }
    let mut proclitics = Fnv::new(PROCLITIC);
    let mut has_proclitic = false;
    for segment in &token.segments {
        match segment.role {
            SegmentRole::Proclitic => {
                has_proclitic = true;
                proclitics = proclitics.bytes(segment.span.slice(text).as_bytes());
            }
            SegmentRole::Enclitic => out.push(Fnv::new(ENCLITIC).0),
            _ => {}
        }
    }
    if has_proclitic {
        out.push(proclitics.0);
    }
    let stem = match key.strip_prefix("ال") {
        Some(stem) if sources.language == Language::Arabic && stem.chars().count() >= 2 => {
            out.push(Fnv::new(ARTICLE).0);
            stem
        }
        _ => key,
    };
    let chars: Vec<(usize, char)> = stem.char_indices().collect();
    let n = chars.len();
    out.push(Fnv::new(LENGTH).num(n.min(10) as u64).0);
    for k in 1..=4.min(n) {
        let cut = chars[n - k].0;
        out.push(
            Fnv::new(SUFFIX)
                .num(k as u64)
                .bytes(&stem.as_bytes()[cut..])
                .0,
        );
    }
    for k in 2..=3.min(n.saturating_sub(1)) {
        let cut = chars.get(k).map_or(stem.len(), |c| c.0);
        out.push(
            Fnv::new(PREFIX)
                .num(k as u64)
                .bytes(&stem.as_bytes()[..cut])
                .0,
        );
    }
    if facts.given_name {
        out.push(Fnv::new(GIVEN_NAME).0);
    }
    if sources.language == Language::Arabic {
        let (ratio, frequency) = sources.article.of(key);
        out.push(
            Fnv::new(ARTICLE_EVIDENCE)
                .num(ratio as u64)
                .num(frequency as u64)
                .0,
        );
    }
}

/// How a word's stem behaves in Wikipedia: how often it takes the article (common nouns and
/// places do, given names and foreign names rarely) and how frequent it is, both as buckets,
/// keyed by the stem's SEARCH key (article off). Arabic only; built once from the word counts.
#[derive(Clone, Debug, Default)]
pub struct ArticleEvidence {
    buckets: HashMap<String, (u8, u8)>,
}

impl ArticleEvidence {
    pub fn from_word_counts(words: &HashMap<String, u32>) -> ArticleEvidence {
        let fold = crate::normalize::Normalizer::for_profile(crate::normalize::Profile::Search);
        let mut counts: HashMap<String, (u64, u64)> = HashMap::default();
        let mut key = String::new();
        for (word, &count) in words {
            key.clear();
            fold.fold_into(word, &mut key);
            match key.strip_prefix("ال") {
                Some(stem) if stem.chars().count() >= 2 => {
                    counts.entry(stem.to_string()).or_default().1 += count as u64
                }
                _ => counts.entry(key.clone()).or_default().0 += count as u64,
            }
        }
        let buckets = counts
            .into_iter()
            .map(|(stem, (bare, with_article))| {
                let total = bare + with_article;
                let ratio = (with_article + 1) * 5 / (total + 2);
                let frequency = (64 - total.leading_zeros() as u64) / 2;
                (stem, (ratio as u8, frequency as u8))
            })
            .collect();
        ArticleEvidence { buckets }
    }

    /// (article ratio bucket, frequency bucket) of a clitic-free key; unseen words have their own.
    fn of(&self, key: &str) -> (u8, u8) {
        let stem = match key.strip_prefix("ال") {
            Some(stem) if stem.chars().count() >= 2 => stem,
            _ => key,
        };
        self.buckets.get(stem).copied().unwrap_or((u8::MAX, 0))
    }
}

fn is_given_name(sources: &FeatureSources, text: &str, token: &Token) -> bool {
    match sources.language {
        Language::Arabic => sources
            .lexicons
            .first_names
            .contains(&*arabic::given_name_key(text, token)),
        _ => sources.lexicons.first_names.contains(&token.key),
    }
}

/// Memory features of token `i`: the label the document already gave this word.
pub fn memory_features(memory: &DocumentMemory, token: &Token, out: &mut Vec<u64>) {
    if token.kind == TokenKind::Word {
        if let Some(t) = memory.get(token.name_key()) {
            out.push(Fnv::new(MEMORY).num(t as u64).0);
        }
    }
}

/// The word a token is matched as: clitic-free SEARCH key; all numbers look alike.
fn feature_key(token: &Token) -> &str {
    match token.kind {
        TokenKind::Number => "<num>",
        TokenKind::Url | TokenKind::Email => "<url>",
        _ => token.name_key(),
    }
}

fn boundary(offset: isize) -> &'static str {
    if offset < 0 {
        "<s>"
    } else {
        "</s>"
    }
}

/// Hash of the word's shape: `Xx`, `XX`, `x`, `d`, `X.X.`, `Xx-Xx` (repeats collapsed), `a` for
/// Arabic letters; punctuation is its own shape.
fn shape_hash(surface: &str, kind: TokenKind) -> u64 {
    if kind == TokenKind::Punctuation {
        return Fnv::new(0).bytes(surface.as_bytes()).0;
    }
    let mut h = Fnv::new(1);
    let mut last = '\0';
    for c in surface.chars().take(12) {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else if crate::tokens::arabic::is_mark(c) {
            continue;
        } else {
            c
        };
        if class != last {
            h = h.num(class as u64);
            last = class;
        }
    }
    h.0
}

/// The first and last 1..=`max` letters of `word` (templates `template` and `template + 1`):
/// clitics, the article, nisba and plural endings, transliteration patterns.
fn edge_letters(template: u8, word: &str, max: usize, out: &mut Vec<u64>) {
    let mut ends = [0usize; 5];
    let mut count = 0;
    for (k, (at, c)) in word.char_indices().enumerate().take(max) {
        ends[k] = at + c.len_utf8();
        count = k + 1;
    }
    for &end in &ends[..count] {
        out.push(Fnv::new(template).bytes(&word.as_bytes()[..end]).0);
    }
    for (at, _) in word.char_indices().rev().take(max) {
        out.push(Fnv::new(template + 1).bytes(&word.as_bytes()[at..]).0);
    }
}

/// Most words a quoted name or title spans (`برنامج "حوار من القلب"`, `(الراية)`).
const MAX_QUOTED_WORDS: usize = 6;

/// Tokens inside a short quoted or bracketed run of words: (0 = first, 1 = inside; 0 = quote
/// marks, 1 = brackets; the token before the opening mark). Titles of programmes, papers and
/// products are written so; a long quotation is not a name and gets nothing.
fn short_quoted_spans(text: &str, tokens: &[Token]) -> Vec<Option<(u8, u8, Option<usize>)>> {
    let mut out = vec![None; tokens.len()];
    let closing = |open: &str| -> Option<(&'static [&'static str], u8)> {
        match open {
            "\"" | "''" => Some((&["\"", "''"], 0)),
            "«" => Some((&["»"], 0)),
            "“" => Some((&["”", "\""], 0)),
            "'" => Some((&["'"], 0)),
            "(" => Some((&[")"], 1)),
            _ => None,
        }
    };
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        let Some((ends, kind)) = (token.kind == TokenKind::Punctuation)
            .then(|| closing(token.span.slice(text)))
            .flatten()
        else {
            i += 1;
            continue;
        };
        let inner = tokens[i + 1..]
            .iter()
            .take(MAX_QUOTED_WORDS + 1)
            .take_while(|t| {
                matches!(t.kind, TokenKind::Word | TokenKind::Number) || t.span.slice(text) == "-"
            })
            .count();
        let close = i + 1 + inner;
        if inner == 0
            || inner > MAX_QUOTED_WORDS
            || close >= tokens.len()
            || !ends.contains(&tokens[close].span.slice(text))
        {
            i += 1;
            continue;
        }
        let head = i.checked_sub(1);
        for (k, slot) in out[i + 1..close].iter_mut().enumerate() {
            *slot = Some(((k > 0) as u8, kind, head));
        }
        i = close + 1;
    }
    out
}

/// Lexicon matches, longest first, left to right, as (0 = first token, 1 = inside, `value` of
/// the phrase). Phrases are the tokens' clitic-free keys; a match never crosses a non-word.
fn lexicon_tags<V: Copy>(
    lexicon: &PhraseLexicon<V>,
    tokens: &[Token],
    value: impl Fn(V) -> u8,
) -> Vec<Option<(u8, u8)>> {
    let mut tags = vec![None; tokens.len()];
    if lexicon.is_empty() {
        return tags;
    }
    let mut key = String::new();
    let mut start = 0;
    while start < tokens.len() {
        let mut matched = None;
        key.clear();
        for (n, token) in tokens[start..].iter().enumerate() {
            if !token.is_word() {
                break;
            }
            if n > 0 {
                key.push(' ');
            }
            key.push_str(token.name_key());
            if let Some(v) = lexicon.get(&key) {
                matched = Some((n + 1, value(v)));
            }
            if !lexicon.continues(&key) {
                break;
            }
        }
        match matched {
            Some((n, v)) => {
                for (k, tag) in tags[start..start + n].iter_mut().enumerate() {
                    *tag = Some(((k > 0) as u8, v));
                }
                start += n;
            }
            None => start += 1,
        }
    }
    tags
}
