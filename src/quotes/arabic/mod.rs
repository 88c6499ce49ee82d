//! Arabic quote rules. The cue lexicon (SEARCH form, matched after stripping a conjunction و/ف):
//! speech verbs in past and present, masculine and feminine (`قال`, `قالت`, `يقول`),
//! circumstantial participles that chain a second quote onto the current speaker (`مضيفا`,
//! `مؤكدا`), source phrases (`بحسب`, `وفقا لـ`, `نقلا عن`), complementizers (`إن`, `أن`, `إنه`)
//! and unnamed-source nouns (`مصادر`). The constructions Arabic has and English lacks: reports
//! after a source phrase with `فقد` or a comma, nominal reports after appeal and announcement
//! verbs, and plural unnamed subjects before their verb (subject-verb order).

mod lexicon;

use super::document::Doc;
use super::language::{Agreement, CueKind, CueWord, Gender, Number, PhraseTraits, QuoteLanguage};
use super::speaker::explicit::{self, Finder, APPOSITIVE_WINDOW};
use super::speaker::phrase::{entity_speaker, phrase_speaker, source_speaker};
use super::types::{AttributionMethod, Candidate, Speaker};
use crate::entities::Label;
use crate::text::NormSpan;
use crate::tokens::{SegmentRole, Token};

/// The Arabic rules.
pub(super) struct Arabic;

/// How many tokens back an Arabic verb's unnamed plural subject may stand (`أطلق ناشطون في
/// البصرة ... وسماً دعوا فيه ...`).
const SUBJECT_LOOKBACK: usize = 12;
/// A nominal report with a quote mark this close to its start is the quote's, not one of its
/// own (`أكد رفضه "أي شكل من ..."`).
const NOMINAL_QUOTE_WINDOW: usize = 3;
/// ... unless at least this many words follow its quoted words in the sentence.
const NOMINAL_WORDS_AFTER_QUOTE: usize = 3;
/// How many words may stand between a cue and the preposition of its nominal report (`أشاد
/// أمير منطقة عسير بـ`: three).
const NOMINAL_OBJECT_WORDS: usize = 5;
/// ... or between whom a verb of calling on addresses and the preposition (`ودعت الوزارة كافة
/// الأطباء الناجحين في امتحان التخصص إلى`: six).
const NOMINAL_ADDRESSEE_WORDS: usize = 10;
/// How far after a source phrase its comma or `فقد` may be (`وبحسب وزير الداخلية فقد ...`).
const SOURCE_PHRASE_WINDOW: usize = 9;
/// How many words the subject of `subject_before_own_object` may have (`نفى الجيش الوطني الليبي
/// مسؤوليته`: three).
const OWN_OBJECT_SUBJECT_WORDS: usize = 3;

impl QuoteLanguage for Arabic {
    fn cue_key<'k>(&self, token: &'k Token) -> &'k str {
        let stripped = strip_conjunction(&token.key);
        // A verb that starts with و itself (`وصفها`, `وعد`) keeps it.
        let own_letter = stripped.len() < token.key.len()
            && lexicon::cue_word(stripped).is_none()
            && with_object_pronoun(stripped).is_none()
            && (lexicon::cue_word(&token.key).is_some()
                || with_object_pronoun(&token.key).is_some());
        if own_letter {
            &token.key
        } else {
            stripped
        }
    }
    fn cue_word(&self, token: &Token) -> Option<CueWord> {
        let key = self.cue_key(token);
        lexicon::cue_word(key)
            .or_else(|| lexicon::cue_word(&token.key))
            .or_else(|| with_object_pronoun(key))
    }
    fn cue_word_in_context(&self, tokens: &[Token], i: usize) -> Option<CueWord> {
        if is_came_in_document(tokens, i) {
            return Some(CueWord {
                kind: CueKind::SourcePhrase,
                agreement: Agreement::default(),
                nominal: &[],
                needs_support: false,
                calls_on: false,
            });
        }
        // `وفق ما أكده مصدر أمني`, `وهو ما ذكره الوزير`: after a source word or `هو` and
        // `ما` ("what"), the `ه` is the object pronoun of what was said (elsewhere it is as
        // often a noun's ة). Inside a clause, `يدعم ما وصفته الشرطة بأنه` is no cue of its own.
        let after_what = i >= 2
            && follows_what(tokens, i)
            && (self
                .cue_word(&tokens[i - 2])
                .is_some_and(|w| w.kind == CueKind::SourcePhrase)
                || is_which_is(&tokens[i - 2].key));
        let verb = tokens[i].key.strip_suffix('ه')?;
        if !after_what || verb.chars().count() < 3 {
            return None;
        }
        // The context is the support a homograph needs (`وفق ما ذكرته القاضية`: `ذكر` is also
        // a noun, but not between `ما` and its subject).
        lexicon::cue_word(verb)
            .filter(|w| w.kind == CueKind::Verb)
            .map(|w| CueWord {
                needs_support: false,
                ..w
            })
    }
    fn is_complementizer(&self, token: &Token) -> bool {
        is_complementizer(self.cue_key(token))
    }
    fn skip_speech_circumstance(&self, doc: &Doc, cue: usize, start: usize) -> usize {
        let in_sentence = |j: usize| j < doc.tokens.len() && doc.same_sentence(cue, j);
        let occasion = in_sentence(start + 1)
            && doc.tokens[start].key == "في"
            && matches!(
                doc.tokens[start + 1].name_key(),
                "تصريح"
                    | "تصريحات"
                    | "حديث"
                    | "بيان"
                    | "مقابله"
                    | "لقاء"
                    | "اتصال"
                    | "كلمه"
            );
        if !occasion {
            return start;
        }
        let mut j = start + 2;
        // `في تصريح صحفي`, `في اتصال هاتفي`: one adjective.
        if in_sentence(j)
            && matches!(
                doc.tokens[j].key.as_str(),
                "صحفي" | "صحافي" | "هاتفي" | "خاص" | "صحفيه" | "تلفزيوني" | "اذاعي"
            )
        {
            j += 1;
        }
        // The addressee: `لـ"الرياض"`, `للصحفيين`, `لـ الوطن`.
        if in_sentence(j) && doc.tokens[j].key == "ل" {
            j = doc.after_quoted_name(j + 1).unwrap_or(j + 2);
        } else if in_sentence(j)
            && doc.tokens[j].has_proclitic()
            && doc.tokens[j].key.starts_with('ل')
        {
            j += 1;
        }
        j.min(doc.tokens.len())
    }
    fn find_trailing_attributions(&self, doc: &Doc, out: &mut Vec<Candidate>) {
        let reported_count = out.len();
        trailing_reports(doc, out);
        reports_around_source_phrase(doc, out, reported_count);
    }
    fn names_what_follows(&self, token: &Token) -> bool {
        // `قضية موضوعها "الاتجار بالبشر"`: what a case is about is its charge, named; the bare
        // `موضوع` may head someone's words (`هو موضوع "بحث قضائي"`), so only its possessive.
        // A name given (`تعرف باسم "سيلفي"`, `تحت اسم "..."`), but not one withheld (`طالبا
        // عدم نشر اسمه "..."` goes on with his words).
        if matches!(
            strip_conjunction(&token.key),
            "موضوعها" | "موضوعه" | "موضوعهم" | "اسم" | "باسم"
        ) {
            return true;
        }
        matches!(
            strip_conjunction(token.name_key()),
            "عنوان"
                | "بعنوان"
                | "العنوان"
                | "شعار"
                | "بشعار"
                | "الشعار"
                | "وسم"
                | "هاشتاغ"
                | "هاشتاق"
                // An indefinite head of a work's title (`في برنامج "يا مسهر عيني"`, `فيلم
                // "..."`); after the definite head a speaker may end (`قال مقدم البرنامج "..."`).
                | "برنامج"
                | "فيلم"
                | "مسلسل"
                | "كتاب"
                | "روايه"
                | "اغنيه"
                | "مسرحيه"
                | "البوم"
                // A name given (`تحت تسمية "..."`, `المكنى "أبو أحمد"`), a class (`التهاب الكبد
                // الفيروسي صنف "أ"`, `من نوع "سامسونغ"`) or a charge (`بتهمة "انتحال صفة"`): a
                // name or a title, not anyone's words.
                | "تسميه"
                | "بتسميه"
                | "المسمي"
                | "المسماه"
                | "المدعو"
                | "المدعوه"
                | "المكني"
                | "الملقب"
                | "الملقبه"
                | "صنف"
                | "الصنف"
                | "نوع"
                | "تهمه"
                | "بتهمه"
                | "تهم"
                | "بتهم"
        )
    }
    fn is_relative_pronoun(&self, token: &Token) -> bool {
        is_relative_pronoun(&token.key)
    }
    fn reports_nothing_here(&self, tokens: &[Token], i: usize) -> bool {
        // `بيان تابع للتنظيم`, `مسجد تابع لقوات الطوارئ`: `تابع` before `لـ` is "belonging to".
        // The verb "went on" carries its conjunction (`وتابع`) and stays a cue.
        let belonging = tokens[i].key == "تابع"
            && tokens
                .get(i + 1)
                .is_some_and(|next| next.has_proclitic() && next.key.starts_with('ل'));
        // `أحد أبرز قيادات المقاومة`, `من أبرز ...`: after `أحد`/`من`, `أبرز` is "most
        // prominent", not "highlighted".
        let elative = tokens[i].key == "ابرز"
            && i.checked_sub(1)
                .is_some_and(|j| matches!(tokens[j].key.as_str(), "احد" | "احدي" | "من"));
        // A modal of possibility or obligation, `أن`, the verb: `لا يمكن أن تقول`, `يجب أن
        // يعلن`. (`تود الإدارة أن توضح`, `قبل أن تنفي` do report: wishing and time are not
        // modals here.)
        let before = |k: usize| i.checked_sub(k).map(|j| strip_conjunction(&tokens[j].key));
        // `حد` "limit" reports only in `على حد تعبيره/قوله/وصف الوزير` ("as he put it"), not in
        // `على حد سواء` "alike" or `وضع حد لـ` "put an end to".
        let not_as_put = tokens[i].key == "حد"
            && !(before(1) == Some("علي")
                && tokens.get(i + 1).is_some_and(|next| {
                    let key = next.name_key();
                    ["قول", "تعبير", "وصف", "راي", "زعم"]
                        .iter()
                        .any(|noun| key.starts_with(noun))
                }));
        // `طلب عدم كشف هويته`, `فضل عدم ذكر اسمه`: after `عدم` ("not ...-ing") the word is a
        // verbal noun, not a verb that reports.
        let negated_noun = before(1) == Some("عدم");
        // `قال الوزير ردا على سؤال ... إن`: `ردا على` is "in reply to", the circumstance of a
        // saying, not the dual "they both replied".
        let in_reply = tokens[i].key == "ردا" && tokens.get(i + 1).is_some_and(|t| t.key == "علي");
        // A preposition standing alone takes a noun (`في سجل المتهم`, `عن أبرز التدخلات`, `دون
        // ذكر مصدرها`),
        // never a verb; `من بينهم` is "among them". (`من` before another verb is "who": `من
        // قال إن ...`; `على` shares its key with the name `علي`, which a verb may follow.) A noun with its pronoun there is the saying itself and stays a cue
        // (`عبرت الجبهة عن إدانتها لـ`).
        let with_pronoun = OBJECT_PRONOUNS.iter().any(|p| tokens[i].key.ends_with(p));
        let after_preposition = i > 0
            && (matches!(
                strip_conjunction(&tokens[i - 1].key),
                "في" | "عن" | "مع" | "الي" | "دون" | "بدون"
            ) && self
                .cue_word(&tokens[i])
                .is_some_and(|w| w.kind == CueKind::Verb)
                && !with_pronoun
                && tokens[i].key != "حد"
                || tokens[i - 1].key == "من" && tokens[i].key.starts_with("بين"));
        // `بين` is also the preposition "between" (`المساواة بين المرأة والرجل، إنه`,
        // `التداخل بين الاتصال التجاري والترفيهي`, `بينها وبين أسرة آل ثاني`). The verb
        // "explained" opens its clause (`وبين الوزير أن`, `، بين المقدم أنه`) or follows a
        // particle (`كما بين`, `فقد بين`) or a framing phrase (`من جهته بين`, `من جانب آخر بين`);
        // bare after any other word (with its pronoun too: `ارتباط بينها`), or as `وبين` after a
        // `بين` of its own clause, it is the preposition.
        let unjoined = strip_conjunction(&tokens[i].key);
        let has_conjunction = unjoined != tokens[i].key;
        let stem = OBJECT_PRONOUNS
            .iter()
            .find_map(|p| unjoined.strip_suffix(p))
            .unwrap_or(unjoined);
        let bare_after_word = !has_conjunction
            && i.checked_sub(1).is_some_and(|j| tokens[j].is_word())
            && !before(1).is_some_and(|previous| {
                matches!(
                    previous,
                    "كما" | "لقد" | "فقد" | "وقد" | "و" | "اخر" | "اخري"
                )
            })
            && !before(2).is_some_and(|previous| matches!(previous, "من" | "ومن"));
        let repeated = has_conjunction
            && tokens[i.saturating_sub(BETWEEN_REPEATED_WITHIN)..i]
                .iter()
                .rev()
                .take_while(|t| t.is_word())
                .any(|t| strip_conjunction(&t.key).starts_with("بين") && t.key != "بينما");
        let between = stem == "بين" && (bare_after_word || repeated);
        // `عبر` is "expressed" only with its `عن` ahead in the clause (`وعبر الحزب عن رفضه`);
        // else it is "via" (`وقال عبر "تويتر"`, `عبر الهاتف`) or "crossed" (`عبر الحدود`).
        let via = unjoined.contains("عبر")
            && lexicon::cue_word(unjoined).is_some()
            && !tokens[i + 1..]
                .iter()
                .take(EXPRESSED_ABOUT_WITHIN)
                .take_while(|t| t.is_word() || t.is_comma())
                .any(|t| t.key == "عن");
        // `نقل` "relayed" opens its clause too (`ونقلت وسائل إعلام أن`, `كما نقلت`); bare
        // after a word it is the noun "transport" (`شركة نقل تونس، أنه`, `تم نقل المصابين`),
        // and with a pronoun "moved them" (`إخراج السياح ونقلهم`). (`وفق ما نقلته` is read
        // as a source phrase.)
        let transport = stem
            .strip_prefix(['ي', 'ت'])
            .unwrap_or(stem)
            .starts_with("نقل")
            && (bare_after_word || stem != unjoined)
            && self
                .cue_word(&tokens[i])
                .is_some_and(|w| w.kind == CueKind::Verb);
        belonging
            || via
            || between
            || transport
            || in_reply
            || after_preposition
            || elative
            || not_as_put
            || negated_noun
            || before(1) == Some("ان")
                && before(2).is_some_and(|modal| {
                    // `لايمكن`, written as one word.
                    let modal = modal.strip_prefix("لا").unwrap_or(modal);
                    matches!(
                        modal,
                        "يمكن"
                            | "يمكنك"
                            | "يمكنه"
                            | "يمكنها"
                            | "يمكننا"
                            | "يمكنهم"
                            | "تستطيع"
                            | "يستطيع"
                            | "نستطيع"
                            | "يجب"
                            | "ينبغي"
                            | "عليك"
                            | "بد"
                    )
                })
    }
    fn is_source_noun(&self, token: &Token) -> bool {
        is_source_noun(self.cue_key(token)) || is_source_noun(token.name_key())
    }
    fn is_sameness_marker(&self, token: &Token) -> bool {
        is_sameness_marker(&token.key)
    }
    fn is_sameness_before_noun(&self, token: &Token) -> bool {
        // Bare `ذات` also means "having" (`مصادر ذات اطلاع`), so only before the noun.
        matches!(token.key.as_str(), "نفس" | "ذات")
    }
    fn is_guest_noun(&self, token: &Token) -> bool {
        matches!(token.name_key(), "ضيف" | "الضيف")
    }
    fn is_earlier_document(&self, doc: &Doc, noun: usize) -> bool {
        // The article makes it definite (`البيان`, `التقرير`); its author would follow it
        // (`بيان الوزارة`, `التقرير الصادر عن`), which the caller has already checked is absent.
        // Only one document: `التقارير` are many voices, not a statement met before.
        let key = doc.tokens[noun].name_key();
        key.starts_with("ال") && is_document_noun(key) && !matches!(key, "التقارير" | "المعطيات")
    }
    fn opens_with_verb(&self, doc: &Doc, first: usize) -> bool {
        // News sentences run on with `و`/`ف` + verb (`وزار`, `واستهل`, `فاكتفى`); a noun there
        // carries its article (`والوزير`) and a particle is a function word (`وفي`).
        let token = &doc.tokens[first];
        let word = strip_conjunction(&token.key);
        // (`strip_conjunction` leaves words of two letters whole: `وهو`, `ولم`, and `ورد`,
        // which is as often "was mentioned" as "replied".)
        word.len() < token.key.len()
            && !matches!(word, "هما" | "اذا" | "كما" | "لكن" | "بينما" | "حيث")
            && !word.starts_with("ال")
            && !doc.in_mention[first]
            && !is_function_word(word)
            && !is_preposition(word)
            && !is_relative_pronoun(word)
    }
    fn document_issuer_start(&self, doc: &Doc, noun: usize) -> Option<usize> {
        if !is_document_noun(doc.tokens[noun].name_key()) {
            return None;
        }
        let next = noun + 1;
        let token = doc
            .tokens
            .get(next)
            .filter(|_| doc.same_sentence(noun, next))?;
        // `بيان صادر عن الوزارة`, `التقرير الصادر من البنك`.
        let issued = matches!(token.key.trim_start_matches("ال"), "صادر" | "صادره")
            && doc
                .tokens
                .get(next + 1)
                .is_some_and(|t| matches!(t.key.as_str(), "عن" | "من"));
        if issued {
            return Some(next + 2);
        }
        // `بلاغ للمديرية العامة`, `بيان لوزارة الداخلية`: the author after `لـ`; `بيان وزارة
        // الصحة`: the author in a construct (the noun has no article then).
        let author_with_li = token.has_proclitic() && token.key.starts_with('ل');
        let construct = !token.has_proclitic() && !doc.tokens[noun].key.starts_with("ال");
        (author_with_li || construct).then_some(next)
    }
    fn is_preposition(&self, token: &Token) -> bool {
        is_preposition(&token.key)
    }
    fn is_function_word(&self, token: &Token) -> bool {
        is_function_word(&token.key) || is_adverbial_accusative(&token.key)
    }
    /// A verb-subject language: the subject comes between the verb and its complementizer
    /// (`بين أحد المسؤولين بمركز لعلاج الشعر أن`, `ذكر شاهد عيان - فضل عدم ذكر اسمه - أن`).
    fn verb_support_window(&self) -> usize {
        10
    }
    fn subject_follows_verb(&self) -> bool {
        true
    }
    /// The subject, its titles and the circumstances come between (`وأوضح مجلس المستشارين أمس
    /// السبت 08 يونيو، في بيان توضيحي حول مباراة التوظيف بالمجلس التي جرت يوم الأحد 26 ماي
    /// الماضي، أنه`: twenty-two tokens).
    fn complementizer_window(&self) -> usize {
        28
    }
    /// `إن` is `قال`'s complementizer and no other word's, and a comma before `أن` closes the
    /// aside that held it apart from its verb (`أكد X في تصريح ...، على إثر اجتماع ...، أنه`).
    /// `على أن` is "provided that" unless the cue governs `على` (`شدد الوزير، في بيان، على
    /// أن`, a comma or an aside between or not). `قال محمد علي إن`: the name, not `على`.
    fn opens_adverbial_clause(&self, tokens: &[Token], j: usize) -> bool {
        j > 0
            && tokens.get(j).is_some_and(|t| self.is_complementizer(t))
            && matches!(
                strip_conjunction(&tokens[j - 1].key),
                "بعد" | "قبل" | "منذ" | "دون" | "بمجرد"
            )
    }
    fn opens_condition(&self, doc: &Doc, cue: usize, j: usize) -> bool {
        j > 0
            && doc.tokens[j - 1].key == "علي"
            && !is_name_ali(doc.tokens[j - 1].span.slice(doc.text))
            && !doc.cue(cue).is_some_and(|w| w.governs(&doc.tokens[j - 1]))
    }
    fn ends_long_attribution(&self, doc: &Doc, j: usize) -> bool {
        let after_comma = j > 0 && doc.tokens[j - 1].is_comma();
        after_comma || doc.tokens[j].span.slice(doc.text).starts_with('إ')
    }
    fn is_honorific(&self, token: &Token) -> bool {
        crate::entities::is_arabic_honorific(token.name_key())
    }
    fn introduces_characterisation(&self, preposition: &Token) -> bool {
        preposition.key == "ب"
    }
    fn is_conjunction(&self, token: &Token) -> bool {
        matches!(token.key.as_str(), "و" | "ف" | "ثم" | "او")
    }
    fn links_source(&self, token: &Token) -> bool {
        matches!(token.key.as_str(), "ل" | "عن")
    }
    fn source_link_len(&self, doc: &Doc, after: usize) -> usize {
        let key = |k: usize| doc.tokens.get(k).map(|t| strip_conjunction(&t.key));
        // `على حد تعبير الوزير`, `حسب قول المدرب`: the saying, then whose it is.
        let saying_of = doc.tokens.get(after).is_some_and(|t| {
            matches!(
                t.key.as_str(),
                "قول" | "تعبير" | "وصف" | "تصريح" | "تصريحات" | "راي"
            )
        });
        if saying_of {
            return 1;
        }
        // `وجاء في بلاغ لوزارة الداخلية أن`: the document, then whose it is.
        if after > 0 && is_came_in_document(doc.tokens, after - 1) {
            return 1;
        }
        if key(after) != Some("ما") {
            return usize::from(doc.tokens.get(after).is_some_and(|t| self.links_source(t)));
        }
        // `حسب ما جاء في البيان`, `وفق ما ورد في`, `بحسب ما أكد المدرب`, `وفق ما أفاد به`.
        if matches!(key(after + 1), Some("جاء" | "ورد")) && key(after + 2) == Some("في") {
            3
        } else if doc.is_speech_verb(after + 1) {
            let verb_end = if key(after + 2) == Some("به") {
                after + 3
            } else {
                after + 2
            };
            fenced_press_addressee_end(doc, verb_end).unwrap_or(verb_end) - after
        } else {
            0
        }
    }
    /// The source's noun phrase: definite adjectives and genitives (`المتحدث الرسمي`), names,
    /// `في`/`من`/`باسم`/`على` + a definite word or name (`مصادر في الوزارة`, `المتحدث باسم
    /// الوزارة`), indefinite nouns in a construct before a definite one (`مصادر في ديوان محافظة
    /// البصرة`), and one indefinite adjective after an indefinite head (`مصدر مطلع`). An
    /// indefinite noun after all that starts what the source said (`نفى المتحدث وجود ...`).
    fn continues_source_phrase(&self, doc: &Doc, head: usize, j: usize) -> bool {
        let t = &doc.tokens[j];
        let definite_or_name = |k: usize| {
            doc.tokens.get(k).is_some_and(|t| {
                t.is_word()
                    && doc.same_sentence(j, k)
                    && (doc.in_mention[k] || t.key.starts_with("ال"))
                    && !is_function_word(&t.key)
            })
        };
        // `روايات شهود عيان`, `روايات عدد من معارفه`: accounts, and who gave them.
        let accounts = matches!(doc.tokens[head].name_key(), "روايات" | "روايه");
        if accounts && j == head + 1 && !t.has_proclitic() && is_source_noun(t.name_key()) {
            return true;
        }
        if t.key == "عيان" && doc.tokens[j - 1].name_key().ends_with("شهود") {
            return true;
        }
        // `المصادر ذاتها`: the same sources as before. A person named after the description is
        // not part of it (`الناطق باسم الجيش يحيى رسول`): the finder takes the person.
        if is_sameness_marker(&t.key) {
            return true;
        }
        // `بحسب معطيات الوزارة فإن ...`: the view starts.
        if matches!(t.key.as_str(), "فان" | "فانه" | "فانها" | "فقد") {
            return false;
        }
        // The rest of a name the phrase has taken in, whatever the segmenter read in its
        // letters (`قيس سعيد`, whose `س` looks like the future prefix).
        if doc.in_mention[j] && doc.in_mention[j - 1] && doc.mention_starting_at(j).is_none() {
            return true;
        }
        if doc.in_mention[j] && !t.has_proclitic() {
            // `مقربون من إيمانويل ماكرون`, `مصدر مقرب من الرئيس قيس سعيد`: a person after `من`
            // (and their titles) is whom the source is close to, part of the description;
            // anywhere else a person is named after it.
            let complement_of_min = (head + 1..j)
                .rev()
                .find(|&k| !crate::entities::is_title_word(doc.tokens[k].name_key()))
                .is_some_and(|k| doc.tokens[k].key == "من");
            return complement_of_min
                || doc
                    .mention_starting_at(j)
                    .is_none_or(|(_, e)| doc.entities[e].label != crate::entities::Label::Person);
        }
        // `مصدر أمني لمراسل الجوهرة`: the addressee, its `لـ` left on by the segmenter.
        if t.key.strip_prefix('ل').is_some_and(|rest| {
            rest.starts_with("مراسل") || is_source_noun(rest) && !rest.starts_with("ل")
        }) && !t.has_proclitic()
        {
            return false;
        }
        if t.has_proclitic() {
            // `باسم الوزارة`, and a document's author (`بيان للحزب`); any other attached
            // preposition ends the phrase (`مصادر للصحيفة` names the addressee).
            let document_of = t.key.starts_with("لل")
                && j == head + 1
                && is_document_noun(doc.tokens[head].name_key());
            return (t.key == "باسم" && definite_or_name(j + 1)) || document_of;
        }
        // `عن` only after a document's issuing (`بيان صادر عن الوزارة`): after anyone else it
        // starts what they talked about (`تحدثت الصحيفة عن العرض`).
        let issued = t.key == "عن"
            && (is_document_noun(doc.tokens[head].name_key())
                || doc.tokens[j - 1]
                    .name_key()
                    .trim_start_matches("ال")
                    .starts_with("صادر"));
        // `النائب عن حزب صوت الفلاحين`: the member sits for the party or the town.
        let represents = t.key == "عن"
            && matches!(
                doc.tokens[head].name_key().trim_start_matches("ال"),
                "نائب" | "نائبه"
            );
        // `المشرف على البرنامج`: an office over something.
        if matches!(t.key.as_str(), "في" | "من" | "باسم" | "علي") || issued || represents
        {
            return definite_or_name(j + 1) || (j + 2 < doc.tokens.len() && construct(doc, j + 1));
        }
        if is_function_word(&t.key) || is_preposition(&t.key) || is_relative_pronoun(&t.key) {
            return false;
        }
        // `أعلنت مصادر عراقية العثور على`: a definite noun after an indefinite source and its
        // adjectives is the verb's object (a construct needs it right after the head).
        let head_indefinite = !doc.tokens[head].key.starts_with("ال");
        let adjectives_before = || {
            (head + 1..j).all(|k| {
                let key = &doc.tokens[k].key;
                is_source_adjective(key) && !is_preposition(key) && !is_function_word(key)
            })
        };
        if t.key.starts_with("ال") {
            return !(head_indefinite && j > head + 1 && adjectives_before());
        }
        // Indefinite: in a construct, or the one adjective of an indefinite head. Right after a
        // definite head an indefinite noun starts something else (`أرجع التقرير أسباب الارتفاع
        // إلى ...`: the report's object), since a definite noun heads no construct.
        // The adjectives of an indefinite head may run on (`تقارير إخبارية دولية متطابقة`).
        (construct(doc, j) && (head_indefinite || j > head + 1))
            || (head_indefinite && is_source_adjective(&t.key) && adjectives_before())
    }
    fn may_precede_direct_quote(&self, token: &Token) -> bool {
        matches!(token.key.as_str(), "ل" | "الي" | "علي" | "ب")
    }
    fn points_back_to_quote(&self, token: &Token) -> bool {
        strip_conjunction(&token.key) == "هكذا"
    }

    fn may_be_name_word(&self, doc: &Doc, i: usize) -> bool {
        let t = &doc.tokens[i];
        (!is_preposition(&t.key) || is_name_ali(t.span.slice(doc.text)))
            && !is_addressing_participle(&t.key)
            && !heads_what_is_said(t)
            // `وأوضح معاليه`, "his excellency": a pronoun, which the segmenter leaves whole
            // (`سموه`, `فضيلته` it splits).
            && !matches!(t.key.as_str(), "معاليه" | "معاليها")
            && !opens_circumstantial_clause(&t.key)
    }
    fn looks_like_name_word(&self, doc: &Doc, i: usize) -> bool {
        doc.tokens[i].name_key().starts_with("ال")
    }
    fn continues_title(&self, doc: &Doc, i: usize, first: bool) -> bool {
        let word = &doc.tokens[i];
        // `استغربت إدارة نادي الأهلي`: the management speaks for the institution named next.
        if matches!(word.name_key(), "اداره" | "الاداره") {
            return true;
        }
        // `المندوب الجهوي للتربية بمدنين رحومة المحضاوي`: the seat of the office, after its
        // domain and before the name (the entity stage starts the name after it too).
        let seat = !first
            && crate::entities::may_be_seat_of_office(doc.tokens, i)
            && doc.mention_starting_at(i + 1).is_some();
        // `مدير عام الدفاع المدني`, `أمين عام الحزب`: "general", indefinite in the construct.
        let general = !first && word.name_key() == "عام";
        // `المتحدث باسم الشرطة`: the spokesman "in the name of"; the tagger may read `باسم` as
        // the given name Basem.
        let on_behalf = !first
            && word.key == "باسم"
            && crate::entities::is_title_word(doc.tokens[i - 1].name_key());
        // `وفق ما أكده الوزير نفسه`: "himself", the title's holder.
        let sameness = !first && is_sameness_marker(&word.key);
        seat || general
            || on_behalf
            || sameness
            || (!first
                && word.name_key().starts_with("ال")
                && !is_preposition(&word.key)
                && !is_function_word(&word.key))
    }
    fn skip_aside_after_cue(&self, doc: &Doc, cue: usize, start: usize) -> usize {
        let in_sentence = |j: usize| j < doc.tokens.len() && doc.same_sentence(cue, j);
        let speaker_starts = |k: usize| {
            in_sentence(k)
                && (doc.mention_starting_at(k).is_some()
                    || crate::entities::is_title_word(doc.tokens[k].name_key())
                    || doc.is_source_noun(k)
                    || doc.is_name_like(k))
        };
        let mut j = start;
        // `وفق ما أفاد به، اليوم الأربعاء، المدير`: the pronoun of what was said may come before
        // the comma.
        if j == cue + 1
            && in_sentence(j + 1)
            && matches!(doc.tokens[j].key.as_str(), "به" | "بها")
            && doc.tokens[j + 1].is_comma()
        {
            j += 1;
        }
        // A comma between the verb and its subject, as some agencies write (`وشدد، الوزير على`,
        // `وأكد، وزير الداخلية الهادي مجدوب، أن`); not before an aside (`وأكد، في السياق ذاته،`).
        if j <= cue + 2 && in_sentence(j) && doc.tokens[j].is_comma() {
            // `وفق ما أكده، اليوم السبت، مصدر أمني`: the time may stand between the commas.
            let mut k = j + 1;
            while in_sentence(k) && is_time_phrase_word(doc.tokens, j + 1, k) {
                k += 1;
            }
            if k > j + 1 && in_sentence(k) && doc.tokens[k].is_comma() {
                k += 1;
            }
            if speaker_starts(k) {
                j = k;
            }
        }
        // Adverbs, and a preposition on a pronoun (`فرد عليه وائل`, `قال لها المدير`).
        while in_sentence(j)
            && (is_adverb(&doc.tokens[j].key)
                || matches!(
                    doc.tokens[j].key.as_str(),
                    "عليه" | "عليها" | "عليهم" | "له" | "لها" | "لهم" | "لي" | "لنا"
                    // `وفق ما أفاد به مصدر أمني`: what was said, taken up again.
                    | "به" | "بها"
                    // `عقدت الشركة يوما إعلاميا أكد فيه ممثلها`: where it was said.
                    | "فيه" | "فيها"
                )
                // `حسب ما أعلنت عنه الوزارة`: after ما, the pronoun of what was said too;
                // elsewhere `عنه` begins the object (`نفى عنه تهمة الغلو`, `التي تحدثت عنها
                // الرؤية`).
                || (matches!(doc.tokens[j].key.as_str(), "عنه" | "عنها")
                    && cue > 0
                    && doc.tokens[cue - 1].key == "ما")
                // `قال اليوم الثلاثاء محمد قرصان`, `أعلنت الأحد الماضي`: when it was said.
                || is_time_phrase_word(doc.tokens, start, j))
        {
            j += 1;
        }
        // `وأعلنت كل من السعودية ومصر أن`: "both X and Y", the first is named. After a verb
        // of calling on they are whom it calls on (`ودعا كل من السلطات والدبلوماسية إلى`).
        if opens_both_and(doc, j)
            && !doc.cue(cue).is_some_and(|w| w.calls_on)
            && speaker_starts(j + 2)
        {
            j += 2;
        }
        // `فقال مخاطبا أنصار الحزب "..."`: a participle of addressing and its addressee, never
        // the speaker; what the quote or the complementizer follows is all addressee.
        if in_sentence(j) && is_addressing_participle(&doc.tokens[j].key) {
            return (j + 1..(j + 1 + ADDRESSEE_WORDS).min(doc.tokens.len()))
                .find(|&k| {
                    !in_sentence(k)
                        || !doc.tokens[k].is_word()
                        || self.is_complementizer(&doc.tokens[k])
                })
                .unwrap_or(j + 1 + ADDRESSEE_WORDS);
        }
        // An addressee with `لـ`: a name in marks (`لـ "الاقتصادية"`), or a word or two
        // (`للصحفيين`, `لوسائل الإعلام`).
        let addressee_end = if !in_sentence(j) {
            None
        } else if doc.tokens[j].key == "ل" {
            doc.after_quoted_name(j + 1).or_else(|| {
                doc.tokens
                    .get(j + 1)
                    .filter(|t| t.is_word() && in_sentence(j + 1))
                    .map(|_| j + 2)
            })
        } else if doc.tokens[j].has_proclitic() && doc.tokens[j].key.starts_with('ل')
            // `لمراسل`, which the segmenter leaves whole.
            || doc.tokens[j].key.starts_with("لمراسل")
        {
            let definite_follows = doc
                .tokens
                .get(j + 1)
                .is_some_and(|t| t.key.starts_with("ال") && in_sentence(j + 1));
            // `لمراسل "الجوهرة أف أم"`: the outlet's name in marks is the addressee's too.
            Some(doc.after_quoted_name(j + 1).unwrap_or(if definite_follows {
                j + 2
            } else {
                j + 1
            }))
        } else {
            None
        };
        // `لمراسل الجوهرة أف أم، المدير`, `لمراسل الجوهرة أف أم، أن`: the comma, not a name the
        // tagger found in the outlet's (`أف أم`), ends the addressee.
        if let Some(end) = fenced_press_addressee_end(doc, j)
            .filter(|&end| speaker_starts(end) || self.is_complementizer(&doc.tokens[end]))
        {
            return end;
        }
        match addressee_end {
            // Only when a speaker plainly follows it, or nobody does (`وأضاف لمراسل الجوهرة
            // أن`: the speaker is the one already talking, not the correspondent).
            Some(end)
                if speaker_starts(end)
                    || (in_sentence(end) && self.is_complementizer(&doc.tokens[end])) =>
            {
                end
            }
            _ => j,
        }
    }
    /// `فقد`, `قد` (`وكانت الإدارة الفنية قد نفت`: the pluperfect's subject ends at `قد`), a
    /// time word, an addressing participle.
    fn ends_speaker_phrase(&self, token: &Token) -> bool {
        // `قال الوزير الذي زار المدينة إن ...`: a relative clause describes the speaker
        // named before it and is no part of the name.
        // `قال الوزير ردا على سؤال`, `تعليقا على الحادثة`: the circumstance of the saying
        // follows the speaker.
        // `وشدد الوزير خلال الندوة على ...`: the occasion follows the speaker (`لدى` is left
        // out: `السفير لدى الأمم المتحدة` is one title).
        // `وقالت الوزيرة أيضا إن`, `وقال الوزير مازحا "..."`: so does how or when it was said
        // (not `مرة أخرى`, "once more", whose words are also "time" and "other"), and a clause
        // of how the speaker was.
        matches!(
            token.key.as_str(),
            "فقد" | "قد" | "ردا" | "خلال" | "اثناء" | "عقب"
        ) || opens_circumstantial_clause(&token.key)
            || (is_adverb(&token.key) && !matches!(token.key.as_str(), "مره" | "اخري"))
            || is_own_speech(&token.key)
            || is_relative_pronoun(&token.key)
            || is_time_word(token.name_key())
            || is_addressing_participle(&token.key)
    }

    /// A sentence that opens with a speech verb carrying its conjunction (`ولفتت`, `وأضاف`,
    /// `فقال`) reports someone: the writer is narrating again.
    fn narration_resumes(&self, doc: &Doc, first: usize) -> bool {
        doc.is_speech_verb(first) && doc.cue_has_conjunction(first)
    }

    fn report_start_without_complementizer(&self, doc: &Doc, cue: usize) -> Option<usize> {
        source_clause_start(doc, cue).or_else(|| nominal_report_start(doc, cue))
    }

    /// The pronoun attached to the noun of a source phrase (`حسب رأيه`, `وفقا لتعبيرها`,
    /// `بحسب قولهم`): its gender and number are the speaker's. A masculine singular pronoun
    /// cannot stand for figures or sources (`الأرقام` take a feminine singular one).
    fn pronoun_agreement(&self, doc: &Doc, cue: usize) -> Agreement {
        if !doc.is_source_phrase(cue) {
            return Agreement::default();
        }
        let mut j = cue + 1;
        if doc.tokens.get(j).is_some_and(|t| t.key == "ل") {
            j += 1;
        }
        let Some(token) = doc.tokens.get(j).filter(|_| doc.same_sentence(cue, j)) else {
            return Agreement::default();
        };
        attached_pronoun(doc, token).unwrap_or_default()
    }

    /// A first-person pronoun, alone (`نحن`, `أنا`) or attached (`شبكتنا`, `لدينا`, `أنني`).
    fn is_first_person(&self, doc: &Doc, span: NormSpan) -> bool {
        let first = doc.token_at_or_after(span.start);
        let last = doc.token_at_or_after(span.end);
        doc.tokens[first..last].iter().any(|t| {
            matches!(
                t.key.as_str(),
                "انا" | "نحن" | "لدي" | "لدينا" | "اننا" | "انني"
            ) || t.segments.iter().any(|s| {
                s.role == SegmentRole::Enclitic && matches!(s.span.slice(doc.text), "نا" | "ني")
            })
        })
    }
    /// `وأكدت والدة التلميذ مالك بن حمودة أن ابنها`: a feminine verb has a woman or a thing for
    /// its subject, so a man named before it, or after other words, did not speak. After them,
    /// the feminine noun opening those words did, described down to him (`والدة التلميذ مالك بن
    /// حمودة`), or someone else (`اتهمت واشنطن قوات الرئيس بشار الأسد`). Right after the verb
    /// the name is its subject whatever the name lists say (`قالت كلثوم كنو`), and a man relayed
    /// is no subject (`نقلت الوكالة عن X`). Only a given name the lists know, before a family
    /// name, tells: a lone family name can be any given name's (`يوسف` for `ألفة يوسف`). Not the
    /// other way round: the press writes `أكد` for a woman too.
    fn agreeing_speaker(&self, doc: &Doc, cue: usize, speaker: Speaker) -> Option<Speaker> {
        let feminine_verb = doc
            .cue(cue)
            .is_some_and(|w| w.agreement.gender == Some(Gender::Feminine));
        let man = speaker.entity.map(|e| &doc.entities[e]).is_some_and(|e| {
            e.name.split_whitespace().nth(1).is_some() && e.gender == Some(Gender::Masculine)
        });
        let Some(mention) = speaker.mention.filter(|_| feminine_verb && man) else {
            return Some(speaker);
        };
        let k = doc.token_containing(mention.start);
        let relayed = (cue + 1..k).any(|j| doc.tokens[j].key == "عن");
        if !(k < cue || (k > cue + 1 && !relayed)) {
            return Some(speaker);
        }
        let first = cue + 1;
        let described = k > first
            && k - first <= DESCRIPTION_WORDS
            && doc.tokens[first].name_span().slice(doc.text).ends_with('ة')
            && (first..k).all(|j| doc.tokens[j].is_word());
        described.then(|| {
            phrase_speaker(
                doc,
                NormSpan::new(doc.tokens[first].name_span().start, mention.end),
                AttributionMethod::Explicit,
            )
        })
    }
    /// Organizations agree with the gender of their head noun: `وزارة الصحة` is feminine,
    /// `المجلس الأعلى` masculine. A person is feminine by a feminine title (`الناشطة`,
    /// `الوزيرة`) or a given name in `ة` (`فاطمة`, `سميرة`; not `حمزة`, `أسامة`), masculine by
    /// a masculine title (`الوزير`, `رئيس`).
    fn gender_of_entity(&self, entity: &crate::entities::Entity) -> Option<Gender> {
        let head = entity.name.split_whitespace().next()?;
        let feminine_form = |word: &str| word.ends_with('ة');
        match entity.label {
            Label::Organization => Some(if feminine_form(head) {
                Gender::Feminine
            } else {
                Gender::Masculine
            }),
            Label::Person => {
                let role_gender = entity.roles.iter().find_map(|role| {
                    let title = role.split_whitespace().next()?;
                    Some(if feminine_form(title) {
                        Gender::Feminine
                    } else {
                        Gender::Masculine
                    })
                });
                let name_gender = (feminine_form(head)
                    && !MASCULINE_NAMES_IN_TA_MARBUTA.contains(&head))
                .then_some(Gender::Feminine);
                // A title says it outright (`الوزيرة`); a given name the name lists know comes
                // next (`حسن` is a man, whatever verb form an unrelated cue has); the feminine
                // ending of an unknown given name last.
                role_gender.or(entity.gender).or(name_gender)
            }
            _ => None,
        }
    }
    fn group_subject_at(&self, doc: &Doc, k: usize) -> Option<NormSpan> {
        if !is_group_head(doc, k) {
            return None;
        }
        let before = |n: usize| k.checked_sub(n).filter(|&b| doc.same_sentence(b, k));
        // `المواطنين التونسيين`: an adjective; the group is the noun it follows. `جمعية القضاة`:
        // a genitive, after a noun in the construct state, as written (`نفاه عدد من` ends in the
        // pronoun `ه`, which the search key shares with `ة`).
        let construct_before = before(1).is_some_and(|b| {
            let t = &doc.tokens[b];
            t.is_word() && t.span.slice(doc.text).ends_with('ة') && !t.key.starts_with("ال")
        });
        if construct_before || before(1).is_some_and(|b| is_group_head(doc, b)) {
            return None;
        }
        // `على المواطنين`, `عدد من المعتصمين`: the complement of a preposition (the count before
        // `من` is the group).
        if before(1).is_some_and(|b| is_preposition(strip_conjunction(&doc.tokens[b].key))) {
            return None;
        }
        let counted = is_group_quantity(super::document::strip_article(doc.tokens[k].name_key()))
            && doc.tokens.get(k + 1).is_some_and(|t| t.key == "من")
            && doc.tokens.get(k + 2).is_some_and(|t| t.is_word());
        let end = group_phrase_end(doc, if counted { k + 2 } else { k });
        Some(NormSpan::new(
            doc.tokens[k].name_span().start,
            doc.tokens[end - 1].span.end,
        ))
    }
    fn opening_subject_agreeing(
        &self,
        doc: &Doc,
        cue: usize,
        agreement: Agreement,
    ) -> Option<Speaker> {
        // The verb in the feminine singular is the evidence (`أصدرت الوزارة` is taken up by
        // `وأوضحت`, never by `وأكدتا`); the caller checks the subject agrees with the cue.
        if agreement.number.is_some_and(|n| n != Number::Singular) {
            return None;
        }
        let here = doc.sentence_start(cue);
        let before = here.checked_sub(1).map(|k| doc.sentence_start(k));
        [Some(here), before]
            .into_iter()
            .flatten()
            .find_map(|first| {
                let verb = opening_feminine_verb(doc, first)?;
                subject_after_verb(doc, verb)
            })
    }
    fn traits_of_phrase(&self, phrase: &str) -> PhraseTraits {
        let Some(head) = phrase.split_whitespace().next() else {
            return PhraseTraits::default();
        };
        let key = crate::normalize::search_key(head);
        let whole = super::document::strip_article(&key);
        // `وسائل` is a listed plural, not `و` + `سائل`.
        let key = if NON_HUMAN_PLURALS.contains(&whole) || HUMAN_PLURALS.contains(&whole) {
            whole.to_string()
        } else {
            super::document::strip_article(strip_conjunction(&key)).to_string()
        };
        let plural = |gender, non_human_plural| PhraseTraits {
            gender: Some(gender),
            number: Some(Number::Plural),
            non_human_plural,
        };
        if NON_HUMAN_PLURALS.contains(&key.as_str()) {
            plural(Gender::Feminine, true)
        } else if is_group_quantity(&key) {
            // `عدد من المحتجين`: the count of a group stands for the group, of people unless the
            // counted plural is of things (`عدد من المصادر`, `بعض وسائل الإعلام`).
            let mut words = phrase.split_whitespace().skip(1).skip_while(|&w| w == "من");
            let counted = words.next().map(|w| self.traits_of_phrase(w));
            plural(
                Gender::Masculine,
                counted.is_some_and(|c| c.non_human_plural),
            )
        } else if HUMAN_PLURALS.contains(&key.as_str())
            // A sound plural has a stem of three letters at least: `امين`, `حسين` are singular.
            || (key.ends_with("ون") || key.ends_with("ين")) && key.chars().count() >= SOUND_PLURAL_LETTERS
            // The construct state drops the `ن` (`صيادو فرضة القطيف`, `موظفو الشركة`).
            || (key.ends_with('و') && key.chars().count() >= 4)
        {
            plural(Gender::Masculine, false)
        } else if key.ends_with("ات") {
            // The sound feminine plurals that speak in the news are institutions and things
            // (`القوات المسلحة`, `السلطات`, `المنظمات`), which a feminine singular verb takes up
            // again (`قالت القوات ... واعتبرت أن`); women in the plural are the listed few.
            plural(
                Gender::Feminine,
                !HUMAN_FEMININE_PLURALS.contains(&key.as_str()),
            )
        } else {
            PhraseTraits {
                gender: Some(if key.ends_with('ه') {
                    Gender::Feminine
                } else {
                    Gender::Masculine
                }),
                number: Some(Number::Singular),
                non_human_plural: false,
            }
        }
    }

    fn spells_letters(&self, doc: &Doc, range: std::ops::Range<usize>) -> bool {
        let words: Vec<&Token> = doc.tokens[range].iter().filter(|t| t.is_word()).collect();
        words.len() >= 2 && words.iter().all(|t| is_latin_letter_name(&t.key))
    }
    fn addressee_at(&self, doc: &Doc, cue: usize, k: usize) -> bool {
        // `ودعا الفرنسيين إلى التصويت`, `وأخبر الوزير الصحفيين بأن`: a definite plural in `ين`
        // (accusative) after a verb of calling on or informing is whom it addresses; its subject
        // would be in `ون` (`ودعا المحتجون`). `الأمين` (the secretary) only looks plural. So is
        // all of a group (`ودعت الوزارة كافة المواطنين إلى`, `ودعا الحزب كل القوى ...`, `ودعا
        // كل من السلطات والدبلوماسية إلى`).
        // After the subject, the word before must be one that takes no genitive: a definite word
        // or a name the tagger found (`نقيب المحامين` is one title; so may be an unknown
        // indefinite word). A relational plural (`يين`) after a plain definite word or an
        // institution is its adjective (`السياح الإيطاليين`, `جمعية القضاة التونسيين`); after a
        // title or a person it is not (`الوزير الصحفيين`).
        let Some(t) = doc.tokens.get(k) else {
            return false;
        };
        if k <= cue || !doc.same_sentence(cue, k) || !doc.cue(cue).is_some_and(|w| w.calls_on) {
            return false;
        }
        let plural = t.key.starts_with("ال")
            && t.key.ends_with("ين")
            && t.key.chars().count() >= MIN_PLURAL_IN_YN_LETTERS
            && t.key != "الامين";
        let all_of = matches!(t.key.as_str(), "كافه" | "كل" | "جميع");
        if !(plural || all_of) {
            return false;
        }
        if k == cue + 1 {
            return true;
        }
        let before = &doc.tokens[k - 1];
        let definite = before.name_key().starts_with("ال") || before.has_elided_article();
        if t.key.ends_with("يين") {
            let person = doc
                .mention_ending_at(k - 1)
                .is_some_and(|(_, e)| doc.entities[e].label == Label::Person);
            person || (definite && explicit::is_title_with_or_without_article(before.name_key()))
        } else {
            definite || doc.in_mention[k - 1]
        }
    }
    fn subject_comes_next(&self, doc: &Doc, cue: usize) -> bool {
        follows_what(doc.tokens, cue)
            && (OBJECT_PRONOUNS
                .iter()
                .any(|p| doc.tokens[cue].key.ends_with(p))
                || doc.tokens[cue].key.ends_with('ه'))
    }
    fn conjunction_opens_clause(&self, cue: &Token) -> bool {
        // `فـ` may still join a phrase before to its verb (`وبحسب تقارير فلسطينية فيرجح أن`).
        cue.key.starts_with('و')
    }
    fn object_after_title(&self, doc: &Doc, i: usize) -> bool {
        // A definite noun heads no construct, so what follows it bare is no complement of it;
        // a complement after one takes `لـ` (`الأمين العام لحزب`).
        i > 0
            && !self.carries_preposition(&doc.tokens[i])
            && doc.tokens[i - 1].name_key().starts_with("ال")
    }
    fn press_addressee(&self, doc: &Doc, i: usize) -> bool {
        let Some(token) = doc.tokens.get(i) else {
            return false;
        };
        // The segmenter may leave the `لـ` on a noun rarer with it than without (`لمراسلة`).
        let addressee = if token.has_proclitic() {
            strip_conjunction(&token.key)
                .starts_with('ل')
                .then(|| token.name_key())
        } else {
            strip_conjunction(&token.key).strip_prefix('ل')
        };
        // `المدير العام لقناة الجزيرة`, `مراسل لوكالة الأنباء`: a role in the outlet, whose
        // complement it is; no one holds a role in the press or in a correspondent. So is a
        // document the outlet issued (`أشار تقرير لوكالة الأنباء الألمانية إلى أن`).
        let role_in_outlet = || {
            i.checked_sub(1).is_some_and(|k| {
                let key = doc.tokens[k].name_key();
                takes_organization_complement(key) || is_document_noun(key)
            })
        };
        addressee
            .is_some_and(|key| is_press_noun(key) || (is_outlet_noun(key) && !role_in_outlet()))
    }
    fn carries_preposition(&self, token: &Token) -> bool {
        token.has_proclitic() && strip_conjunction(&token.key).starts_with(['ب', 'ل', 'ك'])
    }
    /// The sound masculine plural's `-ين` (`المسؤولين`, `مواطنين`); its subject form ends in
    /// `-ون`. Names ending so (`حسين`) are mentions, not source nouns, and never reach this.
    fn is_object_form(&self, token: &Token) -> bool {
        let key = token.name_key();
        key.ends_with("ين") && key.chars().count() >= 5
    }
    fn reports_before_cue(&self, doc: &Doc, cue: usize) -> bool {
        follows_what(doc.tokens, cue)
            || doc.is_source_phrase(cue)
            || (cue > 0 && strip_conjunction(&doc.tokens[cue - 1].key) == "كما")
    }
    fn subject_closes_sentence(&self, doc: &Doc, cue: usize) -> bool {
        follows_what(doc.tokens, cue) || doc.is_source_phrase(cue)
    }
    fn speaker_finders(&self) -> &'static [Finder] {
        &[
            subject_before_qad,
            subject_after_complementizer,
            subject_before_relative,
            subject_of_topic,
            the_latter,
            relayed_source,
            source_of_relayed_saying,
            explicit::after_cue,
            issuer_of_document,
            subject_before_own_object,
            group_after_verb,
            agent_before_object,
            place_after_verb,
            plural_source_before,
            explicit::subject_before_cue,
            subject_of_main_clause,
        ]
    }
}

