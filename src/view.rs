//! `naba view`: one self-contained HTML page showing an article as a reader sees it, with what the
//! service found on it: entities highlighted by label and linked to their entity, quotes
//! underlined by kind with their cue and speaker, a "who said what" list, sentence boundaries and
//! the normalized text on request, the response's warnings on top.
//!
//! Built from the `EnrichResponse` the API returns (spans in UTF-8 bytes over the original text),
//! so the page shows exactly what a caller gets. The text is untrusted: everything is escaped, and
//! the page forbids scripts and network through its Content-Security-Policy as well. Bidi: every
//! paragraph is `dir="auto"` and every inserted label a `<bdi>` (an isolate), so an Arabic label
//! cannot reorder English text around it or the reverse.
//!
//! How overlapping spans stay valid HTML: the text of each paragraph is cut at every span boundary,
//! and each piece is wrapped in one element per span covering it (quote, cue, mention), so elements
//! never cross; a span's pieces share its `data-*` attribute, and concatenating them gives its
//! text. What this does not do: run the pipeline or serve pages.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::proto;

/// What a page is made from: the original text and the response for it (UTF-8 offsets).
pub struct Article<'a> {
    pub text: &'a str,
    pub response: &'a proto::EnrichResponse,
}

/// A page's file name for a batch: the document id with anything but letters, digits, `-`, `_`
/// and `.` replaced (no path can escape the folder), else the line number.
pub fn file_name(document_id: &str, line: usize) -> String {
    let safe: String = document_id
        .chars()
        .take(100)
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let safe = safe.trim_start_matches('.');
    if safe.is_empty() {
        format!("line-{line}.html")
    } else {
        format!("{safe}.html")
    }
}

/// A batch line holding a response made elsewhere, `{"text": ..., "response": {...}}`: `None`
/// when the line has no `response` (a request, to enrich), else the text and the parsed response.
pub fn response_line(line: &str) -> Option<Result<(String, proto::EnrichResponse), String>> {
    let value: serde_json::Value = serde_json::from_str(line).ok()?;
    let response = value.get("response")?;
    let Some(text) = value.get("text").and_then(|t| t.as_str()) else {
        return Some(Err(
            "a line with a `response` needs the original `text` beside it".into(),
        ));
    };
    Some(
        crate::service::json::response_from_json(&response.to_string())
            .map(|response| (text.to_string(), response)),
    )
}

/// A span that cannot be shown (out of bounds or not on a character boundary): the page leaves it
/// out and lists it among the warnings, rather than cutting a character in two.
fn valid(text: &str, span: Option<&proto::Span>) -> Option<(usize, usize)> {
    let span = span?;
    let (start, end) = (span.start as usize, span.end as usize);
    (start <= end
        && end <= text.len()
        && text.is_char_boundary(start)
        && text.is_char_boundary(end))
    .then_some((start, end))
}

/// Short label names shown beside each mention, and their CSS class.
fn label_name(label: i32) -> &'static str {
    match proto::EntityLabel::try_from(label).unwrap_or(proto::EntityLabel::Unspecified) {
        proto::EntityLabel::Person => "PERSON",
        proto::EntityLabel::Organization => "ORG",
        proto::EntityLabel::Location => "LOC",
        proto::EntityLabel::Misc => "MISC",
        proto::EntityLabel::Date => "DATE",
        proto::EntityLabel::Time => "TIME",
        proto::EntityLabel::Money => "MONEY",
        proto::EntityLabel::Percent => "PERCENT",
        proto::EntityLabel::Unspecified => "OTHER",
    }
}

fn quote_kind(kind: i32) -> &'static str {
    match proto::QuoteKind::try_from(kind).unwrap_or(proto::QuoteKind::Unspecified) {
        proto::QuoteKind::Direct => "direct",
        proto::QuoteKind::Partial => "partial",
        proto::QuoteKind::Indirect => "indirect",
        proto::QuoteKind::Unspecified => "quote",
    }
}

/// `text` with `& < > " '` escaped, safe in element content and in quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// One highlighted span: where it is and how to open its element.
struct Layer {
    start: usize,
    end: usize,
    /// Outer layers wrap inner ones: quotes (longer first), then cues, then mentions.
    depth: u8,
    open: String,
    close: &'static str,
}

