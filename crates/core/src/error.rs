//! The one error type of the domain: a rule that refused a command, as data.
//!
//! A refusal is a message id and its values ([`Refusal`]), declared once per module with
//! [`refusals!`](crate::refusals): the id, the values it names, and the English sentence. The
//! English sentence is what `Display` gives (the CLI and the API's `detail`); pages say the same
//! refusal in the page's language from the Fluent message `refusal-<id>`; the API adds the id
//! and the values as problem-details extension members. Every declared refusal is listed in
//! [`all_refusals`], which the translation tests read.

use std::fmt;

/// Why a command was refused. `Forbidden` maps to 403, `NotFound` to 404, `Conflict` to 409 and
/// `Invalid` to 422 at the edges.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// The input does not parse or breaks a shape rule (empty title, unknown priority, …).
    #[error("{0}")]
    Invalid(Refusal),
    /// The actor may not do this (wrong party, wrong role).
    #[error("{0}")]
    Forbidden(Refusal),
    /// Something named in the command does not exist.
    #[error("{0}")]
    NotFound(Refusal),
    /// The command is well-formed and allowed, but the current state does not admit it.
    #[error("{0}")]
    Conflict(Refusal),
}

impl DomainError {
    pub fn refusal(&self) -> &Refusal {
        match self {
            Self::Invalid(r) | Self::Forbidden(r) | Self::NotFound(r) | Self::Conflict(r) => r,
        }
    }
}

/// The refusals of a command's own fields, gathered instead of stopping at the first, so that a
/// form can show each beside its field. A `decide_*` function refuses with the first; what it
/// checks and in which order is written once, in the function that gathers them.
#[derive(Debug, Default)]
pub struct FieldRefusals(Vec<DomainError>);

impl FieldRefusals {
    /// The checked value, or with its refusal kept, the type's default in its place (so the
    /// remaining fields are still checked).
    pub fn check<T: Default>(&mut self, checked: Result<T, DomainError>) -> T {
        checked.unwrap_or_else(|e| {
            self.0.push(e);
            T::default()
        })
    }

    pub fn refuse(&mut self, refusal: DomainError) {
        self.0.push(refusal);
    }

    /// `value` if nothing was refused; otherwise every refusal, in the order found.
    pub fn finish<T>(self, value: T) -> Result<T, Refused> {
        let mut all = self.0.into_iter();
        match all.next() {
            None => Ok(value),
            Some(first) => Err(Refused {
                first,
                rest: all.collect(),
            }),
        }
    }
}

/// Every refusal of a command's fields; the first is the one its `decide_*` function gives.
#[derive(Debug)]
pub struct Refused {
    first: DomainError,
    rest: Vec<DomainError>,
}

impl Refused {
    pub fn all(self) -> Vec<DomainError> {
        std::iter::once(self.first).chain(self.rest).collect()
    }

    /// The refusals' message ids, in order.
    pub fn ids(&self) -> Vec<&'static str> {
        std::iter::once(&self.first)
            .chain(&self.rest)
            .map(|e| e.refusal().id())
            .collect()
    }
}

impl From<Refused> for DomainError {
    fn from(refused: Refused) -> Self {
        refused.first
    }
}

/// One refusal: which rule (`id`), with which values, and its English sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    template: &'static RefusalTemplate,
    values: Vec<(&'static str, String)>,
}

impl Refusal {
    /// Used by [`refusals!`](crate::refusals); the values come in the template's order.
    #[doc(hidden)]
    pub fn new(template: &'static RefusalTemplate, values: Vec<String>) -> Self {
        debug_assert_eq!(values.len(), template.values.len(), "{}", template.id);
        Self {
            template,
            values: template.values.iter().copied().zip(values).collect(),
        }
    }

    /// The message id, such as `concern-not-an-addressee`; pages look up `refusal-<id>`.
    pub fn id(&self) -> &'static str {
        self.template.id
    }

    /// The values the sentence names, by name, in the declared order.
    pub fn values(&self) -> &[(&'static str, String)] {
        &self.values
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.template.render(&self.values))
    }
}

