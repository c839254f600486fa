//! The [`Registry`]: every state, mechanism, other party and membership row, with lookups.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::{RegistryError, RowError};
use crate::load;
use crate::model::*;

/// Declares the embedded membership files: `(slug, text)` for each `data/memberships/SLUG.csv`.
macro_rules! membership_files {
    ($($slug:literal),+ $(,)?) => {
        &[$(($slug, include_str!(concat!("../data/memberships/", $slug, ".csv")))),+]
    };
}

/// The embedded membership files, one per mechanism.
pub(crate) const MEMBERSHIP_FILES: &[(&str, &str)] = membership_files![
    "un",
    "unga",
    "unsc",
    "unsc-1540",
    "au",
    "asean",
    "las",
    "celac",
    "pif",
    "sco",
    "brics",
    "cica",
    "china-central-asia",
    "lmc",
    "afghanistan-neighbours",
    "china-horn-of-africa",
    "capsf",
    "mess-forum",
    "xiangshan-forum",
    "gpscf-lianyungang",
    "un-peace-security-subfund",
    "lmc-special-fund",
    "npt",
    "cwc",
    "bwc",
    "tlatelolco",
    "rarotonga",
    "bangkok-treaty",
    "pelindaba",
    "canwfz",
];

const M49_CSV: &str = include_str!("../data/m49-areas.csv");
const STATES_CSV: &str = include_str!("../data/states.csv");
const MECHANISMS_CSV: &str = include_str!("../data/mechanisms.csv");
const OTHER_PARTIES_CSV: &str = include_str!("../data/other-parties.csv");

