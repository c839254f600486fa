//! The registry and the framework catalogue over HTTP. Reading is public (it is public
//! reference data); recording memberships and registering participants needs a secretariat.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use chrono::NaiveDate;
use gsi_app::Platform;
use gsi_app::registry::{PartyDetail, PartyQuery, PartyView};
use gsi_core::catalogue::Catalogue;
use gsi_core::membership::{Membership, MembershipRole};
use gsi_core::{DomainError, Party, PartyId, PartyKind};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::Problem;
use crate::api::ReceiptView;
use crate::api::refusals::{Conflict, Forbidden, Invalid, NotFound, TooManyWrites, Unauthorized};
use crate::api::{Body, Params, blocking};
use crate::auth::Caller;

fn invalid(e: DomainError) -> Problem {
    Problem::from(gsi_app::AppError::from(e))
}

fn parse_date(s: Option<&str>) -> Result<Option<NaiveDate>, Problem> {
    s.filter(|d| !d.is_empty())
        .map(|d| {
            d.parse::<NaiveDate>()
                .map_err(|_| invalid(gsi_core::refusals::not_a_date(d)))
        })
        .transpose()
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    kind: Option<String>,
    region: Option<String>,
    group: Option<String>,
    category: Option<String>,
    mechanism: Option<String>,
    as_of: Option<String>,
    q: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/parties", description = "Refused with:\n- 404: No such mechanism\n- 422: A filter does not parse", tag = "registry", params(ListQuery), responses((status = 200, description = "Parties with their registry reference data", body = Vec<PartyView>), NotFound, Invalid))]
pub async fn list(
    State(platform): State<Platform>,
    Params(q): Params<ListQuery>,
) -> Result<Json<Vec<PartyView>>, Problem> {
    let query = PartyQuery {
        kind: q
            .kind
            .as_deref()
            .map(PartyKind::parse)
            .transpose()
            .map_err(invalid)?,
        region: q.region,
        group: q.group,
        category: q.category,
        mechanism: q
            .mechanism
            .as_deref()
            .map(PartyId::parse)
            .transpose()
            .map_err(invalid)?,
        as_of: parse_date(q.as_of.as_deref())?,
        text: q.q.filter(|t| !t.trim().is_empty()),
    };
    Ok(Json(
        blocking(&platform, move |p| p.registry().find_parties(&query)).await?,
    ))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AsOf {
    as_of: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/parties/{id}", description = "Refused with:\n- 404: No such party", tag = "registry", params(("id" = String, Path), AsOf), responses((status = 200, description = "The party, its memberships over time and, for a mechanism, its members", body = PartyDetail), NotFound, Invalid))]
pub async fn show(
    State(platform): State<Platform>,
    Path(id): Path<String>,
    Params(q): Params<AsOf>,
) -> Result<Json<PartyDetail>, Problem> {
    let id = PartyId::parse(&id)
        .map_err(|_| Problem::new(StatusCode::NOT_FOUND, "not-found", format!("no party {id}")))?;
    let as_of = parse_date(q.as_of.as_deref())?;
    Ok(Json(
        blocking(&platform, move |p| p.registry().party_detail(&id, as_of)).await?,
    ))
}

/// A mechanism with how many members it has on the date asked.
#[derive(Serialize, ToSchema)]
pub struct MechanismSummary {
    #[serde(flatten)]
    party: PartyView,
    as_of: NaiveDate,
    members: usize,
}

#[utoipa::path(get, path = "/api/v1/mechanisms", tag = "registry", params(AsOf), responses((status = 200, description = "Parties that have members, with member counts on the date", body = Vec<MechanismSummary>)))]
pub async fn mechanisms(
    State(platform): State<Platform>,
    Params(q): Params<AsOf>,
) -> Result<Json<Vec<MechanismSummary>>, Problem> {
    let as_of = parse_date(q.as_of.as_deref())?.unwrap_or_else(gsi_app::registry::today);
    let list = blocking(&platform, move |p| {
        let parties = p.registry().find_parties(&PartyQuery::default())?;
        let mut out = Vec::new();
        for party in parties.into_iter().filter(|v| v.kind.has_members()) {
            let members = p
                .registry()
                .memberships(Some(&party.id), None, Some(as_of))?
                .len();
            out.push(MechanismSummary {
                party,
                as_of,
                members,
            });
        }
        Ok(out)
    })
    .await?;
    Ok(Json(list))
}

#[utoipa::path(get, path = "/api/v1/catalogue", tag = "catalogue", responses((status = 200, description = "The framework: principles (II), priorities (III), platforms (IV)", body = Object)))]
pub async fn catalogue() -> Json<&'static Catalogue> {
    Json(gsi_core::catalogue::catalogue())
}

/// A membership change, recorded by the mechanism's own secretariat.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MembershipRequest {
    mechanism: PartyId,
    member: PartyId,
    role: MembershipRole,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    source: String,
    as_of: NaiveDate,
    note: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/memberships", description = "Refused with:\n- 403: Only the own users of the mechanism record its memberships\n- 404: An unknown party\n- 422: A field is missing or malformed", tag = "registry", security(("token" = [])), request_body = MembershipRequest, responses((status = 201, description = "Recorded, signed by the mechanism", body = ReceiptView), Unauthorized, Forbidden, NotFound, Invalid, TooManyWrites))]
pub async fn record_membership(
    State(platform): State<Platform>,
    Caller(actor): Caller,
    Body(r): Body<MembershipRequest>,
) -> Result<impl IntoResponse, Problem> {
    let membership = Membership {
        mechanism: r.mechanism,
        member: r.member,
        role: r.role,
        from: r.from,
        to: r.to,
        source: r.source,
        as_of: r.as_of,
        note: r.note,
    };
    let receipt = blocking(&platform, move |p| {
        p.registry()
            .record_membership(&actor, membership, gsi_app::now())
    })
    .await?;
    Ok((StatusCode::CREATED, Json(ReceiptView::from(receipt))))
}

/// A non-state participant registered by a forum's secretariat.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ParticipantRequest {
    id: PartyId,
    kind: PartyKind,
    name: String,
    /// Where the participant's details come from (for the membership record).
    source: String,
}

#[utoipa::path(post, path = "/api/v1/parties", description = "Refused with:\n- 403: Only the secretariat of a forum registers participants\n- 409: The id is taken\n- 422: Not a non-state participant", tag = "registry", security(("token" = [])), request_body = ParticipantRequest, responses((status = 201, description = "Registered and recorded as a participant", body = ReceiptView), Unauthorized, Forbidden, Conflict, Invalid, TooManyWrites))]
pub async fn register_participant(
    State(platform): State<Platform>,
    Caller(actor): Caller,
    Body(r): Body<ParticipantRequest>,
) -> Result<impl IntoResponse, Problem> {
    let party = Party::new(r.id, r.kind, &r.name).map_err(invalid)?;
    let receipt = blocking(&platform, move |p| {
        p.registry()
            .register_participant(&actor, party, &r.source, gsi_app::now())
    })
    .await?;
    Ok((StatusCode::CREATED, Json(ReceiptView::from(receipt))))
}
