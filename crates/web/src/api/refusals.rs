//! The problem documents (RFC 9457) an operation may answer, described once. Each operation
//! lists the refusals it may give (`responses((status = 200, …), Unauthorized, NotFound)`) and
//! says in its own `description` when it gives them; the schema is always `Problem`.

use std::collections::BTreeMap;

use utoipa::openapi::{ContentBuilder, Ref, RefOr, Response, ResponseBuilder};

/// The responses map of one problem status.
fn problem(status: u16, description: &str) -> BTreeMap<String, RefOr<Response>> {
    let content = ContentBuilder::new()
        .schema(Some(Ref::from_schema_name("Problem")))
        .build();
    let response = ResponseBuilder::new()
        .description(description)
        .content("application/problem+json", content)
        .build();
    BTreeMap::from([(status.to_string(), RefOr::T(response))])
}

macro_rules! refusals {
    ($($(#[$doc:meta])* $name:ident = $status:literal, $description:literal;)*) => {$(
        $(#[$doc])*
        pub struct $name;

        impl utoipa::IntoResponses for $name {
            fn responses() -> BTreeMap<String, RefOr<Response>> {
                problem($status, $description)
            }
        }
    )*};
}

refusals! {
    /// A route that needs `Authorization: Bearer <token>` got none, or an unknown, revoked or
    /// expired one.
    Unauthorized = 401, "No valid API token";
    /// The caller's party may not do this under the platform's rules, or the token's scopes do
    /// not include this module's `write:<module>`.
    Forbidden = 403, "The caller's party may not do this, or the token's scopes do not allow it";
    /// Nothing of this id exists, or nothing the caller may know of.
    NotFound = 404, "No such object";
    /// The object's present state does not allow the change.
    Conflict = 409, "The object's present state does not allow it";
    /// A field, parameter or value is missing, malformed or out of range.
    Invalid = 422, "A field, parameter or value is missing, malformed or out of range";
    /// Every write counts against the same quota per user and per party.
    TooManyWrites = 429, "The write quota is spent; retry after `Retry-After` seconds";
}