/// How many words may describe a woman by a man named after them (`مباركة عواينية أرملة الشهيد
/// محمد البراهمي`: four); more are the verb's object too (`اقترحت الهيئة الإدارية الوطنية
/// للاتحاد العام التونسي للشغل تعيين X`).
const DESCRIPTION_WORDS: usize = 5;

/// The fewest letters of a sound masculine plural (`مسؤولون`, `ناشطين`; `امين`, the
/// trustee of `الأمين العام`, is one man).
const SOUND_PLURAL_LETTERS: usize = 5;

/// Men's given names that end in `ة` like most women's.
const MASCULINE_NAMES_IN_TA_MARBUTA: &[&str] = &[
    "حمزة",
    "أسامة",
    "اسامة",
    "طلحة",
    "عبيدة",
    "معاوية",
    "عطية",
    "خليفة",
    "قتيبة",
    "عكرمة",
    "عروة",
    "ربيعة",
    "عنترة",
    "جبلة",
    "حذيفة",
    "مسلمة",
    "قدامة",
    "ثعلبة",
    "زائدة",
];

/// Plurals of things and institutions that speak in the news (`قالت مصادر`, `أظهرت تقارير`):
/// they take a feminine singular verb. Without the article.
/// (Sound feminine plurals in `-ات` are taken so unless they are women: see
/// `HUMAN_FEMININE_PLURALS`.)
const NON_HUMAN_PLURALS: &[&str] = &["مصادر", "تقارير", "ارقام", "وسائل", "اوساط", "دول", "مصالح"];

/// Sound feminine plurals of women (`الطالبات`, `الناشطات`): they take a feminine plural verb
/// when taken up again (`وأضفن`), never `وأضافت`. Without the article.
const HUMAN_FEMININE_PLURALS: &[&str] = &[
    "طالبات",
    "معلمات",
    "ناشطات",
    "لاعبات",
    "سيدات",
    "امهات",
    "ممرضات",
    "نائبات",
    "مواطنات",
    "متظاهرات",
    "عاملات",
    "موظفات",
    "طبيبات",
    "فتيات",
    "بنات",
    "اخوات",
    "زميلات",
    "مشاركات",
    "صحفيات",
    "صحافيات",
];

/// Broken plurals of people (`شهود`, `خبراء`, `أهالي`, `تلاميذ`), which take a plural verb or
/// participle after them (`نفذ عدد من التلاميذ وقفة، مطالبين`).
const HUMAN_PLURALS: &[&str] = &[
    "شهود",
    "خبراء",
    "نشطاء",
    "اطباء",
    "علماء",
    "سكان",
    "مسؤولي",
    "اهالي",
    "افراد",
    "اعضاء",
    "تلاميذ",
    "رواد",
    "عمال",
    "طلبه",
    "نواب",
    "اولياء",
    "اعوان",
    "اطفال",
    "نساء",
    "رجال",
    "اساتذه",
    "قضاه",
    "ائمه",
    "تجار",
    "صيادله",
    "طلاب",
    "انصار",
    "وزراء",
    "سفراء",
    "زعماء",
    "قاده",
];

/// Words that count a group out of a plural (`عدد من المحتجين`, `جميع العاملين`): the phrase
/// starts at them.
fn is_group_quantity(key: &str) -> bool {
    matches!(
        key,
        "عدد"
            | "العديد"
            | "عديد"
            | "مجموعه"
            | "بعض"
            | "جميع"
            | "كافه"
            | "عشرات"
            | "مئات"
            | "الاف"
            | "اغلب"
            | "معظم"
    )
}

/// The past verb in the feminine singular that opens the sentence starting at `first` (`أصدرت`,
/// `وقد ألغت`, `كما نشرت`); its token. Only the subject after it is checked (an institution or a
/// source), so a word merely ending in `ت` there (`تحت`) finds nothing.
fn opening_feminine_verb(doc: &Doc, first: usize) -> Option<usize> {
    let opens_with_particle = matches!(
        doc.tokens[first].key.as_str(),
        "قد" | "وقد" | "فقد" | "لقد" | "كما" | "ثم"
    );
    let k = if opens_with_particle {
        first + 1
    } else {
        first
    };
    let t = doc.tokens.get(k).filter(|_| doc.same_sentence(first, k))?;
    (t.is_word() && strip_conjunction(&t.key).ends_with('ت')).then_some(k)
}

/// The subject right after `verb`: someone the tagger found, or an institution or a source
/// (`الشركة`, `وزارة التربية`, `رئاسة الجمهورية`, `مصالح الديوانة`, `الدراسة`) with the word it
/// is the construct of and the nisba adjectives after it (`الهيئة المديرة` is cut after its
/// head: a definite word after that is as likely the verb's object, `زارت الوزيرة المستشفى`).
/// Anything else after a verb may be its object with the subject left unsaid (`أجرت العملية`).
fn subject_after_verb(doc: &Doc, verb: usize) -> Option<Speaker> {
    let s = verb + 1;
    if let Some((span, entity)) = doc
        .mention_starting_at(s)
        .filter(|&(_, e)| doc.is_speaker_entity(e))
    {
        return Some(entity_speaker(doc, span, entity));
    }
    let word = |j: usize| is_noun_phrase_word(doc, verb, j).then(|| &doc.tokens[j]);
    let definite = |j: usize| word(j).is_some_and(|t| t.key.starts_with("ال"));
    let head = super::document::strip_article(doc.tokens.get(s)?.name_key());
    let speaks = crate::entities::is_institution_head(head)
        || is_speaking_body(head)
        || doc.is_source_noun(s);
    if !speaks {
        return None;
    }
    let mut end = if definite(s) {
        s + 1
    } else if word(s).is_some() && definite(s + 1) {
        s + 2
    } else {
        return None;
    };
    let nisba = |j: usize| {
        definite(j) && (doc.tokens[j].key.ends_with("يه") || doc.tokens[j].key.ends_with('ي'))
    };
    while end - s < GROUP_PHRASE_WORDS && nisba(end) {
        end += 1;
    }
    let span = NormSpan::new(
        doc.tokens[s].name_span().start,
        doc.tokens[end - 1].span.end,
    );
    Some(phrase_speaker(doc, span, AttributionMethod::Implicit))
}

/// Bodies that speak in the news besides the institutions the entity stage knows by their head
/// (`أفادت الإدارة الجهوية`, `أوضحت مصالح الديوانة`, `قالت السلطات`).
fn is_speaking_body(key: &str) -> bool {
    matches!(
        key,
        "اداره"
            | "غرفه"
            | "تنسيقيه"
            | "مصالح"
            | "سلطات"
            | "نيابه"
            | "دائره"
            | "مصلحه"
    )
}

/// Words that end like a plural of people and are not (`ثمانين`, `ملايين`, `التلفزيون`).
const NOT_PLURALS_OF_PEOPLE: &[&str] = &[
    "عشرين",
    "ثلاثين",
    "اربعين",
    "خمسين",
    "ستين",
    "سبعين",
    "ثمانين",
    "تسعين",
    "ملايين",
    "قوانين",
    "تلفزيون",
    "ميادين",
    "عناوين",
];

/// How many words a group's description may run on after its head (`نشطاء مواقع التواصل
/// الإجتماعي`: three).
const GROUP_PHRASE_WORDS: usize = 4;

/// Token `k` may head a group of people that speaks (`المحتجون`, `أعضاء المكتب`, `عدد من
/// نشطاء مواقع التواصل`): a plural of people with no attached preposition, and definite or
/// followed by the definite word or name it belongs to (`ناشرين له صورا` is a participle of
/// manner, not a subject).
fn is_group_head(doc: &Doc, k: usize) -> bool {
    let t = &doc.tokens[k];
    let full = t.name_key();
    let key = super::document::strip_article(full);
    let letters = key.chars().count();
    let listed = HUMAN_PLURALS.contains(&key)
        || HUMAN_FEMININE_PLURALS.contains(&key)
        || is_group_quantity(key);
    // Six letters, as for a group after its verb: `قانون`, `مليون`, `تأمين` are singulars.
    let sound = (key.ends_with("ون") || key.ends_with("ين"))
        && letters >= GROUP_PLURAL_LETTERS
        // `الصحيفتين`: a dual of things.
        && !key.ends_with("تين");
    // `معتصمو "الكامور"`, `موظفو الشركة`: the construct state drops the `ن`.
    let construct = key.ends_with('و') && letters >= CONSTRUCT_PLURAL_LETTERS;
    let definite_or_name = |j: usize| {
        doc.tokens.get(j).is_some_and(|n| {
            doc.same_sentence(k, j)
                && (doc.in_mention[j] || n.key.starts_with("ال") || n.is_quote_mark())
        })
    };
    // `القضاة التونسيين`: a plural of a nisba after a definite noun describes it.
    let nisba_adjective = (key.ends_with("يين") || key.ends_with("يون"))
        && k.checked_sub(1)
            .is_some_and(|b| doc.same_sentence(b, k) && doc.tokens[b].name_key().starts_with("ال"));
    let determined = full.starts_with("ال")
        || is_group_quantity(key)
        || definite_or_name(k + 1)
        || (definite_or_name(k + 2)
            && doc.tokens[k + 1].is_word()
            && !doc.tokens[k + 1].has_proclitic());
    t.is_word()
        && !Arabic.carries_preposition(t)
        && (listed || sound || construct)
        && !NOT_PLURALS_OF_PEOPLE.contains(&key)
        && !nisba_adjective
        && determined
}

/// Token `j` may continue a noun phrase in the sentence of token `anchor`: a word with no
/// attached preposition or conjunction, no cue, function word, preposition or relative pronoun.
fn is_noun_phrase_word(doc: &Doc, anchor: usize, j: usize) -> bool {
    doc.tokens.get(j).is_some_and(|t| {
        doc.same_sentence(anchor, j)
            && t.is_word()
            && !t.has_proclitic()
            && !doc.is_cue(j)
            && !is_function_word(&t.key)
            && !is_preposition(&t.key)
            && !is_relative_pronoun(&t.key)
    })
}

/// One past the last word of a group's description from its head `k`: the words of its
/// construct and adjectives (`أعضاء المكتب`, `رواد مواقع التواصل الإجتماعي`, an outlet in
/// marks), up to a preposition or a cue, an indefinite word that no definite one follows, or
/// any indefinite word after a definite one (`المحتجون بغلق الطريق`, `جامعة الزيتونة منع`:
/// a phrase that is definite stays so).
fn group_phrase_end(doc: &Doc, k: usize) -> usize {
    let part = |j: usize| is_noun_phrase_word(doc, k, j);
    let definite = |j: usize| doc.in_mention[j] || doc.tokens[j].key.starts_with("ال");
    let mut end = k + 1;
    while end - k <= GROUP_PHRASE_WORDS && part(end) {
        if definite(end) || (!definite(end - 1) && part(end + 1) && definite(end + 1)) {
            end += 1;
        } else {
            break;
        }
    }
    if let Some(after) = doc.after_quoted_name(end) {
        if doc.same_sentence(k, after - 1) {
            end = after;
        }
    }
    end
}

/// Where the clause starts after a source phrase with no complementizer: after the source and a
/// comma or `فقد` (`وبحسب وزير الداخلية فقد ناهزت نسبة المشاركة ...`). A clause that opens with
/// a speech verb is that verb's report, and the phrase before it no source (`وبخصوص توزع الحالات
/// حسب جهات البلاد، أكدت الوزيرة أن ...`: "by region").
fn source_clause_start(doc: &Doc, i: usize) -> Option<usize> {
    // `وفق ما أكده، اليوم السبت، مصدر أمني`: the words after the comma name who said it, the
    // subject of the verb after ما; they are no view of the source's.
    let names_the_subject = |start: usize| {
        doc.tokens.get(i + 1).is_some_and(|t| t.key == "ما")
            && doc.is_speech_verb(i + 2)
            && doc
                .explicit_speaker(i + 2)
                .and_then(|s| s.mention)
                .is_some_and(|m| doc.tokens.get(start).is_some_and(|t| m.end > t.span.start))
    };
    view_after_source(doc, i)
        .filter(|&start| !doc.is_speech_verb(start) && !names_the_subject(start))
}

/// `source_clause_start`, whatever opens the clause.
fn view_after_source(doc: &Doc, i: usize) -> Option<usize> {
    if !doc.is_source_phrase(i) {
        return None;
    }
    // `وحسب القانون المعمول به فإن ...`: a rule says nothing. The view comes after the source,
    // past its link (`وفق ما أكده لمراسل الجوهرة أف أم، المدير`: that comma fences off the press
    // spoken to, not the view).
    let source_start = speaking_source_start(doc, i)?.max(i + 2);
    let sentence_end = doc.sentence_end(i);
    let boundary = (source_start..(i + SOURCE_PHRASE_WINDOW).min(sentence_end + 1))
        .take_while(|&j| !super::document::is_quote_mark(&doc.tokens[j]))
        .find(|&j| {
            matches!(
                doc.tokens[j].key.as_str(),
                "،" | "," | "فقد" | "فان" | "فانه" | "فانها"
            )
        })?;
    // `بحسب معطيات المنظمة فإن ...`: no comma, the view starts after `فإن`.
    if doc.tokens[boundary].key.starts_with("فان") {
        return Some(boundary + 1);
    }
    // `بالنسبة لـ X، رئيس ...، فإن ...`: an appositive may follow the source; the view starts after
    // its `فإن`.
    let window_end = (boundary + 1 + APPOSITIVE_WINDOW).min(sentence_end + 1);
    let view = (boundary + 1..window_end)
        .take_while(|&j| !super::document::is_quote_mark(&doc.tokens[j]) && !doc.is_cue(j))
        .find(|&j| matches!(doc.tokens[j].key.as_str(), "فان" | "فانه" | "فانها"));
    if let Some(view) = view {
        return Some(view + 1);
    }
    // `فبالنسبة للاتحاد الأوروبي، "الشريك الأساسي" للمملكة ...، في إطار سياسة الجوار، تشكل
    // الانتخابات ...`: segments that open with a quoted epithet or a preposition describe the
    // source or the circumstance; the view is the first segment that opens otherwise.
    // `حسب ما أفاد به البشير الرمضاني، الكاتب العام للنقابة`: a title after the source and
    // its comma says who the source is; it is no view.
    let appositive = doc
        .tokens
        .get(boundary + 1)
        .is_some_and(|t| crate::entities::is_title_word(t.name_key()));
    let mut start = boundary + 1;
    loop {
        let opens_aside = (start == boundary + 1 && appositive)
            || doc.tokens.get(start).is_some_and(|t| {
                super::document::is_quote_mark(t) || is_preposition(&t.key) || t.key == "ل"
            });
        if !opens_aside {
            return Some(start);
        }
        let next_comma = (start + 1..window_end)
            .take_while(|&j| !doc.is_cue(j))
            .find(|&j| doc.tokens[j].is_comma());
        match next_comma {
            Some(comma) if comma + 1 < window_end => start = comma + 1,
            _ => return (!appositive).then_some(boundary + 1),
        }
    }
}

