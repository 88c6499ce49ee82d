//! Groups mentions into entities: one entity per real-world thing in the document.
//!
//! Two mentions are one entity when they have the same label and the same SEARCH key, or when one
//! is a person's family name alone (`الكاظمي`, `Clinton`) and the other the full name. After
//! grouping, every further occurrence of a known person's family name in the text becomes a
//! mention too. The canonical name is the longest mention; roles come from the titles right
//! before the mentions.

use rustc_hash::{FxHashMap as HashMap, FxHashSet};

use super::{arabic, english, EntityMention, Evidence, Label};
use crate::label::Gender;
use crate::resources::Lexicons;
use crate::text::lang::Language;
use crate::text::NormSpan;
use crate::tokens::Token;

/// A grouped entity, spans over the normalized text.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// The canonical name (normalized text of the longest mention).
    pub name: String,
    pub label: Label,
    pub mentions: Vec<(NormSpan, f32)>,
    pub roles: Vec<String>,
    /// A person's gender as the given name opening its fullest name shows it (`أحمد`, `هدى`),
    /// when the name lists know it; `None` for anything else.
    pub gender: Option<Gender>,
}

struct Cluster {
    label: Label,
    /// Last-name key of a multi-word person, for short-form matches.
    family_key: Option<String>,
    mentions: Vec<EntityMention>,
}

/// Clusters with hash indexes, so that grouping stays linear in the number of mentions.
#[derive(Default)]
struct Clusters {
    clusters: Vec<Cluster>,
    /// (is a name label, mention key) -> the first cluster that holds a mention with that key.
    by_key: HashMap<(bool, String), usize>,
    /// Family-name key -> the first person cluster with that family name.
    by_family: HashMap<String, usize>,
    /// An organization's name without its head noun (`الأهلي` of `نادي الأهلي`, `داعش` of
    /// `تنظيم داعش`) -> the first organization cluster named so.
    by_org_short: HashMap<String, usize>,
    /// Keys of the document's place mentions: `تبوك` of `جامعة تبوك` is also the city.
    place_keys: FxHashSet<String>,
}

impl Clusters {
    fn add(&mut self, tokens: &[Token], mention: &EntityMention) {
        let key = mention_key(tokens, mention);
        let is_name = mention.label.is_name();
        // Tokens of the name proper (titles inside the mention are not counted).
        let name_tokens = mention.tokens.1 - name_start(tokens, mention);
        let single_token = name_tokens == 1;
        let same_key = self.by_key.get(&(is_name, key.clone())).copied();
        let short_form = match name_tokens {
            1 => Some(strip_article(&key).to_string()),
            2 => particle_family(tokens, mention.tokens.0, mention.tokens.1),
            _ => None,
        };
        let same_family = short_form
            .filter(|_| is_name)
            .and_then(|family| self.by_family.get(&family).copied());
        // The earliest matching cluster wins, as a scan in creation order would find it.
        let found = match (same_key, same_family) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        // `وقال الأهلي في بيانه` after `نادي الأهلي`: the organization's short name. A place
        // never joins (`القاهرة` is not `جامعة القاهرة`).
        let found = found.or_else(|| {
            (matches!(mention.label, Label::Organization | Label::Misc)
                && !self.place_keys.contains(&key))
            .then(|| self.by_org_short.get(&key).copied())
            .flatten()
        });
        let index = match found {
            Some(index) => index,
            None => {
                let family_key = (mention.label == Label::Person && !single_token)
                    .then(|| strip_article(tokens[mention.tokens.1 - 1].name_key()).to_string());
                if let Some(family) = &family_key {
                    self.by_family
                        .entry(family.clone())
                        .or_insert(self.clusters.len());
                }
                // `عبد الإله ابن كيران` is also `بن كيران`.
                if mention.label == Label::Person && !single_token {
                    if let Some(family) =
                        particle_family(tokens, mention.tokens.0, mention.tokens.1)
                    {
                        self.by_family.entry(family).or_insert(self.clusters.len());
                    }
                }
                if let Some(short) = organization_short_name(tokens, mention) {
                    self.by_org_short
                        .entry(short)
                        .or_insert(self.clusters.len());
                }
                self.clusters.push(Cluster {
                    label: mention.label,
                    family_key,
                    mentions: Vec::new(),
                });
                self.clusters.len() - 1
            }
        };
        self.by_key.entry((is_name, key)).or_insert(index);
        self.clusters[index].mentions.push(mention.clone());
    }
}

