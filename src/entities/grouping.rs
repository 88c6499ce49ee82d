//! Groups mentions into entities: one entity per real-world thing in the document.
//!
//! Two mentions are one entity when they have the same label and the same SEARCH key, or when one
//! is a person's family name alone (`الكاظمي`, `Clinton`) and the other the full name. After
//! grouping, every further occurrence of a known person's family name in the text becomes a
//! mention too. The canonical name is the longest mention; roles come from the titles right
//! before the mentions.

use super::{arabic, english, name_key, EntityMention, Evidence, Label};
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
}

struct Cluster {
    label: Label,
    keys: Vec<String>,
    /// Last-name key of a multi-word person, for short-form matches.
    family_key: Option<String>,
    mentions: Vec<EntityMention>,
}

pub(super) fn group(
    text: &str,
    tokens: &[Token],
    mentions: Vec<EntityMention>,
    language: Language,
) -> Vec<Entity> {
    let mut clusters: Vec<Cluster> = Vec::new();
    // Full names first so that a short form met earlier (a headline) still finds its entity.
    let mut order: Vec<&EntityMention> = mentions.iter().collect();
    order.sort_by_key(|m| std::cmp::Reverse(m.tokens.1 - m.tokens.0));
    for mention in order {
        let key = mention_key(text, tokens, mention);
        let single_token = mention.tokens.1 - mention.tokens.0 == 1;
        let found = clusters.iter_mut().find(|c| {
            c.label.is_name() == mention.label.is_name()
                && (c.keys.contains(&key)
                    || (single_token
                        && c.label == Label::Person
                        && c.family_key.as_deref() == Some(strip_article(&key))))
        });
        match found {
            Some(cluster) => {
                cluster.keys.push(key);
                cluster.mentions.push(mention.clone());
            }
            None => {
                let family_key = (mention.label == Label::Person && !single_token)
                    .then(|| name_key(text, &tokens[mention.tokens.1 - 1]))
                    .map(|k| strip_article(&k).to_string());
                clusters.push(Cluster {
                    label: mention.label,
                    keys: vec![key],
                    family_key,
                    mentions: vec![mention.clone()],
                });
            }
        }
    }
    add_family_name_mentions(text, tokens, &mut clusters);

    let mut entities: Vec<Entity> = clusters
        .into_iter()
        .map(|mut c| {
            c.mentions.sort_by_key(|m| m.span.start);
            c.mentions.dedup_by_key(|m| m.span);
            let longest = c
                .mentions
                .iter()
                .max_by_key(|m| {
                    (
                        m.span.slice(text).chars().count(),
                        std::cmp::Reverse(m.span.start),
                    )
                })
                .expect("a cluster has a mention");
            let name = longest.span.slice(text).to_string();
            let mut roles: Vec<String> = Vec::new();
            if c.label == Label::Person {
                for m in &c.mentions {
                    let title = match language {
                        Language::Arabic => arabic::title_before(text, tokens, m.tokens.0),
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
            }
        })
        .collect();
    entities.sort_by_key(|e| e.mentions[0].0.start);
    entities
}

fn mention_key(text: &str, tokens: &[Token], mention: &EntityMention) -> String {
    let (a, b) = mention.tokens;
    let mut key = name_key(text, &tokens[a]);
    for t in &tokens[a + 1..b] {
        key.push(' ');
        key.push_str(&t.key);
    }
    key
}

fn strip_article(key: &str) -> &str {
    key.strip_prefix("al-").unwrap_or(key)
}

/// Every other occurrence of a person's family name (`الكاظمي` alone) joins that person.
fn add_family_name_mentions(text: &str, tokens: &[Token], clusters: &mut [Cluster]) {
    let taken: Vec<NormSpan> = clusters
        .iter()
        .flat_map(|c| c.mentions.iter().map(|m| m.span))
        .collect();
    for (i, token) in tokens.iter().enumerate() {
        if !token.is_word() {
            continue;
        }
        let span = token.name_span();
        if taken.iter().any(|t| t.overlaps(&span)) {
            continue;
        }
        let key = name_key(text, token);
        let candidates: Vec<usize> = clusters
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.family_key.as_deref() == Some(strip_article(&key)) && key.chars().count() >= 3
            })
            .map(|(idx, _)| idx)
            .collect();
        // Only when the family name points to one person: two Smiths stay unresolved.
        if let [idx] = candidates[..] {
            let surface = token.span.slice(text);
            let bare = ["al-", "el-"]
                .iter()
                .find_map(|p| surface.strip_prefix(p))
                .unwrap_or(surface);
            let capitalized_or_arabic = !surface.is_ascii() || bare.starts_with(char::is_uppercase);
            if capitalized_or_arabic {
                clusters[idx].mentions.push(EntityMention {
                    span,
                    label: Label::Person,
                    confidence: 0.6,
                    tokens: (i, i + 1),
                    evidence: Evidence::GivenName,
                });
            }
        }
    }
}
