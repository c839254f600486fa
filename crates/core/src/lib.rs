//! The domain core of the GSI Platform: every rule of the platform, and nothing else.
//!
//! A party acts through a [`command`](concerns::LodgeConcern) which [`decide`](concerns::decide_lodge)
//! turns into an [`Event`] — or refuses with a [`DomainError`] that names the rule. Applying events
//! ([`State::apply`]) yields the projections (parties, concerns) everything else reads. The same
//! `apply` is used when appending and when `gsi verify` replays the journal, so the projection a
//! user sees can always be rebuilt from the log.
//!
//! This crate is pure: no I/O, no SQL, no HTTP and no clock. Time is always passed in as a
//! [`Timestamp`], which is why decisions are deterministic and testable.
//!
//! Invariants kept here:
//! - **Authorship**: an event is authored by exactly one party, the acting user's own
//!   ([`Actor::require_author`]); no role lets a user act for another party.
//! - **Sovereign equality**: no rule names a particular state; every state has the same rights
//!   (checked by property tests that rename parties).
//! - **Append-only**: events are never changed; a party corrects or withdraws with a new event.

#![forbid(unsafe_code)]

pub mod actor;
pub mod catalogue;
pub mod concerns;
pub mod decisions;
pub mod dialogue;
pub mod distribution;
pub mod error;
pub mod event;
pub mod framework;
pub mod ids;
pub mod keys;
pub mod membership;
pub mod party;
pub mod refusals;
pub mod registry;
pub mod state;
pub mod text;
pub mod time;

pub use actor::{Actor, Role};
pub use distribution::{Distribution, Reader};
pub use error::DomainError;
pub use event::{Event, ModuleEvent, RecordMeta};
pub use ids::{ConcernId, DocumentId, MeetingId, PartyId};
pub use keys::EntityKey;
pub use party::{Party, PartyKind};
pub use state::{Projection, State};
pub use time::Timestamp;