pub(super) fn group(
    text: &str,
    tokens: &[Token],
    mentions: Vec<EntityMention>,
    language: Language,
    lexicons: &Lexicons,
) -> Vec<Entity> {
    let mentions = trim_at_known_family_names(tokens, mentions);
    let mut index = Clusters {
        place_keys: mentions
            .iter()
            .filter(|m| m.label == Label::Location)
            .map(|m| mention_key(tokens, m))
            .collect(),
        ..Clusters::default()
    };
    // Full names first so that a short form met earlier (a headline) still finds its entity.
    let mut order: Vec<&EntityMention> = mentions.iter().collect();
    order.sort_by_key(|m| std::cmp::Reverse(m.tokens.1 - name_start(tokens, m)));
    for mention in order {
        index.add(tokens, mention);
    }
    let mut clusters = index.clusters;
    add_family_name_mentions(text, tokens, &mut clusters);
    for cluster in &mut clusters {
        cluster.label = consensus_label(&cluster.mentions);
    }

    let mut entities: Vec<Entity> = clusters
        .into_iter()
        .map(|mut c| {
            c.mentions.sort_by_key(|m| m.span.start);
            c.mentions.dedup_by_key(|m| m.span);
            // The name proper of a mention (titles inside it are roles, not name).
            let name_span = |m: &EntityMention| {
                let start = name_start(tokens, m);
                if start == m.tokens.0 {
                    m.span
                } else {
                    NormSpan::new(tokens[start].name_span().start, m.span.end)
                }
            };
            let longest = c
                .mentions
                .iter()
                .map(name_span)
                .max_by_key(|span| {
                    (
                        span.slice(text).chars().count(),
                        std::cmp::Reverse(span.start),
                    )
                })
                .expect("a cluster has a mention");
            // `للجمعية البرلمانية` is named `الجمعية البرلمانية`, as the article reads alone.
            let first = tokens.partition_point(|t| t.span.end <= longest.start);
            let name = match tokens.get(first) {
                Some(t) if t.has_elided_article() && t.name_span().start == longest.start => {
                    format!("ال{}", longest.slice(text))
                }
                _ => longest.slice(text).to_string(),
            };
            let gender = tokens
                .get(first)
                .filter(|_| c.label == Label::Person)
                .and_then(|t| {
                    let key = arabic::given_name_key(text, t);
                    lexicons.first_name_genders.get(&*key).copied()
                });
            let mut roles: Vec<String> = Vec::new();
            if c.label == Label::Person {
                for m in &c.mentions {
                    let start = name_start(tokens, m);
                    if start > m.tokens.0 {
                        let role = NormSpan::new(m.span.start, tokens[start - 1].span.end)
                            .slice(text)
                            .trim_end_matches('.')
                            .to_string();
                        if !roles.contains(&role) && role.chars().count() > 2 {
                            roles.push(role);
                        }
                    }
                    let title = match language {
                        Language::Arabic => arabic::title_before(tokens, m.tokens.0),
                        _ => english::title_before(text, tokens, m.tokens.0),
                    };
                    if let Some((a, b)) = title {
                        let role =
                            NormSpan::new(tokens[a].name_span().start, tokens[b - 1].span.end)
                                .slice(text)
                                .to_string();
                        if !roles.contains(&role) {
                            roles.push(role);
                        }
                    }
                }
            }
            Entity {
                name,
                label: c.label,
                mentions: c.mentions.iter().map(|m| (m.span, m.confidence)).collect(),
                roles,
                gender,
            }
        })
        .collect();
    entities.sort_by_key(|e| e.mentions[0].0.start);
    entities
}

/// The label the mentions of one entity agree on most, weighing each by its confidence: one
/// odd mention does not relabel the rest (`العراق` tagged ORGANIZATION once among LOCATIONs).
fn consensus_label(mentions: &[EntityMention]) -> Label {
    let mut weight: Vec<(Label, f32)> = Vec::new();
    for m in mentions {
        match weight.iter_mut().find(|(l, _)| *l == m.label) {
            Some((_, w)) => *w += m.confidence,
            None => weight.push((m.label, m.confidence)),
        }
    }
    // Ties go to the first label seen (the longest mention's), as before.
    weight
        .iter()
        .fold(None::<(Label, f32)>, |best, &(l, w)| match best {
            Some((_, bw)) if bw >= w => best,
            _ => Some((l, w)),
        })
        .map(|(l, _)| l)
        .expect("a cluster has a mention")
}

