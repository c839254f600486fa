//! The read layer: every list and lookup that the web and the CLI show — parties, concerns,
//! log records — is asked of the [`Platform`] here, never of the store directly, so that what a
//! caller may see is decided in one place (the distribution rules of "who sees each record" will
//! live in these methods). The types the answers use are re-exported, so edges need not depend
//! on `gsi-store`.

pub use gsi_store::{
    ApiToken, AuthorGrowth, ConcernFilter, Receipt, StoredRecord, User, Versioned,
};

use gsi_core::state::PartyKey;
use gsi_core::{EntityKey, Party, PartyId, Timestamp};

use crate::{AppError, Platform};

impl Platform {
    /// Every registered party.
    pub fn parties(&self) -> Result<Vec<Party>, AppError> {
        Ok(self.store().parties()?)
    }

    /// The party with this id, with its version, if it is registered.
    pub fn party(&self, id: &PartyId) -> Result<Option<Versioned<Party>>, AppError> {
        Ok(self.store().party(id)?)
    }

    /// How many records the log holds.
    pub fn tree_size(&self) -> Result<u64, AppError> {
        Ok(self.store().tree_size()?)
    }

    /// Records and signed bytes each author has appended, of records at or after `since` (all
    /// when `None`), ordered by author: what a flood would leave in the log for ever.
    pub fn journal_growth(&self, since: Option<Timestamp>) -> Result<Vec<AuthorGrowth>, AppError> {
        let since = since.map(|t| t.to_string());
        Ok(self.store().growth_by_author(since.as_deref())?)
    }

    /// The record at `index`, if the log is that long.
    pub fn record(&self, index: u64) -> Result<Option<StoredRecord>, AppError> {
        Ok(self.store().record(index)?)
    }

    /// At most `limit` records from `from` on, in log order.
    pub fn records(&self, from: u64, limit: u64) -> Result<Vec<StoredRecord>, AppError> {
        Ok(self.store().records(from, limit)?)
    }

    /// Every record about one entity (a concern, meeting, document…), in log order.
    pub fn records_about(&self, entity: &EntityKey) -> Result<Vec<StoredRecord>, AppError> {
        Ok(self.store().records_about(&entity.to_string())?)
    }

    // --- accounts: what an operator or a signed-in user sees of users, keys and tokens ---

    /// Every user, by name.
    pub fn users(&self) -> Result<Vec<User>, AppError> {
        Ok(self.store().users()?)
    }

    /// The users of one party, by name.
    pub fn users_of(&self, party: &PartyId) -> Result<Vec<User>, AppError> {
        let mut users = self.users()?;
        users.retain(|u| &u.party == party);
        Ok(users)
    }

    /// The user with this name, if there is one.
    pub fn user(&self, name: &str) -> Result<Option<User>, AppError> {
        Ok(self.store().user(name)?)
    }

    /// The public keys one party has signed with.
    pub fn keys_of(&self, party: &PartyId) -> Result<Vec<PartyKey>, AppError> {
        let mut keys = self.store().party_keys()?;
        keys.retain(|k| &k.party == party);
        Ok(keys)
    }

    /// A user's API tokens (never their secrets), oldest first.
    pub fn tokens_of(&self, user: &str) -> Result<Vec<ApiToken>, AppError> {
        Ok(self.store().tokens(user)?)
    }
}
