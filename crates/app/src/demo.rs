//! The demo: users of a few real parties (from the registry, loaded by `gsi init`), one per
//! role, and one concern in progress, so that a newcomer can try every step at once. It is
//! seeded only once, on a node without users.

use gsi_core::concerns::LodgeConcern;
use gsi_core::framework::{PriorityRef, SecurityDomain, UnSymbol};
use gsi_core::{Actor, ConcernId, PartyId, Role, Timestamp};

use crate::{AppError, Platform};

/// Users the demo creates: (name, party, role).
pub const DEMO_USERS: &[(&str, &str, Role)] = &[
    ("kaz.delegate", "KAZ", Role::Delegate),
    ("chn.delegate", "CHN", Role::Delegate),
    ("pak.focal", "PAK", Role::FocalPoint),
    ("bra.reader", "BRA", Role::Reader),
    ("sco.secretariat", "sco", Role::Secretariat),
    (
        "xiangshan.secretariat",
        "xiangshan-forum",
        Role::Secretariat,
    ),
];

/// A demo user with its freshly issued API token.
pub struct DemoUser {
    pub name: String,
    pub party: String,
    pub role: Role,
    pub token: String,
    /// A random password for signing in from a browser (demo only).
    pub password: String,
}

/// Seeds the demo on a node without users, after [`Platform::load_registry`]. Returns the new
/// users with their tokens, or an empty list when the node has users already (tokens are shown
/// only once).
pub fn seed(platform: &Platform, now: Timestamp) -> Result<Vec<DemoUser>, AppError> {
    if !platform.store().users()?.is_empty() {
        return Ok(Vec::new());
    }
    let mut users = Vec::new();
    for (name, party, role) in DEMO_USERS {
        platform.add_user(name, &PartyId::parse(party)?, vec![*role], now)?;
        let (_, token) = platform.create_token(name, "demo", now)?;
        let password = demo_password();
        platform.set_password(name, &password)?;
        users.push(DemoUser {
            name: (*name).into(),
            party: (*party).into(),
            role: *role,
            token,
            password,
        });
    }

    let kaz = Actor {
        user: "kaz.delegate".into(),
        party: PartyId::parse("KAZ")?,
        roles: vec![Role::Delegate],
    };
    let chn = Actor {
        user: "chn.delegate".into(),
        party: PartyId::parse("CHN")?,
        roles: vec![Role::Delegate],
    };
    let mut id = [0u8; 16];
    id[..4].copy_from_slice(b"demo");
    let (concern, _) = platform.lodge_concern(
        &kaz,
        LodgeConcern {
            id: ConcernId::from_random(id),
            title: "Advance notice of upstream water releases".into(),
            description: "Release schedules on shared rivers reach downstream authorities too late to \
                          prepare for the spring flood season. We ask for notice of planned releases \
                          and a standing channel between the water agencies."
                .into(),
            domain: SecurityDomain::NonTraditional,
            priorities: vec![PriorityRef::parse("III.11")?, PriorityRef::parse("III.20")?],
            addressees: vec![PartyId::parse("CHN")?, PartyId::parse("PAK")?],
            un_references: vec![UnSymbol::parse("A/RES/76/234")?],
            response_due: None,
        },
        now,
    )?;
    platform.acknowledge(&chn, &concern.id, now)?;
    Ok(users)
}

fn demo_password() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 12];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    gsi_ledger::to_hex(&bytes)
}