/// The first token of a person's name inside a mention that starts with titles (`Mr. Jaber`,
/// `Labour Minister Adel al-Rikabi`, as news corpora like GMB tag them): after the last title
/// word among the first four tokens, and after the period of an abbreviated title. Other
/// mentions start where they start.
fn name_start(tokens: &[Token], mention: &EntityMention) -> usize {
    let (a, b) = mention.tokens;
    if mention.label != Label::Person || b - a < 2 {
        return a;
    }
    let last_title = (a..(a + 4).min(b - 1))
        .rev()
        .find(|&i| super::is_title_word(&tokens[i].key));
    let Some(mut start) = last_title.map(|i| i + 1) else {
        return a;
    };
    if start < b - 1 && tokens[start].key == "." {
        start += 1;
    }
    start
}

/// The key of an Arabic organization's name without its indefinite head noun (`نادي الأهلي` ->
/// `الاهلي`, `حزب العدالة والتنمية` -> `العداله والتنميه`), the short name articles use after
/// the first mention. A definite head has none: `الأوروبي` alone is no short name of `الاتحاد
/// الأوروبي` (`is_institution_head` knows the heads without their article).
fn organization_short_name(tokens: &[Token], mention: &EntityMention) -> Option<String> {
    let (a, b) = (name_start(tokens, mention), mention.tokens.1);
    (mention.label == Label::Organization
        && b >= a + 2
        && super::arabic_organizations::is_institution_head(tokens[a].name_key()))
    .then(|| tokens_key(tokens, a + 1, b))
}

fn mention_key(tokens: &[Token], mention: &EntityMention) -> String {
    tokens_key(tokens, name_start(tokens, mention), mention.tokens.1)
}

/// The SEARCH key of tokens `a..b`, the first without its clitics.
fn tokens_key(tokens: &[Token], a: usize, b: usize) -> String {
    let mut key = tokens[a].name_key().to_string();
    for t in &tokens[a + 1..b] {
        key.push(' ');
        key.push_str(&t.key);
    }
    key
}

/// The family name with its particle (`ابن كيران`, `بن سلمان`, `أبو مازن`) of a name ending in
/// one, `ابن` written as `بن`: the short form Arabic news uses for the person.
fn particle_family(tokens: &[Token], start: usize, end: usize) -> Option<String> {
    if end < start + 2 {
        return None;
    }
    let particle = match tokens[end - 2].name_key() {
        "ابن" | "بن" => "بن",
        "ابو" => "ابو",
        _ => return None,
    };
    Some(format!("{particle} {}", tokens[end - 1].name_key()))
}

/// A person mention that starts with the family name, with its article, of a person named in
/// full elsewhere in the document is that person, and the words after the family name are not
/// part of the name (`الدكتور العيسى التميز` after `محمد العيسى`: `التميز` is the object of
/// the sentence's verb). An Arabic name never starts with a family name of this form, so the
/// rule cannot cut a real name.
fn trim_at_known_family_names(
    tokens: &[Token],
    mut mentions: Vec<EntityMention>,
) -> Vec<EntityMention> {
    // A set: an article of many people stays linear.
    let families: FxHashSet<&str> = mentions
        .iter()
        .filter(|m| m.label == Label::Person && m.tokens.1 - name_start(tokens, m) >= 2)
        .map(|m| tokens[m.tokens.1 - 1].name_key())
        .filter(|key| key.starts_with("ال") && key.chars().count() >= 4)
        .collect();
    if families.is_empty() {
        return mentions;
    }
    for m in &mut mentions {
        let start = name_start(tokens, m);
        if m.label != Label::Person || m.tokens.1 - start < 2 {
            continue;
        }
        if families.contains(tokens[start].name_key()) {
            m.tokens.1 = start + 1;
            m.span = NormSpan::new(m.span.start, tokens[start].span.end);
        }
    }
    mentions
}

fn strip_article(key: &str) -> &str {
    key.strip_prefix("al-").unwrap_or(key)
}

