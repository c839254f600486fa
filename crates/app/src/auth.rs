//! Sign-in for people in a browser: Argon2id password hashes and server-side sessions.
//!
//! A session is a random secret held in an HttpOnly cookie; the store keeps only its SHA-256,
//! the user, an expiry and a CSRF token that forms and scripts must echo on every change. API
//! tokens (see [`Platform::authenticate`]) remain the way programs authenticate.

use crate::refusals;
use argon2::password_hash::rand_core::OsRng as PasswordRng;
use argon2::password_hash::{PasswordHash, SaltString};
use argon2::{Argon2, PasswordHasher, PasswordVerifier};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use gsi_core::{Actor, Timestamp};
use gsi_ledger::Hash;
use gsi_store::Session;
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::{AppError, Platform};

/// How long a session lasts without signing in again.
pub const SESSION_HOURS: i64 = 12;
/// The shortest password accepted.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// The longest password accepted, in bytes: longer input is refused before it is hashed.
pub const MAX_PASSWORD_BYTES: usize = 1024;
const WRONG: &str = "the user name or password is wrong";

/// A session just opened: the secret goes into the cookie, the CSRF token into pages.
#[derive(Debug, Clone)]
pub struct OpenedSession {
    pub secret: String,
    pub csrf_token: String,
    pub expires_at: Timestamp,
    pub actor: Actor,
}

fn random_text() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

fn secret_hash(secret: &str) -> Hash {
    Sha256::digest(secret.as_bytes()).into()
}

/// A hash to verify against when the user does not exist, so that an unknown name takes as long
/// as a wrong password.
fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| {
        let salt = SaltString::generate(&mut PasswordRng);
        Argon2::default()
            .hash_password(b"not a password", &salt)
            .expect("hashing works")
            .to_string()
    })
}

/// Whether some account could have this name and password: a name that no user can be given or
/// a password longer than any that can be set is refused before a lookup or a hash, whoever
/// sends it.
pub fn plausible_sign_in(user: &str, password: &str) -> bool {
    crate::platform::check_user_name(user).is_ok() && password.len() <= MAX_PASSWORD_BYTES
}

impl Platform {
    /// Sets a user's password (Argon2id) and ends the user's sessions.
    pub fn set_password(&self, user: &str, password: &str) -> Result<(), AppError> {
        if password.chars().count() < MIN_PASSWORD_CHARS {
            return Err(refusals::password_too_short(MIN_PASSWORD_CHARS).into());
        }
        if password.len() > MAX_PASSWORD_BYTES {
            return Err(refusals::password_too_long(MAX_PASSWORD_BYTES).into());
        }
        if self.store().user(user)?.is_none() {
            return Err(refusals::no_such_user(user).into());
        }
        let salt = SaltString::generate(&mut PasswordRng);
        let phc = Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map_err(|e| AppError::Config(format!("password hashing failed: {e}")))?
            .to_string();
        self.store().set_password_hash(user, Some(&phc))?;
        self.store().delete_sessions_of(user)?;
        Ok(())
    }