/// What goes between two pieces of text: a quote's speaker after its end, a sentence boundary.
struct Insert {
    at: usize,
    html: String,
}

/// The whole page.
pub fn render_page(article: &Article) -> String {
    let Article { text, response } = article;
    let mut warnings: Vec<String> = response.warnings.clone();
    let mut layers = Vec::new();
    let mut inserts = Vec::new();

    for (k, quote) in response.quotes.iter().enumerate() {
        let Some((start, end)) = valid(text, quote.span.as_ref()) else {
            warnings.push(format!("quote {k} has a span outside the text; not shown"));
            continue;
        };
        let kind = quote_kind(quote.kind);
        let speaker = quote.speaker.as_ref().filter(|s| !s.name.is_empty());
        let said_by = speaker.map_or("speaker not found".to_string(), |s| s.name.clone());
        layers.push(Layer {
            start,
            end,
            // Longer quotes outside shorter ones (an indirect clause around a partial quote).
            depth: 0,
            open: format!(
                "<span class=\"quote q-{kind}\" data-quote=\"{k}\" title=\"{} quote · {}\">",
                kind,
                escape(&said_by)
            ),
            close: "</span>",
        });
        let unresolved = if speaker.is_some() { "" } else { " unresolved" };
        inserts.push(Insert {
            at: end,
            html: format!(
                "<bdi class=\"said-by{unresolved}\" data-said-by=\"{k}\">{}</bdi>",
                escape(&said_by)
            ),
        });
        if let Some(cue) = &quote.cue {
            if let Some((start, end)) = valid(text, cue.span.as_ref()) {
                layers.push(Layer {
                    start,
                    end,
                    depth: 1,
                    open: format!("<span class=\"cue\" data-cue-of=\"{k}\">"),
                    close: "</span>",
                });
            }
        }
    }
    for (i, entity) in response.entities.iter().enumerate() {
        let label = label_name(entity.label);
        let mut tip = format!("{} · {label}", entity.name);
        if !entity.roles.is_empty() {
            let _ = write!(tip, " · {}", entity.roles.join("، "));
        }
        for (j, mention) in entity.mentions.iter().enumerate() {
            // A response made with UTF-16 or code-point offsets slices other text: say so.
            let Some((start, end)) = valid(text, mention.span.as_ref())
                .filter(|&(start, end)| text[start..end] == mention.text)
            else {
                warnings.push(format!(
                    "a mention of {} does not match the text at its span (spans must be UTF-8 offsets); not shown",
                    entity.name
                ));
                continue;
            };
            layers.push(Layer {
                start,
                end,
                depth: 2,
                open: format!(
                    "<a class=\"ent ent-{label}\" href=\"#entity-{i}\" data-entity=\"{i}\" data-mention=\"{i}.{j}\" data-label=\"{label}\" title=\"{}\" aria-label=\"{}\">",
                    escape(&tip),
                    escape(&tip)
                ),
                close: "</a>",
            });
        }
    }
    for sentence in &response.sentences {
        if let Some((_, end)) = valid(text, sentence.span.as_ref()) {
            inserts.push(Insert {
                at: end,
                html: "<span class=\"sb\" aria-hidden=\"true\"></span>".to_string(),
            });
        }
    }
    // Outer before inner at the same depth: earlier start, then longer.
    layers.sort_by_key(|l| (l.depth, l.start, std::cmp::Reverse(l.end)));
    // Links cannot nest: of mentions that overlap (the API promises none), the first is shown.
    let mut shown_until = 0;
    layers.retain(|l| {
        if l.depth < 2 {
            return true;
        }
        let keep = l.start >= shown_until;
        if keep {
            shown_until = l.end;
        }
        keep
    });
    inserts.sort_by_key(|insert| insert.at);

    let mut page = String::with_capacity(text.len() * 3 + 8192);
    page.push_str(&head(response));
    page.push_str("<body>\n");
    page.push_str(&controls(response, &warnings));
    page.push_str("<div class=\"layout\">\n<main>\n<article>\n");
    page.push_str(&article_html(text, &layers, &inserts));
    page.push_str("</article>\n");
    if !response.normalized_text.is_empty() {
        let _ = writeln!(
            page,
            "<details class=\"normalized\"><summary>Normalized text</summary><pre dir=\"auto\">{}</pre></details>",
            escape(&response.normalized_text)
        );
    }
    page.push_str("</main>\n<aside>\n");
    page.push_str(&who_said_what(response));
    page.push_str(&entity_list(response));
    page.push_str("</aside>\n</div>\n</body>\n</html>\n");
    page
}

