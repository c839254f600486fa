//! My party: the signed-in user's party, its users and keys, the user's API tokens (create,
//! shown once; revoke), the concerns waiting for the party, and — for a mechanism or
//! organisation — the decision rules it declares for its meetings.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use gsi_app::Platform;
use gsi_app::read::ConcernFilter;
use gsi_app::tokens::{
    DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS, Scope, TokenRequest, is_expired, scopes_of,
};
use gsi_core::concerns::{Concern, ConcernStatus};
use gsi_core::decisions::{Quorum, RuleKind};
use gsi_core::dialogue::awaiting::Awaiting;
use gsi_core::dialogue::rules::{DeclareRules, MechanismRules};
use gsi_core::{PartyId, PartyKind, Reader};

use super::{Form, Frame, PageResult, SignedIn, format_time, see_other};
use crate::concerns::pages::{ConcernRow, concern_row};
use crate::dialogue::pages::rule_label;

pub struct UserRow {
    pub name: String,
    pub roles: String,
    pub disabled: bool,
    pub me: bool,
}

pub struct KeyRow {
    pub key_id: String,
    pub public_key: String,
}

pub struct TokenRow {
    pub id: String,
    pub label: String,
    pub created: String,
    pub expires: String,
    pub last_used: Option<String>,
    /// What the token may do, in the page's language.
    pub scopes: String,
    /// `party-user-active`, `party-token-status-expired` or `party-token-status-revoked`.
    pub status: String,
    pub revoked: bool,
}

/// The lifetimes the token form offers, in days.
const TOKEN_DAY_CHOICES: [u32; 5] = [7, 30, DEFAULT_TOKEN_DAYS, 180, MAX_TOKEN_DAYS];

/// A lifetime the token form offers.
pub struct DayChoice {
    pub days: u32,
    pub label: String,
    pub selected: bool,
}