/// A party a membership row can name, resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "entry", rename_all = "snake_case")]
pub enum Party<'a> {
    /// A UN Member or observer State.
    State(&'a StateEntry),
    /// A mechanism.
    Mechanism(&'a Mechanism),
    /// An entry of the other-parties list.
    Other(&'a OtherParty),
}

impl Party<'_> {
    /// The party's English name.
    pub fn name_en(&self) -> &str {
        match self {
            Party::State(s) => &s.names.en,
            Party::Mechanism(m) => &m.name_en,
            Party::Other(o) => &o.name_en,
        }
    }
}

/// The registry of parties and mechanisms. Obtain the embedded one with [`crate::registry`].
#[derive(Debug, Clone, Serialize)]
pub struct Registry {
    m49: BTreeMap<String, M49Area>,
    states: Vec<StateEntry>,
    state_sources: Vec<ColumnSource>,
    mechanisms: Vec<Mechanism>,
    other_parties: Vec<OtherParty>,
    memberships: Vec<Membership>,
    #[serde(skip)]
    codes: HashMap<String, usize>,
    #[serde(skip)]
    names: HashMap<String, usize>,
    #[serde(skip)]
    mechanism_index: HashMap<String, usize>,
}

impl Registry {
    /// Parses and validates the data files embedded in the crate.
    pub fn load_embedded() -> Result<Self, RegistryError> {
        let data = |file: &str| {
            let file = file.to_string();
            move |errors: Vec<RowError>| RegistryError::Data { file, errors }
        };
        let m49 = load::m49_areas(M49_CSV).map_err(data("m49-areas.csv"))?;
        let (states, state_sources) = load::states(STATES_CSV, &m49).map_err(data("states.csv"))?;
        let mechanisms = load::mechanisms(MECHANISMS_CSV).map_err(data("mechanisms.csv"))?;
        let other_parties =
            load::other_parties(OTHER_PARTIES_CSV).map_err(data("other-parties.csv"))?;

        let mut reg = Registry {
            m49,
            states,
            state_sources,
            mechanisms,
            other_parties,
            memberships: Vec::new(),
            codes: HashMap::new(),
            names: HashMap::new(),
            mechanism_index: HashMap::new(),
        };
        reg.index();

        let mut memberships = Vec::new();
        for (slug, text) in MEMBERSHIP_FILES {
            let file = format!("memberships/{slug}.csv");
            let rows = load::membership_rows(&reg, text).map_err(data(&file))?;
            let stray: Vec<RowError> = rows
                .iter()
                .filter(|m| m.mechanism != *slug)
                .map(|m| {
                    RowError::new(
                        m.line,
                        format!("row for '{}' in the file of '{slug}'", m.mechanism),
                    )
                })
                .collect();
            if !stray.is_empty() {
                return Err(RegistryError::Data {
                    file,
                    errors: stray,
                });
            }
            memberships.extend(rows);
        }
        reg.memberships = memberships;
        Ok(reg)
    }

    /// Builds the lookup indexes: codes (alpha-2, alpha-3, numeric) and names in every language
    /// present. A name shared by two states is dropped from the index rather than guessed.
    fn index(&mut self) {
        for (i, s) in self.states.iter().enumerate() {
            self.codes.insert(s.alpha2.clone(), i);
            self.codes.insert(s.alpha3.clone(), i);
            self.codes.insert(s.numeric_code(), i);
        }
        let mut ambiguous = Vec::new();
        // UN English names first, so that they win over any other name.
        let mut add =
            |names: &mut HashMap<String, usize>, name: &str, i: usize, authoritative: bool| {
                let key = normalise(name);
                match names.get(&key) {
                    None => {
                        names.insert(key, i);
                    }
                    Some(&j) if j != i && !authoritative => ambiguous.push(key),
                    Some(_) => {}
                }
            };
        for (i, s) in self.states.iter().enumerate() {
            add(&mut self.names, &s.names.en, i, true);
        }
        for (i, s) in self.states.iter().enumerate() {
            add(&mut self.names, &s.iso_short_name, i, false);
            for (_, n) in s.names.iter().skip(1) {
                add(&mut self.names, n, i, false);
            }
            for n in &s.aliases {
                add(&mut self.names, n, i, false);
            }
        }
        let un_names: Vec<String> = self.states.iter().map(|s| normalise(&s.names.en)).collect();
        for key in ambiguous {
            if !un_names.contains(&key) {
                self.names.remove(&key);
            }
        }
        self.mechanism_index = self
            .mechanisms
            .iter()
            .enumerate()
            .map(|(i, m)| (m.slug.clone(), i))
            .collect();
    }

    /// Every state: 193 Member States and 2 observer States, in file order.
    pub fn states(&self) -> &[StateEntry] {
        &self.states
    }

    /// A state by ISO code: alpha-2, alpha-3 or numeric (with or without leading zeros); case
    /// does not matter.
    pub fn state(&self, code: &str) -> Option<&StateEntry> {
        let code = code.trim();
        let key = if !code.is_empty() && code.len() <= 3 && code.bytes().all(|b| b.is_ascii_digit())
        {
            format!("{:0>3}", code)
        } else {
            code.to_ascii_uppercase()
        };
        self.codes.get(&key).map(|&i| &self.states[i])
    }

    /// A state by name, case-insensitively, in any language present: the UN English short name,
    /// the ISO short name, or the Chinese, French, Spanish, Russian or Arabic name.
    pub fn state_by_name(&self, name: &str) -> Option<&StateEntry> {
        self.names.get(&normalise(name)).map(|&i| &self.states[i])
    }

    /// A state by code or by name (see [`Registry::state`] and [`Registry::state_by_name`]).
    pub fn find_state(&self, query: &str) -> Option<&StateEntry> {
        self.state(query).or_else(|| self.state_by_name(query))
    }

    /// The M49 area with this three-digit code.
    pub fn m49_area(&self, code: &str) -> Option<&M49Area> {
        self.m49.get(code)
    }

    /// All M49 areas used, by code.
    pub fn m49_areas(&self) -> impl Iterator<Item = &M49Area> {
        self.m49.values()
    }

    /// Sources of the columns of `states.csv`.
    pub fn state_sources(&self) -> &[ColumnSource] {
        &self.state_sources
    }

    /// Every mechanism, in file order.
    pub fn mechanisms(&self) -> &[Mechanism] {
        &self.mechanisms
    }

    /// A mechanism by slug.
    pub fn mechanism(&self, slug: &str) -> Option<&Mechanism> {
        self.mechanism_index.get(slug).map(|&i| &self.mechanisms[i])
    }

    /// Every party that is neither a state of the list nor a mechanism.
    pub fn other_parties(&self) -> &[OtherParty] {
        &self.other_parties
    }

    /// Resolves a member id as used in membership rows (alpha-3, mechanism slug, other id).
    pub fn party(&self, id: &str) -> Option<Party<'_>> {
        if id.len() == 3
            && id.bytes().all(|b| b.is_ascii_uppercase())
            && let Some(s) = self.states.iter().find(|s| s.alpha3 == id)
        {
            return Some(Party::State(s));
        }
        if let Some(m) = self.mechanism(id) {
            return Some(Party::Mechanism(m));
        }
        self.other_parties
            .iter()
            .find(|o| o.id == id)
            .map(Party::Other)
    }

    /// Every membership row, grouped by mechanism in the order of the embedded files.
    pub fn memberships(&self) -> &[Membership] {
        &self.memberships
    }

    /// Every membership row of one mechanism (all roles, all periods).
    pub fn memberships_of<'a>(&'a self, slug: &str) -> impl Iterator<Item = &'a Membership> {
        let slug = slug.to_string();
        self.memberships.iter().filter(move |m| m.mechanism == slug)
    }

    /// The rows of mechanism `slug` that cover `date` (any role), sorted by member then role.
    ///
    /// A row counts when its `from` is empty or on or before `date`, and its `to` is empty or on
    /// or after `date`. A row with an empty `from` (start not recorded) therefore also counts for
    /// dates before the party actually joined: check `from` when history matters. A suspension
    /// is a separate `suspended_member` row next to the `member` row.
    pub fn members_as_of(
        &self,
        slug: &str,
        date: NaiveDate,
    ) -> Result<Vec<&Membership>, RegistryError> {
        if self.mechanism(slug).is_none() {
            return Err(RegistryError::UnknownMechanism(slug.to_string()));
        }
        let mut rows: Vec<&Membership> = self
            .memberships_of(slug)
            .filter(|m| m.is_active_on(date))
            .collect();
        rows.sort_by(|a, b| (&a.member, a.role).cmp(&(&b.member, b.role)));
        Ok(rows)
    }

    /// The ids of the parties holding `role` in `slug` on `date`, sorted.
    pub fn member_ids_as_of(
        &self,
        slug: &str,
        date: NaiveDate,
        role: Role,
    ) -> Result<Vec<&str>, RegistryError> {
        let mut ids: Vec<&str> = self
            .members_as_of(slug, date)?
            .into_iter()
            .filter(|m| m.role == role)
            .map(|m| m.member.as_str())
            .collect();
        ids.dedup();
        Ok(ids)
    }

    /// Every row naming `member` (alpha-3, slug or id) that covers `date`, in any mechanism.
    pub fn memberships_of_party(&self, member: &str, date: NaiveDate) -> Vec<&Membership> {
        self.memberships
            .iter()
            .filter(|m| m.member == member && m.is_active_on(date))
            .collect()
    }

    /// Parses membership rows (the format of `data/memberships/*.csv`, also used by
    /// `gsi import registry FILE`) and validates them against this registry. All rows are
    /// checked; if any is bad, every error is returned with its line number and nothing is
    /// accepted.
    pub fn parse_membership_rows(&self, text: &str) -> Result<Vec<Membership>, Vec<RowError>> {
        load::membership_rows(self, text)
    }
}

/// Normalises a name for lookup: trimmed, inner whitespace collapsed, lowercase, typographic
/// apostrophes made plain, Arabic diacritics (harakat) removed.
pub(crate) fn normalise(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter(|c| !matches!(*c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
        .map(|c| {
            if matches!(c, '\u{2019}' | '\u{2018}' | '\u{02BC}') {
                '\''
            } else {
                c
            }
        })
        .collect();
    cleaned
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn normalise_folds_case_space_apostrophes_and_harakat() {
        assert_eq!(normalise("  Côte  D’Ivoire "), "côte d'ivoire");
        assert_eq!(normalise("الص\u{651}ين"), "الصين");
        assert_eq!(normalise("КИТАЙ"), "китай");
    }
}
