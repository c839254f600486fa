//! The registry of the GSI Platform: the parties (states) and the cooperation mechanisms named
//! in the Global Security Initiative Concept Paper (sections III and IV), as sourced data.
//!
//! What it holds:
//! - **States** ([`StateEntry`]): the 193 UN Member States and the 2 non-member observer
//!   States, with ISO 3166-1 codes, names in the six UN languages, UN M49 region, sub-region
//!   and intermediate region, UN regional group, LDC/LLDC/SIDS status and date of admission.
//!   ISO codes, ISO names and the non-English names come from the maintained `keshvar` crate;
//!   `data/states.csv` keeps only what that crate lacks (UN names and UN classifications), and
//!   a test cross-checks the two.
//! - **Mechanisms** ([`Mechanism`]): organisations, organs, mechanisms, forums, funds and
//!   treaty regimes (UN, UNSC, SCO, BRICS, CICA, LMC, NPT, ...), each with a stable slug.
//! - **Other parties** ([`OtherParty`]): members that are not on the states list (Cook
//!   Islands, Niue, the SADR, ...) and the bodies that organise forums or administer funds.
//! - **Memberships** ([`Membership`]): who holds which [`Role`] in which mechanism, from when
//!   to when, according to which public source, as of which date.
//!
//! Every fact taken from a public source carries that source and an as-of date: per row for
//! mechanisms, other parties and memberships; per column (a `# source[column]` comment) for
//! the states file. The format is documented in `docs/registry-format.md`.
//!
//! The crate is pure: it reads nothing at run time. The data files in `data/` are embedded
//! with `include_str!` and parsed once, on first use of [`registry()`].
//!
//! ```
//! use chrono::NaiveDate;
//! let reg = gsi_registry::registry();
//! let china = reg.find_state("中国").unwrap();
//! assert_eq!(china.alpha3, "CHN");
//! let day = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
//! let council = reg.members_as_of("unsc", day).unwrap();
//! assert_eq!(council.len(), 15);
//! ```
//!
//! Import files for `gsi import registry FILE` use the membership row format and are checked
//! all-or-nothing by [`parse_membership_rows`], which reports each bad row with its line.

#![forbid(unsafe_code)]

mod error;
mod load;
mod model;
mod registry;
mod table;

use std::sync::OnceLock;

use chrono::NaiveDate;

pub use error::{RegistryError, RowError};
pub use model::{
    ColumnSource, GroupParticipation, GroupStatus, M49Area, M49Level, Mechanism, MechanismKind,
    MemberKind, Membership, Names, OtherParty, OtherPartyKind, RegionalGroup, Role, StateEntry,
    UnStatus,
};
pub use registry::{Party, Registry};

static REGISTRY: OnceLock<Registry> = OnceLock::new();

/// The registry built from the embedded data, parsed on first use.
///
/// # Panics
/// If the embedded data is invalid, which the crate's tests rule out for the shipped files.
pub fn registry() -> &'static Registry {
    REGISTRY.get_or_init(|| match Registry::load_embedded() {
        Ok(reg) => reg,
        Err(e) => panic!("the registry data embedded in gsi-registry is invalid: {e}"),
    })
}

/// The rows of mechanism `slug` covering `date` in the embedded registry; see
/// [`Registry::members_as_of`].
pub fn members_as_of(
    slug: &str,
    date: NaiveDate,
) -> Result<Vec<&'static Membership>, RegistryError> {
    registry().members_as_of(slug, date)
}

/// Parses membership rows (CSV with the header `mechanism,member,role,from,to,source,as_of`
/// and an optional `note` column) against the embedded registry. Either every row is valid and
/// all are returned, or every problem is returned with its line number.
pub fn parse_membership_rows(text: &str) -> Result<Vec<Membership>, Vec<RowError>> {
    registry().parse_membership_rows(text)
}
