//! API tokens for programs: each has an expiry, scopes and a last-used time.
//!
//! A token is `gsi_` and 32 random bytes; the store keeps only its SHA-256. It lasts
//! [`DEFAULT_TOKEN_DAYS`] unless its maker chooses otherwise, never more than
//! [`MAX_TOKEN_DAYS`]. Its scopes say what it may do: `read` (everything its user may see), and
//! `write:<module>` for each module it may change ([`WRITE_MODULES`]). A stolen token is thereby
//! bounded in time and in reach; revoking it, changing the password with `--revoke-tokens`, or
//! signing out everywhere ends it at once.

use crate::refusals;
use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use gsi_core::{Actor, DomainError, Timestamp};
use gsi_ledger::Hash;
use gsi_store::ApiToken;
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::{AppError, Platform};

/// How long a token lasts when its maker does not say.
pub const DEFAULT_TOKEN_DAYS: u32 = 90;
/// The longest a token may last.
pub const MAX_TOKEN_DAYS: u32 = 366;
/// The modules a token can be allowed to change, each with its own `write:<module>` scope.
/// One line per module that takes writes over the API or with a token on the command line.
pub const WRITE_MODULES: [&str; 3] = ["registry", "concerns", "dialogue"];
const TOKEN_PREFIX: &str = "gsi_";
/// A token's last use is written at most this often, so reads do not each cost a write.
const LAST_USED_RESOLUTION_MS: i64 = 60_000;
const DAY_MS: i64 = 86_400_000;

/// What a token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    /// Read everything the token's user may see.
    Read,
    /// Change records of one module (one of [`WRITE_MODULES`]).
    Write(&'static str),
}

impl Scope {
    /// `read` or `write:<module>`.
    pub fn parse(text: &str) -> Result<Scope, DomainError> {
        let text = text.trim();
        if text == "read" {
            return Ok(Scope::Read);
        }
        text.strip_prefix("write:")
            .and_then(|module| WRITE_MODULES.into_iter().find(|m| *m == module))
            .map(Scope::Write)
            .ok_or_else(|| refusals::not_a_scope(text, WRITE_MODULES.join(", ")))
    }

    /// Every scope there is: what a browser session may do.
    pub fn all() -> Vec<Scope> {
        std::iter::once(Scope::Read)
            .chain(WRITE_MODULES.into_iter().map(Scope::Write))
            .collect()
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scope::Read => f.write_str("read"),
            Scope::Write(module) => write!(f, "write:{module}"),
        }
    }
}

/// What a new token is for, how long it lasts and what it may do.
#[derive(Debug, Clone)]
pub struct TokenRequest {
    pub label: String,
    /// Days until it expires; `None` for [`DEFAULT_TOKEN_DAYS`].
    pub days: Option<u32>,
    /// At least one; repeats are dropped.
    pub scopes: Vec<Scope>,
}

impl TokenRequest {
    /// A token that may read and change everything its user may, for the default time.
    pub fn everything(label: &str) -> TokenRequest {
        TokenRequest {
            label: label.to_owned(),
            days: None,
            scopes: Scope::all(),
        }
    }
}

/// Parses a token's stored scopes; a scope this version no longer knows grants nothing.
pub fn scopes_of(token: &ApiToken) -> Vec<Scope> {
    token
        .scopes
        .iter()
        .filter_map(|s| Scope::parse(s).ok())
        .collect()
}

/// Whether a token has passed its expiry at `now`.
pub fn is_expired(token: &ApiToken, now: Timestamp) -> bool {
    Timestamp::parse(&token.expires_at).map_or(true, |t| t <= now)
}

fn token_hash(token: &str) -> Hash {
    Sha256::digest(token.as_bytes()).into()
}