/// Every other occurrence of a person's family name (`الكاظمي` alone) joins that person, when the
/// family name points to one person only: two Smiths stay unresolved.
fn add_family_name_mentions(text: &str, tokens: &[Token], clusters: &mut [Cluster]) {
    let mut taken = vec![false; tokens.len()];
    for cluster in clusters.iter() {
        for m in &cluster.mentions {
            taken[m.tokens.0..m.tokens.1]
                .iter_mut()
                .for_each(|t| *t = true);
        }
    }
    // Family name -> the one person it names, or None when several share it.
    let mut family: HashMap<&str, Option<usize>> = HashMap::default();
    for (idx, cluster) in clusters.iter().enumerate() {
        if let Some(key) = &cluster.family_key {
            family
                .entry(key.as_str())
                .and_modify(|owner| {
                    if *owner != Some(idx) {
                        *owner = None;
                    }
                })
                .or_insert(Some(idx));
        }
    }
    let mut additions = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        if !token.is_word() || taken[i] {
            continue;
        }
        let key = token.name_key();
        // `على` folds to the name `علي`: a particle is never the family name met again.
        if key.chars().count() < 3 || super::arabic::is_function_word(key) {
            continue;
        }
        let Some(&Some(idx)) = family.get(strip_article(key)) else {
            continue;
        };
        let span = token.name_span();
        let surface = token.span.slice(text);
        let bare = ["al-", "el-"]
            .iter()
            .find_map(|p| surface.strip_prefix(p))
            .unwrap_or(surface);
        if !surface.is_ascii() || bare.starts_with(char::is_uppercase) {
            // The full name written out again (`أسعد العيداني`) is one mention, not a stray
            // given name before a family name.
            let start = full_name_start(tokens, &clusters[idx], i, &taken).unwrap_or(i);
            additions.push((
                idx,
                EntityMention {
                    span: NormSpan::new(tokens[start].name_span().start, span.end),
                    label: Label::Person,
                    confidence: 0.6,
                    tokens: (start, i + 1),
                    evidence: Evidence::GivenName,
                },
            ));
        }
    }
    for (idx, mention) in additions {
        clusters[idx].mentions.push(mention);
    }
}

