//! Entity keys: the one name of every entity the journal versions and lists history by.
//!
//! Stores keep the key's text form (`concern:<id>`, `meeting:<id>`, …) in `entity_versions` and
//! as each record's subject, so [`EntityKey`]'s `Display` is part of the stored format: it must
//! keep writing exactly what earlier versions wrote.

use std::fmt;

use chrono::NaiveDate;

use crate::membership::MembershipRole;
use crate::{ConcernId, DocumentId, MeetingId, PartyId};

/// An entity of the platform, or (for [`EntityKey::Memberships`]) the group of entities a
/// record's history is listed under.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKey {
    Party(PartyId),
    PartyKey {
        party: PartyId,
        key_id: String,
    },
    /// One membership: a mechanism, a member, a role and the start date (if known).
    Membership {
        mechanism: PartyId,
        member: PartyId,
        role: MembershipRole,
        from: Option<NaiveDate>,
    },
    /// Every membership of one member in one mechanism: the subject of `membership.recorded`.
    Memberships {
        mechanism: PartyId,
        member: PartyId,
    },
    Concern(ConcernId),
    /// A mechanism's declared rules and document series.
    Rules(PartyId),
    Meeting(MeetingId),
    Document(DocumentId),
    /// The numbering of a document series in one year.
    Series {
        series: String,
        year: i32,
    },
}

impl fmt::Display for EntityKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Party(id) => write!(f, "party:{id}"),
            Self::PartyKey { party, key_id } => write!(f, "key:{party}:{key_id}"),
            Self::Membership {
                mechanism,
                member,
                role,
                from,
            } => {
                write!(f, "membership:{mechanism}:{member}:{}:", role.as_str())?;
                match from {
                    Some(date) => write!(f, "{date}"),
                    None => f.write_str("-"),
                }
            }
            Self::Memberships { mechanism, member } => write!(f, "membership:{mechanism}:{member}"),
            Self::Concern(id) => write!(f, "concern:{id}"),
            Self::Rules(mechanism) => write!(f, "rules:{mechanism}"),
            Self::Meeting(id) => write!(f, "meeting:{id}"),
            Self::Document(id) => write!(f, "document:{id}"),
            Self::Series { series, year } => write!(f, "series:{series}/{year}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text forms are stored: these are the exact strings every earlier journal holds.
    #[test]
    fn keys_write_the_stored_text_forms() {
        let p = |s: &str| PartyId::parse(s).unwrap();
        let cases = [
            (EntityKey::Party(p("CHN")), "party:CHN"),
            (
                EntityKey::PartyKey {
                    party: p("KAZ"),
                    key_id: "ab12".into(),
                },
                "key:KAZ:ab12",
            ),
            (
                EntityKey::Membership {
                    mechanism: p("sco"),
                    member: p("IND"),
                    role: MembershipRole::Observer,
                    from: NaiveDate::from_ymd_opt(2005, 7, 5),
                },
                "membership:sco:IND:observer:2005-07-05",
            ),
            (
                EntityKey::Membership {
                    mechanism: p("sco"),
                    member: p("IND"),
                    role: MembershipRole::Member,
                    from: None,
                },
                "membership:sco:IND:member:-",
            ),
            (
                EntityKey::Memberships {
                    mechanism: p("sco"),
                    member: p("IND"),
                },
                "membership:sco:IND",
            ),
            (
                EntityKey::Concern(ConcernId::from_random([0; 16])),
                "concern:00000000000000000000000000",
            ),
            (EntityKey::Rules(p("sco")), "rules:sco"),
            (
                EntityKey::Meeting(MeetingId::from_random([0; 16])),
                "meeting:00000000000000000000000000",
            ),
            (
                EntityKey::Document(DocumentId::from_random([0; 16])),
                "document:00000000000000000000000000",
            ),
            (
                EntityKey::Series {
                    series: "SCO/GSI".into(),
                    year: 2026,
                },
                "series:SCO/GSI/2026",
            ),
        ];
        for (key, text) in cases {
            assert_eq!(key.to_string(), text);
        }
    }
}
