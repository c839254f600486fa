//! My party: the signed-in user's party, its users and keys, the user's API tokens (create,
//! shown once; revoke), and the concerns waiting for the party.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use gsi_app::Platform;
use gsi_core::concerns::ConcernStatus;
use gsi_store::ConcernFilter;

use super::concerns::{ConcernRow, concern_row};
use super::{Form, Frame, PageResult, SignedIn, see_other};

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
    pub revoked: bool,
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
    pending: Vec<Pending>,
    pending_summary: Vec<String>,
    new_token: Option<String>,
    notice: Option<String>,
}

async fn render(
    platform: &Platform,
    frame: &Frame,
    user: &SignedIn,
    new_token: Option<String>,
    notice: Option<String>,
) -> PageResult {
    let actor = user.actor.clone();
    let (users, keys, tokens, open) = frame
        .run(platform, move |p| {
            let s = p.store();
            let users: Vec<_> = s
                .users()?
                .into_iter()
                .filter(|u| u.party == actor.party)
                .collect();
            let keys: Vec<_> = s
                .party_keys()?
                .into_iter()
                .filter(|k| k.party == actor.party)
                .collect();
            let tokens = s.tokens(&actor.user)?;
            let open = s.concerns(&ConcernFilter {
                status: Some(ConcernStatus::Open),
                party: Some(actor.party.clone()),
                ..ConcernFilter::default()
            })?;
            Ok((users, keys, tokens, open))
        })
        .await?;
    let f = frame.clone().at("my-party", frame.t("party-title"));
    let party = &user.actor.party;
    let role = |r: &gsi_core::Role| f.t(&format!("party-role-{}", r.as_str().replace('_', "-")));
    let users = users
        .into_iter()
        .map(|u| UserRow {
            me: u.name == user.actor.user,
            roles: u.roles.iter().map(role).collect::<Vec<_>>().join(", "),
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
    let tokens = tokens
        .into_iter()
        .map(|t| TokenRow {
            created: f.time(&t.created_at),
            id: t.id,
            label: t.label,
            revoked: t.revoked,
        })
        .collect();
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
                row: concern_row(&f, c),
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
    let page = MyParty {
        party_id: party.to_string(),
        party_name: user.party_name.clone(),
        users,
        keys,
        tokens,
        pending,
        pending_summary,
        new_token,
        notice,
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
        .then(|| frame.t("party-token-revoked"));
    render(&platform, &frame, &user, None, notice).await
}

pub async fn create_token(
    State(platform): State<Platform>,
    frame: Frame,
    body: Bytes,
) -> PageResult {
    let form = Form::parse(&body);
    let user = frame.check_csrf(&form)?;
    let label = form.text("label");
    let label = if label.is_empty() {
        "web".to_owned()
    } else {
        label.chars().take(100).collect()
    };
    let name = user.actor.user.clone();
    let (_, secret) = frame
        .run(&platform, move |p| {
            p.create_token(&name, &label, gsi_app::now())
        })
        .await?;
    render(
        &platform,
        &frame,
        &user,
        Some(secret),
        Some(frame.t("party-token-created")),
    )
    .await
}

pub async fn revoke_token(
    State(platform): State<Platform>,
    frame: Frame,
    Path(id): Path<String>,
    body: Bytes,
) -> PageResult {
    let form = Form::parse(&body);
    let user = frame.check_csrf(&form)?;
    let name = user.actor.user.clone();
    let owned = frame
        .run(&platform, move |p| {
            let mine = p.store().tokens(&name)?.iter().any(|t| t.id == id);
            if mine {
                p.store().revoke_token(&id)?;
            }
            Ok(mine)
        })
        .await?;
    if !owned {
        return Err(frame.error(StatusCode::NOT_FOUND, None));
    }
    Ok(see_other("/my-party?revoked=1#tokens"))
}