/// Where a longer name of `cluster` starts when tokens up to `family` (its family name) spell
/// it out in full, on tokens no mention has taken.
fn full_name_start(
    tokens: &[Token],
    cluster: &Cluster,
    family: usize,
    taken: &[bool],
) -> Option<usize> {
    cluster
        .mentions
        .iter()
        .filter_map(|m| {
            let given = m.tokens.1 - m.tokens.0 - 1;
            let start = family.checked_sub(given)?;
            let same = given > 0
                && (start..family).all(|j| !taken[j])
                && (0..given)
                    .all(|k| tokens[start + k].name_key() == tokens[m.tokens.0 + k].name_key());
            same.then_some(start)
        })
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::Tokenizer;

    /// The mentions of the one entity grouped from a tagged person of `words` words starting
    /// at the token `first` of `text`.
    fn mentions_of_one_person<'t>(text: &'t str, first: &str, words: usize) -> Vec<&'t str> {
        let tokens = Tokenizer::default().tokenize(text);
        let first = tokens
            .iter()
            .position(|t| t.span.slice(text) == first)
            .unwrap();
        let tagged = EntityMention {
            span: NormSpan::new(tokens[first].span.start, tokens[first + words - 1].span.end),
            label: Label::Person,
            confidence: 0.9,
            tokens: (first, first + words),
            evidence: Evidence::Tagger,
        };
        let entities = group_arabic(text, &tokens, vec![tagged]);
        assert_eq!(entities.len(), 1, "{text}");
        entities[0]
            .mentions
            .iter()
            .map(|(span, _)| span.slice(text))
            .collect()
    }

    #[test]
    fn a_full_name_written_again_is_one_mention_of_its_person() {
        let text =
            "قال أسعد العيداني إن المحافظة مستعدة. وأضاف أسعد العيداني أن العيداني لن يتراجع";
        assert_eq!(
            mentions_of_one_person(text, "أسعد", 2),
            vec!["أسعد العيداني", "أسعد العيداني", "العيداني"]
        );
    }

    #[test]
    fn a_particle_spelled_like_a_family_name_is_not_that_person() {
        // `على` ("on") folds to the key of the name `علي`.
        let text = "شيعت جنازة مظفر بن علي أمس. وأكد الوالي على ضرورة اليقظة وعلى الوحدة";
        assert_eq!(mentions_of_one_person(text, "مظفر", 3), vec!["مظفر بن علي"]);
    }

    /// Arabic grouping with no lexicons: the rules alone.
    fn group_arabic(text: &str, tokens: &[Token], names: Vec<EntityMention>) -> Vec<Entity> {
        group(text, tokens, names, Language::Arabic, &Lexicons::default())
    }

    #[test]
    fn a_title_in_apposition_before_a_comma_is_a_role() {
        let roles = |text: &str, first: &str, last: &str| {
            let (analysis, names) =
                crate::entities::testing::arabic_with_names(text, &[(first, last, Label::Person)]);
            let entities = group_arabic(text, &analysis.tokens, names);
            assert_eq!(entities.len(), 1, "{entities:?}");
            entities[0].roles.clone()
        };
        // The later `وأضاف الوزير` finds him by it.
        assert_eq!(
            roles(
                "قال وزير العدل، غازي الجريبي إن عدد المساجين ارتفع",
                "غازي",
                "الجريبي"
            ),
            vec!["وزير العدل"]
        );
        // A feminine definite title heads one too (`الوزيرة`, as `الوزير`).
        assert_eq!(
            roles(
                "وقالت الوزيرة، سميرة مرعي، إن المستشفى جاهز",
                "سميرة",
                "مرعي"
            ),
            vec!["الوزيرة"]
        );
        // Only a comma stands between: a title before another word is someone else's.
        assert!(roles("والتقى الوزير مع غازي الجريبي أمس", "غازي", "الجريبي").is_empty());
    }

    #[test]
    fn a_mention_starting_with_a_known_family_name_is_that_person() {
        let text = "وقال الوزير محمد العيسى إن البرنامج ناجح. وأبرز الدكتور العيسى التميز الذي يحققه الطلاب";
        let (analysis, names) = crate::entities::testing::arabic_with_names(
            text,
            &[
                ("محمد", "العيسى", Label::Person),
                // The tagger ran the family name on into the verb's object.
                ("الدكتور", "التميز", Label::Person),
            ],
        );
        let entities = group_arabic(text, &analysis.tokens, names);
        assert_eq!(entities.len(), 1, "{entities:?}");
        assert_eq!(entities[0].name, "محمد العيسى");
        let mentions: Vec<&str> = entities[0]
            .mentions
            .iter()
            .map(|(span, _)| span.slice(text))
            .collect();
        assert_eq!(mentions, vec!["محمد العيسى", "الدكتور العيسى"]);
    }

    #[test]
    fn an_organization_named_without_its_head_noun_is_the_same_organization() {
        let text =
            "واستغربت إدارة نادي الأهلي القرار. وقال الأهلي في بيانه إن جامعة تبوك تقع في تبوك";
        let (analysis, names) = crate::entities::testing::arabic_with_names(
            text,
            &[
                ("نادي", "الأهلي", Label::Organization),
                ("الأهلي", "الأهلي", Label::Organization),
                ("جامعة", "تبوك", Label::Organization),
                ("تبوك", "تبوك", Label::Location),
            ],
        );
        // `arabic_with_names` finds a word's first occurrence: the short mentions are the
        // words' second ones.
        let mut names = names;
        let second = |word: &str, label: Label| {
            crate::entities::testing::one_word_mention(text, &analysis.tokens, word, 1, label)
        };
        names[1] = second("الأهلي", Label::Organization);
        names[3] = second("تبوك", Label::Location);
        let entities = group_arabic(text, &analysis.tokens, names);
        let seen: Vec<(&str, usize)> = entities
            .iter()
            .map(|e| (e.name.as_str(), e.mentions.len()))
            .collect();
        // The city is not the university.
        assert_eq!(seen, [("نادي الأهلي", 2), ("جامعة تبوك", 1), ("تبوك", 1)]);
    }

    #[test]
    fn a_short_name_the_document_also_uses_as_a_place_stays_the_place() {
        let text = "درس في جامعة تبوك ثم عمل في تبوك وعاش في تبوك";
        let (analysis, mut names) = crate::entities::testing::arabic_with_names(
            text,
            &[("جامعة", "تبوك", Label::Organization)],
        );
        let nth = |n: usize, label: Label| {
            crate::entities::testing::one_word_mention(text, &analysis.tokens, "تبوك", n, label)
        };
        // The tagger read the city once as something else before it read it as a place.
        names.push(nth(1, Label::Misc));
        names.push(nth(2, Label::Location));
        let entities = group_arabic(text, &analysis.tokens, names);
        let university = entities.iter().find(|e| e.name == "جامعة تبوك").unwrap();
        assert_eq!(university.mentions.len(), 1, "{entities:?}");
    }

    #[test]
    fn a_name_after_li_gets_back_its_article() {
        let text = "وانضم الوفد للجمعية البرلمانية أمس";
        let tokens = Tokenizer::default().tokenize(text);
        let first = tokens
            .iter()
            .position(|t| t.span.slice(text) == "للجمعية")
            .unwrap();
        let tagged = EntityMention {
            span: NormSpan::new(tokens[first].name_span().start, tokens[first + 1].span.end),
            label: Label::Organization,
            confidence: 0.9,
            tokens: (first, first + 2),
            evidence: Evidence::Tagger,
        };
        let entities = group(
            text,
            &tokens,
            vec![tagged],
            Language::Arabic,
            &Lexicons::default(),
        );
        assert_eq!(entities[0].name, "الجمعية البرلمانية");
        assert_eq!(entities[0].mentions[0].0.slice(text), "جمعية البرلمانية");
    }
}
