//! Quote detection and attribution, case by case, in both languages. The sentences are written
//! for these tests (none comes from the dev articles); each row is one construction a news
//! reader would recognise, and what a caller must get back for it.

use std::sync::OnceLock;

use naba::pipeline::{Feature, Options, Pipeline};
use naba::quotes::{AttributionMethod, QuoteKind};
use naba::text::lang::parse_language_hint;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::load().expect("models load"))
}

/// A returned quote, as a caller reads it.
#[derive(Debug)]
struct Found {
    text: String,
    kind: QuoteKind,
    speaker: String,
    method: AttributionMethod,
    unclosed: bool,
}

fn quotes(text: &str, lang: &str) -> Vec<Found> {
    let options = Options {
        features: vec![Feature::Entities, Feature::Quotes],
        language: Some(parse_language_hint(lang).unwrap()),
        ..Options::default()
    };
    pipeline()
        .enrich(text, &options)
        .quotes
        .into_iter()
        .map(|q| Found {
            text: q.span.slice(text).to_string(),
            kind: q.kind,
            speaker: q.speaker_name,
            method: q.method,
            unclosed: q.unclosed,
        })
        .collect()
}

/// One expected quote: its words (the returned quote must contain them), kind and speaker (the
/// returned name must contain it; empty: unresolved).
struct Expected {
    words: &'static str,
    kind: QuoteKind,
    speaker: &'static str,
}

const fn q(words: &'static str, kind: QuoteKind, speaker: &'static str) -> Expected {
    Expected {
        words,
        kind,
        speaker,
    }
}

use QuoteKind::{Direct as D, Indirect as I, Partial as P};