/// A scope the token form offers, with its label.
pub struct ScopeChoice {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

/// A token's scope in the page's language.
fn scope_label(f: &Frame, scope: Scope) -> String {
    match scope {
        Scope::Read => f.t("party-token-scope-read"),
        Scope::Write(module) => f.t(&format!("party-token-scope-write-{module}")),
    }
}

/// One rule in the declaration form.
pub struct RuleChoice {
    pub code: &'static str,
    pub label: String,
    pub allowed: bool,
    pub default: bool,
}

/// The rules a mechanism declared (or the defaults), with the form to declare them.
pub struct RulesPanel {
    pub declared: bool,
    pub rules: Vec<RuleChoice>,
    pub quorum: String,
    pub series: String,
    pub may_declare: bool,
}

fn rules_panel(f: &Frame, rules: &MechanismRules, may_declare: bool) -> RulesPanel {
    RulesPanel {
        declared: rules.declared_at.is_some(),
        rules: RuleKind::ALL
            .into_iter()
            .map(|k| RuleChoice {
                code: k.as_str(),
                label: rule_label(f, k),
                allowed: rules.allowed.contains(&k),
                default: rules.default == k,
            })
            .collect(),
        quorum: match rules.quorum {
            None => String::new(),
            Some(Quorum::Count(n)) => n.to_string(),
            Some(Quorum::Fraction { num, den }) => format!("{num}/{den}"),
        },
        series: rules.series.clone(),
        may_declare,
    }
}

pub struct Pending {
    pub row: ConcernRow,
    pub what: String,
}

#[derive(Template)]
#[template(path = "my_party.html")]
struct MyParty {
    f: Frame,
    party_id: String,
    party_name: String,
    users: Vec<UserRow>,
    keys: Vec<KeyRow>,
    tokens: Vec<TokenRow>,
    scope_choices: Vec<ScopeChoice>,
    token_days: Vec<DayChoice>,
    pending: Vec<Pending>,
    pending_summary: Vec<String>,
    /// Dialogue steps only this party can take.
    dialogue: Vec<AwaitingRow>,
    new_token: Option<String>,
    notice: Option<String>,
    /// Why the token form was refused, shown beside it.
    token_error: Option<String>,
    rules: Option<RulesPanel>,
}

/// One step that waits for the party, as a sentence linking to where it is taken.
pub struct AwaitingRow {
    pub kind: &'static str,
    pub href: String,
    pub text: String,
    pub overdue: bool,
}

/// What waits for a party: the open concerns it has still to acknowledge or answer, and its
/// dialogue tasks. My party lists them in full; the dashboard starts with them.
pub struct Waiting {
    pub pending: Vec<Pending>,
    pub pending_summary: Vec<String>,
    pub dialogue: Vec<AwaitingRow>,
}

impl Waiting {
    pub fn is_empty(&self) -> bool {
        self.pending.is_empty() && self.dialogue.is_empty()
    }
}

/// [`Waiting`] of `party`, from the open concerns it may read and its dialogue tasks.
pub fn waiting_for(f: &Frame, party: &PartyId, open: &[Concern], dialogue: &Awaiting) -> Waiting {
    let (mut to_ack, mut to_respond) = (0usize, 0usize);
    let pending = open
        .iter()
        .filter_map(|c| {
            let a = c.addressee(party)?;
            let acked = a.acknowledged_at.is_some() || a.first_response_at.is_some();
            if a.first_response_at.is_some() {
                return None;
            }
            let what = if acked {
                to_respond += 1;
                f.t("concern-clock-awaiting-response")
            } else {
                to_ack += 1;
                f.t("concern-clock-awaiting-acknowledgement")
            };
            Some(Pending {
                row: concern_row(f, c),
                what,
            })
        })
        .collect::<Vec<_>>();
    let mut pending_summary = Vec::new();
    if to_ack > 0 {
        pending_summary.push(f.ta("party-pending-acknowledge", &[("count", to_ack.into())]));
    }
    if to_respond + to_ack > 0 {
        pending_summary.push(f.ta(
            "party-pending-respond",
            &[("count", (to_respond + to_ack).into())],
        ));
    }
    Waiting {
        pending,
        pending_summary,
        dialogue: awaiting_rows(f, dialogue),
    }
}

fn awaiting_rows(f: &Frame, a: &Awaiting) -> Vec<AwaitingRow> {
    let row = |kind, href: String, text: String| AwaitingRow {
        kind,
        href,
        text,
        overdue: false,
    };
    let party = |p: &PartyId| f.party(p.as_str(), None);
    let mut rows = Vec::new();
    for x in &a.invitations {
        let opens = x.opens.to_string();
        rows.push(row(
            "invitation",
            format!("/meetings/{}#registration", x.meeting),
            f.ta(
                "party-awaiting-invitation",
                &[
                    ("meeting", x.title.as_str().into()),
                    ("date", opens.as_str().into()),
                ],
            ),
        ));
    }
    for x in &a.registrations {
        rows.push(row(
            "registration",
            format!("/meetings/{}#participants", x.meeting),
            f.ta(
                "party-awaiting-registration",
                &[
                    ("party", party(&x.party).as_str().into()),
                    ("meeting", x.title.as_str().into()),
                ],
            ),
        ));
    }
    for x in &a.amendments {
        rows.push(row(
            "amendment",
            format!("/documents/{}#amendments", x.document),
            f.ta(
                "party-awaiting-amendment",
                &[
                    ("number", x.number.into()),
                    ("party", party(&x.by).as_str().into()),
                    ("document", x.title.as_str().into()),
                ],
            ),
        ));
    }
    for x in &a.positions {
        let text = match x.silence_until {
            Some(t) => f.ta(
                "party-awaiting-silence",
                &[
                    ("document", x.title.as_str().into()),
                    ("date", format_time(t).as_str().into()),
                ],
            ),
            None => f.ta(
                "party-awaiting-position",
                &[
                    ("document", x.title.as_str().into()),
                    ("number", x.decision.into()),
                ],
            ),
        };
        rows.push(row(
            "position",
            format!("/documents/{}#decision", x.document),
            text,
        ));
    }
    for x in &a.to_close {
        rows.push(row(
            "close",
            format!("/documents/{}#decision", x.document),
            f.ta(
                "party-awaiting-close",
                &[
                    ("number", x.decision.into()),
                    ("document", x.title.as_str().into()),
                ],
            ),
        ));
    }
    for x in &a.commitments {
        let due = x.due.map(|d| d.to_string());
        let mut args = vec![
            ("number", x.number.into()),
            ("symbol", x.symbol.as_str().into()),
        ];
        let id = match &due {
            Some(date) => {
                args.push(("date", date.as_str().into()));
                "party-awaiting-commitment-due"
            }
            None => "party-awaiting-commitment",
        };
        rows.push(AwaitingRow {
            overdue: x.overdue,
            ..row(
                "commitment",
                format!("/documents/{}#commitment-{}", x.document, x.number),
                f.ta(id, &args),
            )
        });
    }
    rows
}

async fn render(
    platform: &Platform,
    frame: &Frame,
    user: &SignedIn,
    new_token: Option<String>,
    notice: Option<String>,
    token_error: Option<String>,
) -> PageResult {
    let actor = user.actor.clone();
    let (users, keys, tokens, open, rules, dialogue) = frame
        .run(platform, move |p| {
            let users = p.users_of(&actor.party)?;
            let keys = p.keys_of(&actor.party)?;
            let tokens = p.tokens_of(&actor.user)?;
            let open = p.concerns().list(
                &Reader::Party(actor.party.clone()),
                &ConcernFilter {
                    status: Some(ConcernStatus::Open),
                    party: Some(actor.party.clone()),
                    ..ConcernFilter::default()
                },
            )?;
            // States declare no rules: their meetings are ad hoc and choose a rule each time.
            let kind = p.party(&actor.party)?.map(|v| v.value.kind);
            let rules = match kind {
                Some(PartyKind::State | PartyKind::Territory) | None => None,
                Some(_) => Some(p.dialogue().mechanism_rules(&actor.party)?),
            };
            let dialogue = p.dialogue().awaiting(&actor.party, gsi_app::now())?;
            Ok((users, keys, tokens, open, rules, dialogue))
        })
        .await?;
    let f = frame.clone().at("my-party", frame.t("party-title"));
    let party = &user.actor.party;
    let role = |r: &gsi_core::Role| f.t(&format!("party-role-{}", r.as_str().replace('_', "-")));
    let users = users
        .into_iter()
        .map(|u| UserRow {
            me: u.name == user.actor.user,
            roles: u.roles.iter().map(role).collect::<Vec<_>>().join(f.comma()),
            name: u.name,
            disabled: u.disabled,
        })
        .collect();
    let keys = keys
        .into_iter()
        .map(|k| KeyRow {
            key_id: k.key_id,
            public_key: k.public_key,
        })
        .collect();
    let now = gsi_app::now();
    let tokens = tokens
        .into_iter()
        .map(|t| TokenRow {
            created: f.time(&t.created_at),
            expires: f.time(&t.expires_at),
            last_used: t.last_used_at.as_deref().map(|at| f.time(at)),
            scopes: scopes_of(&t)
                .into_iter()
                .map(|s| scope_label(&f, s))
                .collect::<Vec<_>>()
                .join(f.comma()),
            status: f.t(if t.revoked {
                "party-token-status-revoked"
            } else if is_expired(&t, now) {
                "party-token-status-expired"
            } else {
                "party-user-active"
            }),
            id: t.id,
            label: t.label,
            revoked: t.revoked,
        })
        .collect();
    let scope_choices = Scope::all()
        .into_iter()
        .map(|s| ScopeChoice {
            value: s.to_string(),
            label: scope_label(&f, s),
            checked: s == Scope::Read,
        })
        .collect();
    let Waiting {
        pending,
        pending_summary,
        dialogue,
    } = waiting_for(&f, party, &open, &dialogue);
    let rules = rules.map(|r| rules_panel(&f, &r, user.may_author()));
    let page = MyParty {
        rules,
        party_id: party.to_string(),
        party_name: user.party_name.clone(),
        dialogue,
        users,
        keys,
        tokens,
        scope_choices,
        token_days: TOKEN_DAY_CHOICES
            .into_iter()
            .map(|days| DayChoice {
                days,
                label: f.ta("party-token-days", &[("days", days.into())]),
                selected: days == DEFAULT_TOKEN_DAYS,
            })
            .collect(),
        pending,
        pending_summary,
        new_token,
        notice,
        token_error,
        f,
    };
    frame.render(&page)
}

pub async fn page(State(platform): State<Platform>, frame: Frame) -> PageResult {
    let user = frame.require_user()?;
    let notice = frame
        .query
        .iter()
        .any(|(k, v)| k == "revoked" && v == "1")
        .then(|| frame.t("party-token-revoked"))
        .or_else(|| {
            frame
                .query
                .iter()
                .any(|(k, v)| k == "rules" && v == "1")
                .then(|| frame.t("party-rules-declared"))
        });
    render(&platform, &frame, &user, None, notice, None).await
}

pub async fn create_token(
    State(platform): State<Platform>,
    frame: Frame,
    form: Form,
) -> PageResult {
    let user = frame.check_csrf(&form)?;
    let label = form.text("label");
    let label = if label.is_empty() {
        "web".to_owned()
    } else {
        label
    };
    let invalid = |e: gsi_core::DomainError| frame.refused(e);
    let scopes = form
        .all("scope")
        .iter()
        .map(|s| Scope::parse(s))
        .collect::<Result<Vec<_>, _>>()
        .map_err(invalid)?;
    if scopes.is_empty() {
        // The one mistake the form allows: the form again, with the reason beside it.
        let error = Some(frame.t("party-token-needs-scope"));
        let mut page = render(&platform, &frame, &user, None, None, error).await?;
        *page.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(page);
    }
    let days = match form.text("days").as_str() {
        "" => None,
        days => Some(days.parse::<u32>().map_err(|_| {
            frame.error(
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(frame.t("party-token-days-invalid")),
            )
        })?),
    };
    let request = TokenRequest {
        label,
        days,
        scopes,
    };
    let name = user.actor.user.clone();
    let (_, secret) = frame
        .run(&platform, move |p| {
            p.create_token(&name, request, gsi_app::now())
        })
        .await?;
    render(
        &platform,
        &frame,
        &user,
        Some(secret),
        Some(frame.t("party-token-created")),
        None,
    )
    .await
}

pub async fn revoke_token(
    State(platform): State<Platform>,
    frame: Frame,
    Path(id): Path<String>,
    form: Form,
) -> PageResult {
    let user = frame.check_csrf(&form)?;
    let name = user.actor.user.clone();
    frame
        .run(&platform, move |p| p.revoke_own_token(&name, &id))
        .await?;
    Ok(see_other("/my-party?revoked=1#tokens"))
}

/// `POST /my-party/rules`: the mechanism declares its decision rules (a signed record).
pub async fn declare_rules(
    State(platform): State<Platform>,
    frame: Frame,
    form: Form,
) -> PageResult {
    let user = frame.check_csrf(&form)?;
    let invalid = |e: gsi_core::DomainError| frame.refused(e);
    let default = RuleKind::parse(&form.text("default")).map_err(invalid)?;
    let allowed = form
        .all("allowed")
        .iter()
        .map(|s| RuleKind::parse(s))
        .collect::<Result<Vec<_>, _>>()
        .map_err(invalid)?;
    let quorum = match form.text("quorum").trim() {
        "" => None,
        q => Some(Quorum::parse(q).map_err(invalid)?),
    };
    let command = DeclareRules {
        mechanism: user.actor.party.clone(),
        default,
        allowed,
        quorum,
        series: form.text("series"),
    };
    let actor = user.actor.clone();
    frame
        .run(&platform, move |p| {
            p.dialogue().declare_rules(&actor, command, gsi_app::now())
        })
        .await?;
    Ok(see_other("/my-party?rules=1#rules"))
}