    /// Checks a user name and password and opens a session. Every failure gives the same
    /// answer, so the reply does not reveal which user names exist.
    pub fn sign_in(
        &self,
        user: &str,
        password: &str,
        now: Timestamp,
    ) -> Result<OpenedSession, AppError> {
        if !plausible_sign_in(user, password) {
            return Err(AppError::Unauthenticated(WRONG.into()));
        }
        let found = self.store().user(user)?;
        let phc = match &found {
            Some(u) => self.store().password_hash(&u.name)?,
            None => None,
        };
        let stored = phc.as_deref().unwrap_or_else(|| dummy_hash());
        let matches = PasswordHash::new(stored)
            .map(|h| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &h)
                    .is_ok()
            })
            .unwrap_or(false);
        let user = match found {
            Some(u) if matches && phc.is_some() && !u.disabled => u,
            _ => return Err(AppError::Unauthenticated(WRONG.into())),
        };
        let secret = random_text();
        let expires_at = Timestamp::from_millis(now.millis() + SESSION_HOURS * 3_600_000);
        let session = Session {
            id_hash: secret_hash(&secret),
            user: user.name.clone(),
            csrf_token: random_text(),
            created_at: now.to_string(),
            expires_at: expires_at.to_string(),
        };
        self.store().delete_expired_sessions(&now.to_string())?;
        self.store().add_session(&session)?;
        Ok(OpenedSession {
            secret,
            csrf_token: session.csrf_token,
            expires_at,
            actor: Actor {
                user: user.name,
                party: user.party,
                roles: user.roles,
            },
        })
    }

    /// The user of a session cookie, with the session's CSRF token.
    pub fn session_actor(&self, secret: &str, now: Timestamp) -> Result<(Actor, String), AppError> {
        let refuse = |why: &str| Err(AppError::Unauthenticated(why.to_owned()));
        match self.store().session(&secret_hash(secret))? {
            None => refuse("the session is not known; sign in again"),
            Some((s, _)) if Timestamp::parse(&s.expires_at).is_ok_and(|t| t <= now) => {
                refuse("the session has expired; sign in again")
            }
            Some((_, u)) if u.disabled => refuse("this user is disabled"),
            Some((s, u)) => Ok((
                Actor {
                    user: u.name,
                    party: u.party,
                    roles: u.roles,
                },
                s.csrf_token,
            )),
        }
    }

    pub fn sign_out(&self, secret: &str) -> Result<(), AppError> {
        Ok(self.store().delete_session(&secret_hash(secret))?)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use gsi_core::{PartyId, Role};

    use super::*;
    use crate::NodeIdentity;

    fn platform(dir: &std::path::Path) -> Platform {
        let (node, _) = NodeIdentity::load_or_create(dir, "auth.localhost/log").unwrap();
        let store =
            crate::open_store(&format!("sqlite://{}", dir.join("gsi.db").display())).unwrap();
        let p = Platform::new(store, Arc::new(node));
        let now = Timestamp::from_millis(0);
        let party = gsi_core::Party::new(
            PartyId::parse("KAZ").unwrap(),
            gsi_core::PartyKind::State,
            "Kazakhstan",
        )
        .unwrap();
        p.register_party(party, now).unwrap();
        p.add_user(
            "aigerim",
            &PartyId::parse("KAZ").unwrap(),
            vec![Role::Delegate],
            now,
        )
        .unwrap();
        p
    }

    #[test]
    fn sessions_open_with_the_right_password_only_and_expire() {
        let dir = tempfile::tempdir().unwrap();
        let p = platform(dir.path());
        let now = Timestamp::from_millis(1_000);
        assert!(p.set_password("aigerim", "short").is_err());
        assert!(
            p.sign_in("aigerim", "anything at all", now).is_err(),
            "no password set yet"
        );
        p.set_password("aigerim", "correct horse battery").unwrap();
        let wrong = p
            .sign_in("aigerim", "incorrect horse battery", now)
            .unwrap_err();
        let unknown = p
            .sign_in("nobody", "correct horse battery", now)
            .unwrap_err();
        assert_eq!(
            wrong.to_string(),
            unknown.to_string(),
            "failures look alike"
        );

        let s = p.sign_in("aigerim", "correct horse battery", now).unwrap();
        assert_eq!(s.actor.party.as_str(), "KAZ");
        let (actor, csrf) = p.session_actor(&s.secret, now).unwrap();
        assert_eq!(
            (actor.user.as_str(), csrf.as_str()),
            ("aigerim", s.csrf_token.as_str())
        );
        assert!(p.session_actor("forged", now).is_err());
        assert!(
            p.session_actor(&s.secret, s.expires_at).is_err(),
            "expired at its expiry time"
        );

        p.store().set_user_disabled("aigerim", true).unwrap();
        assert!(
            p.session_actor(&s.secret, now).is_err(),
            "a disabled user's session stops"
        );
        p.store().set_user_disabled("aigerim", false).unwrap();
        p.sign_out(&s.secret).unwrap();
        assert!(p.session_actor(&s.secret, now).is_err());

        let again = p.sign_in("aigerim", "correct horse battery", now).unwrap();
        p.set_password("aigerim", "a new long passphrase").unwrap();
        assert!(
            p.session_actor(&again.secret, now).is_err(),
            "a new password ends sessions"
        );
    }

    #[test]
    fn tokens_work_until_their_expiry_within_their_scopes() {
        use crate::tokens::{Scope, TokenRequest};
        let dir = tempfile::tempdir().unwrap();
        let p = platform(dir.path());
        let made = Timestamp::from_millis(1_000);
        let request = TokenRequest {
            label: "script".into(),
            days: Some(2),
            scopes: vec![Scope::Read, Scope::Write("concerns")],
        };
        let (row, secret) = p.create_token("aigerim", request, made).unwrap();
        let expiry = Timestamp::parse(&row.expires_at).unwrap();
        assert_eq!(expiry.millis(), made.millis() + 2 * 86_400_000);
        let just_before = Timestamp::from_millis(expiry.millis() - 1);
        assert!(p.authenticate(&secret, Scope::Read, just_before).is_ok());
        assert!(
            p.authenticate(&secret, Scope::Write("concerns"), just_before)
                .is_ok()
        );
        assert!(matches!(
            p.authenticate(&secret, Scope::Write("dialogue"), just_before),
            Err(AppError::OutOfScope(_))
        ));
        let at_expiry = p.authenticate(&secret, Scope::Read, expiry).unwrap_err();
        assert!(at_expiry.to_string().contains("expired"), "{at_expiry}");

        let (default, _) = p
            .create_token("aigerim", TokenRequest::everything("x"), made)
            .unwrap();
        let default_expiry = Timestamp::parse(&default.expires_at).unwrap();
        assert_eq!(
            default_expiry.millis() - made.millis(),
            i64::from(crate::tokens::DEFAULT_TOKEN_DAYS) * 86_400_000
        );
        let too_long = TokenRequest {
            days: Some(crate::tokens::MAX_TOKEN_DAYS + 1),
            ..TokenRequest::everything("x")
        };
        assert!(p.create_token("aigerim", too_long, made).is_err());
        let nothing = TokenRequest {
            scopes: Vec::new(),
            ..TokenRequest::everything("x")
        };
        assert!(p.create_token("aigerim", nothing, made).is_err());
    }
}