fn check(lang: &str, cases: &[(&str, &[Expected])]) {
    let mut failures = Vec::new();
    for (text, expected) in cases {
        let found = quotes(text, lang);
        for e in expected.iter() {
            let hit = found
                .iter()
                .find(|f| f.text.contains(e.words) && f.kind == e.kind);
            match hit {
                None => failures.push(format!(
                    "{text}\n  expected {:?} {:?}, got {found:?}",
                    e.kind, e.words
                )),
                Some(f) if e.speaker.is_empty() => {
                    if f.method != AttributionMethod::Unresolved {
                        failures.push(format!(
                            "{text}\n  {:?} should be unresolved, got {:?}",
                            e.words, f.speaker
                        ));
                    }
                }
                Some(f) if !f.speaker.contains(e.speaker) => failures.push(format!(
                    "{text}\n  {:?} attributed to {:?}, expected {:?}",
                    e.words, f.speaker, e.speaker
                )),
                Some(_) => {}
            }
        }
        if expected.is_empty() && !found.is_empty() {
            failures.push(format!("{text}\n  expected no quote, got {found:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn arabic_quotes_and_speakers() {
    check(
        "ar",
        &[
            // Verb-subject order with a title before the name.
            (
                "وقال وزير المالية خالد الدوري \"إن الموازنة الجديدة ستقر قبل نهاية الشهر المقبل\".",
                &[q("الموازنة الجديدة ستقر", D, "خالد الدوري")],
            ),
            // A speaker the tagger may not know, with the quote right after the name.
            (
                "وقال سامر بركات \"لن نتراجع عن مطالبنا مهما طال الاعتصام في الساحة\".",
                &[q("لن نتراجع عن مطالبنا", D, "سامر بركات")],
            ),
            // Pro-drop: the next paragraph's verb has no subject; the speaker carries over.
            (
                "وقال وزير المالية خالد الدوري \"الموازنة ستقر قبل نهاية الشهر\".\n\nوأضاف \"لا نية لرفع الضرائب على المواطنين هذا العام\".",
                &[
                    q("الموازنة ستقر", D, "خالد الدوري"),
                    q("لا نية لرفع الضرائب", D, "خالد الدوري"),
                ],
            ),
            // A circumstantial participle chains a second quote onto the same speaker, and what
            // follows the participle is its object, not a new speaker.
            (
                "وقال المحافظ هشام الربيعي \"الوضع تحت السيطرة\"، داعياً الأهالي إلى \"عدم الانجرار وراء الشائعات\".",
                &[
                    q("الوضع تحت السيطرة", D, "هشام الربيعي"),
                    q("عدم الانجرار وراء الشائعات", P, "هشام الربيعي"),
                ],
            ),
            // Reported speech with a complementizer far from the cue.
            (
                "وقال المتحدث باسم الشرطة خلال مؤتمر صحافي عقده في مقر القيادة بالعاصمة إن القوات اعتقلت ثلاثة مطلوبين في عملية ليلية.",
                &[q("القوات اعتقلت ثلاثة مطلوبين", I, "المتحدث")],
            ),
            // Unnamed sources, and the same sources met again.
            (
                "وقالت مصادر في وزارة الصحة إن عدد المصابين ارتفع إلى أربعين شخصاً في المدينة. ووفقاً للمصادر ذاتها فقد نقل الجرحى إلى ثلاثة مستشفيات في المدينة.",
                &[
                    q("عدد المصابين ارتفع", I, "مصادر في وزارة الصحة"),
                    q("نقل الجرحى إلى ثلاثة مستشفيات", I, "مصادر في وزارة الصحة"),
                ],
            ),
            // Figures speak for whoever issued them.
            (
                "وأظهرت إحصاءات صادرة عن هيئة الإحصاء أن معدل البطالة تراجع خلال الربع الأخير من العام.",
                &[q("معدل البطالة تراجع", I, "صادرة عن هيئة الإحصاء")],
            ),
            // A possessive pronoun in a source phrase agrees with its speaker: `رأيه` is a man's
            // view, not the figures'.
            (
                "وقال النقيب سامي العلوي إن الإضراب نجح وفقا للأرقام الأولية، وهو ما يبرز، حسب رأيه، أن \"المعركة معركة مدرسين ضد الوزارة\".",
                &[
                    q("الإضراب نجح", I, "سامي العلوي"),
                    q("المعركة معركة مدرسين", P, "سامي العلوي"),
                ],
            ),
            // A view after `بالنسبة لـ X`: an epithet in marks and a circumstance stand first.
            (
                "وبالنسبة لمنظمة العفو الدولية، \"الضمير الحي\" للمدافعين عن الحقوق، في إطار تقريرها السنوي، تمثل هذه الأحكام \"انتكاسة خطيرة لحرية التعبير في البلاد\".",
                &[
                    q("تمثل هذه الأحكام", I, "منظمة العفو الدولية"),
                    q("انتكاسة خطيرة لحرية التعبير", P, "منظمة العفو الدولية"),
                ],
            ),
            // A spokesman's long title, then his title alone: still him.
            (
                "وأوضح الناطق الإعلامي بقيادة الدفاع المدني بالمنطقة الشمالية الرائد سالم المطيري أن الحريق أخمد. وكان الناطق الإعلامي للدفاع المدني قد أكد أن فرق الإطفاء وصلت خلال دقائق.",
                &[q("فرق الإطفاء وصلت", I, "سالم المطيري")],
            ),
            // A title alone refers back to the person who holds it.
            (
                "وصل وزير الخارجية الأردني أيمن الصفدي إلى بغداد صباح اليوم. وأشار الوزير إلى أن المباحثات ستتناول ملفات المياه والطاقة والتجارة.",
                &[q("المباحثات ستتناول", I, "أيمن الصفدي")],
            ),
            // A source phrase after the quote names its speaker: the statement speaks for its
            // issuer.
            (
                "وتعهدت الحكومة بتقديم \"تعويضات عاجلة لكل المتضررين من الفيضانات\" بحسب بيان صادر عن مجلس الوزراء.",
                &[q("تعويضات عاجلة لكل المتضررين", D, "مجلس الوزراء")],
            ),
            // A quote that never closes runs to the end of its paragraph.
            (
                "وقال الناطق باسم الجيش يحيى رسول \"القوات تتقدم على كل المحاور وستحسم المعركة قريباً\n\nوتابع مراسلنا تطورات الوضع.",
                &[q("القوات تتقدم على كل المحاور", D, "يحيى رسول")],
            ),
            // An appeal verb reports a noun phrase; its plural subject came earlier.
            (
                "ونظم ناشطون في الموصل وقفة احتجاجية دعوا فيها إلى محاسبة المسؤولين عن انهيار الجسر.",
                &[q("محاسبة المسؤولين عن انهيار الجسر", I, "ناشطون في الموصل")],
            ),
            // Wire copy: the agency quotes someone; the speaker is the one whose `قوله` it is.
            (
                "ونقلت وكالة الأنباء الرسمية عن المتحدث باسم الوزارة قوله إن الامتحانات ستجري في موعدها المحدد.",
                &[q("الامتحانات ستجري في موعدها", I, "المتحدث")],
            ),
            // A statement's occasion, place and slogan may stand long between the cue and the
            // complementizer that opens a direct quote.
            (
                "وأكدت نقابة المعلمين في بيان وزعته على الصحفيين، بمناسبة اجتماع مجلسها الوطني الذي انعقد أمس الأحد بمقرها المركزي في العاصمة، تحت شعار \"المدرسة العمومية أولا وأخيرا\"، أن \"الإضراب سيستمر حتى تستجيب الوزارة لكل المطالب\".",
                &[q("الإضراب سيستمر", D, "نقابة المعلمين")],
            ),
            // Quoted words right after the preposition of a warning are its report, partial;
            // when the writer's sentence goes on, the report runs on too.
            (
                "وحذرت النقابة الوطنية للصحفيين من \"تدهور أوضاع المهنة\"، بسبب الأزمة المالية التي تعيشها المؤسسات الإعلامية.",
                &[
                    q("تدهور أوضاع المهنة", P, "النقابة الوطنية للصحفيين"),
                    q("بسبب الأزمة المالية التي تعيشها", I, "النقابة الوطنية للصحفيين"),
                ],
            ),
            // Two offices coordinated, then the honorific and the name: the person speaks.
            (
                "كما أوضح المشرف على المبادرة وعضو مجلس الأمناء في جامعة الملك سعود الدكتور فهد الزامل أن البرنامج سيستقبل مئتي طالب.",
                &[q("البرنامج سيستقبل مئتي طالب", I, "فهد الزامل")],
            ),
            // A verb that is also a noun (`قدر` "fate", `يرجع` "returns") is a verb when a person
            // and then its object follow; the object is not part of the name.
            (
                "وقدر الخبير الاقتصادي سالم الراشد حجم الخسائر بنحو مليار دولار.",
                &[q("حجم الخسائر بنحو مليار دولار", I, "سالم الراشد")],
            ),
            (
                "ومن جهته يرجع استشاري الجراحة خالد العمري السبب في ارتفاع الأسعار إلى نقص الأطباء.",
                &[q("السبب في ارتفاع الأسعار إلى نقص الأطباء", I, "خالد العمري")],
            ),
            (
                "ونفى سالم الراشد الاتهامات إلى جانب زملائه في المجلس.",
                &[q("الاتهامات", I, "سالم الراشد")],
            ),
            ("وكان ذلك قدر الرئيس محمد مرسي.", &[]),
            // A definite subject the tagger does not name, then the verb's object with a pronoun
            // pointing back at it: the subject speaks, the object opens the report.
            (
                "ونفى الجيش الليبي مسؤوليته عن قصف المطار المدني.",
                &[q("مسؤوليته عن قصف المطار", I, "الجيش الليبي")],
            ),
            (
                "وأعلن المحتجون رفضهم للقرار الجديد بشأن الأجور.",
                &[q("رفضهم للقرار الجديد", I, "المحتجون")],
            ),
            (
                "وأعلن تنظيم داعش مسؤوليته عن الهجوم على مركز الشرطة.",
                &[q("مسؤوليته عن الهجوم", I, "تنظيم داعش")],
            ),
            // An announcement with its speaker and time, then a nominal report.
            (
                "أعلن وزير النقل رزاق السعداوي مساء الأحد افتتاح الطريق الدولي السريع أمام حركة الشاحنات.",
                &[q("افتتاح الطريق الدولي السريع", I, "رزاق السعداوي")],
            ),
        ],
    );
}

#[test]
fn arabic_marks_that_are_not_quotes() {
    check(
        "ar",
        &[
            // A party, an outlet, a campaign: names in marks.
            (
                "وحصل حزب \"النهضة الوطنية\" على أربعة مقاعد في البرلمان الجديد.",
                &[],
            ),
            (
                "وذكرت صحيفة محلية أن الحادث وقع قرب مقر \"الهلال الأحمر\" في المدينة.",
                &[q("الحادث وقع قرب مقر", I, "صحيفة")],
            ),
            ("وأطلق الشباب حملة \"بلدي أجمل\" لتنظيف الشوارع.", &[]),
            // A title or a slogan, however long, is named by its noun.
            (
                "ونشر الكاتب مقالا تحت عنوان \"هل ما زال في السياسة مكان للحلم الذي نطلبه؟\" قبل أسبوع.",
                &[],
            ),
            (
                "وخرج المحتجون بشعار \"الخبز والكرامة للجميع قبل كل شيء\" إلى الشوارع.",
                &[],
            ),
        ],
    );
    // The name in marks inside the reported clause is not reported as a quote of its own.
    let found = quotes(
        "وذكرت صحيفة محلية أن الحادث وقع قرب مقر \"الهلال الأحمر\" في المدينة.",
        "ar",
    );
    assert!(
        found.iter().all(|f| f.kind == QuoteKind::Indirect),
        "{found:?}"
    );
}

#[test]
fn an_arabic_quote_that_never_closes_is_flagged() {
    let found = quotes(
        "وقال الناطق باسم الجيش يحيى رسول \"القوات تتقدم على كل المحاور\n\nوتابع مراسلنا تطورات الوضع.",
        "ar",
    );
    let quote = found
        .iter()
        .find(|f| f.text.contains("القوات تتقدم"))
        .expect("the quote is found");
    assert!(quote.unclosed, "{quote:?}");
    assert!(
        !quote.text.contains("مراسلنا"),
        "ran past its paragraph: {quote:?}"
    );
}

#[test]
fn an_arabic_quote_that_never_closes_ends_at_a_single_line_break() {
    // News copy separates paragraphs by one line break: the quote ends there, and the next
    // paragraph's cue and complementizer take nothing from it.
    let cases: &[(&str, &str, QuoteKind, &str)] = &[
        // The speech verb is far before the mark (a long title, the name, the day).
        (
            "وقال وزير النقل والتجهيز والإسكان في الحكومة المؤقتة، سامي القروي، مساء الاثنين، \"إن أشغال الطريق السيارة ستنتهي قبل موفى السنة الجارية\nوأضاف القروي أن الوزارة رصدت اعتمادات إضافية للمشروع.",
            "إن أشغال الطريق السيارة ستنتهي قبل موفى السنة الجارية",
            D,
            "سامي القروي",
        ),
        // The next paragraph goes on with the writer's narration, no cue in it.
        (
            "وقال رئيس البلدية محمد الصغير \"سننطلق في تهيئة السوق المركزية خلال الأسبوع المقبل.\nوتشهد السوق منذ سنوات حالة من الاكتظاظ والإهمال.",
            "سننطلق في تهيئة السوق المركزية",
            D,
            "محمد الصغير",
        ),
        // The quoted words close a reported clause: they are its speaker's.
        (
            "وأكد المدير الجهوي للصحة سمير الحناشي، أن الأرقام المتداولة منذ أمس \"لا تعكس حقيقة الوضع في المستشفيات الجهوية.\nوأضاف أن الإطار الطبي يعمل في ظروف صعبة.",
            "لا تعكس حقيقة الوضع في المستشفيات الجهوية",
            P,
            "سمير الحناشي",
        ),
    ];
    for (text, words, kind, speaker) in cases {
        let found = quotes(text, "ar");
        let quote = found
            .iter()
            .find(|f| f.text.contains(words) && f.kind == *kind)
            .unwrap_or_else(|| panic!("{text}\n  no {kind:?} quote of {words:?}: {found:?}"));
        assert!(quote.unclosed, "{quote:?}");
        assert!(
            !quote.text.contains('\n') && !quote.text.ends_with('.'),
            "ran past its paragraph or took the writer's period: {quote:?}"
        );
        assert!(quote.speaker.contains(speaker), "{quote:?}");
    }
}

#[test]
fn english_quotes_and_speakers() {
    check(
        "en",
        &[
            // Lower-case words in marks in mid-phrase are the speaker's words; a capitalized
            // name in marks is not.
            (
                "The minister said the agreement would \"change the rules\" for everyone in the region.",
                &[q("change the rules", P, "minister")],
            ),
            // An auxiliary between the subject and its verb; the speaker is not the one of the
            // sentence before.
            (
                "Jack Straw said the rebate was fair. Former Labour leader Neil Kinnock has suggested the party should change its name before the election.",
                &[q("the party should change its name", I, "Neil Kinnock")],
            ),
            // A name introduced as a firm is an organization, and speaks as one (`it said`).
            (
                "The German firm Siemens reported a loss. Its shares fell after it said it would cut 5,000 jobs in Germany.",
                &[q("it would cut 5,000 jobs", I, "Siemens")],
            ),
            // Cue after the quote, speaker with title and organization before the verb.
            (
                "\"We expect the new plant to open next spring,\" Acme chairman Walter Hobbs said.",
                &[q("We expect the new plant", D, "Walter Hobbs")],
            ),
            // Inverted cue.
            (
                "\"Nobody saw the water coming so fast,\" said Maria Delgado, a local shop owner.",
                &[q("Nobody saw the water coming", D, "Maria Delgado")],
            ),
            // `X of Y said`: the person, not the employer; then `he said` stays with him.
            (
                "Analyst Peter Lund of Nordbank described the figures as \"rather weak\". \"The margins are shrinking and costs are rising fast,\" he said.",
                &[
                    q("rather weak", P, "Peter Lund"),
                    q("The margins are shrinking", D, "Peter Lund"),
                ],
            ),
            // `it said` is the organization, not the last person.
            (
                "Greenline Energy said its chief executive, Tom Avery, would step down. It also said that profits fell by a fifth in the last quarter.",
                &[q("profits fell by a fifth", I, "Greenline Energy")],
            ),
            // Reported speech with `that` dropped.
            (
                "The mayor said the bridge would reopen in March after repairs.",
                &[q("the bridge would reopen", I, "mayor")],
            ),
            (
                "Economist Lara Finch says Britain's housing market will slow sharply next year.",
                &[q("housing market will slow", I, "Lara Finch")],
            ),
            // Descriptive sources.
            (
                "Many analysts believe the central bank will raise rates again in June.",
                &[q("the central bank will raise rates", I, "analysts")],
            ),
            (
                "A ministry spokesman said that the talks would resume on Monday.",
                &[q("the talks would resume", I, "ministry spokesman")],
            ),
            // According to, with the clause after the comma.
            (
                "According to the Red Cross, more than 2,000 families have lost their homes.",
                &[q("more than 2,000 families", I, "Red Cross")],
            ),
            // A name, an appositive between commas, then the cue.
            (
                "\"We will not sign this deal,\" Jonas Weber, who leads the dockworkers' union, said on Tuesday.",
                &[q("We will not sign this deal", D, "Jonas Weber")],
            ),
            (
                "Harold Brigg, 64, said the factory would close by the end of the year.",
                &[q("the factory would close", I, "Harold Brigg")],
            ),
            // According to a statement: the statement and who issued it.
            (
                "According to a statement from the health ministry, the outbreak has been contained.",
                &[q("the outbreak has been contained", I, "statement from the health ministry")],
            ),
            // After `told` comes the addressee, not the speaker.
            (
                "Finance Minister Carla Mendes told Reuters that the budget would be cut by a tenth.",
                &[q("the budget would be cut", I, "Carla Mendes")],
            ),
            // A parenthetical attribution.
            (
                "The new tax, most economists believe, will slow growth in the second half of the year.",
                &[q("will slow growth", I, "economists")],
            ),
            // A quote with no cue and nobody mentioned: unresolved, never guessed.
            (
                "\"The harvest is the worst in living memory and prices will keep rising.\"",
                &[q("The harvest is the worst", D, "")],
            ),
        ],
    );
}

#[test]
fn english_marks_that_are_not_quotes() {
    check(
        "en",
        &[
            ("The so-called \"reform\" has been shelved.", &[]),
            ("She wrote for \"The Daily Ledger\" for ten years.", &[]),
            (
                "He published an essay titled \"Why nobody believes in the future any more\" last week.",
                &[],
            ),
        ],
    );
}

#[test]
fn an_english_quote_over_two_paragraphs_is_one_closed_quote() {
    let found = quotes(
        "Anna Berg, the project's director, spoke at length. \"We will start building in May and finish by the winter.\n\n\"The money is already there, and so are the workers,\" she said.",
        "en",
    );
    let quote = found
        .iter()
        .find(|f| f.text.contains("We will start building"))
        .expect("the quote is found");
    assert!(
        quote.text.contains("The money is already there"),
        "{quote:?}"
    );
    assert!(!quote.unclosed, "{quote:?}");
    assert!(quote.speaker.contains("Anna Berg"), "{quote:?}");
}
