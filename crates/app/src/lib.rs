//! The application layer of the GSI Platform: the one place where a command meets the store.
//!
//! [`Platform`] takes an authenticated [`Actor`](gsi_core::Actor) and a command, reads the view
//! the core needs from the [`Store`](gsi_store::Store), lets the core decide, signs the resulting
//! record with the author party's key, and appends it — record, tree nodes and projections in one
//! transaction, guarded by optimistic version checks (a conflicting concurrent append is retried
//! with a fresh view). Commands appending at the same moment share one durable transaction
//! ([`group_commit`]). The web server and the CLI are thin edges over this crate.
//!
//! It also holds the node's identity ([`node::NodeIdentity`]: checkpoint-signing key, origin and
//! the key that seals parties' signing keys at rest), API-token authentication, demo seeding, and
//! [`verify`], which re-derives everything in a database from its journal, and the write quota
//! every command of the web server is counted against ([`write_quota`]).
//!
//! Invariants:
//! - **A record is signed by its author's key.** The platform signs only with the sealed key of
//!   the acting user's own party; no operator path signs for a party.
//! - **Clocks and randomness live here, not in the core.** `now` is read once per command and
//!   passed in; new ids come from [`random_id_bytes`] at the edge.

#![forbid(unsafe_code)]

pub mod auth;
pub mod concerns;
pub mod demo;
pub mod dialogue;
pub mod error;
pub mod group_commit;
pub mod ical;
pub mod node;
pub mod open;
pub mod platform;
pub mod public_url;
pub mod read;
pub mod refusals;
pub mod registry;
pub mod tokens;
pub mod verify;
pub mod write;
pub mod write_quota;

pub use error::AppError;
pub use gsi_store::StoreError;
pub use node::NodeIdentity;
pub use open::open_store;
pub use platform::{Platform, RecordProof};
pub use public_url::PublicUrl;
pub use verify::{VerifyReport, verify};

use gsi_core::Timestamp;

/// 16 bytes from the operating system's randomness, for a new id chosen at the edge
/// (`MeetingId::from_random(gsi_app::random_id_bytes())`); the core has no randomness.
pub fn random_id_bytes() -> [u8; 16] {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes
}

/// 32 random bytes: the salt that hides a sealed record's body behind its commitment.
pub fn random_salt() -> [u8; 32] {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes
}

/// The current time, read at the edge of the domain.
pub fn now() -> Timestamp {
    Timestamp::from_millis(chrono::Utc::now().timestamp_millis())
}