/// Where the report starts after a verb whose complement is a noun phrase, not a clause: an
/// appeal (`دعوا فيه إلى إقالة المحافظ`, `طالب بإقالة ...`), a denial (`نفى التهم`), an
/// announcement with its speaker and time (`أعلن وزير الداخلية محمد حصاد فجر السبت تصدر الحزب
/// ...`). The cue's lexicon entry says which preposition, if any, introduces the report.
fn nominal_report_start(doc: &Doc, i: usize) -> Option<usize> {
    let cue = doc.cue(i)?;
    // `وفق ما أكد مصدر أمني لمراسلنا`: after `ما` ("what") the verb's object is what came
    // before it (`trailing_reports`), never the words after its subject.
    if cue.nominal.is_empty() || follows_what(doc.tokens, i) {
        return None;
    }
    let in_sentence = |j: usize| j < doc.tokens.len() && doc.same_sentence(i, j);
    let mut j = i + 1;
    if in_sentence(j) && matches!(doc.tokens[j].key.as_str(), "فيه" | "فيها") {
        j += 1;
    }
    // The speaker named after the cue, then time words and other names
    // (`أعلن وزير الداخلية محمد حصاد فجر السبت ...`), stand before the report.
    let cue_end = doc.tokens[i].span.end;
    // Whether the speaker is the verb's subject beyond doubt: no comma between them but one
    // after a title (`ونفى الوزير، سامي العلي، ...`). After a plain noun and a comma
    // (`ناشد رواده، وزير التعليم عزام الدخيل،`) the name may be the one appealed to, so no comma
    // after it is crossed to find the report.
    let mut subject_is_plain = true;
    let mut subject_found = false;
    if let Some(speaker) = doc
        .explicit_speaker(i)
        .and_then(|s| s.mention)
        .filter(|m| m.start >= cue_end)
    {
        let speaker_start = doc.token_at_or_after(speaker.start);
        subject_is_plain = (i + 2..speaker_start).all(|k| {
            !doc.tokens[k].is_comma()
                || crate::entities::is_title_word(doc.tokens[k - 1].name_key())
        });
        j = doc.token_at_or_after(speaker.end);
        subject_found = true;
        while in_sentence(j)
            && ((doc.in_mention[j] && !doc.in_speaker_mention[j])
                || is_time_word(doc.tokens[j].name_key()))
        {
            j += 1;
        }
    }
    // Asides between the speaker and the report (`، بهذه المناسبة،`, `في بيان لها اليوم`); after
    // a lone comma the report must start right there.
    let (j, right_after_comma) = past_nominal_asides(doc, i, j, subject_is_plain);
    let t = doc.tokens.get(j).filter(|_| in_sentence(j))?;
    // A direct object: a word that is not a name, a particle or a clause. After the subject a
    // demonstrative or `ما` opens it (`انتقدت الصحافة المحلية هذا القرار`); right after the verb
    // they would be its subject's place (`وأكد ذلك`).
    // After `كل من X` the other members (`ورئيس مجلس الوزراء`) would be taken for the object.
    let object = cue.nominal.contains(&"")
        && !opens_both_and(doc, i + 1)
        && t.is_word()
        && !opens_occasion(doc, j)
        && !doc.in_mention[j]
        && !is_preposition(&t.key)
        && (!is_function_word(&t.key) || (subject_found && is_object_pronoun_word(&t.key)))
        && !doc.lang.is_complementizer(t);
    // Where the report starts if token `k` is one of the cue's prepositions.
    // Whom a verb of calling on addresses, among the first words (`ودعت شرطة مدينة أوديسا
    // الأوكرانية المواطنين إلى`, `دعت في ماي الماضي كافة المدرسين إلى`).
    let addressee = (j..(j + NOMINAL_OBJECT_WORDS).min(doc.tokens.len()))
        .find(|&k| doc.lang.addressee_at(doc, i, k));
    let after_preposition = |k: usize| {
        let t = &doc.tokens[k];
        cue.nominal
            .iter()
            .find_map(|&preposition| match preposition {
                "" => None,
                // An attached preposition: the report is the word it is attached to (`بإقالة`).
                "ب" => (t.has_proclitic() && t.key.starts_with('ب')).then_some(k),
                // `على إثر اجتماع`, `على هامش الندوة`: an occasion, not the verb's `على`.
                word => (t.key == word && in_sentence(k + 1) && !opens_occasion(doc, k))
                    .then_some(k + 1),
            })
            // Past whom it calls on, `لـ` on a definite verbal noun is what it calls them to
            // (`ودعت كافة أعوان البريد للالتحاق بمراكز عملهم`); only there, as elsewhere it is
            // as often part of a title (`الأمين العام للاتحاد`).
            .or_else(|| {
                (addressee.is_some_and(|a| k > a) && t.has_proclitic() && t.key.starts_with("لل"))
                    .then_some(k)
            })
    };
    // The preposition follows the cue's speaker, or a few plain words the finder did not take
    // as one, a subject or an object (`أشاد أمير المنطقة بالاهتمام ...`, `طالب المواطنين
    // وخاصة الشباب منهم بالالتفاف ...`); punctuation, a cue or a complementizer ends the look.
    let limit = if right_after_comma {
        (j + 1).min(doc.tokens.len())
    } else if let Some(a) = addressee {
        (a + NOMINAL_ADDRESSEE_WORDS).min(doc.tokens.len())
    } else {
        (j + NOMINAL_OBJECT_WORDS).min(doc.tokens.len())
    };
    let blocked = (j..limit)
        .find(|&k| {
            let t = &doc.tokens[k];
            !in_sentence(k) || !t.is_word() || doc.is_cue(k) || doc.lang.is_complementizer(t)
        })
        .unwrap_or(limit);
    let start = if object {
        j
    } else {
        (j..blocked.max(j + 1)).find_map(after_preposition)?
    };
    // A noun phrase that is mostly quoted words (`شدد على أهمية "استعادة الثقة"`) is reported
    // by its quote, a partial one: no second, indirect quote around it. One that goes on after
    // its quoted words (`نبهت النقابة إلى "خطورة الوضع"، بسبب العجز ...`) is a report.
    let quoted_then_little = (start..(start + NOMINAL_QUOTE_WINDOW).min(doc.tokens.len()))
        .find(|&k| super::document::is_quote_mark(&doc.tokens[k]))
        .is_some_and(|mark| {
            let close = doc
                .runs
                .iter()
                .find(|r| r.open == Some(doc.tokens[mark].span.start))
                .map_or(doc.tokens.len(), |r| {
                    doc.token_at_or_after(r.content.end) + 1
                });
            // Up to the sentence end or the next cue, which starts a report of its own.
            (close..doc.tokens.len())
                .take_while(|&k| in_sentence(k) && !doc.is_cue(k))
                .filter(|&k| doc.tokens[k].is_word())
                .take(NOMINAL_WORDS_AFTER_QUOTE)
                .count()
                < NOMINAL_WORDS_AFTER_QUOTE
        });
    (!quoted_then_little).then_some(start)
}

/// `كل من` at token `k`: "both" of `كل من X و Y`.
fn opens_both_and(doc: &Doc, k: usize) -> bool {
    k + 1 < doc.tokens.len()
        && doc.same_sentence(k, k + 1)
        && doc.tokens[k].key == "كل"
        && doc.tokens[k + 1].key == "من"
}

/// How many words an aside between a cue's speaker and its nominal report may have (`، في بلاغ
/// لها اليوم الاربعاء،`: five; `في تصريح لمراسل الجوهرة اف ام،`: six).
const NOMINAL_ASIDE_WORDS: usize = 8;
/// How many words an appositive closed by a comma after a speaker's comma may have (`وزير
/// المالية، لمياء الزريبي،`: two).
const NOMINAL_APPOSITIVE_WORDS: usize = 3;

/// The token where a nominal report may start, past the asides that stand between a cue (and its
/// speaker, ending before token `j`) and the report, and whether a lone comma was crossed:
/// - an occasion closed by a comma, with or without one before it (`وشدد الوزير، بهذه
///   المناسبة، على ضرورة ...`, `وأشار في تصريح لمراسلنا، إلى إمكانية ...`);
/// - the statement it was made in, with no comma (`وأكدت في بيان لها اليوم ضرورة ...`);
/// - a comma after the speaker (`نفى الوزير عماد الحمامي، إمضاء الحكومة ...`), if
///   `may_cross_comma`: then the report must start right after it, as a comma also closes
///   clauses that are not the report.
fn past_nominal_asides(
    doc: &Doc,
    cue: usize,
    mut j: usize,
    may_cross_comma: bool,
) -> (usize, bool) {
    let in_sentence = |k: usize| k < doc.tokens.len() && doc.same_sentence(cue, k);
    let is_comma = |k: usize| in_sentence(k) && doc.tokens[k].is_comma();
    // The comma closing an aside that starts at `k`: no cue, quote or colon between.
    let closing_comma = |k: usize| {
        (k + 1..=k + NOMINAL_ASIDE_WORDS)
            .take_while(|&m| {
                in_sentence(m)
                    && !super::document::is_quote_mark(&doc.tokens[m])
                    && doc.tokens[m].key != ":"
                    && !doc.is_cue(m)
                    && !doc.lang.is_complementizer(&doc.tokens[m])
            })
            .find(|&m| is_comma(m))
    };
    let opens = |k: usize| in_sentence(k) && opens_occasion(doc, k);
    // Not before an appositive: a title (`، رئيس مركز الدراسات`), or a few words closed by a
    // comma (`وزير المالية، لمياء الزريبي، "إن ...`).
    let appositive = |k: usize| {
        (in_sentence(k) && crate::entities::is_title_word(doc.tokens[k].name_key()))
            || (k..=k + NOMINAL_APPOSITIVE_WORDS).any(|m| !in_sentence(m) || is_comma(m))
    };
    let mut crossed_comma = false;
    loop {
        if is_comma(j) && opens(j + 1) {
            if let Some(close) = closing_comma(j + 1) {
                j = close + 1;
                crossed_comma = false;
                continue;
            }
        }
        if opens(j) {
            if let Some(close) = closing_comma(j) {
                j = close + 1;
                crossed_comma = false;
                continue;
            }
            // `في بيان لها اليوم`, `في بلاغها`: the statement, whose it is and when, then the
            // report.
            let document = |t: &Token| {
                is_speech_document(&t.key)
                    || ["ها", "ه", "هم"]
                        .iter()
                        .any(|p| t.key.strip_suffix(p).is_some_and(is_speech_document))
            };
            if doc.tokens[j].key == "في" && in_sentence(j + 1) && document(&doc.tokens[j + 1]) {
                j += 2;
                while in_sentence(j)
                    && (matches!(doc.tokens[j].key.as_str(), "له" | "لها" | "صحفي" | "صحفيه")
                        || is_time_word(doc.tokens[j].name_key()))
                {
                    j += 1;
                }
                continue;
            }
            if let Some(end) = occasion_end(doc, cue, j) {
                j = end;
                continue;
            }
        }
        // The speaker's comma: with the speaker's title in apposition after it, closed by a comma
        // (`وانتقد عبد الله الحمدان، وزير الخارجية، قرار ...`), the report starts right after
        // the title; with no appositive, right after the comma.
        if is_comma(j) && j > cue + 1 && may_cross_comma && !crossed_comma {
            let titled =
                in_sentence(j + 1) && crate::entities::is_title_word(doc.tokens[j + 1].name_key());
            if let Some(close) = closing_comma(j + 1).filter(|_| titled) {
                j = close + 1;
                crossed_comma = true;
                continue;
            }
            if !appositive(j + 1) {
                j += 1;
                crossed_comma = true;
                continue;
            }
        }
        return (j, crossed_comma);
    }
}

/// Where a statement's occasion that no comma closes ends: a preposition of occasion, a noun and
/// what qualifies it (`خلال الندوة`, `خلال الشهر الماضي`, `أثناء زيارته للمدينة`, `خلال ندوة
/// صحفية`, `خلال الندوة الدولية حول الاستثمار`). The word after it must be a plain word, the head
/// of the report (`وأكد الوزير خلال الندوة أهمية ...`); a noun that heads what is said (`أهمية`)
/// ends the occasion even where it looks like an adjective. Anything else leaves the occasion
/// unread.
fn occasion_end(doc: &Doc, cue: usize, opener: usize) -> Option<usize> {
    let in_sentence = |k: usize| k < doc.tokens.len() && doc.same_sentence(cue, k);
    if !is_occasion_preposition(&doc.tokens[opener].key) {
        return None;
    }
    let plain_word = |k: usize| {
        let t = &doc.tokens[k];
        t.is_word()
            && !doc.is_cue(k)
            && !is_function_word(&t.key)
            && !is_preposition(&t.key)
            && !doc.lang.is_complementizer(t)
    };
    let definite = |k: usize| doc.tokens[k].name_key().starts_with("ال");
    let mut k = opener + 1;
    if !(in_sentence(k) && plain_word(k)) {
        return None;
    }
    // A possessive, read off the surface: the segmenter leaves it on most nouns (`لقائه`), and
    // `ة` is no pronoun.
    let surface = doc.tokens[k].span.slice(doc.text);
    let possessed = ["ه", "ها", "هم"].iter().any(|p| surface.ends_with(p));
    // An indefinite occasion may go on in a clause of its own (`خلال زيارة أداها اليوم إلى
    // ...`): only a noun that heads what is said then starts the report.
    let indefinite = !definite(k) && !possessed;
    k += 1;
    while in_sentence(k) && k <= opener + NOMINAL_ASIDE_WORDS {
        let t = &doc.tokens[k];
        if heads_what_is_said(t) {
            break;
        }
        let stem = super::document::strip_article(t.name_key());
        // Its adjectives and definite complements (`الدولية`, `للمدينة`, `بالعاصمة`).
        if plain_word(k) && (definite(k) || is_adjective(stem)) {
            k += 1;
            continue;
        }
        // A preposition's definite noun (`حول الاستثمار`, `مع الصحفيين`).
        if matches!(t.key.as_str(), "حول" | "مع")
            && in_sentence(k + 1)
            && plain_word(k + 1)
            && definite(k + 1)
        {
            k += 2;
            continue;
        }
        break;
    }
    let head = doc.tokens.get(k).filter(|_| in_sentence(k))?;
    (plain_word(k) && (!indefinite || heads_what_is_said(head))).then_some(k)
}

/// A preposition that opens when or where something was said and takes a noun phrase (`خلال
/// الندوة`, `لدى استقباله`). (`إثر` is left to `opens_occasion`: unfolded it is also `أثر`
/// "effect", which heads reports.)
fn is_occasion_preposition(key: &str) -> bool {
    matches!(key, "في" | "خلال" | "لدي" | "عقب" | "اثناء")
}

/// Whether token `k` opens the occasion of a statement rather than what was said: when, where or
/// at what it was said (`في`, `خلال`, `على هامش`, `بهذه المناسبة`, `اليوم`).
fn opens_occasion(doc: &Doc, k: usize) -> bool {
    let key = doc.tokens[k].key.as_str();
    is_occasion_preposition(key)
        || matches!(key, "اثر" | "بمناسبه" | "بالمناسبه" | "بهذه")
        || is_time_word(doc.tokens[k].name_key())
        || (key == "علي"
            && doc
                .tokens
                .get(k + 1)
                .is_some_and(|t| matches!(t.key.as_str(), "هامش" | "اثر")))
}

/// How far before `قد` and its cue the `كان` of a pluperfect may stand: a title, a name and an
/// appositive between (`وكان رئيس الحكومة الإسبانية، ماريانو راخوي، قد أكد`: eight tokens).
const PLUPERFECT_WINDOW: usize = 16;

/// The pluperfect (`وكان X قد أكد أن ...`, `وكانت الوزارة قد أعلنت`): its subject stands between
/// `كان` and `قد`, never after the verb. Read as if `كان` were the cue, so titles, appositives and
/// unnamed sources are found as after any verb; a speaker that runs into `قد` is not one.
fn subject_before_qad(doc: &Doc, cue: usize) -> Option<Speaker> {
    let qad = cue.checked_sub(1)?;
    if !doc.same_sentence(qad, cue) {
        return None;
    }
    if doc.tokens[qad].key != "قد" {
        return name_between_kana_and_cue(doc, cue);
    }
    let kana = opener_before(
        doc,
        cue,
        qad,
        PLUPERFECT_WINDOW,
        false,
        &["كان", "كانت", "كانوا"],
    )?;
    subject_after_kana(doc, kana, qad)
}

/// The subject between `كان` (or a complementizer) and token `end` (`قد` or the cue): found as
/// after any verb, else the first speaker named there and not behind a preposition.
fn subject_after_kana(doc: &Doc, kana: usize, end: usize) -> Option<Speaker> {
    let end_start = doc.tokens[end].span.start;
    explicit::after_cue(doc, kana)
        .filter(|s| s.mention.is_some_and(|m| m.end <= end_start))
        .or_else(|| {
            (kana + 1..end).find_map(|j| {
                let (span, entity) = doc.mention_starting_at(j)?;
                (doc.is_speaker_entity(entity)
                    && span.end <= end_start
                    && !doc.lang.carries_preposition(&doc.tokens[j]))
                .then(|| entity_speaker(doc, span, entity))
            })
        })
}

/// `وكان ترامب وصف كيم بأنه ...`, `وكان المرصد السوري لحقوق الإنسان المعارض لبشار الأسد أعلن
/// أن`: the pluperfect without `قد`. Its subject stands between `كان` and the cue (what follows
/// the cue is its object), found as after any verb, else the first speaker named there.
fn name_between_kana_and_cue(doc: &Doc, cue: usize) -> Option<Speaker> {
    // `كانت تصر على حضور اجتماعاته وقال مقربون`: a cue with its conjunction opens a clause of
    // its own; the pluperfect's verb follows its subject bare.
    if doc.cue_opens_clause(cue) {
        return None;
    }
    let kana = opener_before(
        doc,
        cue,
        cue,
        PLUPERFECT_WINDOW,
        true,
        &["كان", "كانت", "كانوا"],
    )?;
    // `كان` right before the cue is no pluperfect of it (`كان قال`: the subject follows); nor
    // is one with a clause of its own between (`كانت في طريقها إلى «فجر ليبيا»، حيث أعلنت`):
    // the subject is words and names only.
    let subject_only = (kana + 1..cue).all(|k| {
        let t = &doc.tokens[k];
        (t.is_word() || doc.marks_quoted_name(k)) && !is_function_word(&t.key)
    });
    if kana + 1 == cue || !subject_only {
        return None;
    }
    subject_after_kana(doc, kana, cue).or_else(|| pluperfect_subject_phrase(doc, kana, cue))
}

/// How far before a cue the complementizer of the report that holds it may stand, the cue's
/// subject between (`ذكر الموقع أن وزير الداخلية توماس دي ميزير قال إن`: six tokens).
const NESTED_SUBJECT_WINDOW: usize = 10;

/// `ذكرت الصحيفة أن الحكومة الألمانية قالت إن ...`: a cue inside a reported clause. After `أن`
/// the subject comes first, so the cue's subject stands between the complementizer and the cue,
/// as between `كان` and its verb: never the subject of the verb that reports it.
fn subject_after_complementizer(doc: &Doc, cue: usize) -> Option<Speaker> {
    // A source phrase (`أن العملية تتراوح بحسب المساحة`) has no subject before it.
    let verb = doc.cue(cue).is_some_and(|w| w.kind == CueKind::Verb);
    if !verb || doc.cue_opens_clause(cue) {
        return None;
    }
    let complementizer = (cue.saturating_sub(NESTED_SUBJECT_WINDOW)..cue)
        .rev()
        .take_while(|&j| {
            doc.same_sentence(j, cue)
                && !doc.is_cue(j)
                && !super::document::is_quote_mark(&doc.tokens[j])
        })
        .find(|&j| doc.lang.is_complementizer(&doc.tokens[j]))?;
    let subject_only = (complementizer + 1..cue).all(|k| {
        let t = &doc.tokens[k];
        t.is_word() && !is_function_word(&t.key) && !is_relative_pronoun(&t.key)
    });
    if complementizer + 1 == cue || !subject_only {
        return None;
    }
    subject_after_kana(doc, complementizer, cue)
        .or_else(|| pluperfect_subject_phrase(doc, complementizer, cue))
}

/// How many words a pluperfect's subject no finder knows may have (`المرصد السوري لحقوق
/// الإنسان المعارض لبشار الأسد`: seven).
const PLUPERFECT_SUBJECT_WORDS: usize = 8;

/// The words between `كان` and the cue as the speaker, when they are a definite noun phrase
/// or open with a title (no particle, pronoun or relative clause): the pluperfect's subject
/// stands nowhere else.
fn pluperfect_subject_phrase(doc: &Doc, kana: usize, cue: usize) -> Option<Speaker> {
    let words = kana + 1..cue;
    let noun_phrase = !words.is_empty()
        && words.len() <= PLUPERFECT_SUBJECT_WORDS
        && (doc.tokens[kana + 1].name_key().starts_with("ال")
            || crate::entities::is_title_word(doc.tokens[kana + 1].name_key()))
        && words.clone().all(|k| {
            let t = &doc.tokens[k];
            t.is_word()
                && !is_function_word(&t.key)
                && !is_relative_pronoun(&t.key)
                && !doc.lang.is_pronoun(t)
                && !is_time_word(t.name_key())
        });
    noun_phrase.then(|| {
        let span = NormSpan::new(
            doc.tokens[kana + 1].name_span().start,
            doc.tokens[cue - 1].span.end,
        );
        super::speaker::phrase::phrase_speaker(doc, span, AttributionMethod::Explicit)
    })
}

/// How many sentences back the person `الأخير` ("the latter") points to may have been named.
const LATTER_SENTENCES: usize = 1;

/// `أوضح الأخير`, `وقالت الأخيرة` ("the latter said"): the last person named before the cue.
fn the_latter(doc: &Doc, cue: usize) -> Option<Speaker> {
    let subject = doc.lang.skip_aside_after_cue(doc, cue, cue + 1);
    let token = doc
        .tokens
        .get(subject)
        .filter(|_| doc.same_sentence(cue, subject))?;
    if !matches!(token.key.as_str(), "الاخير" | "الاخيره") {
        return None;
    }
    // The last name of any kind: a speaker the tagger took for a place (`علاج أمينوكس، أوضح
    // الأخير`) is still the one meant.
    let sentence = doc.sentence_of_token[cue];
    let (named, entity) = (cue.saturating_sub(LATTER_WINDOW)..cue)
        .rev()
        .take_while(|&j| sentence - doc.sentence_of_token[j] <= LATTER_SENTENCES)
        .filter_map(|j| doc.mention_ending_at(j))
        .find(|&(_, e)| doc.is_speaker_entity(e) || doc.entities[e].label == Label::Location)?;
    Some(Speaker {
        mention: Some(token.span),
        ..entity_speaker(doc, named, entity)
    })
}

/// How many tokens back `الأخير` looks for the name it points to.
const LATTER_WINDOW: usize = 40;

/// How far back a report that its cue follows may start (`لكنه لم يلحق بالرحلة ... بحسب ما
/// أكد المدرب`), so a sentence without commas stays linear.
const TRAILING_CLAUSE_WINDOW: usize = 40;
/// How far after a trailing cue its own complement would stand (`كما أوضح المشرف على
/// البرنامج ... أن`): then the cue reports that, not what came before.
const TRAILING_COMPLEMENT_WINDOW: usize = 12;
/// A report its cue follows needs this many words.
const TRAILING_MIN_WORDS: usize = 3;

/// Content before its cue: `X، كما يقول البعض`, `... بحسب ما أكد المدرب`, `...، وفق ما أفاد به
/// X`, `...، وهو ما أكده X`. The connector (`كما`, `حسب ما`, `وهو ما`) says the words before are
/// the speaker's; they run back to the comma before, or to the start of the sentence.
fn trailing_reports(doc: &Doc, out: &mut Vec<Candidate>) {
    let key = |j: usize| strip_conjunction(&doc.tokens[j].key);
    // The clauses reported by a cue before them, sorted by start and never nested.
    let reported_count = out.len();
    for i in 2..doc.tokens.len() {
        if !doc.is_speech_verb(i) || !doc.same_sentence(i - 2, i) {
            continue;
        }
        let boundary = if key(i - 1) == "كما" {
            i - 1
        } else if follows_what(doc.tokens, i)
            && (doc.is_source_phrase(i - 2)
                // `وهو ما أكده الوزير` ("which is what the minister said"), with a subject
                // named: `وهو ما يبرز، حسب رأيه، أن` is no report of what came before.
                || (is_which_is(&doc.tokens[i - 2].key)
                    && doc
                        .explicit_speaker(i)
                        .is_some_and(|s| s.method == AttributionMethod::Explicit)))
        {
            i - 2
        } else {
            continue;
        };
        // A cue with its own complement (`كما أوضح X أن ...`) reports that; a relative clause
        // after its subject (`... الذي قال: "..."`) belongs to the subject.
        let sentence_end = doc.sentence_end(i);
        let own_complement = (i + 1..(i + 1 + TRAILING_COMPLEMENT_WINDOW).min(sentence_end + 1))
            .take_while(|&j| !is_relative_pronoun(&doc.tokens[j].key))
            .any(|j| doc.opens_complement(j));
        if own_complement {
            continue;
        }
        // `كما` is also "and also" (`كما نفى عنه التهمة`): it means "as X says" only when the
        // cue and its subject close the clause (`كما يقول البعض؛`).
        if boundary == i - 1 {
            let closes_clause = doc
                .explicit_speaker(i)
                .and_then(|s| s.mention)
                .map(|m| doc.token_at_or_after(m.end))
                .is_some_and(|after| {
                    after > sentence_end
                        || doc.tokens[after].kind == crate::tokens::TokenKind::Punctuation
                        || is_relative_pronoun(&doc.tokens[after].key)
                });
            if !closes_clause {
                continue;
            }
        }
        let sentence_start = doc.sentence_start(i);
        let mut end = boundary;
        while end > sentence_start
            && doc.tokens[end - 1].kind == crate::tokens::TokenKind::Punctuation
        {
            end -= 1;
        }
        let end = before_linking_that(doc, sentence_start, end);
        let start = trailing_clause_start(doc, sentence_start, end);
        if start >= end || super::document::is_quote_mark(&doc.tokens[start]) {
            continue;
        }
        let span = NormSpan::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
        // Already reported by a cue before it (`قال X إن ...، كما أكد Y`).
        let reported = overlaps_reported(&out[..reported_count], span);
        if reported || !doc.has_words(start..end, TRAILING_MIN_WORDS) {
            continue;
        }
        out.push(doc.reported_clause(span, i));
    }
}

/// `end` moved back over a `وذلك` ("and that") linking the content to its trailing cue (`...،
/// وذلك وفق ما أفاد به مصدر أمني`) and the punctuation before it.
fn before_linking_that(doc: &Doc, sentence_start: usize, end: usize) -> usize {
    if end <= sentence_start || strip_conjunction(&doc.tokens[end - 1].key) != "ذلك" {
        return end;
    }
    let mut end = end - 1;
    while end > sentence_start && doc.tokens[end - 1].kind == crate::tokens::TokenKind::Punctuation
    {
        end -= 1;
    }
    end
}

/// Where the clause a trailing cue reports starts, the cue's connector at `end`: after the
/// comma before it, within `TRAILING_CLAUSE_WINDOW` tokens, or at the sentence start. A segment
/// that cannot stand alone goes on from the one before it: a dependent clause (`...، مما سيجنب
/// المدرسة مزيدا من التصعيد، وفق قوله`), the time of what was told (`تمكنت الفرقة بالمنستير،
/// عشية اليوم، من حجز ...، وفق ما أكده مصدر أمني`, `...، وذلك حسب ما أفاد به`), or a
/// prepositional complement of the verb before the comma (`...، من إيقاف شخص`, `...، بالمشير`).
fn trailing_clause_start(doc: &Doc, sentence_start: usize, end: usize) -> usize {
    let segment_start = |end: usize| {
        (end.saturating_sub(TRAILING_CLAUSE_WINDOW)
            .max(sentence_start)..end)
            .rev()
            .find(|&j| matches!(doc.tokens[j].key.as_str(), "،" | "," | "؛" | ";" | ":"))
            .map_or(sentence_start, |comma| comma + 1)
    };
    let mut start = segment_start(end);
    while start > sentence_start && start < end {
        let opening = strip_conjunction(&doc.tokens[start].key);
        let dependent = matches!(opening, "مما" | "ما" | "وهو" | "هو");
        let time = is_time_word(opening) || opening == "عشيه";
        let linked = opening == "ذلك";
        // `تمكنت الوحدات، في إقليم جيريسون، من إيقاف ...`: a complement of the verb before.
        let complement = is_preposition(&doc.tokens[start].key)
            || opening == "خلال"
            || (doc.tokens[start].has_proclitic()
                && strip_conjunction(&doc.tokens[start].key).starts_with(['ب', 'ل']));
        if !(dependent || time || linked || complement) {
            break;
        }
        start = segment_start(start - 1);
    }
    start
}

/// Content its source phrase follows: `سيتم فتح الطريق الأسبوع المقبل، حسب والي الجهة.`, `الوضع
/// صعب على حد قوله.` The source must be someone who can speak (a found name, a title, a source
/// noun, or the saying of someone met before, `حسب قوله`), not a rule, a plan or figures (`وفق
/// القانون`, `وفقا للأرقام الرسمية`), and it must close the sentence. (A source phrase set off by
/// commas inside the sentence, `تسعى الوزارة، وفق الوزيرة، إلى ...`, opens the report after it:
/// `source_clause_start`.) `out[..reported_count]` are the clauses a cue before them reports,
/// sorted by start.
fn reports_around_source_phrase(doc: &Doc, out: &mut Vec<Candidate>, reported_count: usize) {
    for i in 1..doc.tokens.len() {
        if !doc.is_source_phrase(i)
            || strip_conjunction(&doc.tokens[i].key) == "بالنسبه"
            || doc.quoted_run_at(doc.tokens[i].span.start).is_some()
        {
            continue;
        }
        let sentence_start = doc.sentence_start(i);
        let sentence_end = doc.sentence_end(i);
        // `بحسب ما أكد المدرب` is the speech verb's (`trailing_reports`).
        if i + 1 > sentence_end || doc.tokens[i + 1].key == "ما" {
            continue;
        }
        let first = i + 1 + doc.lang.source_link_len(doc, i + 1);
        if first > sentence_end {
            continue;
        }
        let source_end = doc
            .explicit_speaker(i)
            .filter(|speaker| {
                source_can_speak(doc, first, speaker) && !is_figures(doc.tokens[first].name_key())
            })
            .and_then(|speaker| speaker.mention)
            .map(|m| doc.token_at_or_after(m.end))
            // `حسب قوله`, `على حد تعبيرها`: the saying of someone met before.
            .or_else(|| is_saying(doc, i + 1).then_some(i + 2));
        let Some(source_end) = source_end else {
            continue;
        };
        let closes_sentence = source_end > sentence_end
            || doc.tokens[source_end..=sentence_end]
                .iter()
                .all(|t| t.kind == crate::tokens::TokenKind::Punctuation);
        if !closes_sentence {
            continue;
        }
        // The words before the phrase (`على` of `على حد` is its own), back to the comma before
        // them or the sentence start.
        let mut end = if doc.tokens[i].key == "حد" {
            i - 1
        } else {
            i
        };
        // `... "للتأثير في الناخبين" بحسب بيان صادر عن الحزب`, `"..."، حسب رأيه`: right after
        // a closing mark the phrase attributes the quoted words, not the writer's sentence
        // around them.
        let mut after_quote = false;
        while end > sentence_start
            && doc.tokens[end - 1].kind == crate::tokens::TokenKind::Punctuation
        {
            after_quote |= super::document::is_quote_mark(&doc.tokens[end - 1]);
            end -= 1;
        }
        if after_quote {
            continue;
        }
        let end = before_linking_that(doc, sentence_start, end);
        let start = trailing_clause_start(doc, sentence_start, end);
        if start >= end
            || super::document::is_quote_mark(&doc.tokens[start])
            || !doc.has_words(start..end, TRAILING_MIN_WORDS)
        {
            continue;
        }
        let span = NormSpan::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
        // Already reported by a cue before it (`قال X إن ...، حسب قوله`).
        let reported = overlaps_reported(&out[..reported_count], span);
        if reported {
            continue;
        }
        out.push(doc.reported_clause(span, i));
    }
}

/// `span` overlaps one of `reported`, clauses sorted by start that never nest, so only the
/// last two starting before its end can reach it.
fn overlaps_reported(reported: &[Candidate], span: NormSpan) -> bool {
    let before = reported.partition_point(|c| c.span.start < span.end);
    reported[before.saturating_sub(2)..before]
        .iter()
        .any(|c| span.start < c.span.end)
}

/// Where the source starts, past its link (`ما أفاد به`, the press spoken to), when the source
/// phrase at token `i` names someone who can speak (`حسب الوزير`, `حسب ما أفاد به X`) or their
/// saying (`حسب قوله`, whose speaker the attribution finds).
fn speaking_source_start(doc: &Doc, i: usize) -> Option<usize> {
    let first = i + 1 + doc.lang.source_link_len(doc, i + 1);
    if doc.tokens.get(i + 1).is_some_and(|t| t.key == "ما") {
        return Some(first);
    }
    if first >= doc.tokens.len() {
        return None;
    }
    let speaks = match doc.explicit_speaker(i) {
        Some(speaker) => source_can_speak(doc, first, &speaker),
        None => is_saying(doc, i + 1),
    };
    speaks.then_some(first)
}

/// `قوله`, `تعبيرها`: the saying of someone met before, at token `i`.
fn is_saying(doc: &Doc, i: usize) -> bool {
    let Some(token) = doc.tokens.get(i) else {
        return false;
    };
    let key = strip_conjunction(&token.key);
    ["قول", "تعبير", "راي", "وصف", "تصريح"].iter().any(|noun| {
        key.strip_prefix(noun)
            .is_some_and(|pronoun| matches!(pronoun, "ه" | "ها" | "هم" | "هما"))
    })
}

/// The source a source phrase names, starting at token `first`, can speak: a person, an
/// organization or a group, a title, a source noun, or a name the tagger missed; not a rule or
/// a plan (`حسب القانون`, `وفق البرنامج`).
fn source_can_speak(doc: &Doc, first: usize, speaker: &Speaker) -> bool {
    let key = doc.tokens[first].name_key();
    speaker.entity.is_some_and(|e| doc.is_speaker_entity(e))
        || doc.is_source_noun(first)
        || crate::entities::is_title_word(key)
        || key
            .strip_prefix("ال")
            .is_some_and(crate::entities::is_title_word)
        || doc.lang.is_honorific(&doc.tokens[first])
        || (doc.is_name_like(first) && !key.starts_with("ال"))
}

/// The token after the press spoken to (at token `j`) and the comma that fences it off from the
/// speaker who follows: `لمراسل الجوهرة أف أم في المهدية، المدير الجهوي`, `لـ"الجوهرة أف ام"،
/// مصدر امني`. Without the comma the words after the outlet may be the speaker's
/// (`للجوهرة أف أم اليوم مصدر`), so nothing is skipped.
fn fenced_press_addressee_end(doc: &Doc, j: usize) -> Option<usize> {
    let in_sentence = |k: usize| k < doc.tokens.len() && doc.same_sentence(j, k);
    let name_start = if in_sentence(j) && doc.tokens[j].key == "ل" {
        doc.after_quoted_name(j + 1)?
    } else if doc.lang.press_addressee(doc, j) {
        j + 1
    } else {
        return None;
    };
    let comma = (name_start..name_start + PRESS_ADDRESSEE_WORDS)
        .find(|&k| !in_sentence(k) || !doc.tokens[k].is_word())
        .filter(|&k| in_sentence(k) && doc.tokens[k].is_comma())?;
    doc.tokens
        .get(comma + 1)
        .is_some_and(|t| t.is_word() && in_sentence(comma + 1))
        .then_some(comma + 1)
}

/// How many words an addressee after `مخاطبا` may have (`مخاطبا أنصار الحزب`: two).
const ADDRESSEE_WORDS: usize = 6;
/// How many words of an outlet's name and place may follow the press spoken to before the comma
/// that ends them (`لمراسل الجوهرة أف أم في المهدية،`: five after `لمراسل الجوهرة`).
const PRESS_ADDRESSEE_WORDS: usize = 6;

/// The nearest of `openers` (`كان`, `أما`: words that put a cue's subject before it) within
/// `window` tokens before token `end`, in the cue's sentence and with no other cue, quote mark
/// or, if asked, complementizer between.
fn opener_before(
    doc: &Doc,
    cue: usize,
    end: usize,
    window: usize,
    stop_at_complementizer: bool,
    openers: &[&str],
) -> Option<usize> {
    (end.saturating_sub(window)..end)
        .rev()
        .take_while(|&j| {
            // A name in marks on the way is part of a title (`وكان X، عضو جمعية "واحات
            // جمنة" بقبلي، قد أكد`); other quoted words end the look.
            let ends_look = doc.is_cue(j)
                || (super::document::is_quote_mark(&doc.tokens[j]) && !doc.marks_quoted_name(j))
                || (stop_at_complementizer && doc.lang.is_complementizer(&doc.tokens[j]));
            doc.same_sentence(j, cue) && !ends_look
        })
        .find(|&j| openers.contains(&strip_conjunction(&doc.tokens[j].key)))
}

