//! What the quote stage must know of a language, as one trait: its cue lexicon, how its names
//! look, where a report starts when no complementizer introduces it, and in which order its
//! speaker finders run. `arabic.rs` and `english.rs` implement it; a third language is one more
//! file and one more arm in `for_language`.

use super::document::Doc;
use super::speaker::explicit::Finder;
use super::types::{Candidate, Speaker};
use crate::text::lang::Language;
use crate::text::NormSpan;
use crate::tokens::Token;

pub(super) use crate::label::Gender;

/// Grammatical number of a speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Number {
    Singular,
    Dual,
    Plural,
}

/// What a cue says about its subject (`قالت`: feminine singular); None where it says nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(super) struct Agreement {
    pub gender: Option<Gender>,
    pub number: Option<Number>,
}

/// The kinds of cue words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum CueKind {
    /// A finite speech verb: `قال`, `تقول`, `said`.
    Verb,
    /// A participle that chains a report onto the subject already speaking: `مضيفا`, `saying`.
    Participle,
    /// A phrase that introduces its source: `بحسب`, `according (to)`.
    SourcePhrase,
    /// The saying of someone named before it (`نقلت الوكالة عن المتحدث قوله إن`).
    Saying,
}

/// A cue word of a language's lexicon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct CueWord {
    pub kind: CueKind,
    pub agreement: Agreement,
    /// Prepositions (SEARCH keys) that introduce a nominal report when no complementizer
    /// follows (`دعا إلى`, `طالب بـ`, `warned of`); `""` is a direct object. Empty: clauses only.
    pub nominal: &'static [&'static str],
    /// Also an ordinary noun or adjective (`بين`, `مؤكدة`, `claims`): a cue only where a
    /// complementizer, a colon, a quote mark or its report's preposition follows closely.
    pub needs_support: bool,
    /// Its object is the one called on (`دعا الفرنسيين إلى التصويت`), who could be taken for its
    /// subject.
    pub calls_on: bool,
}

impl CueWord {
    /// A finite verb or a saying: it can have its own subject.
    pub fn is_speech_verb(&self) -> bool {
        matches!(self.kind, CueKind::Verb | CueKind::Saying)
    }
    /// `token` is one of the prepositions of its nominal report, standing alone (`إلى`, `of`)
    /// or attached (`بإقالة`).
    pub fn governs(&self, token: &Token) -> bool {
        self.nominal.iter().any(|p| {
            !p.is_empty()
                && (token.key == *p || (token.has_proclitic() && token.key.starts_with(p)))
        })
    }
}

/// What a descriptive phrase shows of its speaker.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct PhraseTraits {
    pub gender: Option<Gender>,
    pub number: Option<Number>,
    /// A plural of things or institutions (`مصادر`, `تقارير`).
    pub non_human_plural: bool,
}

/// Who a pronoun subject of a cue can be (`he said`: a person; `it said`: an organization).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Referent {
    Person,
    Organization,
    Any,
}

impl Referent {
    /// Whether a speaker with this entity label (None: a descriptive phrase) can be meant.
    pub fn fits(self, label: Option<crate::entities::Label>) -> bool {
        use crate::entities::Label;
        match (self, label) {
            (Referent::Any, _) | (_, None) => true,
            (Referent::Person, Some(label)) => label == Label::Person,
            (Referent::Organization, Some(label)) => label != Label::Person,
        }
    }
}

pub(super) trait QuoteLanguage: Sync {
    // The lexicon, over SEARCH keys.