/// Paragraphs (lines of the original text) with every layer and insert in place.
fn article_html(text: &str, layers: &[Layer], inserts: &[Insert]) -> String {
    let mut paragraphs = Vec::new();
    let mut paragraph_start = 0;
    for line in text.split_inclusive('\n') {
        let start = paragraph_start;
        let end = start + line.trim_end_matches(['\n', '\r']).len();
        paragraph_start += line.len();
        if !text[start..end].trim().is_empty() {
            paragraphs.push((start, end));
        }
    }
    // Each layer goes to the paragraphs it touches (found by binary search, so a long article
    // costs layers + paragraphs, not their product), in the layers' nesting order.
    let mut touching: Vec<Vec<&Layer>> = vec![Vec::new(); paragraphs.len()];
    for layer in layers.iter().filter(|l| l.start < l.end) {
        let first = paragraphs.partition_point(|&(_, end)| end <= layer.start);
        for (k, &(start, _)) in paragraphs.iter().enumerate().skip(first) {
            if start >= layer.end {
                break;
            }
            touching[k].push(layer);
        }
    }
    let mut out = String::with_capacity(text.len() * 3);
    for (&(start, end), touching) in paragraphs.iter().zip(&touching) {
        out.push_str("<p dir=\"auto\">");
        paragraph_html(text, start, end, touching, inserts, &mut out);
        out.push_str("</p>\n");
    }
    out
}

/// One paragraph `start..end`, with the layers that touch it (outer first).
fn paragraph_html(
    text: &str,
    start: usize,
    end: usize,
    touching: &[&Layer],
    inserts: &[Insert],
    out: &mut String,
) {
    let mut cuts: Vec<usize> = vec![start, end];
    for layer in touching {
        cuts.push(layer.start.clamp(start, end));
        cuts.push(layer.end.clamp(start, end));
    }
    let first_insert = inserts.partition_point(|i| i.at < start);
    let here: Vec<&Insert> = inserts[first_insert..]
        .iter()
        .take_while(|i| i.at <= end)
        .filter(|i| i.at > start)
        .collect();
    cuts.extend(here.iter().map(|i| i.at));
    cuts.sort_unstable();
    cuts.dedup();
    let mut by_position: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for insert in &here {
        by_position.entry(insert.at).or_default().push(&insert.html);
    }
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let covering: Vec<&&Layer> = touching
            .iter()
            .filter(|l| l.start <= a && l.end >= b)
            .collect();
        for layer in &covering {
            out.push_str(&layer.open);
        }
        out.push_str(&escape(&text[a..b]));
        for layer in covering.iter().rev() {
            out.push_str(layer.close);
        }
        if let Some(htmls) = by_position.get(&b) {
            for html in htmls {
                out.push_str(html);
            }
        }
    }
}