impl Platform {
    /// Creates an API token for a user and returns it with its secret, which is shown once and
    /// stored only as a hash.
    pub fn create_token(
        &self,
        user: &str,
        request: TokenRequest,
        now: Timestamp,
    ) -> Result<(ApiToken, String), AppError> {
        let days = request.days.unwrap_or(DEFAULT_TOKEN_DAYS);
        if !(1..=MAX_TOKEN_DAYS).contains(&days) {
            return Err(refusals::token_days(MAX_TOKEN_DAYS, days).into());
        }
        let mut scopes = request.scopes;
        scopes.sort();
        scopes.dedup();
        if scopes.is_empty() {
            return Err(refusals::token_without_scope().into());
        }
        let label = request.label.trim();
        if label.chars().count() > 100 || label.chars().any(char::is_control) {
            return Err(refusals::token_label().into());
        }
        let user = self
            .store()
            .user(user)?
            .ok_or_else(|| refusals::no_such_user(user))?;
        let mut secret = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut secret);
        let token = format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(secret));
        let mut id = [0u8; 8];
        rand::rngs::OsRng.fill_bytes(&mut id);
        let row = ApiToken {
            id: gsi_ledger::to_hex(&id),
            user: user.name,
            label: label.to_owned(),
            hash: token_hash(&token),
            created_at: now.to_string(),
            revoked: false,
            expires_at: Timestamp::from_millis(now.millis() + i64::from(days) * DAY_MS).to_string(),
            scopes: scopes.iter().map(Scope::to_string).collect(),
            last_used_at: None,
        };
        self.store().add_token(&row)?;
        Ok((row, token))
    }

    /// Resolves a bearer token to the acting user, if the token is known, not revoked, not
    /// expired, its user not disabled, and it holds `needed`, the scope the request needs.
    pub fn authenticate(
        &self,
        token: &str,
        needed: Scope,
        now: Timestamp,
    ) -> Result<Actor, AppError> {
        let refuse = |why: String| Err(AppError::Unauthenticated(why));
        if !token.starts_with(TOKEN_PREFIX) {
            return refuse("the API token is malformed".into());
        }
        let Some((row, user)) = self.store().token_by_hash(&token_hash(token))? else {
            return refuse("the API token is not known".into());
        };
        if row.revoked {
            return refuse("the API token has been revoked".into());
        }
        if is_expired(&row, now) {
            return refuse(format!(
                "the API token expired at {}; create a new one",
                row.expires_at
            ));
        }
        if user.disabled {
            return refuse("the user of this API token is disabled".into());
        }
        let scopes = scopes_of(&row);
        if !scopes.contains(&needed) {
            let held: Vec<String> = scopes.iter().map(Scope::to_string).collect();
            return Err(AppError::OutOfScope(format!(
                "this API token may not do this: it needs the scope {}, and has {}",
                needed,
                if held.is_empty() {
                    "none".to_owned()
                } else {
                    held.join(", ")
                }
            )));
        }
        let stale = row
            .last_used_at
            .as_deref()
            .and_then(|t| Timestamp::parse(t).ok())
            .is_none_or(|t| now.millis() - t.millis() >= LAST_USED_RESOLUTION_MS);
        if stale {
            self.store().touch_token(&row.id, &now.to_string())?;
        }
        Ok(Actor {
            user: user.name,
            party: user.party,
            roles: user.roles,
        })
    }

    /// Revokes one of a user's tokens; `NotFound` when the user has no token with that id, so
    /// nobody learns of another user's tokens.
    pub fn revoke_own_token(&self, user: &str, id: &str) -> Result<(), AppError> {
        if !self.store().tokens(user)?.iter().any(|t| t.id == id) {
            return Err(refusals::no_such_token(user, id).into());
        }
        Ok(self.store().revoke_token(id)?)
    }

    /// Revokes a token by its id, whoever holds it (the operator's command).
    pub fn revoke_token(&self, id: &str) -> Result<(), AppError> {
        Ok(self.store().revoke_token(id)?)
    }

    /// Disables a user: its sessions end at once and its tokens stop working.
    pub fn disable_user(&self, name: &str) -> Result<(), AppError> {
        if self.store().user(name)?.is_none() {
            return Err(refusals::no_such_user(name).into());
        }
        self.store().set_user_disabled(name, true)?;
        self.store().delete_sessions_of(name)?;
        Ok(())
    }

    /// Ends every session of a user and, if asked, revokes every token; answers how many tokens
    /// were revoked.
    pub fn sign_out_everywhere(&self, user: &str, revoke_tokens: bool) -> Result<usize, AppError> {
        if self.store().user(user)?.is_none() {
            return Err(refusals::no_such_user(user).into());
        }
        self.store().delete_sessions_of(user)?;
        Ok(if revoke_tokens {
            self.store().revoke_tokens_of(user)?
        } else {
            0
        })
    }

    /// How many of a user's tokens still work at `now`.
    pub fn active_tokens(&self, user: &str, now: Timestamp) -> Result<usize, AppError> {
        Ok(self
            .store()
            .tokens(user)?
            .iter()
            .filter(|t| !t.revoked && !is_expired(t, now))
            .count())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_parse_and_print_alike() {
        for scope in Scope::all() {
            assert_eq!(Scope::parse(&scope.to_string()).unwrap(), scope);
        }
        assert_eq!(
            Scope::parse("write:dialogue").unwrap(),
            Scope::Write("dialogue")
        );
        for wrong in ["write", "write:", "write:nothing", "admin", ""] {
            assert!(Scope::parse(wrong).is_err(), "{wrong:?}");
        }
    }
}