/// How far a topic `أما X،` may stand before the cue that answers it with `فـ` (`أما القيادي
/// بحزب التحرير، سعيد خشارم، فقال`: eight tokens).
const TOPIC_WINDOW: usize = 16;

/// `أما الوزير سامي العبيدي فقال إن ...` ("as for X, he said"): a cue carrying `فـ` answers the
/// topic `أما` put first; the speaker is the person named in it, else the topic phrase (`أما
/// الوزارة فأكدت`).
fn subject_of_topic(doc: &Doc, cue: usize) -> Option<Speaker> {
    let answers_topic = doc.tokens[cue].key.starts_with('ف') && doc.cue_has_conjunction(cue);
    if !answers_topic {
        return None;
    }
    let amma = opener_before(doc, cue, cue, TOPIC_WINDOW, true, &["اما"])?;
    let cue_start = doc.tokens[cue].span.start;
    (amma + 1..cue)
        .find_map(|j| {
            let (span, entity) = doc.mention_starting_at(j)?;
            (doc.entities[entity].label == Label::Person && span.end <= cue_start)
                .then(|| entity_speaker(doc, span, entity))
        })
        .or_else(|| {
            explicit::after_cue(doc, amma).filter(|s| s.mention.is_some_and(|m| m.end <= cue_start))
        })
}

/// `أيده مجلس الشيوخ الذي اعتبر أن ...`: a cue right after a relative pronoun has the noun the
/// relative clause hangs on as its subject, named just before the pronoun.
fn subject_before_relative(doc: &Doc, cue: usize) -> Option<Speaker> {
    let relative = cue.checked_sub(1)?;
    if !is_relative_pronoun(&doc.tokens[relative].key) || !doc.same_sentence(relative, cue) {
        return None;
    }
    speaker_named_up_to(doc, relative.checked_sub(1)?)
}

/// The speaker named by a mention whose last token is `last`, unless a preposition carries it
/// (`رسالة إلى وزارة الداخلية`, `تقريرا بباريس`: what it is sent to or where, not who speaks).
fn speaker_named_up_to(doc: &Doc, last: usize) -> Option<Speaker> {
    let (span, entity) = doc.mention_ending_at(last)?;
    let first = doc.token_containing(span.start);
    (doc.is_speaker_entity(entity) && !doc.lang.carries_preposition(&doc.tokens[first]))
        .then(|| entity_speaker(doc, span, entity))
}

/// How far after `نقل` its `عن` may stand (`ونقلت وكالة رويترز للأنباء عن محامي مبارك`: four
/// words between).
const RELAY_WINDOW: usize = 8;

/// `ونقلت وكالة رويترز عن الشرطة الصومالية أن ...`: the outlet relays, the one it relays from
/// (after `عن`, before the complementizer) is the speaker. Without `عن` the outlet speaks, as
/// after any cue (`ونقلت وسائل إعلام مصرية أن`).
fn relayed_source(doc: &Doc, cue: usize) -> Option<Speaker> {
    if !strip_conjunction(&doc.tokens[cue].key).starts_with("نقل") || !doc.is_speech_verb(cue) {
        return None;
    }
    // The token after the sentence: the scans below stop there.
    let past_sentence = doc.sentence_end(cue) + 1;
    let from = (cue + 1..(cue + RELAY_WINDOW).min(past_sentence))
        .take_while(|&k| {
            let t = &doc.tokens[k];
            !doc.lang.is_complementizer(t) && t.key != ":" && !doc.is_cue(k)
        })
        .find(|&k| doc.tokens[k].key == "عن")?;
    // `عن الجمعية القول إن`: "the saying" closes whose it is.
    let saying = (from + 2..(from + RELAY_WINDOW).min(past_sentence))
        .take_while(|&k| !doc.lang.is_complementizer(&doc.tokens[k]))
        .find(|&k| doc.tokens[k].key == "القول");
    if let Some(saying) = saying {
        return Some(explicit::titles_speaker(doc, from + 1..saying));
    }
    named_after(doc, from)
}

/// Who is named after token `k` (`عن`, a document noun) as a cue's subject would be, an explicit
/// attribution however the finder reached it.
fn named_after(doc: &Doc, k: usize) -> Option<Speaker> {
    explicit::after_cue(doc, k).map(|s| Speaker {
        method: AttributionMethod::Explicit,
        ..s
    })
}

/// How far before a saying (`قوله`) the `عن` of whom it is relayed from may stand (`عن ستيف
/// ساليسبري، قائد الفريق الذي أجرى الدراسة في جامعة كوينزلاند قوله`: fourteen tokens).
const RELAYED_SAYING_WINDOW: usize = 20;

/// `ونقلت الصحيفة عن ستيف ساليسبري، قائد الفريق، قوله: "..."`, `ونقلت الوكالة عن الوزير قوله إن
/// ...`: a saying relayed from someone named after `عن` is theirs, not the outlet's.
fn source_of_relayed_saying(doc: &Doc, cue: usize) -> Option<Speaker> {
    if doc.cue(cue)?.kind != CueKind::Saying {
        return None;
    }
    // No other cue between: `تحدث الوزير عن الوضع، مضيفا قوله` is his own saying.
    let first = doc.sentence_start(cue);
    let from = (first.max(cue.saturating_sub(RELAYED_SAYING_WINDOW))..cue)
        .rev()
        .take_while(|&k| !doc.is_cue(k))
        .find(|&k| doc.tokens[k].key == "عن")?;
    named_after(doc, from)
}

/// How far before `قال فيه` ("said in it") the thing it was said in may stand (`أصدرت الجمعية
/// بيانا صباح اليوم أكدت فيه`: three words; `تصريحات وزير التشغيل التي قال فيها`: four).
const DOCUMENT_BEFORE_CUE: usize = 6;
/// How far before that document its issuer may be named (`أصدرت الجمعية التونسية لحكام كرة
/// القدم بيانا`: six words).
const ISSUER_BEFORE_DOCUMENT: usize = 10;
/// How many words the issuer may have when it is a title or a description with no name
/// (`وأصدر وزير الصحة بيانا`: two).
const ISSUER_PHRASE_WORDS: usize = 3;

/// `أصدرت الجمعية بيانا أكدت فيه أن ...`, `ألقى الرئيس خطابا قال فيه إن ...`: a cue with no
/// subject, followed by `فيه`/`فيها` ("in it"), speaks through the statement, speech or post
/// just before it; the speaker is who issued it: the author in its construct, up to a relative
/// pronoun (`تصريحات وزير التشغيل التي قال فيها`, `بلاغ رئاسة الحكومة الذي دعت فيه`), else the
/// nearest name before it in the clause, else the subject of the verb opening the sentence
/// (`وأصدر وزير الصحة بيانا`). A subject after `فيه` (`أكد فيه ممثل الشركة`) is
/// `explicit::after_cue`'s, tried first.
fn issuer_of_document(doc: &Doc, cue: usize) -> Option<Speaker> {
    let resumptive = doc.tokens.get(cue + 1)?;
    if !matches!(resumptive.key.as_str(), "فيه" | "فيها") || !doc.same_sentence(cue, cue + 1)
    {
        return None;
    }
    let first = doc.sentence_start(cue);
    let noun = (first.max(cue.saturating_sub(DOCUMENT_BEFORE_CUE))..cue)
        .rev()
        .find(|&k| is_speech_document(&doc.tokens[k].key))?;
    // The author in the document's construct, which a relative pronoun closes.
    if is_relative_pronoun(&doc.tokens[cue - 1].key) && noun + 2 < cue {
        let relative_start = doc.tokens[cue - 1].span.start;
        return named_after(doc, noun)
            .filter(|s| s.mention.is_some_and(|m| m.end <= relative_start));
    }
    let named = (first.max(noun.saturating_sub(ISSUER_BEFORE_DOCUMENT))..noun)
        .rev()
        .take_while(|&k| {
            !doc.lang.is_complementizer(&doc.tokens[k])
                && !super::document::is_quote_mark(&doc.tokens[k])
        })
        .find_map(|k| speaker_named_up_to(doc, k));
    named.or_else(|| {
        // `وأصدر وزير الصحة بيانا`, `ونشر اللاعب تغريدة`: a title or a definite noun between
        // the opening verb and the document.
        let subject = first + 1..noun;
        let described = !subject.is_empty()
            && subject.len() <= ISSUER_PHRASE_WORDS
            && doc.lang.opens_with_verb(doc, first)
            && {
                let key = doc.tokens[first + 1].name_key();
                crate::entities::is_title_word(key) || key.starts_with("ال")
            }
            && subject.clone().all(|k| {
                let t = &doc.tokens[k];
                t.is_word() && !is_function_word(&t.key) && !is_preposition(&t.key)
            });
        described.then(|| explicit::titles_speaker(doc, subject))
    })
}

/// What one says something in (`بيان`, `خطاب`, `تغريدة`, `ندوة صحفية`), with the article or
/// the accusative alif (`بيانا`) it may carry.
fn is_speech_document(key: &str) -> bool {
    let key = super::document::strip_article(strip_conjunction(key));
    let key = key
        .strip_suffix('ا')
        .filter(|k| k.chars().count() >= 3)
        .unwrap_or(key);
    matches!(
        key,
        "بيان"
            | "بلاغ"
            | "خطاب"
            | "تصريح"
            | "تصريحات"
            | "حوار"
            | "حديث"
            | "مقال"
            | "تقرير"
            | "منشور"
            | "كتاب"
            | "رساله"
            | "تغريده"
            | "تدوينه"
            | "شكايه"
            | "شكوي"
            | "كلمه"
            | "مقابله"
            | "مذكره"
            | "ندوه"
            | "مؤتمر"
            | "لقاء"
    )
}

/// How far back in its sentence a subordinate cue looks for the main clause's subject (`ثم عزز
/// مدرب الفريق X فرضية ضم اللاعب عندما قال`: about ten tokens).
const MAIN_CLAUSE_WINDOW: usize = 24;

/// `عزز المدرب X الفرضية عندما قال ...`: a cue opening a clause of time or reason with no subject
/// of its own says what the main clause's subject said: the first speaker named in the sentence
/// before it.
fn subject_of_main_clause(doc: &Doc, cue: usize) -> Option<Speaker> {
    let subordinator = cue.checked_sub(1)?;
    if !matches!(
        strip_conjunction(&doc.tokens[subordinator].key),
        "عندما" | "حينما" | "حين" | "بعدما" | "لما" | "حيث" | "اذ"
    ) || !doc.same_sentence(subordinator, cue)
    {
        return None;
    }
    let from = doc
        .sentence_start(subordinator)
        .max(subordinator.saturating_sub(MAIN_CLAUSE_WINDOW));
    (from..subordinator)
        .take_while(|&k| {
            !doc.lang.is_complementizer(&doc.tokens[k])
                && !super::document::is_quote_mark(&doc.tokens[k])
        })
        .find_map(|k| {
            let (span, entity) = doc.mention_starting_at(k)?;
            (doc.entities[entity].label == Label::Person
                && span.end <= doc.tokens[subordinator].span.start)
                .then(|| entity_speaker(doc, span, entity))
        })
}

/// The gender and number of the third-person pronoun attached to `token` (`رأيه`: masculine
/// singular, `مسؤوليتها`: feminine singular, `رفضهم`: plural), if it carries one.
fn attached_pronoun(doc: &Doc, token: &Token) -> Option<Agreement> {
    let pronoun = token
        .segments
        .iter()
        .rfind(|s| s.role == SegmentRole::Enclitic)
        .map(|s| s.span.slice(doc.text))?;
    let (gender, number) = match pronoun {
        "ه" => (Some(Gender::Masculine), Number::Singular),
        "ها" => (Some(Gender::Feminine), Number::Singular),
        "هم" => (Some(Gender::Masculine), Number::Plural),
        "هن" => (Some(Gender::Feminine), Number::Plural),
        "هما" => (None, Number::Dual),
        _ => return None,
    };
    Some(Agreement {
        gender,
        number: Some(number),
    })
}

/// `نفى الجيش الليبي مسؤوليته عن القصف`, `أعلنت الفصائل رفضها للقرار`: a definite noun phrase
/// right after the verb, then a noun whose pronoun points back at it. The phrase is the verb's
/// subject and speaks; the noun with the pronoun opens what was said.
fn subject_before_own_object(doc: &Doc, cue: usize) -> Option<Speaker> {
    let word = doc.cue(cue).filter(|w| w.kind == CueKind::Verb)?;
    let start = cue + 1;
    let subject_word = |k: usize| {
        let t = &doc.tokens[k];
        t.is_word()
            && t.key.starts_with("ال")
            && !t.has_enclitic()
            && !doc.is_cue(k)
            && !is_time_word(t.name_key())
            && !is_function_word(&t.key)
    };
    let object = (start..(start + OWN_OBJECT_SUBJECT_WORDS + 1).min(doc.tokens.len()))
        .take_while(|&k| doc.same_sentence(cue, k))
        .find(|&k| k == start + OWN_OBJECT_SUBJECT_WORDS || !subject_word(k))?;
    if object == start {
        return None;
    }
    let t = &doc.tokens[object];
    if !t.is_word()
        || is_preposition(&t.key)
        || is_function_word(&t.key)
        || doc.lang.is_complementizer(t)
    {
        return None;
    }
    let pronoun = attached_pronoun(doc, t)?;
    // A singular pronoun agrees with the verb (`نفى ... مسؤوليته`, `نفت ... مسؤوليتها`); a plural
    // subject after its verb leaves the verb singular (`أعلن المحتجون رفضهم`).
    let disagrees = pronoun.number == Some(Number::Singular)
        && matches!((word.agreement.gender, pronoun.gender), (Some(v), Some(p)) if v != p);
    (!disagrees).then(|| phrase_of(doc, start, object))
}

/// The fewest letters after the article of a group named by its sound plural in the nominative
/// (`المحتجون`: six); fewer, and the word is a singular noun ending in `ون` (`القانون`,
/// `المخزون`, `الزيتون`).
const GROUP_PLURAL_LETTERS: usize = 6;

/// `وأعلن المعتصمون ...`, `واتهم المحتجون القاضية بـ...`: a group named by a definite sound
/// masculine plural right after the verb. The `ون` ending is the nominative, so the group is the
/// subject (the object would end in `ين`) and speaks, under the plural's own name. A name there
/// was taken by `after_cue` before; after a noun cue the word would be genitive (`ين`).
fn group_after_verb(doc: &Doc, cue: usize) -> Option<Speaker> {
    let start = cue + 1;
    let t = doc
        .tokens
        .get(start)
        .filter(|_| doc.same_sentence(cue, start))?;
    let stem = t.name_key().strip_prefix("ال")?;
    let group = stem.ends_with("ون") && stem.chars().count() >= GROUP_PLURAL_LETTERS;
    group.then(|| phrase_of(doc, start, start + 1))
}

/// The fewest letters of a sound masculine plural in the construct state (`مصنعو`, `موظفو`);
/// shorter words in `و` are verbs and nouns (`يدعو`, `نحو`).
const CONSTRUCT_PLURAL_LETTERS: usize = 5;

/// How many words the noun phrase of an agent after its verb may have (`المدير العام للشركة`,
/// `السلطات الأميركية والبريطانية والفرنسية`: four).
const AGENT_PHRASE_WORDS: usize = 4;

/// `أكدت الوزارة ضرورة ...`, `ونفى الوزير الاتهامات`, `انتقدت السلطات الإيرانية التحالف`, `يرفض
/// مصنعو البلاستيك هذا القرار`: a noun naming an agent (a title, an institution, an authority,
/// a group of people) right after a verb that takes an object, with its adjectives or the
/// definite noun it governs, then a second noun phrase. After a verb the first noun phrase is
/// its subject and the second its object, the report; with one noun phrase only, the subject
/// was left implicit and that phrase is the object, so the second must be there. A verb agrees
/// with its subject in gender: a noun of the other gender is the object (`وانتقد السلطات`, "he
/// criticized the authorities").
fn agent_before_object(doc: &Doc, cue: usize) -> Option<Speaker> {
    let word = doc
        .cue(cue)
        .filter(|w| w.kind == CueKind::Verb && w.nominal.contains(&""))?;
    // (`same_sentence` is false past the last token.)
    let start = doc.lang.skip_aside_after_cue(doc, cue, cue + 1);
    let head = doc
        .tokens
        .get(start)
        .filter(|_| doc.same_sentence(cue, start))?;
    if !head.is_word() || doc.in_mention[start] || doc.lang.carries_preposition(head) {
        return None;
    }
    let head_key = head.name_key();
    let bare = super::document::strip_article(head_key);
    let title = crate::entities::is_arabic_title_head(head_key)
        || crate::entities::is_arabic_title_head(bare);
    let agent = title
        || crate::entities::is_institution_head(bare)
        || is_authority_noun(bare)
        || HUMAN_PLURALS.contains(&bare)
        // The construct state of a sound masculine plural (`مصنعو`, `موظفو`).
        || (head_key.ends_with('و') && head_key.chars().count() >= CONSTRUCT_PLURAL_LETTERS);
    if !agent {
        return None;
    }
    let definite = head_key.starts_with("ال") || head.has_enclitic();
    let is_definite_word = |k: usize| {
        let t = &doc.tokens[k];
        t.is_word()
            && t.name_key().starts_with("ال")
            && !doc.is_cue(k)
            && !is_function_word(&t.key)
            && !is_time_word(t.name_key())
    };
    let mut end = start + 1;
    // An indefinite head governs the definite noun after it (`وزير الصحة`, `مصنعو البلاستيك`),
    // which may be a name (`دول الخليج`).
    if !definite {
        if !(doc.same_sentence(cue, end)
            && !doc.tokens[end].has_proclitic()
            && is_definite_word(end))
        {
            return None;
        }
        end += 1;
    }
    // Its adjectives, joined or not (`الأميركية والبريطانية`), and a definite complement with
    // `لـ` (`المدير العام للشركة`).
    while doc.same_sentence(cue, end) && end - start < AGENT_PHRASE_WORDS && is_definite_word(end) {
        let t = &doc.tokens[end];
        let stem = super::document::strip_article(t.name_key());
        let complement = t.has_proclitic() && strip_conjunction(&t.key).starts_with('ل');
        if !(is_adjective(stem) || complement) {
            break;
        }
        end += 1;
    }
    let span = NormSpan::new(head.name_span().start, doc.tokens[end - 1].span.end);
    let traits = doc.lang.traits_of_phrase(span.slice(doc.text));
    if matches!((word.agreement.gender, traits.gender), (Some(v), Some(n)) if v != n) {
        return None;
    }
    // The object: a noun phrase, or a demonstrative or `ما` opening one; not a preposition's
    // phrase, nor a word joined to the subject by `و`. (Where the time of saying, a statement
    // or a complementizer follows the subject, the speaker phrase ends there and `after_cue`
    // has it.)
    let t = doc
        .tokens
        .get(end)
        .filter(|_| doc.same_sentence(cue, end))?;
    let opens_object = t.is_word()
        && !t.has_proclitic()
        && !doc.is_cue(end)
        && !doc.lang.is_complementizer(t)
        && !opens_occasion(doc, end)
        && (!is_function_word(&t.key) || is_object_pronoun_word(&t.key))
        && !is_preposition(&t.key);
    if !opens_object {
        return None;
    }
    Some(if title {
        explicit::titles_speaker(doc, start..end)
    } else {
        phrase_of(doc, start, end)
    })
}

/// `اعتبرت تركيا أن ...`, `وأكدت تونس في بيانها، أن ...`: a place right after a feminine singular
/// speech verb speaks for its government. Most place names are feminine and a verb agrees with
/// its subject, so after a masculine verb the place is what the verb is about (`انتقد فرنسا`,
/// "he criticized France"); the few masculine names (`المغرب`, `العراق`) are left unread.
fn place_after_verb(doc: &Doc, cue: usize) -> Option<Speaker> {
    let word = doc.cue(cue).filter(|w| w.is_speech_verb())?;
    let feminine_singular = word.agreement.gender == Some(Gender::Feminine)
        && word.agreement.number == Some(Number::Singular);
    if !feminine_singular {
        return None;
    }
    let start = doc.lang.skip_aside_after_cue(doc, cue, cue + 1);
    let token = doc
        .tokens
        .get(start)
        .filter(|_| doc.same_sentence(cue, start))?;
    if doc.lang.carries_preposition(token) {
        return None;
    }
    let (span, entity) = doc.mention_starting_at(start)?;
    (doc.entities[entity].label == Label::Location).then(|| entity_speaker(doc, span, entity))
}

/// Words that open an object noun phrase though they are function words: `ما` ("what"), the
/// demonstratives.
fn is_object_pronoun_word(key: &str) -> bool {
    matches!(
        key,
        "ما" | "هذا" | "هذه" | "ذلك" | "تلك" | "هذين" | "هاتين" | "هؤلاء"
    )
}

/// Adjectives after an agent's noun: the nisba (`الإيرانية`, `الأوروبي`), `العام` of an
/// office and its term. SEARCH key without the article.
fn is_adjective(stem: &str) -> bool {
    stem.ends_with('ي')
        || stem.ends_with("يه")
        // A title's term of office (`الرئيس السابق`, `المدير الجديد`).
        || matches!(stem, "عام" | "سابق" | "سابقه" | "اسبق" | "جديد" | "جديده")
}

/// Authorities and bodies that speak in the news without being institutions of one name
/// (`الحكومة`, `السلطات`, `الشرطة`, `الصحافة`, `الدراسة`, `دول الخليج`). SEARCH key without
/// the article.
fn is_authority_noun(stem: &str) -> bool {
    matches!(
        stem,
        "حكومه"
            | "سلطات"
            | "شرطه"
            | "صحافه"
            | "صحيفه"
            | "دراسه"
            | "اداره"
            | "قوات"
            | "رئاسه"
            | "نيابه"
            | "لجنه"
            | "بلديه"
            | "حركه"
            | "دول"
    )
}

/// The words of tokens `start..end` as an explicit speaker phrase.
fn phrase_of(doc: &Doc, start: usize, end: usize) -> Speaker {
    let span = NormSpan::new(
        doc.tokens[start].name_span().start,
        doc.tokens[end - 1].span.end,
    );
    super::speaker::phrase::phrase_speaker(doc, span, super::types::AttributionMethod::Explicit)
}

/// Subject-verb order with an unnamed source (`أطلق ناشطون في البصرة ... وسماً دعوا فيه إلى
/// ...`, `إلا أن التقارير أشارت إلى`): the nearest source noun earlier in the sentence, no cue
/// between.
fn plural_source_before(doc: &Doc, cue: usize) -> Option<Speaker> {
    // A cue with its conjunction opens a clause of its own (`زار الوزير قناة الجزيرة وقال`: the
    // channel was visited, the minister spoke); its subject is not before it.
    if doc.cue_opens_clause(cue) {
        return None;
    }
    let start = (cue.saturating_sub(SUBJECT_LOOKBACK)..cue)
        .rev()
        .take_while(|&j| doc.same_sentence(j, cue) && !doc.is_cue(j))
        .find(|&j| doc.is_source_noun(j))?;
    Some(source_speaker(doc, start))
}

/// The third-person pronouns attached to a verb as its object or to a noun as its possessor
/// (`وصفها`, `إدانتها`, `أبلغهم`), longest first; not `ه`, which a SEARCH key shares with `ة`.
const OBJECT_PRONOUNS: [&str; 3] = ["هما", "هم", "ها"];

/// A speech verb with an object pronoun attached (`وصفها بأنها`, `أبلغهم أن`): the verb's
/// entry, needing support like any homograph. Not the singular `ه`: in a SEARCH key it is also
/// the ة of a noun (`إشارة` is not `أشار` + `ه`).
fn with_object_pronoun(key: &str) -> Option<CueWord> {
    OBJECT_PRONOUNS.iter().find_map(|pronoun| {
        let verb = key.strip_suffix(pronoun)?;
        if verb.chars().count() < 3 {
            return None;
        }
        lexicon::cue_word(verb)
            .filter(|w| w.kind == CueKind::Verb)
            .map(|w| CueWord {
                needs_support: true,
                ..w
            })
    })
}

/// Complementizers after a speech verb: `إن`, `أن`, with pronoun enclitics.
fn is_complementizer(key: &str) -> bool {
    matches!(
        key,
        "ان" | "انه"
            | "انها"
            | "انهم"
            | "اننا"
            | "انني"
            | "انهما"
            | "بان"
            | "بانه"
            | "بانها"
    )
}

/// Figures that show something, and whose issuer is the source (`أرقام صادرة عن الشرطة`); no
/// speaker of words of their own (`وفقا للأرقام الرسمية` closing a sentence).
fn is_figures(key: &str) -> bool {
    let bare = key.strip_prefix("ال").unwrap_or(key);
    matches!(
        bare,
        "ارقام" | "احصاءات" | "احصائيات" | "معطيات" | "تقديرات"
    )
}

/// Nouns of unnamed sources (`مصادر في ديوان محافظة البصرة`). A sound masculine plural is
/// listed with its construct state, which drops the `ن` (`موظفو الشركة`).
fn is_source_noun(key: &str) -> bool {
    let bare = key
        .strip_prefix("ال")
        .filter(|rest| rest.chars().count() >= 3)
        .unwrap_or(key);
    is_figures(bare)
        || matches!(
            bare,
            "مصادر"
            | "مصدر"
            | "بعض"
            // A number of them (`أكد عدد من التلاميذ أنهم`).
            | "عدد"
            | "مسؤول"
            | "مسؤولون"
            | "مسؤولو"
            | "مسؤولين"
            | "متحدث"
            | "ناطق"
            | "ناشطون"
            | "ناشطو"
            | "ناشطين"
            | "شهود"
            | "شاهد"
            | "مراقبون"
            | "مراقبو"
            | "مراقبين"
            | "بيان"
            | "بلاغ"
            | "تقرير"
            | "تقارير"
            // Accounts (`حسب روايات شهود عيان`, `وفق رواية عدد من معارفه`).
            | "روايه"
            | "روايات"
            | "دراسه"
            | "استطلاع"
            | "وثيقه"
            | "اقارب"
            | "ذوو"
            | "ذوي"
            | "اهالي"
            | "سكان"
            | "خبراء"
            | "محللون"
            | "محللو"
            | "محللين"
            | "مواطنون"
            | "مواطنو"
            | "مواطنين"
            | "موظفون"
            | "موظفو"
            | "صيادو"
            | "عمال"
            // Those close to someone (`وقال مقربون من الرئيس`, `المقربون منه`).
            | "مقربون"
            | "مقربين"
            | "مقربو"
            // A correspondent reporting what they saw or were told (`وفق ما أكده مراسل
            // الجوهرة`, `وأضاف مراسلنا أن`).
            | "مراسل"
            | "مراسله"
            // A programme's guest (`وأوضح ضيف "بوليتيكا" أن`, `ضيف "بوليتيكا"، خميس قسيلة،`).
            | "ضيف"
            // Relatives and those in charge, named by whose they are (`زوج المعلمة`,
            // `القائمون على الدراسة`).
            | "زوج"
            | "زوجه"
            | "والد"
            | "والده"
            | "شقيق"
            | "شقيقه"
            | "عائله"
            | "اسره"
            | "قائمون"
            | "قائمو"
            | "قائمين"
        )
        // Outlets, named after their noun or not (`صحيفة "الأيام"`, `وكالة الأنباء`).
        || is_outlet_head(bare)
}

/// Words that mark a source phrase as the same source met before (`المصادر ذاتها`).
fn is_sameness_marker(key: &str) -> bool {
    matches!(
        key,
        "ذاتها" | "ذاته" | "نفسها" | "نفسه" | "ذاتهم" | "انفسهم"
    )
}

/// The word at `i` comes right after `ما` ("what": `وفق ما أكده`, `وهو ما أكده`).
fn follows_what(tokens: &[Token], i: usize) -> bool {
    i > 0 && tokens[i - 1].key == "ما"
}

/// `هو` / `هي` of `وهو ما` ("which is what").
fn is_which_is(key: &str) -> bool {
    matches!(key, "هو" | "هي" | "وهو" | "وهي")
}

/// `الذي`, `التي` and their dual and plural forms.
fn is_relative_pronoun(key: &str) -> bool {
    matches!(
        key,
        "الذي"
            | "التي"
            | "الذين"
            | "اللذين"
            | "اللتين"
            | "اللذان"
            | "اللتان"
            | "اللواتي"
            | "اللاتي"
    )
}

/// `مخاطبا أنصار الحزب`, `متوجها إلى الحضور`: the speaker turns to an addressee, who follows.
/// The head nouns of news outlets (clitic-free keys): `قناة الجزيرة`, `وكالة الأنباء`, `صحيفة
/// "الشرق الأوسط"`, `إذاعة موزاييك`. Each is also a source that speaks (`is_source_noun`).
fn is_outlet_head(key: &str) -> bool {
    matches!(
        key,
        "صحيفه" | "جريده" | "مجله" | "موقع" | "وكاله" | "قناه" | "اذاعه" | "شبكه"
    )
}

/// An outlet spoken to: an outlet's head noun, or a broadcaster or agency named alone
/// (`للتلفزيون`, `لرويترز`).
fn is_outlet_noun(key: &str) -> bool {
    is_outlet_head(key) || matches!(key, "تلفزيون" | "التلفزيون" | "راديو" | "رويترز")
}

/// The names of Latin letters as Arabic spells them in abbreviations (SEARCH keys: `اف ام`,
/// `بي بي سي`, `سي ان ان`, `ان بي ار`).
fn is_latin_letter_name(key: &str) -> bool {
    matches!(
        key,
        "اف" | "ام"
            | "بي"
            | "سي"
            | "تي"
            | "دي"
            | "جي"
            | "كي"
            | "ان"
            | "اس"
            | "ار"
            | "في"
            | "يو"
            | "اكس"
            | "اتش"
            | "ايه"
            | "اي"
            | "واي"
            | "زد"
            | "كيو"
            | "ال"
    )
}

/// The press as an addressee (`للصحفيين`, `لوسائل الإعلام`), clitic-free keys.
fn is_press_noun(key: &str) -> bool {
    matches!(
        key,
        "الصحفيين"
            | "الصحافيين"
            | "صحفيين"
            | "صحافيين"
            | "الصحافه"
            | "الاعلاميين"
            | "وسائل"
            // A correspondent or an envoy of an outlet (`لمراسل "الجوهرة أف أم"`).
            | "مراسل"
            | "مراسله"
            | "موفد"
            | "موفده"
    )
}

/// Role words whose `لـ` complement is the organization they work in (`المدير العام لقناة`,
/// `مراسل لوكالة`, `رئيس تحرير لصحيفة`), not the one they speak to.
fn takes_organization_complement(key: &str) -> bool {
    matches!(
        key,
        "مدير"
            | "المدير"
            | "العام"
            | "العامه"
            | "التنفيذي"
            | "رئيس"
            | "تحرير"
            | "التحرير"
            | "مراسل"
            | "المراسل"
            | "مراسله"
            | "مقدم"
            | "مذيع"
            | "المذيع"
            | "عضو"
            | "مستشار"
            | "ممثل"
            | "مؤسس"
            | "صاحب"
            | "محرر"
    )
}

fn is_addressing_participle(key: &str) -> bool {
    matches!(
        strip_conjunction(key),
        "مخاطبا" | "مخاطبه" | "مخاطبين" | "متوجها" | "متوجهه"
            // `موجها كلامه لـ`, `موجها رسالة إلى`: directing words at someone.
            | "موجها" | "موجهه"
    )
}

/// Strips a leading conjunction (و / ف) and preposition-less `ل`/`ب` from a cue candidate key.
/// The fewest letters, article included, of a definite sound plural in `ين` (`المربين`: six;
/// `الدين` "religion", `البين` are shorter).
const MIN_PLURAL_IN_YN_LETTERS: usize = 6;

/// How far ahead the `عن` of `عبر` may be (`وعبر مدير عام أوروبا بوزارة الشؤون الخارجية محمد
/// المزغني عن`: nine words).
const EXPRESSED_ABOUT_WITHIN: usize = 12;

/// How far back `وبين` looks for the `بين` it repeats (`بين الفلاحين المنتجين وبين`: two words).
const BETWEEN_REPEATED_WITHIN: usize = 6;

fn strip_conjunction(key: &str) -> &str {
    for prefix in ["و", "ف"] {
        if let Some(rest) = key.strip_prefix(prefix) {
            if rest.chars().count() >= 3 {
                return rest;
            }
        }
    }
    key
}

/// Prepositions before a quoted name (`لـ "العربي الجديد"`): the marks hold a name, not a quote.
fn is_preposition(key: &str) -> bool {
    matches!(key, "ل" | "عن" | "من" | "في" | "الي" | "علي" | "مع" | "ب")
}

/// Adverbs, particles and demonstratives that follow a speech verb but never name its speaker
/// (`قال أمس`, `قال أيضا`, `قال بدوره`).
fn is_function_word(key: &str) -> bool {
    matches!(
        key,
        // `ردا على سؤال`: the circumstance of the saying.
        "ردا"
            | "امس"
            | "اليوم"
            | "ايضا"
            | "كذلك"
            | "بدوره"
            | "بدورها"
            | "لاحقا"
            | "سابقا"
            | "خلال"
            | "قبل"
            | "بعد"
            | "منذ"
            | "دون"
            | "حول"
            | "امام"
            | "عند"
            | "لدي"
            | "اثناء"
            | "عقب"
            | "عبر"
            | "ضمن"
            | "حيث"
            | "كما"
            | "ذلك"
            | "هذا"
            | "هذه"
            | "الذي"
            | "التي"
            | "الذين"
            | "قد"
            | "لقد"
            | "انه"
            | "انها"
            | "هو"
            | "هي"
            | "هم"
            | "ما"
            | "لا"
            | "لم"
            | "لن"
            | "ان"
            | "صباح"
            | "مساء"
            | "يوم"
            | "اول"
            | "فيه"
            | "فيها"
            | "فيهم"
            | "عليه"
            | "عليها"
            | "منه"
            | "منها"
            | "له"
            | "لها"
            | "لهم"
            | "عنه"
            | "عنها"
            | "اليه"
            | "اليها"
            | "به"
            | "بها"
            | "معه"
            | "معها"
    )
}