const STYLE: &str = r#"
:root { --per: #fde68a; --org: #bfdbfe; --loc: #bbf7d0; --misc: #e9d5ff; --date: #fed7aa; --other: #e5e7eb; }
body { font: 17px/1.8 system-ui, "Noto Sans Arabic", "Noto Naskh Arabic", sans-serif; margin: 0; color: #111; background: #fff; }
header { padding: .6rem 1.2rem; border-bottom: 1px solid #ddd; background: #fafafa; }
header h1 { font-size: 1.1rem; margin: 0 0 .3rem; }
.warnings { background: #fff7e6; border: 1px solid #f5c16c; padding: .4rem 1.6rem; margin: .4rem 0; }
.legend span { margin-inline-end: .8rem; padding: 0 .3rem; border-radius: 3px; }
.layout { display: flex; gap: 1.5rem; padding: 1rem 1.2rem; align-items: flex-start; }
main { flex: 3; min-width: 0; }
aside { flex: 1.3; min-width: 16rem; font-size: .92rem; }
article p { margin: 0 0 1rem; }
.ent { color: inherit; text-decoration: none; border-radius: 3px; padding: 0 .1rem; }
.ent::after { content: attr(data-label); font-size: .62em; font-weight: 600; margin-inline-start: .2em; vertical-align: super; unicode-bidi: isolate; direction: ltr; }
.ent-PERSON { background: var(--per); } .ent-ORG { background: var(--org); } .ent-LOC { background: var(--loc); }
.ent-MISC { background: var(--misc); } .ent-DATE, .ent-TIME, .ent-MONEY, .ent-PERCENT { background: var(--date); } .ent-OTHER { background: var(--other); }
.ent:hover, .ent:focus { outline: 2px solid #333; }
.ent:focus::before { content: attr(title); position: absolute; transform: translateY(-1.9em); background: #222; color: #fff; font-size: .75rem; padding: 0 .4rem; border-radius: 3px; white-space: nowrap; unicode-bidi: isolate; }
.quote { text-decoration-line: underline; text-underline-offset: .35em; text-decoration-thickness: 2px; }
.q-direct { text-decoration-color: #c2410c; } .q-partial { text-decoration-color: #7c3aed; text-decoration-style: dashed; }
.q-indirect { text-decoration-color: #0369a1; text-decoration-style: dotted; }
.cue { font-weight: 700; }
.said-by { font-size: .72em; background: #f3f4f6; border: 1px solid #d1d5db; border-radius: 8px; padding: 0 .35em; margin-inline: .2em; }
.said-by.unresolved { color: #b91c1c; }
.sb { display: none; }
#show-sentences:checked ~ .layout .sb { display: inline; }
#show-sentences:checked ~ .layout .sb::after { content: "‖"; color: #dc2626; font-weight: 700; margin-inline: .15em; }
aside h2 { font-size: 1rem; margin: 1rem 0 .3rem; }
aside ul { padding-inline-start: 1.1rem; margin: 0; }
aside li { margin-bottom: .3rem; }
.kind { font-size: .75em; color: #555; }
.normalized pre { white-space: pre-wrap; font: inherit; background: #f9fafb; padding: .5rem; }
"#;

fn head(response: &proto::EnrichResponse) -> String {
    let title = if response.document_id.is_empty() {
        "naba view".to_string()
    } else {
        format!("{} · naba view", response.document_id)
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n",
        lang = escape(&response.language_code),
        title = escape(&title),
    )
}

fn controls(response: &proto::EnrichResponse, warnings: &[String]) -> String {
    let mut out = String::from("<input type=\"checkbox\" id=\"show-sentences\">");
    out.push_str("<header>\n");
    let _ = writeln!(
        out,
        "<h1><bdi>{}</bdi> <span class=\"kind\">language {} · {} sentences · {} entities · {} quotes</span></h1>",
        escape(if response.document_id.is_empty() { "article" } else { &response.document_id }),
        escape(&response.language_code),
        response.sentences.len(),
        response.entities.len(),
        response.quotes.len()
    );
    if !warnings.is_empty() {
        out.push_str("<ul class=\"warnings\" role=\"status\">");
        for warning in warnings {
            let _ = write!(out, "<li>{}</li>", escape(warning));
        }
        out.push_str("</ul>\n");
    }
    out.push_str(
        "<label for=\"show-sentences\">show sentence boundaries</label> \
         <span class=\"legend\"><span class=\"ent-PERSON\">PERSON</span><span class=\"ent-ORG\">ORG</span>\
         <span class=\"ent-LOC\">LOC</span><span class=\"ent-MISC\">MISC</span><span class=\"ent-DATE\">DATE</span>\
         <span class=\"quote q-direct\">direct quote</span><span class=\"quote q-partial\">partial</span>\
         <span class=\"quote q-indirect\">indirect</span><span class=\"cue\">cue</span></span>\n</header>\n",
    );
    out
}

/// Each speaker with their quotes, in order of first quote; unresolved quotes last.
fn who_said_what(response: &proto::EnrichResponse) -> String {
    let mut speakers: Vec<(String, Vec<usize>)> = Vec::new();
    let mut unresolved = Vec::new();
    for (k, quote) in response.quotes.iter().enumerate() {
        match quote.speaker.as_ref().filter(|s| !s.name.is_empty()) {
            Some(speaker) => match speakers.iter_mut().find(|(name, _)| *name == speaker.name) {
                Some((_, quotes)) => quotes.push(k),
                None => speakers.push((speaker.name.clone(), vec![k])),
            },
            None => unresolved.push(k),
        }
    }
    let item = |k: usize| {
        let quote = &response.quotes[k];
        let text: String = quote.text.chars().take(90).collect();
        let more = if quote.text.chars().count() > 90 {
            "…"
        } else {
            ""
        };
        format!(
            "<li data-list-quote=\"{k}\"><span class=\"kind\">{}</span> <bdi>{}{more}</bdi></li>",
            quote_kind(quote.kind),
            escape(&text)
        )
    };
    let mut out = String::from("<section class=\"who\"><h2>Who said what</h2>\n");
    if response.quotes.is_empty() {
        out.push_str("<p>No quotes found.</p>\n");
    }
    for (name, quotes) in &speakers {
        let _ = write!(out, "<h3 dir=\"auto\"><bdi>{}</bdi></h3><ul>", escape(name));
        for &k in quotes {
            out.push_str(&item(k));
        }
        out.push_str("</ul>\n");
    }
    if !unresolved.is_empty() {
        out.push_str("<h3>Speaker not found</h3><ul>");
        for k in unresolved {
            out.push_str(&item(k));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
    out
}

fn entity_list(response: &proto::EnrichResponse) -> String {
    let mut out = String::from("<section class=\"entities\"><h2>Entities</h2><ul>\n");
    for (i, entity) in response.entities.iter().enumerate() {
        let label = label_name(entity.label);
        let roles = if entity.roles.is_empty() {
            String::new()
        } else {
            format!(" · <bdi>{}</bdi>", escape(&entity.roles.join("، ")))
        };
        let _ = writeln!(
            out,
            "<li id=\"entity-{i}\"><span class=\"ent ent-{label}\" data-label=\"{label}\"><bdi>{}</bdi></span> \
             <span class=\"kind\">{} mentions</span>{roles}</li>",
            escape(&entity.name),
            entity.mentions.len()
        );
    }
    out.push_str("</ul></section>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize) -> Option<proto::Span> {
        Some(proto::Span {
            start: start as u32,
            end: end as u32,
        })
    }

    fn page(text: &str, response: proto::EnrichResponse) -> String {
        render_page(&Article {
            text,
            response: &response,
        })
    }

    /// The concatenated text of the elements carrying `attribute`, tags removed and entities
    /// decoded: what a reader sees highlighted for one span.
    fn highlighted(page: &str, attribute: &str) -> String {
        let mut out = String::new();
        let mut rest = page;
        while let Some(at) = rest.find(attribute) {
            let after_tag = &rest[at..];
            let open_end = after_tag.find('>').unwrap() + 1;
            let inner = &after_tag[open_end..];
            // Pieces hold text and inner elements only; their own close tag ends them.
            let mut depth = 0;
            let mut i = 0;
            let bytes = inner.as_bytes();
            while i < bytes.len() {
                if inner[i..].starts_with("</") {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                    i += inner[i..].find('>').unwrap() + 1;
                } else if bytes[i] == b'<' {
                    depth += 1;
                    i += inner[i..].find('>').unwrap() + 1;
                } else {
                    let next = inner[i..].find('<').map_or(inner.len(), |n| i + n);
                    out.push_str(&inner[i..next]);
                    i = next;
                }
            }
            rest = &after_tag[open_end..];
        }
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    #[test]
    fn overlapping_quotes_and_mentions_nest_as_pieces_that_give_back_each_span() {
        let text = "قال الوزير سعيد إن \"الخطة ناجحة\" في تونس.\nSecond paragraph.";
        let name = text.find("سعيد").unwrap();
        let quote_start = text.find("الخطة").unwrap();
        let indirect_start = text.find('"').unwrap();
        let tunis = text.find("تونس").unwrap();
        let response = proto::EnrichResponse {
            language_code: "ar".into(),
            entities: vec![
                proto::Entity {
                    name: "سعيد".into(),
                    label: proto::EntityLabel::Person as i32,
                    mentions: vec![proto::Mention {
                        span: span(name, name + "سعيد".len()),
                        text: "سعيد".into(),
                        confidence: 1.0,
                    }],
                    roles: vec!["الوزير".into()],
                },
                proto::Entity {
                    name: "تونس".into(),
                    label: proto::EntityLabel::Location as i32,
                    mentions: vec![proto::Mention {
                        span: span(tunis, tunis + "تونس".len()),
                        text: "تونس".into(),
                        confidence: 1.0,
                    }],
                    roles: vec![],
                },
            ],
            quotes: vec![
                proto::Quote {
                    text: "الخطة ناجحة".into(),
                    span: span(quote_start, quote_start + "الخطة ناجحة".len()),
                    kind: proto::QuoteKind::Partial as i32,
                    speaker: Some(proto::Speaker {
                        name: "سعيد".into(),
                        ..Default::default()
                    }),
                    ..Default::default()
                },
                proto::Quote {
                    text: "\"الخطة ناجحة\" في تونس".into(),
                    span: span(indirect_start, text.find('.').unwrap()),
                    kind: proto::QuoteKind::Indirect as i32,
                    cue: Some(proto::Cue {
                        text: "قال".into(),
                        span: span(0, "قال".len()),
                    }),
                    ..Default::default()
                },
            ],
            ..Default::default()
        };
        let html = page(text, response);
        assert_eq!(highlighted(&html, "data-mention=\"0.0\""), "سعيد");
        assert_eq!(highlighted(&html, "data-mention=\"1.0\""), "تونس");
        assert_eq!(highlighted(&html, "data-quote=\"0\""), "الخطة ناجحة");
        assert_eq!(
            highlighted(&html, "data-quote=\"1\""),
            "\"الخطة ناجحة\" في تونس"
        );
        assert_eq!(highlighted(&html, "data-cue-of=\"1\""), "قال");
        // Two paragraphs, each laid out by its own script; the unresolved speaker is said so.
        assert_eq!(html.matches("<p dir=\"auto\">").count(), 2);
        assert!(html.contains("class=\"said-by unresolved\""));
        assert!(html.contains("<h3>Speaker not found</h3>"));
        // The mention links to its entity, whose roles the list shows.
        assert!(html.contains("href=\"#entity-0\""));
        assert!(html.contains("id=\"entity-0\""));
        assert!(html.contains("الوزير"));
    }

    #[test]
    fn markup_in_the_text_is_shown_as_text_and_scripts_are_forbidden() {
        let text = "<script>alert(1)</script> \"><img src=x onerror=alert(2)> & 'x'";
        let html = page(
            text,
            proto::EnrichResponse {
                document_id: "<b>id</b>".into(),
                warnings: vec!["<i>w</i>".into()],
                normalized_text: text.into(),
                ..Default::default()
            },
        );
        assert!(!html.contains("<script"));
        assert!(!html.contains("<img"));
        assert!(!html.contains("<b>id"));
        assert!(!html.contains("<i>w"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
        assert!(html.contains("default-src 'none'"));
    }

    #[test]
    fn a_span_off_a_character_boundary_is_left_out_with_a_warning() {
        let text = "سعيد";
        let html = page(
            text,
            proto::EnrichResponse {
                entities: vec![proto::Entity {
                    name: "x".into(),
                    label: 1,
                    mentions: vec![proto::Mention {
                        span: span(1, 3),
                        text: "x".into(),
                        confidence: 1.0,
                    }],
                    roles: vec![],
                }],
                ..Default::default()
            },
        );
        assert!(!html.contains("data-mention"));
        assert!(html.contains("does not match the text"));
        assert!(html.contains("سعيد"));
    }
}