/// A declared refusal: its id, the names of its values and its English sentence, in which
/// `{name}` stands for a value.
#[derive(Debug, PartialEq, Eq)]
pub struct RefusalTemplate {
    pub id: &'static str,
    pub values: &'static [&'static str],
    pub english: &'static str,
}

impl RefusalTemplate {
    /// The English sentence with each `{name}` replaced by its value.
    pub fn render(&self, values: &[(&str, String)]) -> String {
        let mut out = String::with_capacity(self.english.len() + 16);
        let mut rest = self.english;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after.find('}') {
                Some(close) => {
                    let name = &after[..close];
                    match values.iter().find(|(n, _)| *n == name) {
                        Some((_, value)) => out.push_str(value),
                        None => out.push_str(&rest[open..open + close + 2]),
                    }
                    rest = &after[close + 1..];
                }
                None => {
                    out.push_str(&rest[open..]);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// The names between braces in the English sentence.
    pub fn placeholders(&self) -> Vec<&'static str> {
        let mut names = Vec::new();
        let mut rest = self.english;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else { break };
            names.push(&after[..close]);
            rest = &after[close + 1..];
        }
        names
    }
}

/// Declares a module's refusals: for each, a function that builds the [`DomainError`] with its
/// values (and, beside it, a module holding its template), and one entry in the module's
/// `REFUSALS` list. Kept in a file of its own per module (`refusals.rs`).
///
/// ```text
/// refusals! {
///     Forbidden not_an_addressee(party, concern) = "concern-not-an-addressee":
///         "{party} is not an addressee of concern {concern}";
/// }
/// ```
#[macro_export]
macro_rules! refusals {
    ($( $kind:ident $name:ident ( $($value:ident),* ) = $id:literal : $english:literal ; )*) => {
        /// Every refusal this module declares.
        pub static REFUSALS: &[&$crate::error::RefusalTemplate] = &[$(&$name::TEMPLATE),*];

        $(
            #[doc = $english]
            pub fn $name($($value: impl ::std::fmt::Display),*) -> $crate::DomainError {
                $crate::DomainError::$kind($crate::error::Refusal::new(
                    &$name::TEMPLATE,
                    vec![$($value.to_string()),*],
                ))
            }

            #[doc(hidden)]
            pub mod $name {
                pub static TEMPLATE: $crate::error::RefusalTemplate = $crate::error::RefusalTemplate {
                    id: $id,
                    values: &[$(stringify!($value)),*],
                    english: $english,
                };
            }
        )*
    };
}

/// Every refusal of every module: what the translation tests check each language against.
pub fn all_refusals() -> Vec<&'static RefusalTemplate> {
    [
        crate::refusals::REFUSALS,
        crate::concerns::refusals::REFUSALS,
        crate::decisions::refusals::REFUSALS,
        crate::dialogue::refusals::REFUSALS,
        crate::distribution::refusals::REFUSALS,
    ]
    .concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_refusal_has_a_unique_id_and_names_exactly_its_values() {
        let all = all_refusals();
        let mut ids = std::collections::BTreeSet::new();
        for t in &all {
            assert!(ids.insert(t.id), "{} is declared twice", t.id);
            assert!(
                t.id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{}: ids are lowercase words joined by hyphens",
                t.id
            );
            let mut placeholders = t.placeholders();
            placeholders.sort_unstable();
            placeholders.dedup();
            let mut declared = t.values.to_vec();
            declared.sort_unstable();
            assert_eq!(placeholders, declared, "{}", t.id);
        }
    }

    #[test]
    fn a_refusal_renders_its_values_into_the_english_sentence() {
        static T: RefusalTemplate = RefusalTemplate {
            id: "x",
            values: &["party", "concern"],
            english: "{party} is not an addressee of {concern} ({party})",
        };
        let r = Refusal::new(&T, vec!["KAZ".into(), "c1".into()]);
        assert_eq!(r.to_string(), "KAZ is not an addressee of c1 (KAZ)");
        assert_eq!(r.id(), "x");
        assert_eq!(r.values()[1], ("concern", "c1".to_owned()));
    }
}
