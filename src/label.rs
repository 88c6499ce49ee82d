//! The types of entities (and the grammatical gender of names), shared by the lexicons, the entity stage, the quote stage and the API
//! layer. A leaf module: it depends on nothing else in the crate, so that `resources` and
//! `entities` need not import each other.

/// Grammatical gender: of a person as a given name or title shows it, of a speaker as a verb form
/// or pronoun shows it (`قالت`, `she`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    Masculine,
    Feminine,
}

/// The type of an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    Person,
    Organization,
    Location,
    Misc,
    Date,
    Time,
    Money,
    Percent,
}

impl Label {
    pub const ALL: [Label; 8] = [
        Label::Person,
        Label::Organization,
        Label::Location,
        Label::Misc,
        Label::Date,
        Label::Time,
        Label::Money,
        Label::Percent,
    ];

    /// Parses the upper-case name used in lexicon files (`PERSON`, `LOCATION`, ...).
    pub fn from_name(name: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Organization => "ORGANIZATION",
            Label::Location => "LOCATION",
            Label::Misc => "MISC",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Money => "MONEY",
            Label::Percent => "PERCENT",
        }
    }

    /// Names learned from corpora, as opposed to values found by rules.
    pub fn is_name(self) -> bool {
        matches!(
            self,
            Label::Person | Label::Organization | Label::Location | Label::Misc
        )
    }
}
