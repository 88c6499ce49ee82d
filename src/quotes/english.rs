//! English cue lexicon (lower case): speech verbs, source phrases (`according to`, `told`),
//! complementizers and unnamed-source nouns, and the pronouns that point back to a speaker.

pub(super) fn is_speech_verb(key: &str) -> bool {
    matches!(
        key,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "added"
            | "adds"
            | "stated"
            | "asked"
            | "noted"
            | "explained"
            | "warned"
            | "declared"
            | "announced"
            | "insisted"
            | "argued"
            | "claimed"
            | "confirmed"
            | "denied"
            | "replied"
            | "urged"
            | "wrote"
            | "tweeted"
            | "acknowledged"
            | "admitted"
            | "stressed"
            | "suggested"
            | "continued"
            | "recalled"
            | "predicted"
            | "promised"
            | "vowed"
            | "conceded"
            | "saying"
            | "called"
            | "described"
            | "dubbed"
            | "termed"
            | "branded"
            | "adding"
            | "reported"
            | "reports"
            | "believe"
            | "believes"
            | "revealed"
            | "disclosed"
            | "indicated"
            | "concluded"
            | "maintained"
            | "contended"
            | "asserted"
            | "complained"
            | "emphasised"
            | "emphasized"
            | "pointed"
    )
}

pub(super) fn is_source_phrase(key: &str) -> bool {
    key == "according"
}

pub(super) fn is_complementizer(key: &str) -> bool {
    key == "that"
}

pub(super) fn is_source_noun(key: &str) -> bool {
    matches!(
        key,
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "official"
            | "officials"
            | "source"
            | "sources"
            | "witnesses"
            | "statement"
            | "police"
            | "analysts"
            | "residents"
            | "commentators"
            | "economists"
            | "experts"
            | "observers"
            | "critics"
            | "diplomats"
            | "investors"
            | "traders"
            | "officers"
            | "authorities"
            | "researchers"
            | "scientists"
            | "doctors"
            | "lawyers"
            | "spokespeople"
    )
}

pub(super) fn is_pronoun(key: &str) -> bool {
    matches!(key, "he" | "she" | "it" | "they" | "i" | "we")
}

/// Words that mark a source phrase as the same source met before (`the same sources`).
pub(super) fn is_sameness_marker(key: &str) -> bool {
    key == "same"
}

/// Prepositions before a quoted name (`to "X"`, `by "X"`): the marks hold a name, not a quote.
pub(super) fn is_preposition(key: &str) -> bool {
    matches!(
        key,
        "to" | "by" | "from" | "of" | "for" | "with" | "on" | "in" | "at"
    )
}

/// Words that start a reported clause right after a speech verb with no `that`
/// (`said the workers had been patient`).
pub(super) fn starts_clause(key: &str) -> bool {
    matches!(
        key,
        "the"
            | "a"
            | "an"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "this"
            | "there"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "no"
            | "some"
            | "all"
    )
}

/// Determiners that open a descriptive source phrase (`a ministry spokesman`).
pub(super) fn is_determiner(key: &str) -> bool {
    matches!(
        key,
        "a" | "an" | "the" | "many" | "some" | "several" | "most" | "other" | "two" | "three"
    )
}

/// Conjunctions: a source phrase before a cue never reaches back over one.
pub(super) fn is_conjunction(key: &str) -> bool {
    matches!(key, "and" | "but" | "or" | "while" | "as" | "because")
}

/// Finite auxiliaries and modals: after a speech verb, a subject followed by one of these is a
/// reported clause with `that` dropped (`said sales would be better`).
pub(super) fn is_auxiliary(key: &str) -> bool {
    matches!(
        key,
        "is" | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "could"
            | "should"
            | "can"
            | "may"
            | "might"
            | "must"
            | "has"
            | "have"
            | "had"
            | "did"
            | "does"
            | "do"
    )
}

/// Words that never name a speaker after a speech verb (`said on Monday`, `said yesterday`).
pub(super) fn is_function_word(key: &str) -> bool {
    matches!(
        key,
        "yesterday" | "today" | "also" | "then" | "later" | "earlier" | "again" | "however"
    )
}
