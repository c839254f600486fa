//! The demo: users of a few real parties (from the registry, loaded by `gsi init`), one per
//! role, one concern in progress, the SCO's declared decision rules and one SCO meeting with a
//! draft outcome document, so that a newcomer can try every step at once, and a past
//! China–Kazakhstan consultation whose minutes were adopted, with a commitment reported on. It is seeded only
//! once, on a node without users.

use chrono::Datelike;
use gsi_core::concerns::LodgeConcern;
use gsi_core::decisions::{Comfort, Position, Rule, RuleKind};
use gsi_core::dialogue::documents::{DraftDocument, EditByNumber, Implementation};
use gsi_core::dialogue::meetings::{Attendance, ConveneMeeting, MeetingKind, NewAgendaItem};
use gsi_core::dialogue::rules::DeclareRules;
use gsi_core::framework::{PriorityRef, SecurityDomain, UnSymbol};
use gsi_core::{Actor, ConcernId, DocumentId, MeetingId, PartyId, Role, Timestamp};

use crate::{AppError, Platform};

/// Users the demo creates: (name, party, role).
pub const DEMO_USERS: &[(&str, &str, Role)] = &[
    ("kaz.delegate", "KAZ", Role::Delegate),
    ("chn.delegate", "CHN", Role::Delegate),
    ("pak.focal", "PAK", Role::FocalPoint),
    ("rus.delegate", "RUS", Role::Delegate),
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

/// Seeds the demo on a node without users, after [`Registry::load`](crate::registry::Registry::load). Returns the new
/// users with their tokens, or an empty list when the node has users already (tokens are shown
/// only once).
pub fn seed(platform: &Platform, now: Timestamp) -> Result<Vec<DemoUser>, AppError> {
    if !platform.store().users()?.is_empty() {
        return Ok(Vec::new());
    }
    let mut users = Vec::new();
    for (name, party, role) in DEMO_USERS {
        platform.add_user(name, &PartyId::parse(party)?, vec![*role], now)?;
        let (_, token) = platform.create_token(name, demo_token(), now)?;
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
    let (concern, _) = platform.concerns().lodge(
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
            // Kazakhstan chose to publish this one, so the demo shows a concern to visitors.
            distribution: Some(gsi_core::Distribution::Public),
        },
        now,
    )?;
    platform.concerns().acknowledge(&chn, &concern.id, now)?;
    seed_dialogue(platform, &kaz, &chn, now)?;
    seed_adopted(platform, &kaz, &chn, now)?;
    Ok(users)
}

fn actor(user: &str, party: &str, role: Role) -> Result<Actor, AppError> {
    Ok(Actor {
        user: user.into(),
        party: PartyId::parse(party)?,
        roles: vec![role],
    })
}

/// The SCO declares its rules and convenes a meeting a month ahead; Kazakhstan and China register
/// (the secretariat approves) and Kazakhstan tables a draft.
fn seed_dialogue(
    platform: &Platform,
    kaz: &Actor,
    chn: &Actor,
    now: Timestamp,
) -> Result<(), AppError> {
    let sco = actor("sco.secretariat", "sco", Role::Secretariat)?;
    platform.dialogue().declare_rules(
        &sco,
        DeclareRules {
            mechanism: sco.party.clone(),
            default: RuleKind::Consensus,
            allowed: vec![
                RuleKind::Consensus,
                RuleKind::ConsensusMinusX,
                RuleKind::Silence,
            ],
            quorum: None,
            series: "SCO/GSI".into(),
        },
        now,
    )?;
    let today = crate::registry::today_of(now);
    let opens = today + chrono::Days::new(30);
    let mut id = [0u8; 16];
    id[..4].copy_from_slice(b"meet");
    let (meeting, _) = platform.dialogue().convene(
        &sco,
        ConveneMeeting {
            id: MeetingId::from_random(id),
            mechanism: Some(sco.party.clone()),
            kind: MeetingKind::Conference,
            title: format!(
                "SCO conference on shared rivers and water security, {}",
                opens.year()
            ),
            opens,
            closes: opens.succ_opt().unwrap_or(opens),
            place: Some("Astana".into()),
            online: None,
            languages: vec!["zh".into(), "ru".into()],
            agenda: vec![
                NewAgendaItem {
                    title: "Adoption of the agenda".into(),
                    priorities: Vec::new(),
                },
                NewAgendaItem {
                    title: "Early warning and data exchange on transboundary rivers".into(),
                    priorities: vec![PriorityRef::parse("III.11")?],
                },
                NewAgendaItem {
                    title: "Outcome document".into(),
                    priorities: vec![PriorityRef::parse("III.11")?, PriorityRef::parse("III.20")?],
                },
            ],
            invited: Vec::new(),
            rule: None,
        },
        now,
    )?;
    for (who, head) in [
        (kaz, "Head of delegation of Kazakhstan"),
        (chn, "Head of delegation of China"),
    ] {
        platform
            .dialogue()
            .register(who, &meeting.id, None, vec![head.into()], now)?;
        platform
            .dialogue()
            .decide_registration(&sco, &meeting.id, &who.party, true, None, now)?;
    }
    id[..4].copy_from_slice(b"docu");
    platform.dialogue().draft(
        kaz,
        DraftDocument {
            id: DocumentId::from_random(id),
            meeting: meeting.id.clone(),
            title: "Joint statement on early warning for transboundary rivers".into(),
            priorities: vec![PriorityRef::parse("III.11")?],
            paragraphs: vec![
                "The participants recall the Global Security Initiative and its call for \
                 cooperation on non-traditional security (III.11)."
                    .into(),
                "They agree to notify downstream parties of planned water releases at least \
                 fourteen days in advance."
                    .into(),
                "They will designate focal points in their water agencies by the end of the year."
                    .into(),
            ],
        },
        now,
    )?;
    Ok(())
}

/// A past consultation between China and Kazakhstan, so the demo shows a whole cycle: China
/// convenes, Kazakhstan accepts, amends China's draft, both support it by consensus, the adopted
/// text gets its symbol, paragraph 2 becomes a commitment of both, and Kazakhstan reports progress.
/// Its ids sort before the SCO meeting's, which stays the demo's first meeting to try.
fn seed_adopted(
    platform: &Platform,
    kaz: &Actor,
    chn: &Actor,
    now: Timestamp,
) -> Result<(), AppError> {
    let today = crate::registry::today_of(now);
    let opens = today - chrono::Days::new(45);
    let mut id = [0x20u8; 16];
    id[1..5].copy_from_slice(b"past");
    let (meeting, _) = platform.dialogue().convene(
        chn,
        ConveneMeeting {
            id: MeetingId::from_random(id),
            mechanism: None,
            kind: MeetingKind::Consultation,
            title: "China–Kazakhstan consultations on flood-season data exchange".into(),
            opens,
            closes: opens.succ_opt().unwrap_or(opens),
            place: Some("Almaty".into()),
            online: None,
            languages: vec!["zh".into(), "ru".into()],
            agenda: vec![NewAgendaItem {
                title: "Data exchange on shared rivers in the flood season".into(),
                priorities: vec![PriorityRef::parse("III.11")?],
            }],
            invited: vec![(kaz.party.clone(), Attendance::Member)],
            rule: None,
        },
        now,
    )?;
    platform.dialogue().register(
        kaz,
        &meeting.id,
        None,
        vec!["Head of delegation of Kazakhstan".into()],
        now,
    )?;
    id[1..5].copy_from_slice(b"mins");
    let document = DocumentId::from_random(id);
    platform.dialogue().draft(
        chn,
        DraftDocument {
            id: document.clone(),
            meeting: meeting.id.clone(),
            title: "Joint minutes on flood-season data exchange".into(),
            priorities: vec![PriorityRef::parse("III.11")?],
            paragraphs: vec![
                "The two sides reviewed the last flood season on their shared rivers.".into(),
                "They will exchange daily river gauge readings from April to September.".into(),
                "They will meet again before the next flood season.".into(),
            ],
        },
        now,
    )?;
    platform.dialogue().amend(
        kaz,
        &document,
        EditByNumber::Replace {
            paragraph: 2,
            text: "They will exchange daily river gauge and reservoir release readings from \
                   March to September."
                .into(),
        },
        Some("Releases matter as much as gauges, and the thaw starts in March."),
        now,
    )?;
    platform
        .dialogue()
        .decide_amendment(chn, &document, 1, true, now)?;
    platform
        .dialogue()
        .open_decision(chn, &document, Rule::Consensus, now)?;
    platform.dialogue().record_position(
        chn,
        &document,
        Position::Support,
        Some(Comfort::Support),
        now,
    )?;
    platform.dialogue().record_position(
        kaz,
        &document,
        Position::Support,
        Some(Comfort::CanLiveWithIt),
        now,
    )?;
    platform.dialogue().close_decision(chn, &document, now)?;
    platform.dialogue().mark_commitment(
        chn,
        &document,
        2,
        vec![chn.party.clone(), kaz.party.clone()],
        Some(today + chrono::Days::new(60)),
        now,
    )?;
    platform.dialogue().report_implementation(
        kaz,
        &document,
        1,
        Implementation::InProgress,
        "The hydrometeorological service sends daily gauge readings; reservoir releases follow \
         from next month.",
        Vec::new(),
        now,
    )?;
    Ok(())
}

fn demo_password() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 12];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    gsi_ledger::to_hex(&bytes)
}

/// Demo tokens may do everything their users may, for as long as any token may last.
fn demo_token() -> crate::tokens::TokenRequest {
    crate::tokens::TokenRequest {
        days: Some(crate::tokens::MAX_TOKEN_DAYS),
        ..crate::tokens::TokenRequest::everything("demo")
    }
}