    /// The key cues are looked up by (Arabic: without a leading conjunction, `وقال` -> `قال`).
    fn cue_key<'k>(&self, token: &'k Token) -> &'k str {
        &token.key
    }
    /// The cue word `token` is, if any (before any check of its context).
    fn cue_word(&self, token: &Token) -> Option<CueWord>;
    /// A cue that only its context makes one (`وفق ما أكده X`: a verb with the pronoun of
    /// what was said, after `ما`).
    fn cue_word_in_context(&self, _tokens: &[Token], _i: usize) -> Option<CueWord> {
        None
    }
    /// The cue word at `tokens[i]` reports nothing here: a speech verb only possible or required,
    /// not said (`لا يمكن أن تقول إن ...`, "you cannot say that"), or the word read otherwise
    /// (`بيان تابع للتنظيم`, "a statement belonging to the group").
    fn reports_nothing_here(&self, _tokens: &[Token], _i: usize) -> bool {
        false
    }
    fn is_complementizer(&self, token: &Token) -> bool;
    /// The noun of an unnamed source (`officials`, `مصادر`).
    fn is_source_noun(&self, token: &Token) -> bool;
    /// `the same sources`, `المصادر ذاتها`.
    fn is_sameness_marker(&self, token: &Token) -> bool;
    /// A word of sameness standing before the source noun (`نفس المصدر`, `ذات المصادر`).
    fn is_sameness_before_noun(&self, _token: &Token) -> bool {
        false
    }
    /// The guest of a programme (`ضيف "بوليتيكا"`): the person the article is interviewing,
    /// whom it named before.
    fn is_guest_noun(&self, _token: &Token) -> bool {
        false
    }
    /// A document named alone as the subject of a cue, which the article introduced before
    /// (`وأضاف البيان`, `the statement added`): it speaks for whoever issued it, not for itself.
    fn is_earlier_document(&self, _doc: &Doc, _noun: usize) -> bool {
        false
    }
    /// Where the issuer of the document named at `noun` starts, when the words after the noun
    /// link it to one (`بيان صادر عن الديوان`, `بلاغ للمديرية`, `بيان وزارة الصحة`).
    fn document_issuer_start(&self, _doc: &Doc, _noun: usize) -> Option<usize> {
        None
    }
    /// The sentence starting at token `first` opens with its verb (`واستهل الوزير كلمته`),
    /// whose subject follows it.
    fn opens_with_verb(&self, _doc: &Doc, _first: usize) -> bool {
        false
    }
    fn is_preposition(&self, token: &Token) -> bool;
    fn is_determiner(&self, _token: &Token) -> bool {
        false
    }
    /// A rank or honorific that stands right before a person's name (`النقيب`, `الدكتور`, `Mr`).
    fn is_honorific(&self, _token: &Token) -> bool {
        false
    }
    /// A noun or participle that names what follows it in marks (`تحت عنوان "..."`, `بشعار
    /// "..."`, `an article titled "..."`): a title or a slogan, however long, not a quote.
    fn names_what_follows(&self, _token: &Token) -> bool {
        false
    }
    /// Where the circumstance of a saying that stands between a cue and what was said ends
    /// (`قال في تصريح لـ"الرياض": ...`, `said in a statement: ...`); `start` when there is none.
    fn skip_speech_circumstance(&self, _doc: &Doc, _cue: usize, start: usize) -> usize {
        start
    }
    /// A relative pronoun (`التي`, `which`): quoted words it describes are a term the sentence
    /// talks about (`انتقد "الديمقراطية" التي ...`), not words someone said.
    fn is_relative_pronoun(&self, _token: &Token) -> bool {
        false
    }
    /// A preposition that, after a cue, introduces the quoted characterisation itself (`وصفها
    /// بـ"..."`) rather than a name (`لـ "العربي الجديد"`).
    fn introduces_characterisation(&self, _preposition: &Token) -> bool {
        false
    }
    /// `the`, `a`, `an`.
    fn is_article(&self, _token: &Token) -> bool {
        false
    }
    /// The preposition between a source phrase and its source (`according to`, `نقلا عن`).
    fn links_source(&self, _token: &Token) -> bool {
        false
    }
    /// How many tokens from `after` (right after a source phrase) link it to its source: the
    /// preposition (`according to`), or a relative `ما` with its verb (`حسب ما جاء في`, `بحسب
    /// ما أكد`).
    fn source_link_len(&self, doc: &Doc, after: usize) -> usize {
        usize::from(doc.tokens.get(after).is_some_and(|t| self.links_source(t)))
    }
    /// Token `j` continues the description of an unnamed source whose noun is at `head`
    /// (`مصادر في ديوان محافظة البصرة`, `a ministry spokesman`); it is not a cue or a
    /// complementizer.
    fn continues_source_phrase(&self, doc: &Doc, head: usize, j: usize) -> bool;
    /// A word that may stand between a cue and its direct quote besides the speaker,
    /// complementizers and punctuation (`أشار إلى "..."`).
    fn may_precede_direct_quote(&self, _token: &Token) -> bool {
        false
    }
    /// An adverb that points back at the words just quoted and leads to their cue
    /// (`"...", هكذا علق المدرب`: "thus commented the coach").
    fn points_back_to_quote(&self, _token: &Token) -> bool {
        false
    }
    /// Adverbs and particles that stand after a cue but never name its speaker.
    fn is_function_word(&self, token: &Token) -> bool;
    /// A coordinating conjunction standing alone (`و`, `and`, `but`).
    fn is_conjunction(&self, token: &Token) -> bool;
    fn is_pronoun(&self, _token: &Token) -> bool {
        false
    }
    /// `of`, `at`, `from` between a person and their employer (`Nick Lund of Nordbank`).
    fn is_affiliation(&self, _token: &Token) -> bool {
        false
    }
    /// After this cue comes the addressee, not the speaker (`told`).
    fn addressee_follows(&self, _cue: &Token) -> bool {
        false
    }
    /// The conjunction `cue` carries (`Doc::cue_has_conjunction`) opens a clause of its own
    /// (`وقال`), whose subject is never a name before it.
    fn conjunction_opens_clause(&self, _cue: &Token) -> bool {
        false
    }
    /// Tokens `range` (the words of a quoted run) spell an abbreviation letter by letter
    /// (`"اف ام"`, FM; `"بي بي سي"`): a name, never someone's words.
    fn spells_letters(&self, _doc: &Doc, _range: std::ops::Range<usize>) -> bool {
        false
    }
    /// The cue's object is already in place before its subject (`وفق ما أوردته`: `ما` and the
    /// pronoun), so what comes right after it is the speaker: quoted words there are a name
    /// (`وفق ما أوردته "العربية"`).
    fn subject_comes_next(&self, _doc: &Doc, _cue: usize) -> bool {
        false
    }
    /// A speaker a finder offers for the cue at `cue`, checked against what the cue's form says
    /// of its subject: the speaker itself, another the words show instead, or None when the
    /// speaker cannot be the cue's subject (`أكدت` has no man for its subject). A language whose
    /// verbs show no gender keeps every speaker.
    fn agreeing_speaker(&self, _doc: &Doc, _cue: usize, speaker: Speaker) -> Option<Speaker> {
        Some(speaker)
    }
    /// The speaker of a chaining participle named as the object of a verb of quoting before it
    /// (`The Interfax news agency quotes him as saying`, `Reuters quoted the minister as
    /// saying`): the one quoted speaks, not the subject that quotes them.
    fn quoted_as_saying(&self, _doc: &Doc, _cue: usize) -> Option<Speaker> {
        None
    }
    /// Token `k` after the cue is whom it calls on or informs, not its subject: right after it
    /// (`ودعا الفرنسيين إلى التصويت`: no speaker is named after it) or after its subject, which
    /// then ends there (`ودعا الوزير المواطنين إلى`).
    fn addressee_at(&self, _doc: &Doc, _cue: usize, _k: usize) -> bool {
        false
    }
    /// The name starting at token `i`, right after a title, is the verb's object rather than
    /// the title's complement (`واتهم الوزير حركة النهضة`, not `رئيس مجلس المستشارين`).
    fn object_after_title(&self, _doc: &Doc, _i: usize) -> bool {
        false
    }
    /// Token `i`, right after a title with no name, is the news outlet or the press spoken to
    /// (`وقال الوزير لقناة الجزيرة إن`: the minister told the channel; `للصحفيين`), not the
    /// title's organization.
    fn press_addressee(&self, _doc: &Doc, _i: usize) -> bool {
        false
    }
    /// How far after a cue its complementizer may be, in tokens (`said on Monday in a statement
    /// that`).
    fn complementizer_window(&self) -> usize {
        20
    }
    /// Whether the complementizer at token `j`, past `complementizer_window` but within the
    /// longer reach a direct quote gets, still belongs to the cue before it: its form or the
    /// comma before it says an attribution has ended there (`قال X ... في تصريح حصري ... اليوم
    /// الأحد 17 جويلية 2016 إن ...`), where `على أن`, `بعد أن`, `ضرورة أن` belong to the words
    /// before them.
    fn ends_long_attribution(&self, _doc: &Doc, _j: usize) -> bool {
        false
    }
    /// Whether token `j` is a complementizer that is part of a conjunction of time or manner
    /// (`بعد أن` "after", `قبل أن` "before", `دون أن` "without"): it opens a circumstance, not
    /// the report of a cue before it (`قال الوزير بعد أن زار المستشفى إن ...`).
    fn opens_adverbial_clause(&self, _tokens: &[Token], _j: usize) -> bool {
        false
    }
    /// Whether the complementizer at token `j` opens a condition rather than the report of the
    /// cue at `cue` (`تحدث عن الشروط، على أن تبقى الموافقة بيد الوزارة`: "provided that").
    fn opens_condition(&self, _doc: &Doc, _cue: usize, _j: usize) -> bool {
        false
    }
    /// Whether the report of the cue at `cue` has begun before the complementizer at token `j`,
    /// which then belongs to the report (`says it agrees with Germany that ...`, `say Uzbekistan
    /// has given Germany notice that ...`).
    fn report_begins_before(&self, _doc: &Doc, _cue: usize, _j: usize) -> bool {
        false
    }
    /// How far after an ambiguous finite verb (`بين`, `وجد`, `claims`) its complementizer may
    /// be for it to count as a cue.
    fn verb_support_window(&self) -> usize {
        3
    }
    /// The subject usually follows its verb (Arabic: `قال الوزير`), so that words after a cue
    /// describe its speaker; in English they begin what was said (`said the deficit ...`).
    fn subject_follows_verb(&self) -> bool {
        false
    }
    /// Names are capitalized.
    fn has_letter_case(&self) -> bool {
        false
    }
    /// A possessive that makes the name before it a determiner (`BA 's revenues`): the name is
    /// then not a speaker after the cue but part of what was said (`says BA's revenues will`).
    fn is_possessive(&self, _token: &Token) -> bool {
        false
    }
    /// A word that may stand between a subject and its speech verb: a perfect or modal
    /// auxiliary, an adverb (`Barroso has suggested`, `Smith had also said`).
    fn stands_between_subject_and_verb(&self, _token: &Token) -> bool {
        false
    }
    /// A word that carries its own preposition (`بستراسبورغ` "in Strasbourg"): a name in it is
    /// the complement of that preposition, never the subject of a verb next to it.
    fn carries_preposition(&self, _token: &Token) -> bool {
        false
    }
    /// A noun in the form of an object or a genitive (`المواطنين`, not `المواطنون`): right after
    /// a verb it is what the verb acts on (`طالب المواطنين بالالتفاف`), never its subject.
    fn is_object_form(&self, _token: &Token) -> bool {
        false
    }

    // Names.

    /// Token `i` (a word with no mention, not a cue or function word) may be part of a name.
    fn may_be_name_word(&self, doc: &Doc, i: usize) -> bool;
    /// Token `i` is written the way names are (definite in Arabic, capitalized in English).
    fn looks_like_name_word(&self, doc: &Doc, i: usize) -> bool;
    /// Token `i` (`first`: right after the cue) is part of a title before a name besides the
    /// title words themselves (`رئيس الوزراء العراقي`, `Prime Minister`).
    fn continues_title(&self, doc: &Doc, i: usize, first: bool) -> bool;
    /// Where the speaker may start after the cue at `cue`, past words that come between them
    /// (`قال أيضا ...`, `قال لـ "الاقتصادية" حسين آس`); `start` is the token after the cue.
    fn skip_aside_after_cue(&self, _doc: &Doc, _cue: usize, start: usize) -> usize {
        start
    }
    /// A word after which a speaker phrase has ended, besides marks, complementizers and
    /// prepositions (`فقد`, a time word).
    fn ends_speaker_phrase(&self, _token: &Token) -> bool {
        false
    }

    // Detection.

    /// Where the report starts after the cue at `cue` when no complementizer follows it.
    fn report_start_without_complementizer(&self, _doc: &Doc, _cue: usize) -> Option<usize> {
        None
    }
    /// Reported clauses whose cue ends the sentence (`..., officials said.`).
    fn find_trailing_attributions(&self, _doc: &Doc, _out: &mut Vec<Candidate>) {}

    /// A sentence starting at token `first` is plainly the writer's narration again (`وأعربت
    /// النقابة عن ...`): an unclosed quote before it ends before it.
    fn narration_resumes(&self, _doc: &Doc, _first: usize) -> bool {
        false
    }

    // Speakers.

    /// The cue at `cue` reports what came before it (`وفق ما أكده X`, `كما قال X`), so its
    /// subject may close the sentence.
    fn reports_before_cue(&self, _doc: &Doc, _cue: usize) -> bool {
        false
    }
    /// The cue at `cue` has its subject last in the sentence, after its report (`...، وفق ما
    /// أكده المدير الجهوي للتجارة.`), so the subject runs on to where the sentence or the
    /// speaker phrase ends. Narrower than `reports_before_cue`: `كما قال X` may go on after X.
    fn subject_closes_sentence(&self, _doc: &Doc, _cue: usize) -> bool {
        false
    }
    /// The explicit-speaker finders, in the order they are tried.
    fn speaker_finders(&self) -> &'static [Finder];
    /// Who the pronoun subject of the cue can be.
    fn referent(&self, _doc: &Doc, _cue: usize) -> Referent {
        Referent::Any
    }
    /// What a pronoun subject next to the cue says of the speaker (`she said`: feminine).
    fn pronoun_agreement(&self, _doc: &Doc, _cue: usize) -> Agreement {
        Agreement::default()
    }
    /// The quoted words speak in the first person (`شبكتنا`, `ننوي`, `our`, `I`): the voice of
    /// someone the article is quoting, not the writer's.
    fn is_first_person(&self, doc: &Doc, span: crate::text::NormSpan) -> bool;
    /// The gender an entity shows by its name or its titles (`وزارة الصحة`, `فاطمة الزهراء`,
    /// the role `الناشطة المدنية`: feminine), if any.
    fn gender_of_entity(&self, _entity: &crate::entities::Entity) -> Option<Gender> {
        None
    }
    /// Gender, number and whether a plural is of things, for a descriptive source phrase
    /// (`مصادر مطلعة`: a plural of things; `ناشطون`: people; `a ministry spokeswoman`).
    fn traits_of_phrase(&self, phrase: &str) -> PhraseTraits;
    /// The phrase naming a group of people that token `k` heads, when it may be the subject of
    /// its clause (`عدد من المعتصمين`, `أعضاء المكتب`), not a preposition's complement
    /// (`لأهالي المنطقة`); None otherwise. Only languages whose participles agree in number
    /// (`مؤكدين`) need it.
    fn group_subject_at(&self, _doc: &Doc, _k: usize) -> Option<NormSpan> {
        None
    }
    /// The subject of the verb that opens the sentence of a cue that has no subject, or the
    /// sentence before (`أصدرت وزارة التربية بيانا ... . وأوضحت أن`), when that verb shows its
    /// subject's gender and `agreement` (the cue's) allows it: whom the article was telling of
    /// when the cue came. Only languages whose verbs show their subject's gender need it.
    fn opening_subject_agreeing(
        &self,
        _doc: &Doc,
        _cue: usize,
        _agreement: Agreement,
    ) -> Option<Speaker> {
        None
    }
}

/// The quote rules of `language`; None for languages without them.
pub(super) fn for_language(language: Language) -> Option<&'static dyn QuoteLanguage> {
    match language {
        Language::Arabic => Some(&super::arabic::Arabic),
        Language::English => Some(&super::english::English),
        Language::Other => None,
    }
}
