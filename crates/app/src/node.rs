//! The node's identity: the key that signs checkpoints, the log's origin line, and the key that
//! seals parties' signing keys at rest. Kept in `node.json` in the data directory (the directory
//! 0700, the file 0600; see [`gsi_store::private_files`]).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};
use gsi_core::PartyId;
use gsi_ledger::{NoteSigner, NoteVerifier, SigningKey};
use gsi_store::SealedKey;
use gsi_store::private_files::{self, DIR_MODE, FILE_MODE};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::AppError;

const FILE: &str = "node.json";
/// The origin a new node gets when none is given: a schema-less URL naming this log.
pub const DEFAULT_ORIGIN: &str = "gsi.localhost/log";

#[derive(Serialize, Deserialize)]
struct NodeFile {
    version: u32,
    origin: String,
    /// Hex of the 32-byte Ed25519 seed.
    signing_key: String,
}

pub struct NodeIdentity {
    origin: String,
    signer: NoteSigner,
    seal: ChaCha20Poly1305,
}

impl NodeIdentity {
    fn from_seed(origin: &str, seed: [u8; 32]) -> Result<Self, AppError> {
        let signer = NoteSigner::new(origin, SigningKey::from_bytes(&seed)).map_err(|e| {
            AppError::Config(format!("the origin \"{origin}\" cannot name a log: {e}"))
        })?;
        // A separate key for sealing, derived so that one secret file holds the node's identity.
        let seal_key = Sha256::new()
            .chain_update(b"gsi-platform seal v1\0")
            .chain_update(seed)
            .finalize();
        Ok(Self {
            origin: origin.to_owned(),
            signer,
            seal: ChaCha20Poly1305::new(&seal_key),
        })
    }

    fn path(data_dir: &Path) -> PathBuf {
        data_dir.join(FILE)
    }

    /// Loads the node identity from `data_dir`.
    pub fn load(data_dir: &Path) -> Result<Self, AppError> {
        let path = Self::path(data_dir);
        for (file, mode) in [(data_dir, DIR_MODE), (path.as_path(), FILE_MODE)] {
            private_files::restrict(file, mode)
                .map_err(AppError::io(format!("restricting {}", file.display())))?;
        }
        let text = fs::read_to_string(&path).map_err(|e| {
            AppError::Config(format!(
                "no node identity at {} ({e}); run `gsi init` first",
                path.display()
            ))
        })?;
        let file: NodeFile = serde_json::from_str(&text)
            .map_err(|e| AppError::Config(format!("{} does not parse: {e}", path.display())))?;
        let seed: [u8; 32] = gsi_ledger::from_hex(&file.signing_key)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| AppError::Config(format!("{} holds no valid key", path.display())))?;
        Self::from_seed(&file.origin, seed)
    }

    /// Loads the identity, or creates a new one with `origin` if the data directory has none.
    /// Returns whether it was created.
    pub fn load_or_create(data_dir: &Path, origin: &str) -> Result<(Self, bool), AppError> {
        if Self::path(data_dir).exists() {
            return Ok((Self::load(data_dir)?, false));
        }
        let mut seed = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut seed);
        let node = Self::from_seed(origin, seed)?;
        private_files::create_dir(data_dir)
            .map_err(AppError::io(format!("creating {}", data_dir.display())))?;
        private_files::restrict(data_dir, DIR_MODE)
            .map_err(AppError::io(format!("restricting {}", data_dir.display())))?;
        let text = serde_json::to_string_pretty(&NodeFile {
            version: 1,
            origin: origin.to_owned(),
            signing_key: gsi_ledger::to_hex(&seed),
        })
        .expect("serialisable");
        let path = Self::path(data_dir);
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, FILE_MODE);
        let mut file = options
            .open(&path)
            .map_err(AppError::io(format!("creating {}", path.display())))?;
        file.write_all(text.as_bytes())
            .and_then(|_| file.sync_all())
            .map_err(AppError::io(format!("writing {}", path.display())))?;
        Ok((node, true))
    }

    pub fn origin(&self) -> &str {
        &self.origin
    }

    pub fn signer(&self) -> &NoteSigner {
        &self.signer
    }

    pub fn verifier(&self) -> NoteVerifier {
        self.signer.verifier()
    }

    /// Encrypts a party's signing key; the party and key id are bound in as associated data so a
    /// sealed key cannot be moved to another party.
    pub fn seal(&self, party: &PartyId, key: &SigningKey) -> SealedKey {
        let key_id = gsi_ledger::key_id(&key.verifying_key());
        let mut nonce = [0u8; 12];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let aad = format!("{party}\n{key_id}");
        let ciphertext = self
            .seal
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: key.as_bytes(),
                    aad: aad.as_bytes(),
                },
            )
            .expect("encryption of 32 bytes cannot fail");
        SealedKey {
            party: party.clone(),
            key_id,
            sealed: [nonce.as_slice(), &ciphertext].concat(),
        }
    }

    pub fn unseal(&self, sealed: &SealedKey) -> Result<SigningKey, AppError> {
        let broken = || {
            AppError::Config(format!(
                "the signing key of {} cannot be unsealed with this node's identity",
                sealed.party
            ))
        };
        if sealed.sealed.len() < 12 {
            return Err(broken());
        }
        let (nonce, ciphertext) = sealed.sealed.split_at(12);
        let aad = format!("{}\n{}", sealed.party, sealed.key_id);
        let seed = self
            .seal
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: ciphertext,
                    aad: aad.as_bytes(),
                },
            )
            .map_err(|_| broken())?;
        let seed: [u8; 32] = seed.try_into().map_err(|_| broken())?;
        Ok(SigningKey::from_bytes(&seed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_persists_and_seals_keys_for_one_party_only() {
        let dir = tempfile::tempdir().unwrap();
        let (node, created) = NodeIdentity::load_or_create(dir.path(), "example.org/log").unwrap();
        assert!(created);
        let (again, created) = NodeIdentity::load_or_create(dir.path(), "ignored.org/log").unwrap();
        assert!(!created);
        assert_eq!(again.origin(), "example.org/log");
        assert_eq!(again.verifier(), node.verifier());

        let key = SigningKey::from_bytes(&[9; 32]);
        let chn = PartyId::parse("CHN").unwrap();
        let sealed = node.seal(&chn, &key);
        assert!(
            !sealed.sealed.windows(32).any(|w| w == key.as_bytes()),
            "stored in clear"
        );
        assert_eq!(again.unseal(&sealed).unwrap().as_bytes(), key.as_bytes());
        let moved = SealedKey {
            party: PartyId::parse("KAZ").unwrap(),
            ..sealed
        };
        assert!(
            node.unseal(&moved).is_err(),
            "a sealed key moved to another party must not open"
        );
    }
}