/// Token `j` is an indefinite noun heading a construct that ends in a definite word or a name,
/// perhaps in marks: `ديوان محافظة البصرة`, `محافظة البصرة`, `صحيفة "الأيام"`.
fn construct(doc: &Doc, j: usize) -> bool {
    let definite_or_name = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| {
            doc.same_sentence(j, k)
                && (t.is_word()
                    && !t.has_proclitic()
                    && (doc.in_mention[k] || t.key.starts_with("ال"))
                    && !is_function_word(&t.key)
                    || doc.after_quoted_name(k).is_some())
        })
    };
    let indefinite_noun = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| {
            t.is_word()
                && doc.same_sentence(j, k)
                && !t.has_proclitic()
                && !t.key.starts_with("ال")
                && !is_function_word(&t.key)
                && !is_preposition(&t.key)
        })
    };
    indefinite_noun(j)
        && (definite_or_name(j + 1) || (indefinite_noun(j + 1) && definite_or_name(j + 2)))
}

/// A speech noun with the speaker's own pronoun (`حديثه`, `كلمتها`, `تصريحاته`): the object of
/// the verb it follows (`ختم المدرب حديثه بالقول`), never part of the speaker's name.
fn is_own_speech(key: &str) -> bool {
    let key = strip_conjunction(key);
    let Some(noun) = ["هم", "ها", "ه"].iter().find_map(|p| key.strip_suffix(p)) else {
        return false;
    };
    // `كلمته`: the ة of `كلمة` is written ت before a pronoun (and folds to ه without one).
    matches!(
        noun,
        "حديث"
            | "كلم"
            | "كلمت"
            | "تصريح"
            | "تصريحات"
            | "مداخل"
            | "مداخلت"
            | "خطاب"
            | "كلام"
            | "رد"
            | "تعليق"
            | "مقابل"
            | "مقابلت"
    )
}

/// `جاء في بيان للحزب` ("it came in a statement of the party"), at token `i`: the verb opens
/// a source phrase like `حسب ما جاء في`, whose source is the document's author. Elsewhere
/// `جاء` is "came" (`جاء في المرتبة الثانية`, `جاء في إطار`).
fn is_came_in_document(tokens: &[Token], i: usize) -> bool {
    strip_conjunction(&tokens[i].key) == "جاء"
        && tokens.get(i + 1).is_some_and(|t| t.key == "في")
        && tokens
            .get(i + 2)
            .is_some_and(|t| is_document_noun(t.name_key()))
}

/// Documents that speak for their author (`بيان للحزب`, `تقرير صادر عن الوزارة`).
fn is_document_noun(key: &str) -> bool {
    let key = key.strip_prefix("ال").unwrap_or(key);
    matches!(
        key,
        "بيان"
            | "تقرير"
            | "بلاغ"
            | "دراسه"
            | "استطلاع"
            | "مذكره"
            | "رساله"
            | "تقارير"
            | "معطيات"
    )
}

/// Adjectives of unnamed sources (`مصدر مطلع`, `مسؤول رفيع`, `مصادر أمنية`).
fn is_source_adjective(key: &str) -> bool {
    let bare = key.strip_suffix('ه').unwrap_or(key);
    matches!(
        bare,
        "مطلع"
            | "رفيع"
            | "كبير"
            | "بارز"
            | "مقرب"
            | "موثوق"
            | "رسمي"
            | "امني"
            | "حكومي"
            | "عسكري"
            | "دبلوماسي"
            | "سياسي"
            | "محلي"
            | "اعلامي"
            | "قضائي"
            | "طبي"
            | "مسؤول"
            | "خاص"
            | "صادر"
            | "متطابق"
            | "متعدد"
            | "مختلف"
    ) || bare.ends_with('ي')
}

/// The abstract nouns that head what a speaker stresses, announces or denies (`وأكد أهمية
/// الحفاظ على الاستقرار`, `وأكدت الوزارة ضرورة ...`, `أبدت استعدادها لـ...`, `نفى وجود ...`):
/// the words most often right after `أكد`, `شدد على` and their kin in the Jawhara FM news and
/// ANERcorp train, other than names, titles and particles. After a speech verb such a word
/// opens the report, never a name (`وأكد الوزير أهمية تسريع الإصلاحات في المنطقة` named the
/// minister `أهمية تسريع الإصلاحات`). The key is the word without its clitics, so an attached
/// pronoun (`استعدادها`) is no matter.
fn heads_what_is_said(token: &Token) -> bool {
    matches!(
        token.name_key(),
        "ضروره"
            | "اهميه"
            | "عدم"
            | "وجود"
            | "حرص"
            | "استعداد"
            | "تمسك"
            | "التزام"
            | "رفض"
            | "دعم"
            | "تاييد"
            | "مواصله"
            | "سعي"
            | "عزم"
            | "رغبه"
            | "امكانيه"
            | "حقيقه"
            | "اولويه"
            | "وجوب"
            | "مسانده"
    )
}

/// Adverbs between a cue and its speaker (`قال أيضا`, `وأضاف بدوره`).
fn is_adverb(key: &str) -> bool {
    matches!(
        key,
        "ايضا"
            | "بدوره"
            | "بدورها"
            | "امس"
            | "اليوم"
            | "كذلك"
            | "مجددا"
            | "بدورهم"
            // `أكد مرة أخرى أن`, `قال صراحة إن`.
            | "مره"
            | "اخري"
            | "صراحه"
            | "كعادته"
    ) || is_adverbial_accusative(key)
}

/// "While he/she/they" (`وقال الأستاذ قو وهو أيضا مسلم`, `وقال وهو يبتسم`): a clause about the
/// speaker, which ends the speaker's name and is no part of it.
fn opens_circumstantial_clause(key: &str) -> bool {
    matches!(key, "وهو" | "وهي" | "وهم")
}

/// How or when something was said (`وقال مازحا "..."`, `وقالت الوزيرة مؤخرا إن`, `وقال
/// تعقيبا على ذلك`): an accusative of manner or time, never who said it nor part of a name.
fn is_adverbial_accusative(key: &str) -> bool {
    matches!(
        key,
        "مازحا"
            | "مازحه"
            | "ساخرا"
            | "ساخره"
            | "ضاحكا"
            | "ضاحكه"
            | "مبتسما"
            | "مبتسمه"
            | "متهكما"
            | "مؤخرا"
            | "سابقا"
            | "لاحقا"
            | "علنا"
            | "مرارا"
            | "تعقيبا"
            | "تعليقا"
            | "خصوصا"
    )
}

/// `علي` (the name Ali) rather than `على` (on): the two share a SEARCH key, but the preposition
/// is written with alef maqsura, which the normalized text keeps.
fn is_name_ali(surface: &str) -> bool {
    surface == "علي"
}

/// Words of time between an announcement's speaker and its report (`فجر السبت`, `مساء أمس`).
/// What follows a day or a time word to place it (`الأحد الماضي`, `الخميس المقبل`).
fn is_time_adjective(key: &str) -> bool {
    matches!(
        key,
        "الماضي" | "المنقضي" | "المنصرم" | "الفارط" | "المقبل" | "القادم"
    )
}

/// Token `k` of a time phrase that begins at `from`: a time word, or a time adjective after one
/// (`اليوم السبت`, `الأحد الماضي`).
fn is_time_phrase_word(tokens: &[Token], from: usize, k: usize) -> bool {
    is_time_word(&tokens[k].key)
        || (k > from && is_time_word(&tokens[k - 1].key) && is_time_adjective(&tokens[k].key))
}

fn is_time_word(key: &str) -> bool {
    matches!(
        key,
        "فجر"
            | "صباح"
            | "ظهر"
            | "مساء"
            | "ليل"
            | "ليله"
            | "امس"
            | "اليوم"
            | "الاثنين"
            | "الثلاثاء"
            | "الاربعاء"
            | "الخميس"
            | "الجمعه"
            | "السبت"
            | "الاحد"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::testing::{check, organization, person, place, seen, Given, Seen};
    use crate::quotes::{
        AttributionMethod::*,
        QuoteKind::{Direct, Indirect, Partial},
    };
    use crate::text::lang::Language;

    #[test]
    fn a_comma_after_the_verb_or_a_name_in_marks_leaves_the_subject_found() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // Some agencies put a comma between the verb and its subject.
            (
                "وأكد، وزير الداخلية سامي الحداد، أن الوضع الأمني مستقر.",
                &[person(&["سامي الحداد"])],
                &[seen(Indirect, "الوضع الأمني مستقر", "أكد", "سامي الحداد", Explicit)],
            ),
            // A comma before an aside is no subject's: the speaker goes on.
            (
                "وقال سامي الحداد إن الوضع جيد. وأكد، في السياق ذاته، أن الأمن مستتب.",
                &[person(&["سامي الحداد"])],
                &[
                    seen(Indirect, "الوضع جيد", "قال", "سامي الحداد", Explicit),
                    seen(Indirect, "الأمن مستتب", "أكد", "سامي الحداد", Implicit),
                ],
            ),
            // The pluperfect's subject with a name in marks in its title.
            (
                "وقال سامي الحداد إن الوضع جيد. وكان خالد العمري، عضو جمعية \"واحات الجنوب\" بقبلي، قد أكد أن الجمعية فوجئت بالقرار.",
                &[person(&["سامي الحداد"]), person(&["خالد العمري"])],
                &[
                    seen(Indirect, "الوضع جيد", "قال", "سامي الحداد", Explicit),
                    seen(Indirect, "الجمعية فوجئت بالقرار", "أكد", "خالد العمري", Explicit),
                ],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn a_title_with_its_organization_stands_for_the_person_introduced_with_both() {
        let chairman = Given {
            roles: &["رئيس الاتحاد التونسي للفلاحة"],
            ..person(&["سامي الحداد"])
        };
        let union = organization(&["الاتحاد التونسي للفلاحة"]);
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "أكد رئيس الاتحاد التونسي للفلاحة سامي الحداد أن المحصول وفير. وأكد رئيس الاتحاد التونسي للفلاحة أن الأسعار ستنخفض.",
                &[chairman, union],
                &[
                    seen(Indirect, "المحصول وفير", "أكد", "سامي الحداد", Explicit),
                    seen(Indirect, "الأسعار ستنخفض", "أكد", "سامي الحداد", Explicit),
                ],
            ),
            // With no one introduced so, the official so described speaks, not the
            // organization.
            (
                "وأكد رئيس الاتحاد التونسي للفلاحة أن الأسعار ستنخفض.",
                &[organization(&["الاتحاد التونسي للفلاحة"])],
                &[seen(
                    Indirect,
                    "الأسعار ستنخفض",
                    "أكد",
                    "رئيس الاتحاد التونسي للفلاحة",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn the_outlet_spoken_to_and_the_organization_of_an_official_do_not_speak() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // `لـ` + an outlet after the titles: what the titles told it.
            (
                "وقال الوزير لقناة الجزيرة إن الوضع مستقر.",
                &[organization(&["قناة الجزيرة"])],
                &[seen(Indirect, "الوضع مستقر", "قال", "الوزير", Explicit)],
            ),
            (
                "وقال وزير الخارجية الأمريكي لوكالة رويترز إن الوضع خطير.",
                &[organization(&["وكالة رويترز"])],
                &[seen(
                    Indirect,
                    "الوضع خطير",
                    "قال",
                    "وزير الخارجية الأمريكي",
                    Explicit,
                )],
            ),
            // A name the tagger missed, then the outlet it spoke to: the name speaks.
            (
                "وقال السهيلي لوكالة تونس افريقيا للأنباء \"من العيب أن نخسر التمثال\".",
                &[organization(&["وكالة تونس افريقيا للأنباء"])],
                &[seen(
                    Direct,
                    "من العيب أن نخسر التمثال",
                    "قال",
                    "السهيلي",
                    Explicit,
                )],
            ),
            (
                "وأكد كمال الفرشيشي لقناة الجزيرة أن المفاوضات متوقفة.",
                &[organization(&["قناة الجزيرة"])],
                &[seen(
                    Indirect,
                    "المفاوضات متوقفة",
                    "أكد",
                    "كمال الفرشيشي",
                    Explicit,
                )],
            ),
            // So does the outlet's correspondent, whatever the segmenter made of `لـ`.
            (
                "وقال المدير لمراسل \"الجوهرة أف أم\" إن الوضع جيد.",
                &[organization(&["الجوهرة أف أم"])],
                &[seen(Indirect, "الوضع جيد", "قال", "المدير", Explicit)],
            ),
            (
                "وقال المدير لمراسلة \"الجوهرة أف أم\" إن الوضع جيد.",
                &[organization(&["الجوهرة أف أم"])],
                &[seen(Indirect, "الوضع جيد", "قال", "المدير", Explicit)],
            ),
            // The outlet in marks after `لـ` ends the speaker's description.
            (
                "وقال المرشح الرئاسي لقناة \"فرانس 24\" إن الحملة ناجحة.",
                &[organization(&["فرانس 24"])],
                &[seen(
                    Indirect,
                    "الحملة ناجحة",
                    "قال",
                    "المرشح الرئاسي",
                    Explicit,
                )],
            ),
            // The press spoken to ends the titles, and a later bare cue goes on with them.
            (
                "وتحدث الوزير للصحفيين أمس، وقال إن الوضع جيد.",
                &[],
                &[seen(Indirect, "الوضع جيد", "قال", "الوزير", Implicit)],
            ),
            // A role in the outlet keeps it as its complement (`المدير العام لقناة`), and an
            // organization after `لـ` or in a construct is the official's, who speaks and goes
            // on speaking (`الأمين`, one man, is no sound plural).
            (
                "وقال المدير العام لقناة الجزيرة إن القناة مستمرة.",
                &[organization(&["قناة الجزيرة"])],
                &[seen(
                    Indirect,
                    "القناة مستمرة",
                    "قال",
                    "المدير العام لقناة الجزيرة",
                    Explicit,
                )],
            ),
            (
                "قال الأمين العام لحزب النهضة إن الحزب مستعد. وأوضح أن المطلوب التضحية.",
                &[organization(&["حزب النهضة"])],
                &[
                    seen(
                        Indirect,
                        "الحزب مستعد",
                        "قال",
                        "الأمين العام لحزب النهضة",
                        Explicit,
                    ),
                    seen(
                        Indirect,
                        "المطلوب التضحية",
                        "أوضح",
                        "الأمين العام لحزب النهضة",
                        Implicit,
                    ),
                ],
            ),
            (
                "وقال رئيس التحرير لصحيفة الشروق إن الصحيفة مستمرة.",
                &[organization(&["صحيفة الشروق"])],
                &[seen(
                    Indirect,
                    "الصحيفة مستمرة",
                    "قال",
                    "رئيس التحرير لصحيفة الشروق",
                    Explicit,
                )],
            ),
            // After a definite title with no `لـ` the organization is the verb's object.
            (
                "واتهم الوزير حركة النهضة بأنها تعرقل الإصلاح.",
                &[organization(&["حركة النهضة"])],
                &[seen(Indirect, "تعرقل الإصلاح", "اتهم", "الوزير", Explicit)],
            ),
            // Those close to someone: the person after `من` (and their titles) is part of the
            // description, not the speaker.
            (
                "وقال مقربون من إيمانويل ماكرون إن زوجته ستلعب دورا كبيرا.",
                &[person(&["إيمانويل ماكرون"])],
                &[seen(
                    Indirect,
                    "زوجته ستلعب دورا كبيرا",
                    "قال",
                    "مقربون من إيمانويل ماكرون",
                    Explicit,
                )],
            ),
            (
                "وقال مصدر مقرب من الرئيس قيس سعيد إن القرار نهائي.",
                &[person(&["قيس سعيد"])],
                &[seen(
                    Indirect,
                    "القرار نهائي",
                    "قال",
                    "مصدر مقرب من الرئيس قيس سعيد",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn an_addressee_after_the_speaker_is_no_part_of_the_name_and_keeps_the_quote_direct() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "وقال جلاد موجها كلامه لرئيسة الهيئة \"استقيلي الآن\".",
                &[],
                &[seen(Direct, "استقيلي الآن", "قال", "جلاد", Explicit)],
            ),
            (
                "وقال الوزير أحمد سالم مخاطبا النقابة \"لن نتراجع عن الإصلاح\".",
                &[person(&["أحمد سالم"])],
                &[seen(
                    Direct,
                    "لن نتراجع عن الإصلاح",
                    "قال",
                    "أحمد سالم",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn a_number_of_people_is_an_unnamed_source() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "وأكد عدد من التلاميذ أنهم يقطعون مسافات طويلة.",
                &[],
                &[seen(
                    Indirect,
                    "يقطعون مسافات طويلة",
                    "أكد",
                    "عدد من التلاميذ",
                    Explicit,
                )],
            ),
            (
                "وطالب عدد من نواب البرلمان بتشكيل لجنة تحقيق.",
                &[],
                &[seen(
                    Indirect,
                    "تشكيل لجنة تحقيق",
                    "طالب",
                    "عدد من نواب البرلمان",
                    Explicit,
                )],
            ),
            // Accounts are a source too, whoever gave them.
            (
                "وحسب روايات عدد من معارفه، فإن الشاب يعاني من أمراض نفسية.",
                &[],
                &[seen(
                    Indirect,
                    "الشاب يعاني من أمراض نفسية",
                    "حسب",
                    "روايات عدد",
                    Explicit,
                )],
            ),
            (
                "وحسب روايات شهود عيان فقد اندلع الحريق ليلا.",
                &[],
                &[seen(
                    Indirect,
                    "اندلع الحريق ليلا",
                    "حسب",
                    "روايات شهود عيان",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn a_spokesman_speaks_in_the_name_of_his_body() {
        // `باسم` is also the given name Basem.
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "وقال المتحدث باسم الشرطة إن القوات اعتقلت ثلاثة مطلوبين.",
                &[],
                &[seen(
                    Indirect,
                    "القوات اعتقلت ثلاثة مطلوبين",
                    "قال",
                    "المتحدث باسم الشرطة",
                    Explicit,
                )],
            ),
            // Basem himself.
            (
                "وقال باسم يوسف إن البرنامج انتهى.",
                &[person(&["باسم يوسف"])],
                &[seen(
                    Indirect,
                    "البرنامج انتهى",
                    "قال",
                    "باسم يوسف",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn an_occasion_with_no_comma_stands_between_the_speaker_and_the_report() {
        let minister = [person(&["عبد الله الحمدان"])];
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // A definite occasion, then the report's head noun.
            (
                "وأكد عبد الله الحمدان خلال الندوة أهمية دعم المؤسسات الصغرى.",
                &minister,
                &[seen(
                    Indirect,
                    "أهمية دعم المؤسسات الصغرى",
                    "أكد",
                    "عبد الله الحمدان",
                    Explicit,
                )],
            ),
            // An indefinite occasion and its adjective; the report's head looks like one too.
            (
                "وأكد الوزير خلال ندوة صحفية أهمية الاستثمار في البلاد.",
                &[],
                &[seen(
                    Indirect,
                    "أهمية الاستثمار في البلاد",
                    "أكد",
                    "الوزير",
                    Explicit,
                )],
            ),
            // A possessed occasion with a complement, and one with a preposition's noun.
            (
                "وانتقد الوزير خلال لقائه بالصحفيين قرار الحكومة رفع الأسعار.",
                &[],
                &[seen(
                    Indirect,
                    "قرار الحكومة رفع الأسعار",
                    "انتقد",
                    "الوزير",
                    Explicit,
                )],
            ),
            (
                "وأكد الوزير خلال الندوة الدولية حول الاستثمار أهمية دعم المؤسسات.",
                &[],
                &[seen(
                    Indirect,
                    "أهمية دعم المؤسسات",
                    "أكد",
                    "الوزير",
                    Explicit,
                )],
            ),
            // An institution's verb and its object, the time between.
            (
                "ونفت الوزارة خلال الأسبوع الماضي وجود أي خلاف مع النقابة.",
                &[],
                &[seen(
                    Indirect,
                    "وجود أي خلاف مع النقابة",
                    "نفت",
                    "الوزارة",
                    Explicit,
                )],
            ),
            // The occasion ends the speaker's title before a preposition or a complementizer
            // too (the title was left unresolved).
            (
                "وشدد الوزير خلال الندوة على أهمية دعم المؤسسات.",
                &[],
                &[seen(
                    Indirect,
                    "أهمية دعم المؤسسات",
                    "شدد",
                    "الوزير",
                    Explicit,
                )],
            ),
            (
                "وقال الوزير خلال الندوة إن الوضع مستقر.",
                &[],
                &[seen(Indirect, "الوضع مستقر", "قال", "الوزير", Explicit)],
            ),
            (
                "وقال الوزير عقب الاجتماع إن الوضع مستقر.",
                &[],
                &[seen(Indirect, "الوضع مستقر", "قال", "الوزير", Explicit)],
            ),
            (
                "وأكد عبد الله الحمدان عقب الاجتماع ضرورة الإسراع في إنجاز المشاريع.",
                &minister,
                &[seen(
                    Indirect,
                    "ضرورة الإسراع في إنجاز المشاريع",
                    "أكد",
                    "عبد الله الحمدان",
                    Explicit,
                )],
            ),
            // An indefinite occasion's own clause is no report (it was `أداها اليوم ...`); the
            // report, past the words an object may wait for, is missed.
            (
                "وأعلن الوزير خلال زيارة أداها اليوم إلى المدينة عن قرار فتح المستشفى.",
                &[],
                &[],
            ),
            (
                "وأكد عبد الله الحمدان لدى استقباله السفير الفرنسي أهمية العلاقات بين البلدين.",
                &minister,
                &[seen(
                    Indirect,
                    "أهمية العلاقات بين البلدين",
                    "أكد",
                    "عبد الله الحمدان",
                    Explicit,
                )],
            ),
            (
                "وأكد عبد الله الحمدان في الجلسة العامة أهمية دعم المؤسسات الصغرى.",
                &minister,
                &[seen(
                    Indirect,
                    "أهمية دعم المؤسسات الصغرى",
                    "أكد",
                    "عبد الله الحمدان",
                    Explicit,
                )],
            ),
            (
                "وانتقد الوزير خلال لقائه مع الصحفيين قرار الحكومة رفع الأسعار.",
                &[],
                &[seen(
                    Indirect,
                    "قرار الحكومة رفع الأسعار",
                    "انتقد",
                    "الوزير",
                    Explicit,
                )],
            ),
            (
                "وأكد الوزير أثناء زيارته للمدينة ضرورة الإسراع في إنجاز المشاريع.",
                &[],
                &[seen(
                    Indirect,
                    "ضرورة الإسراع في إنجاز المشاريع",
                    "أكد",
                    "الوزير",
                    Explicit,
                )],
            ),
            // The speaker's title in apposition between commas, then the object.
            (
                "وانتقد عبد الله الحمدان، وزير الخارجية الأردني، قرار الحكومة رفع الأسعار.",
                &minister,
                &[seen(
                    Indirect,
                    "قرار الحكومة رفع الأسعار",
                    "انتقد",
                    "عبد الله الحمدان",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn an_abstract_noun_after_a_speech_verb_opens_the_report_not_a_name() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // No subject after the verb: the speaker is the one already talking, and the noun
            // and what it governs are the report.
            (
                "قال الوزير إن الوضع صعب. وأكد أهمية الاستقرار في المنطقة.",
                &[],
                &[
                    seen(Indirect, "الوضع صعب", "قال", "الوزير", Explicit),
                    seen(
                        Indirect,
                        "أهمية الاستقرار في المنطقة",
                        "أكد",
                        "الوزير",
                        Implicit,
                    ),
                ],
            ),
            (
                "قال المدرب إن الفريق جاهز. وأكد حرص اللاعبين على الفوز في المباراة.",
                &[],
                &[
                    seen(Indirect, "الفريق جاهز", "قال", "المدرب", Explicit),
                    seen(
                        Indirect,
                        "حرص اللاعبين على الفوز في المباراة",
                        "أكد",
                        "المدرب",
                        Implicit,
                    ),
                ],
            ),
            // After a title the noun is no name of its holder (was `الوزير أهمية تسريع ...`).
            (
                "وأكد الوزير أهمية تسريع الإصلاحات في المنطقة.",
                &[],
                &[seen(
                    Indirect,
                    "أهمية تسريع الإصلاحات في المنطقة",
                    "أكد",
                    "الوزير",
                    Explicit,
                )],
            ),
            // With the pronoun of its subject attached.
            (
                "قال المدير إن المصنع مفتوح. وأبدى استعداده للتعاون مع كل الأطراف.",
                &[],
                &[
                    seen(Indirect, "المصنع مفتوح", "قال", "المدير", Explicit),
                    seen(
                        Indirect,
                        "استعداده للتعاون مع كل الأطراف",
                        "أبدى",
                        "المدير",
                        Implicit,
                    ),
                ],
            ),
            // A title's term of office is part of the title (`السابق`, `الجديد`), not the
            // start of the report.
            (
                "ونفى الرئيس السابق وجود أي إرهابيين في البلاد.",
                &[],
                &[seen(
                    Indirect,
                    "وجود أي إرهابيين في البلاد",
                    "نفى",
                    "الرئيس السابق",
                    Explicit,
                )],
            ),
            (
                "وأكد المدير الجديد ضرورة إصلاح الإدارة المحلية.",
                &[],
                &[seen(
                    Indirect,
                    "ضرورة إصلاح الإدارة المحلية",
                    "أكد",
                    "المدير الجديد",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn general_stays_in_its_title_and_his_excellency_is_no_name() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // `عام` ("general") after a title is part of it; the speaker was `عام الدفاع
            // المدني`.
            (
                "وأوضح مدير عام الدفاع المدني أن الفرق باشرت الحريق.",
                &[],
                &[seen(Indirect, "الفرق باشرت الحريق", "أوضح", "مدير عام الدفاع المدني", Explicit)],
            ),
            // `معاليه` ("his excellency") points back at the minister, as `سموه` does; it was
            // itself the speaker's name.
            (
                "افتتح وزير الصحة توفيق الربيعة أمس المستشفى الجديد. وأوضح معاليه أن المستشفى يضم 300 سرير.",
                &[person(&["توفيق الربيعة"])],
                &[seen(Indirect, "المستشفى يضم 300 سرير", "أوضح", "توفيق الربيعة", Implicit)],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn a_definite_plural_in_yn_after_a_verb_of_calling_on_is_whom_it_calls_on() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "وأكد الوزير أن الانتخابات ستجرى في موعدها. ودعا الفرنسيين إلى التصويت بكثافة في الدور الثاني.",
                &[],
                &[
                    seen(
                        Indirect,
                        "الانتخابات ستجرى في موعدها",
                        "أكد",
                        "الوزير",
                        Explicit,
                    ),
                    seen(
                        Indirect,
                        "التصويت بكثافة في الدور الثاني",
                        "دعا",
                        "الوزير",
                        Implicit,
                    ),
                ],
            ),
            // `طالب` is not flagged: its object is taken by no finder today, which this row keeps.
            (
                "وقال الوزير إن الرحلات ألغيت. وطالب المسافرين بعدم التوجه إلى المطار قبل التأكد من المواعيد.",
                &[],
                &[
                    seen(Indirect, "الرحلات ألغيت", "قال", "الوزير", Explicit),
                    seen(
                        Indirect,
                        "عدم التوجه إلى المطار قبل التأكد من المواعيد",
                        "طالب",
                        "الوزير",
                        Implicit,
                    ),
                ],
            ),
            // Only after a verb of calling on: `العابدين` of `زين العابدين` speaks.
            (
                "وأكد العابدين أن للفنانين الجزائريين مكانة كبرى في تونس.",
                &[person(&["العابدين"])],
                &[seen(
                    Indirect,
                    "للفنانين الجزائريين مكانة كبرى في تونس",
                    "أكد",
                    "العابدين",
                    Explicit,
                )],
            ),
            // The subject is nominative (`ون`); `الأمين` is a title, `الصين` a country, an
            // indefinite word in `ين` a name.
            (
                "وطالب المحتجون السلطات بفتح تحقيق في الحادثة.",
                &[],
                &[seen(
                    Indirect,
                    "فتح تحقيق في الحادثة",
                    "طالب",
                    "المحتجون",
                    Explicit,
                )],
            ),
            (
                "ودعا الأمين العام للنقابة سامي الطاهري إلى الإضراب العام في كل القطاعات.",
                &[person(&["سامي الطاهري"])],
                &[seen(
                    Indirect,
                    "الإضراب العام في كل القطاعات",
                    "دعا",
                    "سامي الطاهري",
                    Explicit,
                )],
            ),
            (
                "ودعت الصين إلى ضبط النفس في المنطقة.",
                &[organization(&["الصين"])],
                &[seen(Indirect, "ضبط النفس في المنطقة", "دعت", "الصين", Explicit)],
            ),
            (
                "ودعا بنيامين نتنياهو إلى الحوار بين كل الأطراف.",
                &[person(&["بنيامين نتنياهو"])],
                &[seen(
                    Indirect,
                    "الحوار بين كل الأطراف",
                    "دعا",
                    "بنيامين نتنياهو",
                    Explicit,
                )],
            ),
            (
                "وأكد الوزير أن الوضع مستقر. ودعا المواطنين إلى الهدوء وعدم الانسياق وراء الإشاعات.",
                &[],
                &[
                    seen(Indirect, "الوضع مستقر", "أكد", "الوزير", Explicit),
                    seen(
                        Indirect,
                        "الهدوء وعدم الانسياق وراء الإشاعات",
                        "دعا",
                        "الوزير",
                        Implicit,
                    ),
                ],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn whom_the_verb_addresses_after_its_subject_ends_the_subject() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // A definite title alone, then the people it calls on.
            (
                "ودعا الوزير المواطنين إلى التلقيح ضد الفيروس في أقرب الآجال.",
                &[],
                &[seen(
                    Indirect,
                    "التلقيح ضد الفيروس في أقرب الآجال",
                    "دعا",
                    "الوزير",
                    Explicit,
                )],
            ),
            // A title and its complement.
            (
                "ودعا رئيس الهيئة المحامين إلى مقاطعة الجلسات طيلة الأسبوع القادم.",
                &[],
                &[seen(
                    Indirect,
                    "مقاطعة الجلسات طيلة الأسبوع القادم",
                    "دعا",
                    "رئيس الهيئة",
                    Explicit,
                )],
            ),
            // A family name with the article the tagger missed.
            (
                "وقال سامي الرحال إن الوضع صعب. وطالب الرحال المسؤولين بتوضيح هذه المسائل للمواطنين.",
                &[],
                &[
                    seen(Indirect, "الوضع صعب", "قال", "سامي الرحال", Explicit),
                    seen(
                        Indirect,
                        "توضيح هذه المسائل للمواطنين",
                        "طالب",
                        "سامي الرحال",
                        Implicit,
                    ),
                ],
            ),
            // A name the tagger found.
            (
                "وطالب عامر قعليش المسؤولين بتوضيح هذه المسائل للمواطنين.",
                &[person(&["عامر قعليش"])],
                &[seen(
                    Indirect,
                    "توضيح هذه المسائل للمواطنين",
                    "طالب",
                    "عامر قعليش",
                    Explicit,
                )],
            ),
            // A relational plural after a plain definite word is its adjective, and whom the verb
            // calls on may still follow.
            (
                "ودعت رئيسة جمعية القضاة التونسيين، روضة القرافي إلى التصدي لمشروع القانون.",
                &[
                    organization(&["جمعية القضاة"]),
                    person(&["روضة القرافي"]),
                ],
                &[seen(
                    Indirect,
                    "التصدي لمشروع القانون",
                    "دعت",
                    "روضة القرافي",
                    Explicit,
                )],
            ),
            (
                "كما دعا سالم الرياحي السياح الإيطاليين إلى الإقبال على الوجهة التونسية.",
                &[person(&["سالم الرياحي"])],
                &[seen(
                    Indirect,
                    "الإقبال على الوجهة التونسية",
                    "دعا",
                    "سالم الرياحي",
                    Explicit,
                )],
            ),
            // An institution's noun, then whom it calls on (a name the tagger did not find).
            (
                "ودعت الشركة المسافرين إلى أخذ الاحتياطات اللازمة لاحترام هذا القرار.",
                &[],
                &[seen(
                    Indirect,
                    "أخذ الاحتياطات اللازمة لاحترام هذا القرار",
                    "دعت",
                    "الشركة",
                    Explicit,
                )],
            ),
            (
                "ودعت الوزارة المدرسين والمدرسات إلى إشعار الأخصائي النفساني.",
                &[],
                &[seen(
                    Indirect,
                    "إشعار الأخصائي النفساني",
                    "دعت",
                    "الوزارة",
                    Explicit,
                )],
            ),
            // A family name the tagger found alone (its mention would run on over the plural).
            (
                "وأكد طارق قعليش أن الوضع صعب. ودعا قعليش المحامين إلى توضيح هذه المسائل للمواطنين.",
                &[person(&["طارق قعليش", "قعليش"])],
                &[
                    seen(Indirect, "الوضع صعب", "أكد", "طارق قعليش", Explicit),
                    seen(
                        Indirect,
                        "توضيح هذه المسائل للمواطنين",
                        "دعا",
                        "طارق قعليش",
                        Explicit,
                    ),
                ],
            ),
            // After a person it is whom the verb calls on.
            (
                "ودعا سالم الرياحي التونسيين إلى الإقبال على المنتوج المحلي.",
                &[person(&["سالم الرياحي"])],
                &[seen(
                    Indirect,
                    "الإقبال على المنتوج المحلي",
                    "دعا",
                    "سالم الرياحي",
                    Explicit,
                )],
            ),
            // After a word that takes a genitive the plural is the subject's own complement.
            (
                "ودعا نقيب المحامين إلى مقاطعة الجلسات طيلة الأسبوع القادم.",
                &[],
                &[seen(
                    Indirect,
                    "مقاطعة الجلسات طيلة الأسبوع القادم",
                    "دعا",
                    "نقيب المحامين",
                    Explicit,
                )],
            ),
            // All of a group, after the subject or with none, however long the group's words.
            (
                "ودعت الوزارة كافة الأطباء الناجحين في امتحان التخصص إلى الاتصال بالإدارة الجهوية.",
                &[],
                &[seen(
                    Indirect,
                    "الاتصال بالإدارة الجهوية",
                    "دعت",
                    "الوزارة",
                    Explicit,
                )],
            ),
            // A subject no lexicon knows, then all of a group.
            (
                "ودعت القوى الوطنية والفعاليات الشعبية كافة الأطراف إلى \"بذل جهودها من أجل الوحدة\".",
                &[],
                &[seen(
                    Partial,
                    "بذل جهودها من أجل الوحدة",
                    "دعت",
                    "القوى الوطنية والفعاليات الشعبية",
                    Explicit,
                )],
            ),
            (
                "ودعا الحزب كل القوى الديمقراطية المدنية إلى الوحدة في الانتخابات القادمة.",
                &[],
                &[seen(
                    Indirect,
                    "الوحدة في الانتخابات القادمة",
                    "دعا",
                    "الحزب",
                    Explicit,
                )],
            ),
            (
                "وقال الوزير إن الوضع صعب. ودعا جميع التونسيين إلى الاستعداد للتضحية من أجل الوطن.",
                &[],
                &[
                    seen(Indirect, "الوضع صعب", "قال", "الوزير", Explicit),
                    seen(
                        Indirect,
                        "الاستعداد للتضحية من أجل الوطن",
                        "دعا",
                        "الوزير",
                        Implicit,
                    ),
                ],
            ),
            // `كل من X و Y` ("both X and Y") after a verb of calling on is whom it calls on;
            // after another verb it is the subject, and no object follows it.
            (
                "وقال المحلل إن الأزمة ستطول. ودعا كل من السلطات والدبلوماسية التونسية إلى توخي الاتزان في موقفها.",
                &[],
                &[
                    seen(Indirect, "الأزمة ستطول", "قال", "المحلل", Explicit),
                    seen(
                        Indirect,
                        "توخي الاتزان في موقفها",
                        "دعا",
                        "المحلل",
                        Implicit,
                    ),
                ],
            ),
            (
                "وقال المحلل إن الأزمة ستطول. ودعا كل من الحكومة والبرلمان إلى توخي الحذر في موقفهما.",
                &[organization(&["الحكومة"]), organization(&["البرلمان"])],
                &[
                    seen(Indirect, "الأزمة ستطول", "قال", "المحلل", Explicit),
                    seen(
                        Indirect,
                        "توخي الحذر في موقفهما",
                        "دعا",
                        "المحلل",
                        Implicit,
                    ),
                ],
            ),
            (
                "وأعلنت كل من السعودية ومصر أن العلاقات مع قطر قطعت.",
                &[organization(&["السعودية"]), organization(&["مصر"])],
                &[seen(
                    Indirect,
                    "العلاقات مع قطر قطعت",
                    "أعلنت",
                    "السعودية",
                    Explicit,
                )],
            ),
            (
                "وأبدى كل من رئيس مجلس النواب ورئيس مجلس الوزراء التزام لبنان بجميع شروط القرار.",
                &[],
                &[],
            ),
            // What it calls them to, with `لـ` (and a later `إلى` is not the verb's); the report
            // starts at the noun, whose article the `لـ` swallowed.
            (
                "ودعت النقابة كافة أعوان البريد للالتحاق بمراكز عملهم يوم الاثنين.",
                &[organization(&["النقابة"])],
                &[seen(
                    Indirect,
                    "التحاق بمراكز عملهم يوم الاثنين",
                    "دعت",
                    "النقابة",
                    Explicit,
                )],
            ),
            (
                "وقال المحتجون إن الإضراب سيتواصل. ودعوا المواطنين للإمضاء على عريضة قصد توجيهها إلى وكيل الجمهورية.",
                &[],
                &[
                    seen(Indirect, "الإضراب سيتواصل", "قال", "المحتجون", Explicit),
                    seen(
                        Indirect,
                        "إمضاء على عريضة قصد توجيهها إلى وكيل الجمهورية",
                        "دعوا",
                        "المحتجون",
                        Implicit,
                    ),
                ],
            ),
            // Whom it calls on after a subject no lexicon knows, or after the time.
            (
                "ودعت شرطة مدينة أوديسا الأوكرانية المواطنين إلى الإبلاغ عن أي تحركات مشبوهة.",
                &[],
                &[seen(
                    Indirect,
                    "الإبلاغ عن أي تحركات مشبوهة",
                    "دعت",
                    "شرطة مدينة أوديسا الأوكرانية",
                    Explicit,
                )],
            ),
            (
                "وقالت النقابة إن الوضع صعب. ودعت في ماي الماضي كافة المدرسين إلى عدم العمل يوم الامتحان.",
                &[organization(&["النقابة"])],
                &[
                    seen(Indirect, "الوضع صعب", "قالت", "النقابة", Explicit),
                    seen(
                        Indirect,
                        "عدم العمل يوم الامتحان",
                        "دعت",
                        "النقابة",
                        Implicit,
                    ),
                ],
            ),
            // A `لـ` before whom it calls on is not what it calls them to.
            (
                "وقال الوزير إن الوضع صعب. ودعا للمرة الثانية المواطنين إلى التلقيح ضد الفيروس في أقرب الآجال.",
                &[],
                &[
                    seen(Indirect, "الوضع صعب", "قال", "الوزير", Explicit),
                    seen(
                        Indirect,
                        "التلقيح ضد الفيروس في أقرب الآجال",
                        "دعا",
                        "الوزير",
                        Implicit,
                    ),
                ],
            ),
            // Nor is one in the subject's title.
            (
                "ودعا الأمين العام للاتحاد المواطنين إلى التلقيح ضد الفيروس في أقرب الآجال.",
                &[],
                &[seen(
                    Indirect,
                    "التلقيح ضد الفيروس في أقرب الآجال",
                    "دعا",
                    "الأمين العام للاتحاد",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn verbs_of_informing_report_what_their_object_was_told() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // Whom it informs comes after its subject.
            (
                "وأخبر الوزير الصحفيين بأن الحكومة ستدعم المزارعين.",
                &[],
                &[seen(
                    Indirect,
                    "الحكومة ستدعم المزارعين",
                    "أخبر",
                    "الوزير",
                    Explicit,
                )],
            ),
            (
                "وأعلم الوزير المعتصمين أن الحكومة ستنظر في مطالبهم.",
                &[],
                &[seen(
                    Indirect,
                    "الحكومة ستنظر في مطالبهم",
                    "أعلم",
                    "الوزير",
                    Explicit,
                )],
            ),
            // The present, with whom it informs attached or after it.
            (
                "وقالت الشرطة إن التحقيق جار. وتخبرهم بأن الأطفال بخير.",
                &[organization(&["الشرطة"])],
                &[
                    seen(Indirect, "التحقيق جار", "قالت", "الشرطة", Explicit),
                    seen(Indirect, "الأطفال بخير", "تخبرهم", "الشرطة", Implicit),
                ],
            ),
            (
                "وقالت الشابة إنها أمسكت الهاتف كي تخبر عائلتها بأنها في أمان.",
                &[],
                &[
                    seen(
                        Indirect,
                        "أمسكت الهاتف كي تخبر عائلتها بأنها في أمان",
                        "قالت",
                        "الشابة",
                        Explicit,
                    ),
                    seen(Indirect, "في أمان", "تخبر", "الشابة", Implicit),
                ],
            ),
            // `أبلغ` is no cue: its subject and whom it informs are too often confused.
            (
                "وكان أحد المواطنين قد أبلغ قوات الأمن أنه شاهد أشخاصا مسلحين.",
                &[organization(&["قوات الأمن"])],
                &[],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn noted_cited_and_expressed_are_speech_verbs() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "ولاحظ الوزير أن الأسعار مستقرة.",
                &[],
                &[seen(Indirect, "الأسعار مستقرة", "لاحظ", "الوزير", Explicit)],
            ),
            (
                "وأكد المدير أن المشروع جاهز، ملاحظا أن التمويل متوفر.",
                &[],
                &[
                    seen(Indirect, "المشروع جاهز", "أكد", "المدير", Explicit),
                    seen(Indirect, "التمويل متوفر", "ملاحظا", "المدير", Implicit),
                ],
            ),
            (
                "وأورد الموقع أن اللاعب غادر النادي.",
                &[],
                &[seen(
                    Indirect,
                    "اللاعب غادر النادي",
                    "أورد",
                    "الموقع",
                    Explicit,
                )],
            ),
            // `عبر عن`: its `عن` after the subject of the clause it opens, or right after it.
            (
                "وعبر الحزب عن رفضه القاطع لهذا القرار المتسرع.",
                &[organization(&["الحزب"])],
                &[seen(
                    Indirect,
                    "رفضه القاطع لهذا القرار المتسرع",
                    "عبر",
                    "الحزب",
                    Explicit,
                )],
            ),
            (
                "وأكد المدير أن الأزمة ستنتهي. كما عبر عن أمله في عودة الحوار بين الطرفين.",
                &[],
                &[
                    seen(Indirect, "الأزمة ستنتهي", "أكد", "المدير", Explicit),
                    seen(
                        Indirect,
                        "أمله في عودة الحوار بين الطرفين",
                        "عبر",
                        "المدير",
                        Implicit,
                    ),
                ],
            ),
            // Elsewhere `عبر` is "via" or "crossed", and the present a thing that "reflects".
            (
                "وقال الوزير محمد علي عبر حسابه على تويتر \"سنواصل العمل من أجل الوطن\".",
                &[person(&["محمد علي"])],
                &[seen(
                    Partial,
                    "سنواصل العمل من أجل الوطن",
                    "قال",
                    "محمد علي",
                    Explicit,
                )],
            ),
            (
                "وانتهى الاجتماع مساء أمس، وعبر المشاركون عن ارتياحهم الكبير لنتائج الحوار.",
                &[],
                &[seen(
                    Indirect,
                    "ارتياحهم الكبير لنتائج الحوار",
                    "عبر",
                    "المشاركون",
                    Explicit,
                )],
            ),
            (
                "اجتماع الحزب\nوعبر الحزب عن رفضه القاطع لهذا القرار المتسرع.",
                &[organization(&["الحزب"])],
                &[seen(
                    Indirect,
                    "رفضه القاطع لهذا القرار المتسرع",
                    "عبر",
                    "الحزب",
                    Explicit,
                )],
            ),
            ("وعبر المهاجرون الحدود ليلا.", &[], &[]),
            // A homograph's preposition counts after its subject only where it opens its clause:
            // this `عن` is three words past a mid-sentence `عبر`.
            (
                "وتسلل المهاجرون عبر الحدود الجنوبية عن طريق الصحراء الكبرى.",
                &[],
                &[],
            ),
            (
                "ورفع المحتجون لافتات تعبر عن معارضتهم الشديدة لمشروع القانون الجديد.",
                &[],
                &[],
            ),
            // `يفيد` ("benefits") with its `ب` a few words on reports nothing, inside a report or
            // not (no piece above decides these two: they keep today's behaviour).
            ("وهذا القرار لا يفيد الشركة بأي شكل من الأشكال.", &[], &[]),
            (
                "وقال المدير إن القرار لا يفيد الشركة بشيء.",
                &[],
                &[seen(
                    Indirect,
                    "القرار لا يفيد الشركة بشيء",
                    "قال",
                    "المدير",
                    Explicit,
                )],
            ),
            // After `ما` and a verb with its object pronoun comes the verb's subject: quoted words
            // there are its name.
            (
                "ونجا الشاب من الحادث بأعجوبة، وفق ما أوردته \"العربية\".",
                &[organization(&["العربية"])],
                &[seen(
                    Indirect,
                    "ونجا الشاب من الحادث بأعجوبة",
                    "أوردته",
                    "العربية",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn between_is_a_preposition_after_a_noun_and_when_repeated() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "وقالت الوزيرة نزيهة العبيدي على هامش ندوة حول المساواة بين المراة والرجل، إن القانون سيعدل.",
                &[person(&["نزيهة العبيدي"])],
                &[seen(
                    Indirect,
                    "القانون سيعدل",
                    "قالت",
                    "نزيهة العبيدي",
                    Explicit,
                )],
            ),
            (
                "وأفاد البيان بأن المحادثات ستجري غدا بين الولايات المتحدة وروسيا وأن الاتفاق قريب.",
                &[place(&["الولايات المتحدة", "روسيا"])],
                &[seen(
                    Indirect,
                    "المحادثات ستجري غدا بين الولايات المتحدة وروسيا وأن الاتفاق قريب",
                    "أفاد",
                    "البيان",
                    Explicit,
                )],
            ),
            (
                "ونفت العائلة أي ارتباط بينها وبين الأسرة الحاكمة، وقال المتحدث باسمها إن الأمر واضح.",
                &[],
                &[
                    seen(
                        Indirect,
                        "أي ارتباط بينها وبين الأسرة الحاكمة",
                        "نفت",
                        "العائلة",
                        Explicit,
                    ),
                    seen(Indirect, "الأمر واضح", "قال", "المتحدث", Explicit),
                ],
            ),
            // The verb opens its clause or follows a particle or a framing phrase.
            (
                "كما بين الوزير أن المشروع سينطلق قريبا.",
                &[],
                &[seen(Indirect, "المشروع سينطلق قريبا", "بين", "الوزير", Explicit)],
            ),
            (
                "ومن جانب آخر بين المدير أن المشروع سينطلق قريبا.",
                &[],
                &[seen(Indirect, "المشروع سينطلق قريبا", "بين", "المدير", Explicit)],
            ),
            (
                "وتراوحت الأسعار بين دينارين وثلاثة، وبين التاجر أن الطلب ارتفع.",
                &[],
                &[seen(Indirect, "الطلب ارتفع", "بين", "التاجر", Explicit)],
            ),
            (
                "وفي هذا الإطار، فقد بين المدير أن المشروع سينطلق قريبا.",
                &[],
                &[seen(Indirect, "المشروع سينطلق قريبا", "بين", "المدير", Explicit)],
            ),
            (
                "وقد بين المدير أن المشروع سينطلق قريبا.",
                &[],
                &[seen(Indirect, "المشروع سينطلق قريبا", "بين", "المدير", Explicit)],
            ),
            (
                "لقد بين المدير أن المشروع سينطلق قريبا.",
                &[],
                &[seen(Indirect, "المشروع سينطلق قريبا", "بين", "المدير", Explicit)],
            ),
            (
                "و بين المدير أن المشروع سينطلق قريبا.",
                &[],
                &[seen(Indirect, "المشروع سينطلق قريبا", "بين", "المدير", Explicit)],
            ),
            (
                "من جهته بين المدير أن المشروع سينطلق قريبا.",
                &[],
                &[seen(Indirect, "المشروع سينطلق قريبا", "بين", "المدير", Explicit)],
            ),
            (
                "ومن جهته بين المدير أن المشروع سينطلق قريبا.",
                &[],
                &[seen(Indirect, "المشروع سينطلق قريبا", "بين", "المدير", Explicit)],
            ),
            (
                "وانسحب الوفد بينما بقي الاتحاد وبين رئيسه أن الحوار ضروري.",
                &[organization(&["الاتحاد"])],
                &[seen(Indirect, "الحوار ضروري", "بين", "رئيسه", Explicit)],
            ),
            (
                "وبعد عرض الصور، بين المقدم أنه تم اكتشاف مقبرتين.",
                &[],
                &[seen(Indirect, "تم اكتشاف مقبرتين", "بين", "المقدم", Explicit)],
            ),
            (
                "وقال الشيخ إن البيان ينفي أي ارتباط بينها وبين الأسرة الحاكمة، \"كان واضحا للجميع\".",
                &[person(&["الشيخ"])],
                &[
                    seen(
                        Indirect,
                        "البيان ينفي أي ارتباط بينها وبين الأسرة الحاكمة، \"كان واضحا للجميع\"",
                        "قال",
                        "الشيخ",
                        Explicit,
                    ),
                    seen(Partial, "كان واضحا للجميع", "ينفي", "الشيخ", Explicit),
                ],
            ),
            (
                "وتنقل بين عواصم عربية عديدة قبل أن يستقر في باريس.",
                &[place(&["باريس"])],
                &[],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn a_programme_guest_is_a_source_and_the_person_named_after_it_speaks() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "اعتبر ضيف \"بوليتيكا\"، خميس قسيلة، النائب عن الحزب، أن الحكومة فاشلة.",
                &[person(&["خميس قسيلة"]), organization(&["بوليتيكا"])],
                &[seen(
                    Indirect,
                    "الحكومة فاشلة",
                    "اعتبر",
                    "خميس قسيلة",
                    Explicit,
                )],
            ),
            (
                "وأوضح ضيف \"بوليتيكا\" أن النواب اختلفوا حول العتبة.",
                &[organization(&["بوليتيكا"])],
                &[seen(
                    Indirect,
                    "النواب اختلفوا حول العتبة",
                    "أوضح",
                    "ضيف \"بوليتيكا\"",
                    Explicit,
                )],
            ),
            // The guest met after the person the article is quoting is that person; after an
            // institution, still a guest.
            (
                "قال النائب خميس قسيلة إن الحكومة فاشلة. وأوضح ضيف \"بوليتيكا\" أن النواب اختلفوا.",
                &[person(&["خميس قسيلة"]), organization(&["بوليتيكا"])],
                &[
                    seen(Indirect, "الحكومة فاشلة", "قال", "خميس قسيلة", Explicit),
                    seen(Indirect, "النواب اختلفوا", "أوضح", "خميس قسيلة", Explicit),
                ],
            ),
            (
                "قالت الوزارة إن الحكومة فاشلة. وأوضح ضيف \"بوليتيكا\" أن النواب اختلفوا.",
                &[organization(&["بوليتيكا"])],
                &[
                    seen(Indirect, "الحكومة فاشلة", "قالت", "الوزارة", Explicit),
                    seen(
                        Indirect,
                        "النواب اختلفوا",
                        "أوضح",
                        "ضيف \"بوليتيكا\"",
                        Explicit,
                    ),
                ],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn times_and_correspondents_after_a_cue_are_not_its_speaker() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "قال اليوم الثلاثاء محمد قرصان رئيس لجنة التنظيم إن الاحتفالات ستدوم.",
                &[person(&["محمد قرصان"])],
                &[seen(Indirect, "الاحتفالات ستدوم", "قال", "محمد قرصان", Explicit)],
            ),
            (
                "وأعلن الأحد الماضي رئيس الحزب أن المؤتمر تأجل.",
                &[],
                &[seen(Indirect, "المؤتمر تأجل", "أعلن", "رئيس الحزب", Explicit)],
            ),
            // The correspondent spoken to, with the outlet in marks or not: the one already
            // talking goes on.
            (
                "وقال الوزير محمد علي إن الوضع جيد. وأضاف لمراسل الجوهرة أن العمل متواصل.",
                &[person(&["محمد علي"])],
                &[
                    seen(Indirect, "الوضع جيد", "قال", "محمد علي", Explicit),
                    seen(Indirect, "العمل متواصل", "أضاف", "محمد علي", Implicit),
                ],
            ),
            (
                "وقال الوزير محمد علي إن الوضع جيد. وأضاف لمراسل \"الجوهرة أف أم\" أن العمل متواصل.",
                &[person(&["محمد علي"])],
                &[
                    seen(Indirect, "الوضع جيد", "قال", "محمد علي", Explicit),
                    seen(Indirect, "العمل متواصل", "أضاف", "محمد علي", Implicit),
                ],
            ),
            // An abbreviation spelled in letters in marks is part of a name, not a quote.
            (
                "وأكدت الوزيرة في تصريح للجوهرة \"اف ام\" مساء اليوم أنها ستنفذ القرار.",
                &[],
                &[seen(Indirect, "ستنفذ القرار", "أكدت", "الوزيرة", Explicit)],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn the_press_spoken_to_is_fenced_off_from_the_speaker_by_its_comma() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // The outlet's name and the correspondent's town come before the comma; the tagger
            // may name the band (`أف أم`), which is no speaker, and the speaker after the comma
            // opens no view of its own.
            (
                "تم إيقاف المتهم، وفق ما أكده لمراسل الجوهرة أف أم في المهدية، المدير الجهوي للتجارة.",
                &[organization(&["أف أم"])],
                &[seen(
                    Indirect,
                    "تم إيقاف المتهم",
                    "أكده",
                    "المدير الجهوي للتجارة",
                    Explicit,
                )],
            ),
            (
                "تم إيقاف المتهم، حسب ما أفاد به لمراسلة الجوهرة أف أم، البشير الرمضاني.",
                &[organization(&["أف أم"]), person(&["البشير الرمضاني"])],
                &[seen(
                    Indirect,
                    "تم إيقاف المتهم",
                    "أفاد",
                    "البشير الرمضاني",
                    Explicit,
                )],
            ),
            // The outlet in marks, then its comma.
            (
                "تم إيقاف المتهم، بحسب ما صرح به ل\"الجوهرة أف ام\"، مصدر أمني.",
                &[],
                &[seen(Indirect, "تم إيقاف المتهم", "صرح", "مصدر أمني", Explicit)],
            ),
            // The words after the press's comma name the speaker, found or not (here the
            // loose `و` breaks the description); they are no view of the source's.
            (
                "صادقت اللجنة على الاتفاقية، وفق ما أكده لمراسلة الجوهرة أف أم، مساعد مقرر لجنة المالية و التنمية هادي براهم.",
                &[organization(&["أف أم"])],
                &[seen(
                    Indirect,
                    "صادقت اللجنة على الاتفاقية",
                    "أكده",
                    "",
                    Unresolved,
                )],
            ),
            // A description the title list lacks, then the name; a title held by a woman.
            (
                "صادقت اللجنة على الاتفاقية، وفق ما أكده لمراسلة الجوهرة أف أم، مساعد مقرر اللجنة هادي براهم.",
                &[organization(&["أف أم"]), person(&["هادي براهم"])],
                &[seen(
                    Indirect,
                    "صادقت اللجنة على الاتفاقية",
                    "أكده",
                    "هادي براهم",
                    Explicit,
                )],
            ),
            (
                "نفذت الإدارة زيارات، وفق ما أكدته لمراسل الجوهرة أف أم، المديرة الجهوية للتجارة.",
                &[organization(&["أف أم"])],
                &[seen(
                    Indirect,
                    "نفذت الإدارة زيارات",
                    "أكدته",
                    "المديرة الجهوية للتجارة",
                    Explicit,
                )],
            ),
            // After a speech verb, the speaker follows the comma; or the complementizer does,
            // and the one already talking goes on.
            (
                "وقال لمراسل الجوهرة أف أم، المدير الجهوي للتجارة محمد الهادي، إن العمل متواصل.",
                &[organization(&["أف أم"]), person(&["محمد الهادي"])],
                &[seen(Indirect, "العمل متواصل", "قال", "محمد الهادي", Explicit)],
            ),
            (
                "وقال الوزير محمد علي إن الوضع جيد. وأضاف لمراسل الجوهرة أف أم، أن العمل متواصل.",
                &[person(&["محمد علي"]), organization(&["أف أم"])],
                &[
                    seen(Indirect, "الوضع جيد", "قال", "محمد علي", Explicit),
                    seen(Indirect, "العمل متواصل", "أضاف", "محمد علي", Implicit),
                ],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn the_title_of_a_work_in_marks_is_no_quote() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "واستنكر الوزير خلال مداخلته في برنامج \"يا مسهر عيني\" ما حدث.",
                &[],
                &[],
            ),
            // The report starts at its complementizer, after the book's title.
            (
                "وأكد مترجم كتاب \"من عيون شعر الشابي\" أن الجامعات قررت تدريس شعره.",
                &[],
                &[seen(
                    Indirect,
                    "الجامعات قررت تدريس شعره",
                    "أكد",
                    "مترجم كتاب",
                    Explicit,
                )],
            ),
            // After the definite head the speaker's phrase may end.
            (
                "وقال مقدم البرنامج \"أهلا بكم في هذه الحلقة\".",
                &[],
                &[seen(
                    Direct,
                    "أهلا بكم في هذه الحلقة",
                    "قال",
                    "مقدم البرنامج",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn a_name_a_class_or_a_charge_in_marks_is_no_quote() {
        let reported = |text: &'static str| seen(Indirect, text, "قال", "المصدر", Explicit);
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "وقال المصدر إن النيابة أحالته على القضاء بتهمة \"انتحال صفة\".",
                &[],
                &[reported("النيابة أحالته على القضاء بتهمة \"انتحال صفة\"")],
            ),
            (
                "وقال المصدر إن النيابة فتحت قضية موضوعها \"الاتجار بالبشر والتحيل\".",
                &[],
                &[reported(
                    "النيابة فتحت قضية موضوعها \"الاتجار بالبشر والتحيل\"",
                )],
            ),
            (
                "وقال المصدر إن المدرسة سجلت سبع إصابات بالتهاب الكبد صنف \"أ\".",
                &[],
                &[reported("المدرسة سجلت سبع إصابات بالتهاب الكبد صنف \"أ\"")],
            ),
            (
                "وقال المصدر إن المرأة تعرف في الحي باسم \"أم الخير\".",
                &[],
                &[reported("المرأة تعرف في الحي باسم \"أم الخير\"")],
            ),
            // A name withheld is no name given: his words follow.
            (
                "وأضاف المسؤول الذي طلب عدم نشر اسمه \"الوضع خطير جدا في المدينة\".",
                &[],
                &[seen(
                    Partial,
                    "الوضع خطير جدا في المدينة",
                    "أضاف",
                    "المسؤول",
                    Explicit,
                )],
            ),
            // The bare `موضوع` may head someone's words.
            (
                "وقال المسماري إن الملف هو موضوع \"بحث قضائي منذ سنوات\".",
                &[],
                &[
                    seen(
                        Indirect,
                        "الملف هو موضوع \"بحث قضائي منذ سنوات\"",
                        "قال",
                        "المسماري",
                        Explicit,
                    ),
                    seen(Partial, "بحث قضائي منذ سنوات", "قال", "المسماري", Explicit),
                ],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn how_or_when_it_was_said_is_no_speaker() {
        let minister = &[person(&["نبيل عمار"])];
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // An accusative of manner is no name: the minister met before is still speaking.
            (
                "واستقبل الوزير نبيل عمار السفير. وقال مازحا \"لن أغادر قبل أن أتذوق الكسكسي\".",
                minister,
                &[seen(
                    Direct,
                    "لن أغادر قبل أن أتذوق الكسكسي",
                    "قال",
                    "نبيل عمار",
                    Implicit,
                )],
            ),
            // An adverb after a title ends it, as the complementizer would.
            (
                "وقالت الوزيرة مؤخرا إن الأمر محسوم.",
                &[],
                &[seen(Indirect, "الأمر محسوم", "قالت", "الوزيرة", Explicit)],
            ),
            (
                "وقالت الوزيرة أيضا إن الأمر محسوم.",
                &[],
                &[seen(Indirect, "الأمر محسوم", "قالت", "الوزيرة", Explicit)],
            ),
            // `مرة أخرى`, "once more": its second word ends nothing on its own.
            (
                "وشدد عمار عمروسية مرة أخرى على أن الأمر محسوم.",
                &[person(&["عمار عمروسية"])],
                &[seen(
                    Indirect,
                    "الأمر محسوم",
                    "شدد",
                    "عمار عمروسية",
                    Explicit,
                )],
            ),
            // A clause of how the speaker was is no part of the name.
            (
                "وأفاد الأستاذ قو وهو أيضا مسلم أن المتحف يضم ستين قطعة.",
                &[],
                &[seen(
                    Indirect,
                    "المتحف يضم ستين قطعة",
                    "أفاد",
                    "قو",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn the_press_spoken_to_is_no_speaker_but_a_source_named_is() {
        let director = &[
            person(&["نجاة الجندوبي"]),
            organization(&["وكالة الأنباء الرسمية"]),
        ];
        let agency = &[organization(&["وكالة الأنباء الألمانية"])];
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "قالت نجاة الجندوبي إن الغش كثير، بحسب ما أكدته مؤخرا لوكالة الأنباء الرسمية. \
                 وأضافت أن الجهود متواصلة.",
                director,
                &[
                    seen(Indirect, "الغش كثير", "قالت", "نجاة الجندوبي", Explicit),
                    seen(
                        Indirect,
                        "الجهود متواصلة",
                        "أضافت",
                        "نجاة الجندوبي",
                        Implicit,
                    ),
                ],
            ),
            // A report of the agency speaks for it; so does the agency named by `وفقا لـ`.
            (
                "وأشار تقرير لوكالة الأنباء الألمانية إلى أن الأجهزة لا تحتمل البرد.",
                agency,
                &[seen(
                    Indirect,
                    "الأجهزة لا تحتمل البرد",
                    "أشار",
                    "وكالة الأنباء الألمانية",
                    Explicit,
                )],
            ),
            (
                "ووفقا لوكالة الأنباء الألمانية، فإن الأجهزة لا تحتمل البرد.",
                agency,
                &[seen(
                    Indirect,
                    "الأجهزة لا تحتمل البرد",
                    "وفقا",
                    "وكالة الأنباء الألمانية",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn a_plural_verb_before_a_noun_has_its_subject_in_it() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // The verb before its subject is singular, so `وصفوا` ("they described") carries
            // its subject, and the noun after it is what they described.
            (
                "وقال المحتجون إن الوضع صعب. ووصفوا الوضع ب\"المزري والمخزي\".",
                &[],
                &[
                    seen(Indirect, "الوضع صعب", "قال", "المحتجون", Explicit),
                    seen(Partial, "المزري والمخزي", "وصفوا", "المحتجون", Implicit),
                ],
            ),
            // Not the dual, which copy puts before a dual subject too, and whose form is also
            // an accusative noun.
            (
                "وقال المحتجون إن الوضع صعب. وأكدا الوزيران أن الوضع مستقر.",
                &[],
                &[
                    seen(Indirect, "الوضع صعب", "قال", "المحتجون", Explicit),
                    seen(Indirect, "الوضع مستقر", "أكدا", "الوزيران", Explicit),
                ],
            ),
            // The singular verb names its subject after it.
            (
                "وقال المحتجون إن الوضع صعب. وأكد الوزير أن الوضع مستقر.",
                &[],
                &[
                    seen(Indirect, "الوضع صعب", "قال", "المحتجون", Explicit),
                    seen(Indirect, "الوضع مستقر", "أكد", "الوزير", Explicit),
                ],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn who_the_source_is_and_the_source_itself_are_no_view() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // A title after the source's name and its comma says who the source is.
            (
                "تم إيقاف المتهم، حسب ما أفاد به البشير الرمضاني، الكاتب العام للنقابة.",
                &[person(&["البشير الرمضاني"])],
                &[seen(
                    Indirect,
                    "تم إيقاف المتهم",
                    "أفاد",
                    "البشير الرمضاني",
                    Explicit,
                )],
            ),
            // Fronted, the view comes after the appositive.
            (
                "وحسب ما أفاد به البشير الرمضاني، الكاتب العام للنقابة، تم إيقاف المتهم.",
                &[person(&["البشير الرمضاني"])],
                &[seen(
                    Indirect,
                    "تم إيقاف المتهم",
                    "حسب",
                    "البشير الرمضاني",
                    Explicit,
                )],
            ),
            // A title held by a woman closes the sentence as the masculine does; `نفسه`
            // ("himself") is the title's holder, not a name.
            (
                "نفذت الإدارة زيارات ميدانية، وفق ما أكدته المديرة الجهوية للتجارة.",
                &[],
                &[seen(
                    Indirect,
                    "نفذت الإدارة زيارات ميدانية",
                    "أكدته",
                    "المديرة الجهوية للتجارة",
                    Explicit,
                )],
            ),
            (
                "تعرض الصحفي لاعتداء، وفق ما أكده الوزير نفسه.",
                &[],
                &[seen(
                    Indirect,
                    "تعرض الصحفي لاعتداء",
                    "أكده",
                    "الوزير نفسه",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn a_reply_a_word_after_a_preposition_and_a_condition_report_nothing() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // `ردا على سؤال` ("in reply to a question") is the circumstance of `قال`, not the
            // dual "they both replied", and it ends the speaker.
            (
                "وقال الوزير ردا على سؤال حول الموضوع إن الحكومة ستتدخل قريبا.",
                &[],
                &[seen(
                    Indirect,
                    "الحكومة ستتدخل قريبا",
                    "قال",
                    "الوزير",
                    Explicit,
                )],
            ),
            (
                "وقال المدير العام للشركة تعليقا على الحادثة إن التحقيق متواصل.",
                &[],
                &[seen(
                    Indirect,
                    "التحقيق متواصل",
                    "قال",
                    "المدير العام للشركة",
                    Explicit,
                )],
            ),
            // After a preposition `أبرز` is "the most prominent", not "highlighted".
            (
                "وهذا موعد يومي مع أبرز الأحداث والمستجدات على الساحة الوطنية خلال الأسبوع.",
                &[],
                &[],
            ),
            // A noun with its pronoun after the preposition is the saying itself (`عبرت عن
            // إدانتها`) and stays the cue of the words in marks.
            (
                "وعبرت الجبهة الشعبية عن إدانتها للعدوان الذي اعتبرته \"حلقة أخرى من حلقات الإرهاب\".",
                &[organization(&["الجبهة الشعبية"])],
                &[
                    seen(
                        Indirect,
                        "إدانتها للعدوان الذي اعتبرته \"حلقة أخرى من حلقات الإرهاب\"",
                        "عبرت",
                        "الجبهة الشعبية",
                        Explicit,
                    ),
                    seen(
                        Partial,
                        "حلقة أخرى من حلقات الإرهاب",
                        "إدانتها",
                        "الجبهة الشعبية",
                        Implicit,
                    ),
                ],
            ),
            // `على أن` is "provided that" after a verb that does not govern `على`: the condition
            // is part of what was said, not its start ...
            (
                "وتحدث المدير عن شروط الحصول على الرخصة، على أن تبقى الموافقة بيد الوزارة.",
                &[],
                &[seen(
                    Indirect,
                    "شروط الحصول على الرخصة، على أن تبقى الموافقة بيد الوزارة",
                    "تحدث",
                    "المدير",
                    Explicit,
                )],
            ),
            // ... and the complementizer of one that does.
            (
                "وشدد الوزير في كلمته على أن الحكومة ستتدخل قريبا.",
                &[],
                &[seen(
                    Indirect,
                    "الحكومة ستتدخل قريبا",
                    "شدد",
                    "الوزير",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn a_verbal_noun_after_adam_reports_nothing_and_a_source_ends_before_its_object() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // `عدم كشف هويته` ("not revealing his identity"): no cue; the quote is `قال`'s.
            (
                "وقال عقيد في الشرطة طلب عدم كشف هويته إن \"المقبرة تضم نحو 400 جثة\".",
                &[],
                &[seen(
                    Direct,
                    "المقبرة تضم نحو 400 جثة",
                    "قال",
                    "عقيد",
                    Explicit,
                )],
            ),
            // A definite noun after an indefinite source and its adjective is the object.
            (
                "أعلنت مصادر عراقية العثور على مقبرة جماعية يعتقد أن التنظيم أعدمهم.",
                &[],
                &[seen(
                    Indirect,
                    "التنظيم أعدمهم",
                    "أعلنت",
                    "مصادر عراقية",
                    Explicit,
                )],
            ),
            // A preposition is no adjective: the place of the source stays in it.
            (
                "وقال مصدر في الشرطة إن الحزام عثر عليه عند العصر.",
                &[],
                &[seen(
                    Indirect,
                    "الحزام عثر عليه عند العصر",
                    "قال",
                    "مصدر في الشرطة",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn a_cue_with_its_conjunction_opens_a_clause_whose_subject_is_not_before_it() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // Not the pluperfect: `كانت` with an imperfect verb, then a new clause.
            (
                "وكانت الوزيرة تصر على حضور الاجتماعات وقال مقربون من الرئيس إن الأمر عادي.",
                &[],
                &[seen(
                    Indirect,
                    "الأمر عادي",
                    "قال",
                    "مقربون من الرئيس",
                    Explicit,
                )],
            ),
            // The name before `، وقال` is the object of the clause before, not the subject.
            (
                "واستقبلت الوزيرة وفدا من منظمة الصحة العالمية، وقال إن الزيارة مفيدة.",
                &[organization(&["منظمة الصحة العالمية"])],
                &[seen(Indirect, "الزيارة مفيدة", "قال", "", Unresolved)],
            ),
            // With `فـ` a source phrase before still names the verb's subject.
            (
                "وبحسب تقارير محلية فيرجح أن يكون المنفذ من سكان الحي.",
                &[],
                &[seen(
                    Indirect,
                    "يكون المنفذ من سكان الحي",
                    "يرجح",
                    "تقارير محلية",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn a_plural_verb_does_not_take_one_person_before_it_for_its_subject() {
        let cases: &[(&str, &[Given], &[Seen])] = &[(
            "وقالت الصحيفة إن ثلاثة مساجين (مورطين في قضية توفي فيها سامي الزيتوني)، أعلنوا دخولهم في إضراب عن الطعام.",
            &[person(&["سامي الزيتوني"])],
            &[
                seen(
                    Indirect,
                    "ثلاثة مساجين (مورطين في قضية توفي فيها سامي الزيتوني",
                    "قالت",
                    "الصحيفة",
                    Explicit,
                ),
                seen(
                    Indirect,
                    "دخولهم في إضراب عن الطعام",
                    "أعلنوا",
                    "",
                    Unresolved,
                ),
            ],
        )];
        check(Language::Arabic, cases);
    }

    /// After `وفق ما أكده`, `حسب`, the subject closes the sentence: a definite title heads it,
    /// its complement runs to the period, and its first title words find who holds the office.
    #[test]
    fn a_closing_subject_runs_to_the_end_of_the_sentence() {
        let director = Given {
            roles: &["المدير العام لوكالة النهوض بالاستثمار"],
            ..person(&["خليل العبيدي"])
        };
        let minister = Given {
            roles: &["وزير الدفاع"],
            ..person(&["فرحات الحرشاني", "الحرشاني"])
        };
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "تم حجز ثلاثة أطنان من الخضر الفاسدة، وفق ما أعلن عنه المدير الجهوي للتجارة.",
                &[],
                &[seen(
                    Indirect,
                    "تم حجز ثلاثة أطنان من الخضر الفاسدة",
                    "أعلن",
                    "المدير الجهوي للتجارة",
                    Explicit,
                )],
            ),
            (
                "تم إنقاذ عشرين مهاجرا قبالة السواحل، وفق ما أفاد به رئيس فرع الهلال الأحمر بمدنين.",
                &[],
                &[seen(
                    Indirect,
                    "تم إنقاذ عشرين مهاجرا قبالة السواحل",
                    "أفاد",
                    "رئيس فرع الهلال الأحمر بمدنين",
                    Explicit,
                )],
            ),
            (
                "وزار المدير العام لوكالة النهوض بالاستثمار، خليل العبيدي، المعرض. ويهدف المخطط إلى تنويع مصادر الاستثمار، حسب ما ذكره المدير العام للوكالة.",
                &[director],
                &[seen(
                    Indirect,
                    "ويهدف المخطط إلى تنويع مصادر الاستثمار",
                    "ذكره",
                    "خليل العبيدي",
                    Explicit,
                )],
            ),
            // The time set off by commas between the verb and its subject.
            (
                "وقد تمت إحالته على فرقة مكافحة الإرهاب، وفق ما أكده، اليوم السبت، مصدر أمني بالجهة.",
                &[],
                &[seen(
                    Indirect,
                    "وقد تمت إحالته على فرقة مكافحة الإرهاب",
                    "أكده",
                    "مصدر أمني",
                    Explicit,
                )],
            ),
            // ... and after the pronoun of what was said (`أفاد به`).
            (
                "وتم حجز المعدات المسروقة، وفق ما أفاد به، اليوم الأربعاء، مصدر أمني بالجهة.",
                &[],
                &[seen(
                    Indirect,
                    "وتم حجز المعدات المسروقة",
                    "أفاد",
                    "مصدر أمني",
                    Explicit,
                )],
            ),
            (
                "وتعطلت حركة القطارات بالجهة، وفق ما أكده، الأحد الماضي، مصدر نقابي.",
                &[],
                &[seen(
                    Indirect,
                    "وتعطلت حركة القطارات بالجهة",
                    "أكده",
                    "مصدر نقابي",
                    Explicit,
                )],
            ),
            (
                "أكد، اليوم السبت الناطق الرسمي باسم التنسيقية، طارق الحداد، أن المعتصمين لن يغادروا المكان.",
                &[person(&["طارق الحداد"])],
                &[seen(
                    Indirect,
                    "المعتصمين لن يغادروا المكان",
                    "أكد",
                    "طارق الحداد",
                    Explicit,
                )],
            ),
            // What follows the comma names the subject: no view of `وفق`'s of its own.
            (
                "تم تأجيل الامتحانات إلى الأسبوع المقبل، وفق ما أكده المندوب الجهوي للتربية بالمنستير، رضا عمارة.",
                &[person(&["رضا عمارة"])],
                &[seen(
                    Indirect,
                    "تم تأجيل الامتحانات إلى الأسبوع المقبل",
                    "أكده",
                    "رضا عمارة",
                    Explicit,
                )],
            ),
            // `عنه` not after `ما` is the object's preposition: the noun after it is no subject
            // of the relative clause's verb.
            (
                "وقال الأستاذ سامي الحداد إن التوجهات التي تحدثت عنها الرؤية \"هي التي يجب أن تكون مجال نقاش وتنفيذ\".",
                &[person(&["سامي الحداد"])],
                &[
                    seen(
                        Indirect,
                        "التوجهات التي تحدثت عنها الرؤية \"هي التي يجب أن تكون مجال نقاش وتنفيذ\"",
                        "قال",
                        "سامي الحداد",
                        Explicit,
                    ),
                    seen(
                        Partial,
                        "هي التي يجب أن تكون مجال نقاش وتنفيذ",
                        "تحدثت",
                        "سامي الحداد",
                        Implicit,
                    ),
                ],
            ),
            // `كما` ("as well") does not close the sentence on its subject: what follows the
            // title is whom the minister told.
            (
                "وقال وزير الدفاع فرحات الحرشاني إن الوضع مستقر. كما أفاد الوزير النواب بتمتع العسكريين بمنح خصوصية.",
                &[minister],
                &[
                    seen(Indirect, "الوضع مستقر", "قال", "فرحات الحرشاني", Explicit),
                    seen(
                        Indirect,
                        "تمتع العسكريين بمنح خصوصية",
                        "أفاد",
                        "فرحات الحرشاني",
                        Implicit,
                    ),
                ],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn regional_offices_and_the_same_source_named_first() {
        let delegate = Given {
            roles: &["المندوب الجهوي للتربية بمدنين"],
            ..person(&["سامي الحداد"])
        };
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // `نفس المصدر`, `ذات المصدر`: the source met before.
            (
                "وقال مصدر أمني إن الوضع هادئ. ونفى نفس المصدر أي استعمال للقوة.",
                &[],
                &[
                    seen(Indirect, "الوضع هادئ", "قال", "مصدر أمني", Explicit),
                    seen(Indirect, "أي استعمال للقوة", "نفى", "مصدر أمني", Explicit),
                ],
            ),
            // After a named official, the same source is that official.
            (
                "وقال محمد الغرسلي إن الوضع هادئ. وأكد نفس المصدر أن الوحدات انتشرت.",
                &[person(&["محمد الغرسلي"])],
                &[
                    seen(Indirect, "الوضع هادئ", "قال", "محمد الغرسلي", Explicit),
                    seen(Indirect, "الوحدات انتشرت", "أكد", "محمد الغرسلي", Explicit),
                ],
            ),
            // A regional delegate: the seat of the office (`بمدنين`) is no part of the name,
            // and `المندوب` alone is the delegate named before.
            (
                "قال المندوب الجهوي للتربية بمدنين سامي الحداد إن المندوبية لم تتدخل. ونفى المندوب وجود أي خطر.",
                &[delegate],
                &[
                    seen(Indirect, "المندوبية لم تتدخل", "قال", "سامي الحداد", Explicit),
                    seen(Indirect, "وجود أي خطر", "نفى", "سامي الحداد", Explicit),
                ],
            ),
        ];
        check(Language::Arabic, cases);
    }

    /// An agent's noun phrase between a verb and its object is the verb's subject, cut from the
    /// report: a title, an institution or authority, a group in the construct state, with its
    /// adjectives, its governed noun or its `لـ` complement.
    #[test]
    fn an_agent_between_the_verb_and_its_object_is_the_subject() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "وأكدت الحكومة ضرورة تسريع الإصلاحات الاقتصادية.",
                &[],
                &[seen(Indirect, "ضرورة تسريع الإصلاحات الاقتصادية", "أكدت", "الحكومة", Explicit)],
            ),
            (
                "ونفى الوزير الاتهامات الموجهة إليه في البرلمان.",
                &[],
                &[seen(Indirect, "الاتهامات الموجهة إليه في البرلمان", "نفى", "الوزير", Explicit)],
            ),
            (
                "وأكد وزير الفلاحة استعداد الوزارة لدعم صغار الفلاحين.",
                &[],
                &[seen(Indirect, "استعداد الوزارة لدعم صغار الفلاحين", "أكد", "وزير الفلاحة", Explicit)],
            ),
            (
                "وانتقدت السلطات الفرنسية والألمانية تأخر الرد على الطلب.",
                &[],
                &[seen(Indirect, "تأخر الرد على الطلب", "انتقدت", "السلطات الفرنسية والألمانية", Explicit)],
            ),
            // A broken plural of people (`قضاة`, `أعوان`) names a group too.
            (
                "وأكد قضاة المحكمة استقلالهم التام عن السلطة التنفيذية.",
                &[],
                &[seen(Indirect, "استقلالهم التام عن السلطة التنفيذية", "أكد", "قضاة المحكمة", Explicit)],
            ),
            (
                "ويرفض مصنعو الأدوية قرار تسقيف الأسعار الجديد.",
                &[],
                &[seen(Indirect, "قرار تسقيف الأسعار الجديد", "يرفض", "مصنعو الأدوية", Explicit)],
            ),
            (
                "وأكد المدير العام للمستشفى توفر كل الأدوية الضرورية.",
                &[],
                &[seen(Indirect, "توفر كل الأدوية الضرورية", "أكد", "المدير العام للمستشفى", Explicit)],
            ),
            // After the subject a demonstrative opens the object.
            (
                "وانتقدت الصحافة المحلية هذا القرار المفاجئ بشدة.",
                &[],
                &[seen(Indirect, "هذا القرار المفاجئ بشدة", "انتقدت", "الصحافة المحلية", Explicit)],
            ),
            // `دول` is a plural of things: a feminine verb agrees with it.
            (
                "وترفض دول الجوار هذا الاتفاق المبرم مع الشركة.",
                &[],
                &[seen(Indirect, "هذا الاتفاق المبرم مع الشركة", "ترفض", "دول الجوار", Explicit)],
            ),
            // The governed noun may be a name.
            (
                "وتتهم دول الخليج قطر باستضافة المعارضين الفارين.",
                &[place(&["الخليج"]), place(&["قطر"])],
                &[seen(Indirect, "استضافة المعارضين الفارين", "تتهم", "دول الخليج", Explicit)],
            ),
            // A noun of the other gender than the verb is its object: the subject was left
            // implicit.
            (
                "قال الفلاح محمد الصالحي إن المحصول ضعيف هذا العام. وناشد السلطات التدخل العاجل لإنقاذ الموسم.",
                &[person(&["محمد الصالحي"])],
                &[
                    seen(Indirect, "المحصول ضعيف هذا العام", "قال", "محمد الصالحي", Explicit),
                    seen(Indirect, "السلطات التدخل العاجل لإنقاذ الموسم", "ناشد", "محمد الصالحي", Implicit),
                ],
            ),
            // An institution with its adjective or its complement, a group by its broken plural.
            (
                "وانتقد الاتحاد الأوروبي قرار الحكومة المجرية بإغلاق الحدود.",
                &[],
                &[seen(Indirect, "قرار الحكومة المجرية بإغلاق الحدود", "انتقد", "الاتحاد الأوروبي", Explicit)],
            ),
            (
                "وأكد الحزب ضرورة احترام نتائج الانتخابات البلدية.",
                &[],
                &[seen(Indirect, "ضرورة احترام نتائج الانتخابات البلدية", "أكد", "الحزب", Explicit)],
            ),
            (
                "ويرفض الأطباء قرار النقل الإجباري إلى المناطق الداخلية.",
                &[],
                &[seen(Indirect, "قرار النقل الإجباري إلى المناطق الداخلية", "يرفض", "الأطباء", Explicit)],
            ),
            (
                "وأكدت النقابة الجهوية للتعليم ضرورة مراجعة الزمن المدرسي.",
                &[],
                &[seen(Indirect, "ضرورة مراجعة الزمن المدرسي", "أكدت", "النقابة الجهوية للتعليم", Explicit)],
            ),
            // A title known to be held speaks as its holder.
            (
                "قال وزير الفلاحة سمير الطيب إن الموسم جيد. ونفى الوزير الاتهامات الموجهة إليه.",
                &[Given {
                    roles: &["وزير الفلاحة"],
                    ..person(&["سمير الطيب"])
                }],
                &[
                    seen(Indirect, "الموسم جيد", "قال", "سمير الطيب", Explicit),
                    seen(Indirect, "الاتهامات الموجهة إليه", "نفى", "سمير الطيب", Explicit),
                ],
            ),
            // A subject joined by `و` is not cut in two (nor yet found whole).
            (
                "وانتقد الوزير والنواب قرار الحكومة بتجميد الانتدابات.",
                &[],
                &[seen(Indirect, "الوزير والنواب قرار الحكومة بتجميد الانتدابات", "انتقد", "", Unresolved)],
            ),
        ];
        check(Language::Arabic, cases);
    }

    /// A place right after a feminine verb, or opening its clause before the verb, speaks for its
    /// government; after a masculine verb, or behind its preposition, it is what the verb is about.
    #[test]
    fn a_place_that_is_the_verbs_subject_speaks() {
        let minister = person(&["سلمى العياري"]);
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "واعتبرت تركيا أن الهجوم الصاروخي كان خطوة إيجابية.",
                &[place(&["تركيا"])],
                &[seen(
                    Indirect,
                    "الهجوم الصاروخي كان خطوة إيجابية",
                    "اعتبرت",
                    "تركيا",
                    Explicit,
                )],
            ),
            (
                "وأكدت تونس في بيانها أن الاستيطان يهدد السلام في المنطقة.",
                &[place(&["تونس"])],
                &[seen(
                    Indirect,
                    "الاستيطان يهدد السلام في المنطقة",
                    "أكدت",
                    "تونس",
                    Explicit,
                )],
            ),
            (
                "تونس أكدت أن الإصلاحات ستتواصل.",
                &[place(&["تونس"])],
                &[seen(Indirect, "الإصلاحات ستتواصل", "أكدت", "تونس", Explicit)],
            ),
            (
                "وقال الوزير إن الوضع صعب. واتهم فرنسا بأنها تدعم المتمردين في الشمال.",
                &[place(&["فرنسا"])],
                &[
                    seen(Indirect, "الوضع صعب", "قال", "الوزير", Explicit),
                    seen(
                        Indirect,
                        "تدعم المتمردين في الشمال",
                        "اتهم",
                        "الوزير",
                        Implicit,
                    ),
                ],
            ),
            (
                "وقالت الوزيرة سلمى العياري إن الوضع مستقر. وأضافت بتونس أن الإصلاحات ستتواصل.",
                &[minister, place(&["تونس"])],
                &[
                    seen(Indirect, "الوضع مستقر", "قالت", "سلمى العياري", Explicit),
                    seen(
                        Indirect,
                        "الإصلاحات ستتواصل",
                        "أضافت",
                        "سلمى العياري",
                        Implicit,
                    ),
                ],
            ),
        ];
        check(Language::Arabic, cases);
    }

    /// Content before its trailing cue runs back over segments that cannot stand alone: the time
    /// of the event, a clause linked with `وذلك`, a dependent clause; a `وذلك` right before the
    /// cue links, and is no part of what was said.
    #[test]
    fn a_trailing_report_runs_back_over_segments_that_cannot_stand_alone() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // A segment opening with a preposition completes the verb before it.
            (
                "تمكنت وحدات الحرس بولاية القصرين، في منطقة صولة، من إيقاف شخص بحوزته مخدرات، وفق ما أكده مصدر أمني.",
                &[],
                &[seen(
                    Indirect,
                    "تمكنت وحدات الحرس بولاية القصرين، في منطقة صولة، من إيقاف شخص بحوزته مخدرات",
                    "أكده",
                    "مصدر أمني",
                    Explicit,
                )],
            ),
            (
                "تمكنت الوحدات الأمنية بسليانة، خلال حملة أمنية، من حجز 5 بنادق صيد، وفق ما أكده مصدر أمني.",
                &[],
                &[seen(
                    Indirect,
                    "تمكنت الوحدات الأمنية بسليانة، خلال حملة أمنية، من حجز 5 بنادق صيد",
                    "أكده",
                    "مصدر أمني",
                    Explicit,
                )],
            ),
            (
                "التقى رئيس الحركة اليوم، بالمشير في مدينة بنغازي، بحسب ما أعلنته الحركة.",
                &[],
                &[seen(
                    Indirect,
                    "التقى رئيس الحركة اليوم، بالمشير في مدينة بنغازي",
                    "أعلنته",
                    "الحركة",
                    Explicit,
                )],
            ),
            (
                "تمكنت وحدات الحرس الوطني بالكاف، مساء أمس من حجز كمية من المخدرات، وفق ما أكده مصدر أمني.",
                &[],
                &[seen(
                    Indirect,
                    "تمكنت وحدات الحرس الوطني بالكاف، مساء أمس من حجز كمية من المخدرات",
                    "أكده",
                    "مصدر أمني",
                    Explicit,
                )],
            ),
            (
                "تمكنت فرقة الأبحاث بالمنستير، عشية اليوم من حجز قطع أثرية، وفق ما أكده مصدر أمني.",
                &[],
                &[seen(
                    Indirect,
                    "تمكنت فرقة الأبحاث بالمنستير، عشية اليوم من حجز قطع أثرية",
                    "أكده",
                    "مصدر أمني",
                    Explicit,
                )],
            ),
            (
                "حجزت الشرطة آلاف الرصاصات في سيارة خاصة، وذلك وفق ما أفاد به مصدر أمني.",
                &[],
                &[seen(
                    Indirect,
                    "حجزت الشرطة آلاف الرصاصات في سيارة خاصة",
                    "أفاد",
                    "مصدر أمني",
                    Explicit,
                )],
            ),
            (
                "أقدم شاب على إضرام النار في جسد شقيقته، وذلك بمنزلهم الكائن بالمدينة، وفق ما أكده مصدر أمني.",
                &[],
                &[seen(
                    Indirect,
                    "أقدم شاب على إضرام النار في جسد شقيقته، وذلك بمنزلهم الكائن بالمدينة",
                    "أكده",
                    "مصدر أمني",
                    Explicit,
                )],
            ),
            (
                "وتتواصل الأبحاث للكشف عن الأطراف المتورطة وذلك حسب مصدر أمني.",
                &[],
                &[seen(
                    Indirect,
                    "وتتواصل الأبحاث للكشف عن الأطراف المتورطة",
                    "حسب",
                    "مصدر أمني",
                    Explicit,
                )],
            ),
            (
                "اصطدمت دراجة نارية بأخرى، مما تسبب في وفاة شيخ، وفق ما أكده مصدر أمني.",
                &[],
                &[seen(
                    Indirect,
                    "اصطدمت دراجة نارية بأخرى، مما تسبب في وفاة شيخ",
                    "أكده",
                    "مصدر أمني",
                    Explicit,
                )],
            ),
            // `عنه` after ما is the pronoun of what was announced, as `به` is.
            (
                "أعدمت السلطات عشرات الأشخاص خلال العام الماضي، بحسب ما أعلنت عنه منظمة العفو الدولية في بيان لها.",
                &[organization(&["منظمة العفو الدولية"])],
                &[seen(
                    Indirect,
                    "أعدمت السلطات عشرات الأشخاص خلال العام الماضي",
                    "أعلنت",
                    "منظمة العفو الدولية",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    /// A description the sentence ends with is the trailing cue's subject, as it is before a
    /// comma.
    #[test]
    fn a_description_closing_the_sentence_speaks() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "توفي الرضيع بسبب سوء التغذية، وفق ما أكده القاضي.",
                &[],
                &[seen(
                    Indirect,
                    "توفي الرضيع بسبب سوء التغذية",
                    "أكده",
                    "القاضي",
                    Explicit,
                )],
            ),
            (
                "توفي الرضيع بسبب سوء التغذية، وفق ما ذكرته القاضية.",
                &[],
                &[seen(
                    Indirect,
                    "توفي الرضيع بسبب سوء التغذية",
                    "ذكرته",
                    "القاضية",
                    Explicit,
                )],
            ),
            (
                "ارتفعت الأسعار بشكل كبير في الأسواق، كما قال الحريف.",
                &[],
                &[seen(
                    Indirect,
                    "ارتفعت الأسعار بشكل كبير في الأسواق",
                    "قال",
                    "الحريف",
                    Explicit,
                )],
            ),
            (
                "وقال الإعلامي الليبي نبيل السكني إن الوضع صعب. وتشهد المنطقة عمليات اختطاف كثيرة، وفق الإعلامي الليبي.",
                &[person(&["نبيل السكني"])],
                &[
                    seen(Indirect, "الوضع صعب", "قال", "نبيل السكني", Explicit),
                    seen(
                        Indirect,
                        "وتشهد المنطقة عمليات اختطاف كثيرة",
                        "وفق",
                        "نبيل السكني",
                        Explicit,
                    ),
                ],
            ),
            (
                "فأعلمه العون بأن الطرد هو الوحيد المسجل باسمه وهو ما أكده الحريف .",
                &[],
                &[seen(
                    Indirect,
                    "فأعلمه العون بأن الطرد هو الوحيد المسجل باسمه",
                    "أكده",
                    "الحريف",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    /// A member of parliament is introduced with the party or town they sit for (`النائب عن
    /// X`) before their name, which then speaks.
    #[test]
    fn a_member_named_after_the_party_they_sit_for_speaks() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "قال النائب عن حزب صوت الفلاحين، فيصل التبيني، إن الفساد انتشر.",
                &[
                    organization(&["حزب صوت الفلاحين"]),
                    person(&["فيصل التبيني"]),
                ],
                &[seen(
                    Indirect,
                    "الفساد انتشر",
                    "قال",
                    "فيصل التبيني",
                    Explicit,
                )],
            ),
            (
                "وأكدت النائبة عن كتلة الحرة سامية عبو أن الكتلة ستطعن في القرار.",
                &[organization(&["كتلة الحرة"]), person(&["سامية عبو"])],
                &[seen(
                    Indirect,
                    "الكتلة ستطعن في القرار",
                    "أكدت",
                    "سامية عبو",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    /// A source phrase names its source after it; a noun before it belongs to the sentence it
    /// closes, and the phrase's saying goes back to the speaker met before.
    #[test]
    fn a_source_phrase_takes_no_source_from_before_it() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "وأضاف الوزير أن الأراضي استغلتها شركات ومواطنين، وفق احصائية أنجزتها الإدارات الجهوية، مشيرا إلى أنه سيتم استرجاعها.",
                &[],
                &[
                    seen(
                        Indirect,
                        "الأراضي استغلتها شركات ومواطنين",
                        "أضاف",
                        "الوزير",
                        Explicit,
                    ),
                    seen(Indirect, "سيتم استرجاعها", "مشيرا", "الوزير", Implicit),
                ],
            ),
            (
                "اعتبر رئيس الحركة راشد الغنوشي أن اغتيال المهندس محمد الزواري \"جريمة إرهابية\"، وفق تعبيره.",
                &[person(&["راشد الغنوشي"]), person(&["محمد الزواري"])],
                &[
                    seen(
                        Indirect,
                        "اغتيال المهندس محمد الزواري \"جريمة إرهابية\"",
                        "اعتبر",
                        "راشد الغنوشي",
                        Explicit,
                    ),
                    seen(Direct, "جريمة إرهابية", "وفق", "راشد الغنوشي", Implicit),
                ],
            ),
        ];
        check(Language::Arabic, cases);
    }

    /// `وجاء في بيان لـ X أن ...` ("it came in a statement of X that"): the statement's author
    /// speaks, as after `حسب ما جاء في`; `جاء في` before anything but a document is "came".
    #[test]
    fn what_came_in_a_statement_is_its_authors_report() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "وجاء في بلاغ لوزارة الداخلية أنه تم إيقاف المشتبه بهما في منطقة الزهور.",
                &[organization(&["وزارة الداخلية"])],
                &[seen(
                    Indirect,
                    "تم إيقاف المشتبه بهما في منطقة الزهور",
                    "جاء",
                    "وزارة الداخلية",
                    Explicit,
                )],
            ),
            (
                "وجاء في بيان صادر عن حزب العمال أن الحكومة تدرس خطة جديدة للتشغيل.",
                &[organization(&["حزب العمال"])],
                &[seen(
                    Indirect,
                    "الحكومة تدرس خطة جديدة للتشغيل",
                    "جاء",
                    "حزب العمال",
                    Explicit,
                )],
            ),
            (
                "وجاء في المرتبة الثانية نادي الترجي بعد أن خسر مباراته الأخيرة.",
                &[organization(&["نادي الترجي"])],
                &[],
            ),
            (
                "وجاء في إطار زيارته أن الوزير التقى ممثلي المجتمع المدني.",
                &[],
                &[],
            ),
            // The statement itself came: no one speaks in it here.
            (
                "وجاء هذا البيان بعد يوم من إعلان الوزارة أن الامتحانات ستؤجل.",
                &[],
                &[],
            ),
        ];
        check(Language::Arabic, cases);
    }

    /// `نقل` "relayed": the outlet speaks, or the one it relays from after `عن`; the noun
    /// "transport" and the verb "moved them" report nothing.
    #[test]
    fn an_outlet_relays_what_its_source_said() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "ونقلت مصادر إعلامية مصرية أن الهجوم استهدف نقطة أمنية بجوار المطار.",
                &[],
                &[seen(
                    Indirect,
                    "الهجوم استهدف نقطة أمنية بجوار المطار",
                    "نقلت",
                    "مصادر إعلامية مصرية",
                    Explicit,
                )],
            ),
            (
                "ونقلت وكالة رويترز عن الشرطة الصومالية أن قوات الأمن قابلت مسلحين خلال دورية.",
                &[organization(&["وكالة رويترز"]), organization(&["الشرطة الصومالية"])],
                &[seen(
                    Indirect,
                    "قوات الأمن قابلت مسلحين خلال دورية",
                    "نقلت",
                    "الشرطة الصومالية",
                    Explicit,
                )],
            ),
            // Their saying (`قوله`) is theirs, however long the appositive before it, and it
            // ends a title with no name.
            (
                "ونقلت صحيفة \"تلغراف\" البريطانية عن ستيف ساليسبري، قائد الفريق الذي أجرى الدراسة في جامعة كوينزلاند قوله: \"إن هذه الآثار عملاقة\".",
                &[organization(&["تلغراف"]), person(&["ستيف ساليسبري"])],
                &[seen(
                    Direct,
                    "إن هذه الآثار عملاقة",
                    "قوله",
                    "ستيف ساليسبري",
                    Explicit,
                )],
            ),
            (
                "ونقلت الوكالة عن وزير الخارجية قوله إن الآثار عملاقة.",
                &[],
                &[seen(Indirect, "الآثار عملاقة", "قوله", "وزير الخارجية", Explicit)],
            ),
            // Not what someone else talked about.
            (
                "وتحدث الوزير عن الوضع الأمني في الجهة، مضيفا قوله: \"الوضع مستقر\".",
                &[],
                &[
                    seen(Indirect, "الوضع الأمني في الجهة", "تحدث", "الوزير", Explicit),
                    seen(Direct, "الوضع مستقر", "قوله", "الوزير", Implicit),
                ],
            ),
            // "The saying" after whose it is closes the source.
            (
                "ونقلت الوكالة عن مدير المستشفى القول إن عدد المصابين بلغ عشرين شخصا.",
                &[],
                &[seen(
                    Indirect,
                    "عدد المصابين بلغ عشرين شخصا",
                    "نقلت",
                    "مدير المستشفى",
                    Explicit,
                )],
            ),
            // The tagger missed the company: its `نقل` is still a noun.
            (
                "وأعلنت شركة نقل تونس، أنه سيتم تدعيم أسطول الحافلات بعشر وحدات.",
                &[],
                &[seen(
                    Indirect,
                    "سيتم تدعيم أسطول الحافلات بعشر وحدات",
                    "أعلنت",
                    "شركة نقل تونس",
                    Explicit,
                )],
            ),
            (
                "وقال المدير إن العملية شملت إخراج السياح من النزل ونقلهم، مشيرا إلى أنهم كانوا في حالة صدمة.",
                &[],
                &[
                    seen(
                        Indirect,
                        "العملية شملت إخراج السياح من النزل ونقلهم",
                        "قال",
                        "المدير",
                        Explicit,
                    ),
                    seen(Indirect, "كانوا في حالة صدمة", "مشيرا", "المدير", Implicit),
                ],
            ),
            (
                "وأوقف الأمن المشتبه به في مدينة سوسة، وفق ما نقلته إذاعة الجوهرة عن مصدر أمني.",
                &[organization(&["إذاعة الجوهرة"])],
                &[seen(
                    Indirect,
                    "وأوقف الأمن المشتبه به في مدينة سوسة",
                    "نقلته",
                    "مصدر أمني",
                    Explicit,
                )],
            ),
            // `نقلا عن` stays the source phrase, not the dual of the verb.
            (
                "وذكرت الصحيفة نقلا عن خبراء أن خمسة ملايين أوروبي قد يفقدون منازلهم.",
                &[],
                &[seen(
                    Indirect,
                    "خمسة ملايين أوروبي قد يفقدون منازلهم",
                    "نقلا",
                    "خبراء",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    /// `بعد أن`, `قبل أن`, `دون أن` open a clause of time or manner: its `أن` is no cue's
    /// complementizer, and it ends the speaker's name; after `دون` comes a noun.
    #[test]
    fn a_clause_of_time_is_no_report() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "وقال الوزير بعد أن زار المستشفى إن الوضع مستقر.",
                &[],
                &[seen(Indirect, "الوضع مستقر", "قال", "الوزير", Explicit)],
            ),
            (
                "وقالت الوزيرة دون أن تحدد موعدا إن التحقيق متواصل.",
                &[],
                &[seen(Indirect, "التحقيق متواصل", "قالت", "الوزيرة", Explicit)],
            ),
            (
                "وقال المدرب منذ أن تولى مهامه إن الفريق يحتاج إلى وقت.",
                &[],
                &[seen(
                    Indirect,
                    "الفريق يحتاج إلى وقت",
                    "قال",
                    "المدرب",
                    Explicit,
                )],
            ),
            (
                "وقال الوزير بمجرد أن وصل إلى المطار إن الزيارة ناجحة.",
                &[],
                &[seen(Indirect, "الزيارة ناجحة", "قال", "الوزير", Explicit)],
            ),
            (
                "وذكر المسؤول بعد أن زار المستشفى الجهوي الوضع.",
                &[],
                &[],
            ),
            // A verb that is also a noun gets no support from it either.
            (
                "أكد الوزير أن الأشغال انطلقت في الموعد ونشر الصور بعد أن زار الموقع.",
                &[],
                &[seen(
                    Indirect,
                    "الأشغال انطلقت في الموعد ونشر الصور بعد أن زار الموقع",
                    "أكد",
                    "الوزير",
                    Explicit,
                )],
            ),
            (
                "وكان النائب قد اقترح هذه التعديلات في جانفي الماضي، قبل أن يتم توجيهها إلى لجنة الشؤون الدينية.",
                &[],
                &[],
            ),
            (
                "وظهرت القصيدة على الموقع ودون ذكر مصدرها أو حتى التلميح إلى أنها منقولة عن كاتبة أخرى.",
                &[],
                &[],
            ),
        ];
        check(Language::Arabic, cases);
    }

    /// A verb opening its sentence is a verb, however far its complementizer (`ذكرت` is also
    /// the noun "male"): inside a sentence, or as a dual (also an accusative noun), it needs
    /// one close by; English sentences do not open with their verb.
    #[test]
    fn a_verb_opening_its_sentence_reaches_a_far_complementizer() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "ذكرت منظمة الصحة العالمية في بيان لها اليوم الجمعة تلقت الجوهرة نسخة منه أن النشاط البدني آخذ في التناقص في العديد من الدول.",
                &[organization(&["منظمة الصحة العالمية"])],
                &[seen(
                    Indirect,
                    "النشاط البدني آخذ في التناقص في العديد من الدول",
                    "ذكرت",
                    "منظمة الصحة العالمية",
                    Explicit,
                )],
            ),
            (
                "وتضمن التقرير الذي نشر الموقع الرسمي للوزارة أمس على صفحته في شبكة التواصل الاجتماعي معطيات مفادها أن عدد الزوار تضاعف.",
                &[],
                &[],
            ),
            (
                "وردا على سؤال عن التهديدات التي أطلقتها إيران، أحد كبار مصدري النفط على المستوى العالمي، بأنها قد ترد على فرض عقوبات عبر إيقاف تصدير النفط أجاب المسؤول \"لن يخيفنا أي شيء يقومون به\".",
                &[],
                &[seen(
                    Direct,
                    "لن يخيفنا أي شيء يقومون به",
                    "أجاب",
                    "المسؤول",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
        let english: &[(&str, &[Given], &[Seen])] = &[(
            "Reports say it is the first time that China has used the unmanned aircraft.",
            &[],
            &[seen(
                Indirect,
                "it is the first time that China has used the unmanned aircraft",
                "say",
                "",
                Unresolved,
            )],
        )];
        check(Language::English, english);
    }

    /// A group named by its plural in the nominative right after the verb is the verb's subject.
    #[test]
    fn a_group_named_by_its_plural_after_the_verb_speaks() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "وأعلن المعتصمون خلال اجتماعهم صباح اليوم عن الدخول في إضراب.",
                &[],
                &[seen(
                    Indirect,
                    "الدخول في إضراب",
                    "أعلن",
                    "المعتصمون",
                    Explicit,
                )],
            ),
            (
                "واتهم المحتجون القاضية بتجاوز سلطتها.",
                &[],
                &[seen(
                    Indirect,
                    "القاضية بتجاوز سلطتها",
                    "اتهم",
                    "المحتجون",
                    Explicit,
                )],
            ),
            // A singular noun in `ون` is no group (`القانون`): the report starts at it.
            (
                "واتهم القانون الجديد الشركات بالتهرب من الضرائب.",
                &[],
                &[seen(
                    Indirect,
                    "القانون الجديد الشركات بالتهرب من الضرائب",
                    "اتهم",
                    "",
                    Unresolved,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    /// A cue inside a reported clause has its subject between the complementizer and itself.
    #[test]
    fn a_cue_inside_a_report_has_its_subject_after_the_complementizer() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // An organization, then a source noun before the complementizer: the inner verb is
            // the organization's, not the newspaper's.
            (
                "وذكرت صحيفة الشروق أن الحكومة الفرنسية قالت إن المتهم غادر البلاد قبل أسبوع.",
                &[
                    organization(&["صحيفة الشروق"]),
                    organization(&["الحكومة الفرنسية"]),
                ],
                &[
                    seen(
                        Indirect,
                        "الحكومة الفرنسية قالت إن المتهم غادر البلاد قبل أسبوع",
                        "ذكرت",
                        "صحيفة الشروق",
                        Explicit,
                    ),
                    seen(
                        Indirect,
                        "المتهم غادر البلاد قبل أسبوع",
                        "قالت",
                        "الحكومة الفرنسية",
                        Explicit,
                    ),
                ],
            ),
            // A title the tagger does not take for a name.
            (
                "وأضاف المتحدث أن وزير الداخلية أكد أن المتهم غادر البلاد قبل أسبوع.",
                &[],
                &[
                    seen(
                        Indirect,
                        "وزير الداخلية أكد أن المتهم غادر البلاد قبل أسبوع",
                        "أضاف",
                        "المتحدث",
                        Explicit,
                    ),
                    seen(
                        Indirect,
                        "المتهم غادر البلاد قبل أسبوع",
                        "أكد",
                        "وزير الداخلية",
                        Explicit,
                    ),
                ],
            ),
            // A participle after the nested report goes on with the sentence's speaker.
            (
                "وقال مصدر أمني إن الفتى اعترف بأنه على اتصال مع أحد عناصر التنظيم، مضيفا أن فحص هاتفه كشف عن معلومات مهمة.",
                &[],
                &[
                    seen(
                        Indirect,
                        "الفتى اعترف بأنه على اتصال مع أحد عناصر التنظيم",
                        "قال",
                        "مصدر أمني",
                        Explicit,
                    ),
                    seen(
                        Indirect,
                        "على اتصال مع أحد عناصر التنظيم",
                        "اعترف",
                        "الفتى",
                        Explicit,
                    ),
                    seen(
                        Indirect,
                        "فحص هاتفه كشف عن معلومات مهمة",
                        "مضيفا",
                        "مصدر أمني",
                        Implicit,
                    ),
                ],
            ),
            // With no words between, the subject stands before the complementizer (`سبق لـ X
            // أن`): the source named there.
            (
                "وسبق لمجلة \"الأسبوع\" أن كشفت عن موافقة النادي على العرض.",
                &[],
                &[seen(
                    Indirect,
                    "موافقة النادي على العرض",
                    "كشفت",
                    "مجلة \"الأسبوع\"",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn subjects_end_at_time_words_and_never_in_a_name_behind_a_preposition() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // The adjectives of an indefinite source run on; a time word ends the subject, so
            // the person named in the report is not taken for the source's name.
            (
                "أكدت تقارير إخبارية دولية متطابقة اليوم الأحد خبر مقتل سامي الحداد.",
                &[person(&["سامي الحداد"])],
                &[seen(
                    Indirect,
                    "خبر مقتل سامي الحداد",
                    "أكدت",
                    "تقارير إخبارية دولية متطابقة",
                    Explicit,
                )],
            ),
            // A person behind a preposition is what the description is about.
            (
                "وقال المرصد السوري المعارض لبشار الأسد إن القيادي قتل.",
                &[person(&["بشار الأسد"])],
                &[seen(
                    Indirect,
                    "القيادي قتل",
                    "قال",
                    "المرصد السوري المعارض لبشار الأسد",
                    Explicit,
                )],
            ),
            // The pluperfect without `قد`: the words between `كان` and the cue are the subject.
            (
                "وكان المرصد السوري المعارض لبشار الأسد أعلن أمس أن القيادي قتل.",
                &[person(&["بشار الأسد"])],
                &[seen(
                    Indirect,
                    "القيادي قتل",
                    "أعلن",
                    "المرصد السوري المعارض لبشار الأسد",
                    Explicit,
                )],
            ),
            // ... not when a clause of its own stands between.
            (
                "وكانت الشحنة في طريقها إلى ميليشيا «فجر ليبيا»، حيث أعلنت السلطات أن الشحنة ضبطت.",
                &[organization(&["فجر ليبيا"])],
                &[seen(Indirect, "الشحنة ضبطت", "أعلنت", "السلطات", Explicit)],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn what_was_said_in_a_document_is_its_issuers() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // The nearest name before the document, with words between.
            (
                "وأصدرت نقابة الأطباء بيانا صباح اليوم أكدت فيه أن الإضراب متواصل.",
                &[organization(&["نقابة الأطباء"])],
                &[seen(
                    Indirect,
                    "الإضراب متواصل",
                    "أكدت",
                    "نقابة الأطباء",
                    Explicit,
                )],
            ),
            (
                "وكان الرئيس سعيد المرزوقي قد ألقى خطابا أكد فيه أن البلاد بخير.",
                &[person(&["سعيد المرزوقي"])],
                &[seen(
                    Indirect,
                    "البلاد بخير",
                    "أكد",
                    "سعيد المرزوقي",
                    Explicit,
                )],
            ),
            // ... not one behind a preposition (the addressee).
            (
                "ووجه حزب الأمل رسالة إلى وزارة الداخلية قال فيها إن التجمع سلمي.",
                &[
                    organization(&["حزب الأمل"]),
                    organization(&["وزارة الداخلية"]),
                ],
                &[seen(Indirect, "التجمع سلمي", "قال", "حزب الأمل", Explicit)],
            ),
            // The author in the document's construct, closed by a relative pronoun.
            (
                "وأثارت تصريحات وزير النقل التي قال فيها إن الطرقات آمنة جدلا واسعا.",
                &[],
                &[seen(
                    Indirect,
                    "الطرقات آمنة جدلا واسعا",
                    "قال",
                    "وزير النقل",
                    Explicit,
                )],
            ),
            // A title or a definite noun as the subject of the verb that issued it.
            (
                "ونشر المدرب تدوينة قال فيها إن الفريق جاهز.",
                &[],
                &[seen(Indirect, "الفريق جاهز", "قال", "المدرب", Explicit)],
            ),
            // A subject after `فيه` is the speaker.
            (
                "ونظمت الوزارة يوما دراسيا أكد فيه المدير الجهوي أن الموسم ناجح.",
                &[],
                &[seen(
                    Indirect,
                    "الموسم ناجح",
                    "أكد",
                    "المدير الجهوي",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn a_nominal_report_starts_past_the_occasion_and_a_comma_after_the_speaker() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // An occasion between commas, then the verb's preposition.
            (
                "وشددت الوزيرة، بهذه المناسبة، على ضرورة حماية الغابات من الحرائق.",
                &[],
                &[seen(
                    Indirect,
                    "ضرورة حماية الغابات من الحرائق",
                    "شددت",
                    "الوزيرة",
                    Explicit,
                )],
            ),
            (
                "ودعا رئيس البلدية كمال الساحلي، خلال اجتماع المجلس البلدي يوم الجمعة، إلى ترشيد استهلاك الماء.",
                &[person(&["كمال الساحلي"])],
                &[seen(
                    Indirect,
                    "ترشيد استهلاك الماء",
                    "دعا",
                    "كمال الساحلي",
                    Explicit,
                )],
            ),
            // ... with no comma before it, and with no speaker after the cue.
            (
                "وقال رئيس الجمعية إن الموسم صعب. وأشار في تصريح لإذاعة محلية بالقصرين، إلى تراجع إنتاج الزيتون.",
                &[],
                &[
                    seen(Indirect, "الموسم صعب", "قال", "رئيس الجمعية", Explicit),
                    seen(
                        Indirect,
                        "تراجع إنتاج الزيتون",
                        "أشار",
                        "رئيس الجمعية",
                        Implicit,
                    ),
                ],
            ),
            // The statement it was made in, with no comma, then the object.
            (
                "وأعلنت الجامعة في بيان لها أمس تأجيل الامتحانات إلى الشهر المقبل.",
                &[organization(&["الجامعة"])],
                &[seen(
                    Indirect,
                    "تأجيل الامتحانات إلى الشهر المقبل",
                    "أعلنت",
                    "الجامعة",
                    Explicit,
                )],
            ),
            // The statement with its pronoun (`في بلاغها`).
            (
                "وأكدت النقابة في بلاغها رفض الزيادة في ساعات العمل.",
                &[organization(&["النقابة"])],
                &[seen(
                    Indirect,
                    "رفض الزيادة في ساعات العمل",
                    "أكدت",
                    "النقابة",
                    Explicit,
                )],
            ),
            // A comma right after the speaker's name, then the object.
            (
                "ونفى المتحدث باسم الوزارة سمير الهادي، وجود أي خلاف داخل الحكومة.",
                &[person(&["سمير الهادي"])],
                &[seen(
                    Indirect,
                    "وجود أي خلاف داخل الحكومة",
                    "نفى",
                    "سمير الهادي",
                    Explicit,
                )],
            ),
            // After that comma the report starts at once: a relative clause there describes
            // the speaker, and a preposition inside it governs nothing the cue said.
            (
                "وأكد المدرب سامي العلي، الذي عاد على متن الطائرة نفسها، جاهزية اللاعبين.",
                &[person(&["سامي العلي"])],
                &[],
            ),
            // A name after a plain noun and a comma may be the one appealed to, not the
            // speaker: no report rather than one in the wrong mouth.
            (
                "وناشد أهالي القرية، وزير الصحة سامي العلي، فتح مستشفى جديد بالجهة.",
                &[person(&["سامي العلي"])],
                &[],
            ),
            // ... and an appositive after it (a title, words closed by a comma) is no report.
            (
                "أكد سامي العلي، رئيس مركز الدراسات الاستراتيجية والدبلوماسية على هامش ندوة حوارية نظمها المركز بالعاصمة.",
                &[person(&["سامي العلي"])],
                &[],
            ),
            (
                "ونفى الوزير، سامي العلي، الأخبار المتداولة حول استقالته.",
                &[person(&["سامي العلي"])],
                &[seen(
                    Indirect,
                    "الأخبار المتداولة حول استقالته",
                    "نفى",
                    "سامي العلي",
                    Explicit,
                )],
            ),
            (
                "وأكدت الناطقة باسم الوزارة، سلمى العياري، \"الحكومة لم تقرر شيئا بعد\".",
                &[],
                &[seen(
                    Partial,
                    "الحكومة لم تقرر شيئا بعد",
                    "أكدت",
                    "الناطقة باسم الوزارة",
                    Explicit,
                )],
            ),
            // `على إثر` opens an occasion, not the report of `أكد على`.
            (
                "وأكد رئيس النقابة سامي العلي في تصريح لإذاعة محلية، على إثر اجتماع الهيئة الإدارية للنقابة بممثلي الوزارة.",
                &[person(&["سامي العلي"])],
                &[],
            ),
            // An occasion that no comma closes is not the verb's object (the report after it
            // stays unfound: nothing says where the occasion ends).
            (
                "ونفى الوزير سامي العلي إثر اجتماعه بممثلي النقابات والمنظمات المهنية والجمعيات الجهوية أمس الأخبار المتداولة.",
                &[person(&["سامي العلي"])],
                &[],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn a_document_speaks_for_its_issuer_and_by_saying_for_the_verbs_subject() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // The issuer after `صادر عن`, after `لـ`, and in a construct.
            (
                "وذكر بيان صادر عن الديوان الملكي أن الملك غادر العاصمة.",
                &[organization(&["الديوان الملكي"])],
                &[seen(
                    Indirect,
                    "الملك غادر العاصمة",
                    "ذكر",
                    "الديوان الملكي",
                    Explicit,
                )],
            ),
            (
                "وحسب بلاغ للمديرية العامة للأمن الوطني، فإن المشتبه فيه أوقف بمدينة طنجة.",
                // The mention after the contracted `لل` is the stem (`مديرية ...`).
                &[organization(&[
                    "المديرية العامة للأمن الوطني",
                    "مديرية العامة للأمن الوطني",
                ])],
                &[seen(
                    Indirect,
                    "المشتبه فيه أوقف بمدينة طنجة",
                    "حسب",
                    "المديرية العامة للأمن الوطني",
                    Explicit,
                )],
            ),
            (
                "وقال بيان وزارة الصحة إن عدد الإصابات تراجع.",
                &[organization(&["وزارة الصحة"])],
                &[seen(Indirect, "عدد الإصابات تراجع", "قال", "وزارة الصحة", Explicit)],
            ),
            // `ذات البلاغ` (the same statement) speaks for its issuer too.
            (
                "وأفاد بلاغ صادر عن البنك المركزي أن الأسعار استقرت. وأضاف ذات البلاغ أن التضخم تراجع.",
                &[organization(&["البنك المركزي"])],
                &[
                    seen(Indirect, "الأسعار استقرت", "أفاد", "البنك المركزي", Explicit),
                    seen(Indirect, "التضخم تراجع", "أضاف", "البنك المركزي", Explicit),
                ],
            ),
            // `بالقول` completes the verb that opens the sentence; the speech noun with its
            // pronoun is that verb's object, not part of the subject.
            (
                "واستهل الوزير كلمته بالقول إن المرحلة صعبة.",
                &[],
                &[seen(Indirect, "المرحلة صعبة", "بالقول", "الوزير", Implicit)],
            ),
            (
                "وختم المدرب حديثه بالقول: \"الدوري لم يحسم بعد\".",
                &[],
                &[seen(Direct, "الدوري لم يحسم بعد", "بالقول", "المدرب", Implicit)],
            ),
            (
                "وزار وزير الصحة سمير الهادي المستشفى الجهوي أمس، مؤكدا أن الوزارة ستوفر التجهيزات.",
                &[person(&["سمير الهادي"])],
                &[seen(
                    Indirect,
                    "الوزارة ستوفر التجهيزات",
                    "مؤكدا",
                    "سمير الهادي",
                    Implicit,
                )],
            ),
            // A title followed by more than its domain may run into the verb's object.
            (
                "وزار وزير الصحة المستشفى الجهوي أمس، مؤكدا أن الوزارة ستوفر التجهيزات.",
                &[],
                &[seen(Indirect, "الوزارة ستوفر التجهيزات", "مؤكدا", "", Unresolved)],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn a_quote_then_thus_and_its_cue_and_commenting_on_names_a_topic() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            (
                "\"لم نكن في يومنا\"، هكذا علق مدرب النادي على خسارة فريقه.",
                &[],
                &[seen(Direct, "لم نكن في يومنا", "علق", "مدرب النادي", Explicit)],
            ),
            (
                "وعلق الوزير على القرار قائلا: \"إنه قرار تاريخي\".",
                &[],
                &[seen(Direct, "إنه قرار تاريخي", "قائلا", "الوزير", Implicit)],
            ),
            // `أكمل` (went on) and `اختتم` (concluded) report only with support: otherwise
            // they are "completed" and "closed".
            (
                "وأكمل المتحدث: \"لا يمكن أن نقبل بهذا الوضع\".",
                &[],
                &[seen(
                    Direct,
                    "لا يمكن أن نقبل بهذا الوضع",
                    "أكمل",
                    "المتحدث",
                    Explicit,
                )],
            ),
            (
                "واختتم الوزير بأن الحكومة ماضية في الإصلاح.",
                &[],
                &[seen(
                    Indirect,
                    "الحكومة ماضية في الإصلاح",
                    "اختتم",
                    "الوزير",
                    Explicit,
                )],
            ),
            // A clause inside the quote of the same cue is that quote, not a report of its own
            // (here a colon quote with a stray closing mark).
            (
                "وقال الطبيب : قطار الإصلاح انطلق وعلينا أن ندفع به إلى الأمام\".",
                &[],
                &[seen(
                    Direct,
                    "قطار الإصلاح انطلق وعلينا أن ندفع به إلى الأمام",
                    "قال",
                    "الطبيب",
                    Explicit,
                )],
            ),
            // ... and a subject of "completed" is no speaker the next bare cue goes on with.
            (
                "قال المدرب سمير الهادي إن الفريق جاهز. وأكمل اللاعب سامي الحداد علاجه في ألمانيا. وأضاف أن المباراة صعبة.",
                &[person(&["سمير الهادي"]), person(&["سامي الحداد"])],
                &[
                    seen(Indirect, "الفريق جاهز", "قال", "سمير الهادي", Explicit),
                    seen(Indirect, "المباراة صعبة", "أضاف", "سمير الهادي", Implicit),
                ],
            ),
            // "Closed (his visit)" names no speaker either.
            (
                "قال المدير سمير الهادي إن المهرجان نجح. واختتم الوزير سامي الحداد زيارته للمدينة. وأضاف أن الدورة القادمة ستكون أكبر.",
                &[person(&["سمير الهادي"]), person(&["سامي الحداد"])],
                &[
                    seen(Indirect, "المهرجان نجح", "قال", "سمير الهادي", Explicit),
                    seen(
                        Indirect,
                        "الدورة القادمة ستكون أكبر",
                        "أضاف",
                        "سمير الهادي",
                        Implicit,
                    ),
                ],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn a_source_phrase_closing_the_sentence_reports_what_came_before() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // "By region" and a comma, then a speech verb: the verb reports, not the phrase.
            (
                "وبخصوص توزع الحالات حسب جهات البلاد، أكدت الوزيرة أن نسبة الإصابات بلغت 40 بالمائة في العاصمة.",
                &[],
                &[seen(
                    Indirect,
                    "نسبة الإصابات بلغت 40 بالمائة في العاصمة",
                    "أكدت",
                    "الوزيرة",
                    Explicit,
                )],
            ),
            (
                "سيتم فتح الطريق الجديد الأسبوع المقبل، حسب والي الجهة.",
                &[],
                &[seen(
                    Indirect,
                    "سيتم فتح الطريق الجديد الأسبوع المقبل",
                    "حسب",
                    "والي الجهة",
                    Explicit,
                )],
            ),
            (
                "الوضع الاقتصادي في البلاد صعب جدا، وفقا لوزير الاقتصاد سامي الحداد.",
                &[person(&["سامي الحداد"])],
                &[seen(
                    Indirect,
                    "الوضع الاقتصادي في البلاد صعب جدا",
                    "وفقا",
                    "سامي الحداد",
                    Explicit,
                )],
            ),
            // `على حد تعبيره` after a speaker met before; `على` is the phrase's.
            (
                "وأشار سامي الحداد إلى أن المشروع تأخر كثيرا. والوضع صعب جدا في الجهة على حد تعبيره.",
                &[person(&["سامي الحداد"])],
                &[
                    seen(
                        Indirect,
                        "المشروع تأخر كثيرا",
                        "أشار",
                        "سامي الحداد",
                        Explicit,
                    ),
                    seen(
                        Indirect,
                        "والوضع صعب جدا في الجهة",
                        "حد",
                        "سامي الحداد",
                        Implicit,
                    ),
                ],
            ),
            // A clause opening with `مما` goes on from the segment before it.
            (
                "وأشار سامي الحداد إلى أن المشروع تأخر كثيرا. وتم تأجيل الأشغال مرة أخرى، مما سيزيد الكلفة، حسب قوله.",
                &[person(&["سامي الحداد"])],
                &[
                    seen(
                        Indirect,
                        "المشروع تأخر كثيرا",
                        "أشار",
                        "سامي الحداد",
                        Explicit,
                    ),
                    seen(
                        Indirect,
                        "وتم تأجيل الأشغال مرة أخرى، مما سيزيد الكلفة",
                        "حسب",
                        "سامي الحداد",
                        Implicit,
                    ),
                ],
            ),
            // The pluperfect without `قد`: the name between `كان` and the cue speaks, not
            // the one after it.
            (
                "وكان سامي الحداد وصف الأحد خالد العمري بأنه \"ماكر جدا\".",
                &[person(&["سامي الحداد"]), person(&["خالد العمري"])],
                &[seen(
                    crate::quotes::QuoteKind::Direct,
                    "ماكر جدا",
                    "وصف",
                    "سامي الحداد",
                    Explicit,
                )],
            ),
            // A rule, a plan, figures or `على حد سواء` say nothing.
            ("سيتم توزيع المنح على الطلبة وفق القانون.", &[], &[]),
            ("وتم تنظيم الدورة حسب البرنامج المعد سلفا.", &[], &[]),
            (
                "وحسب القانون المعمول به فإن كل توريد للعملة يفوق عشرة آلاف دينار يخضع للتصريح.",
                &[],
                &[],
            ),
            (
                "ارتفعت نسبة البطالة إلى 15 بالمائة، وفقا للأرقام الرسمية.",
                &[],
                &[],
            ),
            ("يعاني الأطفال والكبار على حد سواء من الحر الشديد.", &[], &[]),
            // Right after a closing mark the phrase attributes the quoted words only (and a
            // speech verb before them, with only its speaker and an addressee between, is
            // their cue).
            (
                "فقال سامي الحداد مخاطبا أنصاره \"إن النظام ليس الحل\"، حسب رأيه.",
                &[person(&["سامي الحداد"])],
                &[seen(
                    crate::quotes::QuoteKind::Direct,
                    "إن النظام ليس الحل",
                    "قال",
                    "سامي الحداد",
                    Explicit,
                )],
            ),
            (
                "وتابع سامي الحداد أمام أنصاره في الساحة \"إن النظام ليس الحل\"، حسب رأيه.",
                &[person(&["سامي الحداد"])],
                &[seen(
                    crate::quotes::QuoteKind::Direct,
                    "إن النظام ليس الحل",
                    "حسب",
                    "سامي الحداد",
                    Implicit,
                )],
            ),
            (
                "وجاء تدخل الموظفين \"للتأثير في الناخبين\" بحسب بيان صادر عن الحزب.",
                &[],
                &[seen(
                    crate::quotes::QuoteKind::Direct,
                    "للتأثير في الناخبين",
                    "بحسب",
                    "بيان صادر عن الحزب",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn an_institution_before_the_reports_an_is_the_subject() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // Neither the tagger nor the title lexicon knows the party: its head noun and the
            // `عن` of what it expressed bound it.
            (
                "وعبر حزب آفاق تونس عن تضامنه التام مع عائلة الفقيد.",
                &[place(&["تونس"])],
                &[seen(
                    Indirect,
                    "تضامنه التام مع عائلة الفقيد",
                    "عبر",
                    "حزب آفاق تونس",
                    Explicit,
                )],
            ),
            (
                "وأعلنت نقابة موظفي أعوان الولاية عن انسحاب الموظفين من مكاتبهم.",
                &[],
                &[seen(
                    Indirect,
                    "انسحاب الموظفين من مكاتبهم",
                    "أعلنت",
                    "نقابة موظفي أعوان الولاية",
                    Explicit,
                )],
            ),
            // A place, an adverb and the object of `كشف النقاب عن` are no subject of that kind.
            (
                "وكشفت الصين مؤخرا النقاب عن قطار جديد لا يحتاج إلى سكة حديد.",
                &[place(&["الصين"])],
                &[seen(
                    Indirect,
                    "قطار جديد لا يحتاج إلى سكة حديد",
                    "كشفت",
                    "الصين",
                    Explicit,
                )],
            ),
            // A noun with a pronoun is the verb's object, not part of its subject.
            (
                "وأعلنت حركة النهضة مسؤوليتها عن تنظيم المسيرة في العاصمة.",
                &[],
                &[seen(
                    Indirect,
                    "مسؤوليتها عن تنظيم المسيرة في العاصمة",
                    "أعلنت",
                    "حركة النهضة",
                    Explicit,
                )],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn conjunctions_come_off_cue_keys() {
        for verb in ["قالت", "اوضحوا", "شددوا", "كشفوا", "يقول", "دعوا"]
        {
            assert!(lexicon::cue_word(verb).is_some(), "{verb}");
        }
        assert_eq!(strip_conjunction("وقالت"), "قالت");
        assert_eq!(strip_conjunction("فاضاف"), "اضاف");
        // Too short to hold a conjunction and a verb: left alone.
        assert_eq!(strip_conjunction("وفي"), "وفي");
    }

    #[test]
    fn ali_is_not_the_preposition() {
        assert!(is_name_ali("علي"));
        assert!(!is_name_ali("على"));
    }

    #[test]
    fn a_plural_participle_speaks_for_the_group_named_before_it() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // A count of a group starts the phrase; a broken plural of people is listed.
            (
                "نفذ عدد من التلاميذ اليوم وقفة احتجاجية أمام المحكمة، مطالبين بإطلاق سراح زميليهم.",
                &[],
                &[
                    seen(Indirect, "إطلاق سراح زميليهم", "مطالبين", "عدد من التلاميذ", Implicit),
                ],
            ),
            (
                "ووقف أعضاء المكتب خلال زيارتهم إلى المحكمة على ظروف العمل الصعبة، مشيرين إلى أن الوعود لم تنفذ.",
                &[],
                &[
                    seen(Indirect, "الوعود لم تنفذ", "مشيرين", "أعضاء المكتب", Implicit),
                ],
            ),
            // A group after a preposition is its complement, not the subject.
            (
                "ويواصل المحتجون منذ يوم أمس مطالبهم بتوفير الماء لأهالي المنطقة، مؤكدين أنهم عجزوا عن توفير المياه.",
                &[],
                &[
                    seen(Indirect, "عجزوا عن توفير المياه", "مؤكدين", "المحتجون", Implicit),
                ],
            ),
            // An indefinite participle of manner is no subject; a definite phrase ends at an indefinite word.
            (
                "ونشر نشطاء مواقع التواصل الاجتماعي صورا للوزير، ناشرين له تعليقات ساخرة واصفين إياه بأنه فاشل في إدارة الملف.",
                &[],
                &[
                    seen(Indirect, "فاشل في إدارة الملف", "واصفين", "نشطاء مواقع التواصل الاجتماعي", Implicit),
                ],
            ),
            // A dual of things is no group.
            (
                "وانتظر عدد من المواطنين نتائج اتفاق الصحيفتين، مؤكدين أن الاتفاق غريب.",
                &[],
                &[
                    seen(Indirect, "الاتفاق غريب", "مؤكدين", "عدد من المواطنين", Implicit),
                ],
            ),
            // Words that end like a plural of people and are not.
            (
                "وناقش أعضاء المجلس مشروع القانون، مطالبين بالمصادقة عليه قبل نهاية الدورة.",
                &[],
                &[seen(
                    Indirect,
                    "المصادقة عليه قبل نهاية الدورة",
                    "مطالبين",
                    "أعضاء المجلس",
                    Implicit,
                )],
            ),
            (
                "وناقش أعضاء المجلس مشاريع القوانين، مطالبين بالمصادقة عليها قبل نهاية الدورة.",
                &[],
                &[
                    seen(Indirect, "المصادقة عليها قبل نهاية الدورة", "مطالبين", "أعضاء المجلس", Implicit),
                ],
            ),
            // A nisba after a definite noun describes it; an adjective after a group belongs to it.
            (
                "واجتمع أعضاء جمعية القضاة التونسيين أمس في العاصمة، محذرين من العواقب الوخيمة للقانون.",
                &[],
                &[
                    seen(Indirect, "العواقب الوخيمة للقانون", "محذرين", "أعضاء جمعية القضاة التونسيين", Implicit),
                ],
            ),
            (
                "وتبرأ منه معتصمو \"الكامور\"، مؤكدين أن المخربين ليسوا من بينهم وأنهم مندسون.",
                &[],
                &[seen(
                    Indirect,
                    "المخربين ليسوا من بينهم وأنهم مندسون",
                    "مؤكدين",
                    "معتصمو \"الكامور\"",
                    Implicit,
                )],
            ),
            (
                "ولم يستطع جميع العاملين بالمستشفى إخفاء فرحتهم، مؤكدين أن المريض تعافى تماما من الحادث.",
                &[],
                &[seen(
                    Indirect,
                    "المريض تعافى تماما من الحادث",
                    "مؤكدين",
                    "جميع العاملين",
                    Implicit,
                )],
            ),
            // A plural inside a name is part of the name.
            (
                "وتظاهر شباب حركة المجاهدين في المدينة، مطالبين بالإفراج عن المعتقلين في السجون.",
                &[organization(&["حركة المجاهدين"])],
                &[seen(
                    Indirect,
                    "الإفراج عن المعتقلين في السجون",
                    "مطالبين",
                    "",
                    Unresolved,
                )],
            ),
            // A count of things is no group of people.
            (
                "وأكدت عدد من التقارير أن الوضع خطير. وأضافوا أن الاحتجاج سيتواصل.",
                &[],
                &[
                    seen(Indirect, "الوضع خطير", "أكدت", "عدد من التقارير", Explicit),
                    seen(Indirect, "الاحتجاج سيتواصل", "أضافوا", "", Unresolved),
                ],
            ),
            // `وسائل` is a plural of things, whose `و` is no conjunction.
            (
                "وقالت وسائل إعلام محلية إن السجناء في إضراب. وأضافت أن الإضراب سيتواصل.",
                &[],
                &[
                    seen(Indirect, "السجناء في إضراب", "قالت", "وسائل إعلام محلية", Explicit),
                    seen(Indirect, "الإضراب سيتواصل", "أضافت", "وسائل إعلام محلية", Implicit),
                ],
            ),
            (
                "وذكرت بعض وسائل الإعلام أن السجناء في إضراب. وأضافوا أن الإضراب سيتواصل.",
                &[],
                &[
                    seen(Indirect, "السجناء في إضراب", "ذكرت", "بعض وسائل الإعلام", Explicit),
                    seen(Indirect, "الإضراب سيتواصل", "أضافوا", "", Unresolved),
                ],
            ),
            (
                "وتجمع المحتجون الغاضبون أمام المقر، مطالبين بالتشغيل وبتحسين ظروف العيش في الجهة.",
                &[],
                &[
                    seen(Indirect, "التشغيل وبتحسين ظروف العيش في الجهة", "مطالبين", "المحتجون الغاضبون", Implicit),
                ],
            ),
            (
                "وأغلق المحتجون طريق المدينة، مطالبين بالتنمية وبإصلاح الطرقات في الجهة.",
                &[],
                &[
                    seen(Indirect, "التنمية وبإصلاح الطرقات في الجهة", "مطالبين", "المحتجون", Implicit),
                ],
            ),
            // The count of a group is plural when taken up again.
            (
                "قال عدد من المحتجين إن الوالي لم يستقبلهم. وأضافوا أن الاحتجاج سيتواصل.",
                &[],
                &[
                    seen(Indirect, "الوالي لم يستقبلهم", "قال", "عدد من المحتجين", Explicit),
                    seen(Indirect, "الاحتجاج سيتواصل", "أضافوا", "عدد من المحتجين", Implicit),
                ],
            ),
            // No group, no guess.
            (
                "ووزع الوزير مساعدات على المحتاجين في الجهة، مطالبين بدعم الدولة لهم في هذه الظروف الصعبة.",
                &[],
                &[
                    seen(Indirect, "دعم الدولة لهم في هذه الظروف الصعبة", "مطالبين", "", Unresolved),
                ],
            ),
        ];
        check(Language::Arabic, cases);
    }

    #[test]
    fn a_bare_feminine_cue_goes_on_with_the_body_that_opened_the_sentence() {
        let cases: &[(&str, &[Given], &[Seen])] = &[
            // The body a feminine verb opened the sentence before with goes on speaking.
            (
                "أصدرت وزارة التربية بيانا اليوم حول العطل المدرسية. وأوضحت أن الروزنامة لم تتضمن أيام العطل.",
                &[],
                &[
                    seen(Indirect, "الروزنامة لم تتضمن أيام العطل", "أوضحت", "وزارة التربية", Implicit),
                ],
            ),
            // In the same sentence, after a particle.
            (
                "وقد ألغت الشركة كل الرحلات من المطار واعتذرت للمسافرين، وقالت إن فرقها تعمل على إصلاح العطل.",
                &[],
                &[
                    seen(Indirect, "فرقها تعمل على إصلاح العطل", "قالت", "الشركة", Implicit),
                ],
            ),
            // Found by the tagger: the entity.
            (
                "أصدرت وزارة التربية والتعليم بيانا حول العطل المدرسية. وأوضحت أن الروزنامة لم تتضمن أيام العطل.",
                &[organization(&["وزارة التربية والتعليم"])],
                &[
                    seen(Indirect, "الروزنامة لم تتضمن أيام العطل", "أوضحت", "وزارة التربية والتعليم", Implicit),
                ],
            ),
            // Nisba adjectives belong to the body; a speaking body the entity stage does not list.
            (
                "وأصدرت الهيئة الوطنية بيانا حول الانتخابات. وأكدت أن الاقتراع سيجرى في موعده.",
                &[],
                &[
                    seen(Indirect, "الاقتراع سيجرى في موعده", "أكدت", "الهيئة الوطنية", Implicit),
                ],
            ),
            (
                "وحجزت مصالح الديوانة مبلغا ماليا هاما في الميناء. وأوضحت أن المبلغ كان مخفيا في سيارة.",
                &[],
                &[
                    seen(Indirect, "المبلغ كان مخفيا في سيارة", "أوضحت", "مصالح الديوانة", Implicit),
                ],
            ),
            // A masculine verb is also a plural subject's: no evidence.
            (
                "أصدر المجلس بيانا حول الوضع في الجهة. وأوضح أن الوضع خطير جدا.",
                &[],
                &[
                    seen(Indirect, "الوضع خطير جدا", "أوضح", "", Unresolved),
                ],
            ),
            // With the subject left unsaid, the noun after the verb is its object.
            (
                "زارت المدرسة الابتدائية أمس رفقة وفد. وقالت إن الخدمات تحسنت كثيرا.",
                &[],
                &[
                    seen(Indirect, "الخدمات تحسنت كثيرا", "قالت", "", Unresolved),
                ],
            ),
            (
                "ترأست مجلس الوزراء أمس في القصبة. وقالت إن الحكومة ستواصل الإصلاحات.",
                &[],
                &[
                    seen(Indirect, "الحكومة ستواصل الإصلاحات", "قالت", "", Unresolved),
                ],
            ),
            // Two bodies (a dual cue) are not the one that opened the sentence.
            (
                "وأصدرت الوزارة بيانا مشتركا مع الجمعية. وأكدتا أن التعاون سيتواصل بينهما.",
                &[],
                &[seen(Indirect, "التعاون سيتواصل بينهما", "أكدتا", "", Unresolved)],
            ),
            // A title stands for a person the attribution finds by other means (it is no
            // institution or source).
            (
                "استقبلت الوزيرة وفدا من الجمعية. وقالت إن التعاون سيتواصل بين الطرفين.",
                &[],
                &[
                    seen(Indirect, "التعاون سيتواصل بين الطرفين", "قالت", "", Unresolved),
                ],
            ),
        ];
        check(Language::Arabic, cases);
    }
}
