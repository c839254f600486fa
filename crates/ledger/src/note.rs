//! Checkpoints and signed notes: C2SP tlog-checkpoint, signed-note and verifier keys.
//!
//! * Checkpoint body (c2sp.org/tlog-checkpoint): `<origin>\n<size>\n<base64 root>\n`,
//!   optionally followed by non-empty extension lines, which [`Checkpoint::parse`]
//!   tolerates and drops.
//! * Signed note (c2sp.org/signed-note): `<text>\n— <key name> <base64(key hash ‖ sig)>\n…`
//!   where text ends in a newline, the blank line separates it from the signature lines,
//!   and the 4-byte key hash is `SHA-256(name ‖ "\n" ‖ 0x01 ‖ Ed25519 public key)[:4]`.
//!   The Ed25519 signature is over the text (including its final newline).
//! * Verifier key (golang.org/x/mod/sumdb/note): `<name>+<8 hex key hash>+<base64(0x01 ‖ key)>`.
//!
//! Parsing follows the Go reference implementation (golang.org/x/mod/sumdb/note `Open`):
//! signatures by unknown keys are ignored, a signature by the expected key that does not
//! verify rejects the whole note, and a note without a valid signature by the expected
//! key is rejected.

use crate::{Hash, LedgerError};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};
use std::fmt;

/// Signature type byte for Ed25519 in C2SP signed notes.
const ALG_ED25519: u8 = 0x01;
/// The signature line prefix: U+2014 EM DASH, space.
const SIG_PREFIX: &str = "\u{2014} ";
/// Go's limit; the spec requires accepting at least 16.
const MAX_SIGNATURES: usize = 100;

/// A C2SP tlog-checkpoint: the log's origin, tree size and root hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkpoint {
    pub origin: String,
    pub size: u64,
    pub root: Hash,
}

impl Checkpoint {
    /// The note text: `"<origin>\n<size>\n<base64 std root>\n"`.
    pub fn body(&self) -> String {
        format!(
            "{}\n{}\n{}\n",
            self.origin,
            self.size,
            B64.encode(self.root)
        )
    }

    /// Parses a checkpoint body. Extension lines after the third line are tolerated
    /// (they must be non-empty, as the spec says) and ignored.
    pub fn parse(body: &str) -> Result<Checkpoint, LedgerError> {
        let err = |m: String| LedgerError::Checkpoint(m);
        let Some(text) = body.strip_suffix('\n') else {
            return Err(err("body must end with a newline".into()));
        };
        let mut lines = text.split('\n');
        let (Some(origin), Some(size), Some(root)) = (lines.next(), lines.next(), lines.next())
        else {
            return Err(err(
                "need at least three lines: origin, size, root hash".into()
            ));
        };
        if origin.is_empty() {
            return Err(err("empty origin".into()));
        }
        if origin.chars().any(|c| c.is_ascii_control()) {
            return Err(err("origin contains a control character".into()));
        }
        let size = parse_decimal(size).ok_or_else(|| {
            err(format!(
                "tree size {size:?} is not a decimal number without leading zeros"
            ))
        })?;
        let root_bytes = B64
            .decode(root)
            .map_err(|e| err(format!("root hash is not base64: {e}")))?;
        let root: Hash = root_bytes
            .try_into()
            .map_err(|v: Vec<u8>| err(format!("root hash must be 32 bytes, got {}", v.len())))?;
        for ext in lines {
            if ext.is_empty() {
                return Err(err("empty extension line".into()));
            }
        }
        Ok(Checkpoint {
            origin: origin.to_string(),
            size,
            root,
        })
    }
}

/// ASCII decimal with no sign and no leading zeros (except "0" itself), fitting in u64.
fn parse_decimal(s: &str) -> Option<u64> {
    let digits_only = !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits_only || (s.len() > 1 && s.starts_with('0')) {
        return None;
    }
    s.parse().ok()
}

/// Key names must be non-empty and contain no Unicode whitespace and no '+'; control
/// characters are excluded too, since a note may not contain them.
fn check_key_name(name: &str) -> Result<(), LedgerError> {
    if name.is_empty() {
        return Err(LedgerError::Key("key name is empty".into()));
    }
    if name
        .chars()
        .any(|c| c.is_whitespace() || c == '+' || c.is_control())
    {
        return Err(LedgerError::Key(format!(
            "key name {name:?} contains whitespace, '+' or a control character"
        )));
    }
    Ok(())
}

fn is_valid_key_name(name: &str) -> bool {
    check_key_name(name).is_ok()
}

/// C2SP key hash for Ed25519: first 4 bytes (big-endian) of
/// `SHA-256(name ‖ "\n" ‖ 0x01 ‖ 32-byte public key)`.
fn key_hash(name: &str, key: &VerifyingKey) -> u32 {
    let mut h = Sha256::new();
    h.update(name.as_bytes());
    h.update(b"\n");
    h.update([ALG_ED25519]);
    h.update(key.as_bytes());
    let d = h.finalize();
    u32::from_be_bytes([d[0], d[1], d[2], d[3]])
}

fn check_key_strength(key: &VerifyingKey) -> Result<(), LedgerError> {
    // A small-order key would let anyone forge signatures that plain verification
    // accepts; verify_strict rejects them anyway, so refuse such keys up front.
    if key.is_weak() {
        return Err(LedgerError::Key("public key has small order".into()));
    }
    Ok(())
}

/// Parses `hash16` (8 hex digits) and the base64 of `0x01 ‖ 32 bytes`.
fn parse_hash_and_key(hash16: &str, key64: &str) -> Result<(u32, [u8; 32]), LedgerError> {
    if hash16.len() != 8 || !hash16.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(LedgerError::Key(format!(
            "key hash {hash16:?} is not 8 hex digits"
        )));
    }
    let hash = u32::from_str_radix(hash16, 16).map_err(|e| LedgerError::Key(e.to_string()))?;
    let raw = B64
        .decode(key64)
        .map_err(|e| LedgerError::Key(format!("key is not base64: {e}")))?;
    match raw.split_first() {
        Some((&ALG_ED25519, rest)) if rest.len() == 32 => {
            let mut k = [0u8; 32];
            k.copy_from_slice(rest);
            Ok((hash, k))
        }
        Some((&ALG_ED25519, rest)) => Err(LedgerError::Key(format!(
            "Ed25519 key must be 32 bytes, got {}",
            rest.len()
        ))),
        Some((alg, _)) => Err(LedgerError::Key(format!(
            "unsupported key type 0x{alg:02x} (only Ed25519, 0x01)"
        ))),
        None => Err(LedgerError::Key("empty key".into())),
    }
}

/// An Ed25519 signed-note signer: key name + signing key.
#[derive(Clone)]
pub struct NoteSigner {
    name: String,
    key: SigningKey,
    hash: u32,
}

impl fmt::Debug for NoteSigner {
    // Never print the private key.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NoteSigner")
            .field("name", &self.name)
            .field("hash", &format_args!("{:08x}", self.hash))
            .finish_non_exhaustive()
    }
}

impl NoteSigner {
    pub fn new(name: &str, key: SigningKey) -> Result<Self, LedgerError> {
        check_key_name(name)?;
        let hash = key_hash(name, &key.verifying_key());
        Ok(NoteSigner {
            name: name.to_string(),
            key,
            hash,
        })
    }

    /// Parses a Go/C2SP signer key string
    /// `PRIVATE+KEY+<name>+<8 hex key hash>+<base64(0x01 ‖ 32-byte seed)>`.
    pub fn parse_signer_key(s: &str) -> Result<Self, LedgerError> {
        let bad = || LedgerError::Key("malformed signer key".into());
        let rest = s.strip_prefix("PRIVATE+KEY+").ok_or_else(bad)?;
        let (name, rest) = rest.split_once('+').ok_or_else(bad)?;
        let (hash16, key64) = rest.split_once('+').ok_or_else(bad)?;
        let (hash, seed) = parse_hash_and_key(hash16, key64)?;
        let signer = NoteSigner::new(name, SigningKey::from_bytes(&seed))?;
        if signer.hash != hash {
            return Err(LedgerError::Key(format!(
                "key hash {hash16} does not match name and key ({:08x})",
                signer.hash
            )));
        }
        Ok(signer)
    }

    /// The Go/C2SP signer key string (contains the private key: keep it secret).
    pub fn to_signer_key(&self) -> String {
        let mut raw = Vec::with_capacity(33);
        raw.push(ALG_ED25519);
        raw.extend_from_slice(self.key.as_bytes());
        format!(
            "PRIVATE+KEY+{}+{:08x}+{}",
            self.name,
            self.hash,
            B64.encode(raw)
        )
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn key_hash(&self) -> u32 {
        self.hash
    }

    pub fn verifier(&self) -> NoteVerifier {
        NoteVerifier {
            name: self.name.clone(),
            key: self.key.verifying_key(),
            hash: self.hash,
        }
    }

    /// Signs `body` as a note: `body + "\n" + "— <name> <base64(keyhash ‖ sig)>\n"`.
    /// The body must be non-empty, end in "\n" and contain no control characters other
    /// than newline.
    pub fn sign(&self, body: &str) -> Result<String, LedgerError> {
        if body.is_empty() || !body.ends_with('\n') {
            return Err(LedgerError::Note(
                "note text must be non-empty and end with a newline".into(),
            ));
        }
        if has_forbidden_control(body) {
            return Err(LedgerError::Note(
                "note text contains a control character other than newline".into(),
            ));
        }
        let sig = self.key.sign(body.as_bytes());
        let mut blob = Vec::with_capacity(68);
        blob.extend_from_slice(&self.hash.to_be_bytes());
        blob.extend_from_slice(&sig.to_bytes());
        Ok(format!(
            "{body}\n{SIG_PREFIX}{} {}\n",
            self.name,
            B64.encode(blob)
        ))
    }
}

fn has_forbidden_control(s: &str) -> bool {
    s.bytes().any(|b| b < 0x20 && b != b'\n')
}

/// An Ed25519 signed-note verifier: key name + public key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteVerifier {
    name: String,
    key: VerifyingKey,
    hash: u32,
}

impl NoteVerifier {
    pub fn new(name: &str, key: VerifyingKey) -> Result<Self, LedgerError> {
        check_key_name(name)?;
        check_key_strength(&key)?;
        Ok(NoteVerifier {
            name: name.to_string(),
            hash: key_hash(name, &key),
            key,
        })
    }

    /// C2SP verifier key string: `"<name>+<8 hex key hash>+<base64(0x01 ‖ 32-byte key)>"`.
    pub fn to_verifier_key(&self) -> String {
        let mut raw = Vec::with_capacity(33);
        raw.push(ALG_ED25519);
        raw.extend_from_slice(self.key.as_bytes());
        format!("{}+{:08x}+{}", self.name, self.hash, B64.encode(raw))
    }

    /// Parses a verifier key string, checking that the key hash matches name and key.
    pub fn parse_verifier_key(s: &str) -> Result<Self, LedgerError> {
        let bad = || LedgerError::Key(format!("malformed verifier key {s:?}"));
        // The name cannot contain '+', but the base64 key can: split from the left.
        let (name, rest) = s.split_once('+').ok_or_else(bad)?;
        let (hash16, key64) = rest.split_once('+').ok_or_else(bad)?;
        let (hash, key_bytes) = parse_hash_and_key(hash16, key64)?;
        let key = VerifyingKey::from_bytes(&key_bytes)
            .map_err(|_| LedgerError::Key("not a valid Ed25519 public key".into()))?;
        let v = NoteVerifier::new(name, key)?;
        if v.hash != hash {
            return Err(LedgerError::Key(format!(
                "key hash {hash16} does not match name and key ({:08x})",
                v.hash
            )));
        }
        Ok(v)
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn key(&self) -> &VerifyingKey {
        &self.key
    }

    pub fn key_hash(&self) -> u32 {
        self.hash
    }

    /// Splits the note, finds the signature line(s) by this key's name and hash, verifies
    /// them, and returns the note text (the body, ending in "\n").
    ///
    /// Signature lines by other keys are ignored. Errors with [`LedgerError::Note`] if
    /// the note is malformed or has no signature by this key, and with
    /// [`LedgerError::BadSignature`] if a signature by this key does not verify.
    pub fn open(&self, note: &str) -> Result<String, LedgerError> {
        let malformed = |m: &str| LedgerError::Note(format!("malformed note: {m}"));
        if has_forbidden_control(note) {
            return Err(malformed("control character other than newline"));
        }
        // The text ends at the LAST blank line: the text itself may contain blank lines,
        // signature lines never do.
        let split = note
            .rfind("\n\n")
            .ok_or_else(|| malformed("no blank line before the signatures"))?;
        let text = &note[..split + 1];
        let sigs = &note[split + 2..];
        if sigs.is_empty() || !sigs.ends_with('\n') {
            return Err(malformed(
                "signature block is empty or does not end with a newline",
            ));
        }
        let mut verified = false;
        for (count, line) in sigs[..sigs.len() - 1].split('\n').enumerate() {
            if count >= MAX_SIGNATURES {
                return Err(malformed("too many signatures"));
            }
            let rest = line
                .strip_prefix(SIG_PREFIX)
                .ok_or_else(|| malformed("signature line does not start with an em dash"))?;
            let (name, b64) = rest
                .split_once(' ')
                .ok_or_else(|| malformed("signature line has no signature"))?;
            let blob = B64
                .decode(b64)
                .map_err(|_| malformed("signature is not base64"))?;
            if !is_valid_key_name(name) || blob.len() < 5 {
                return Err(malformed("bad key name or short signature"));
            }
            let hash = u32::from_be_bytes([blob[0], blob[1], blob[2], blob[3]]);
            if name != self.name || hash != self.hash {
                continue; // another key's signature (e.g. a witness cosignature)
            }
            let sig = Signature::from_slice(&blob[4..]).map_err(|_| LedgerError::BadSignature)?;
            self.key
                .verify_strict(text.as_bytes(), &sig)
                .map_err(|_| LedgerError::BadSignature)?;
            verified = true;
        }
        if !verified {
            return Err(LedgerError::Note(format!(
                "no signature by key {}+{:08x}",
                self.name, self.hash
            )));
        }
        Ok(text.to_string())
    }
}

/// Signs a checkpoint as a note. The origin must equal the signer's key name (the
/// C2SP recommendation, and what [`open_checkpoint`] enforces).
pub fn sign_checkpoint(cp: &Checkpoint, signer: &NoteSigner) -> Result<String, LedgerError> {
    if cp.origin != signer.name() {
        return Err(LedgerError::Checkpoint(format!(
            "origin {:?} differs from signer key name {:?}",
            cp.origin,
            signer.name()
        )));
    }
    let body = cp.body();
    // Refuse to sign anything we would not parse back identically.
    if Checkpoint::parse(&body)? != *cp {
        return Err(LedgerError::Checkpoint(
            "checkpoint does not round-trip".into(),
        ));
    }
    signer.sign(&body)
}

/// Opens a checkpoint note with `verifier` and parses the checkpoint inside, checking
/// that its origin equals the verifier's key name.
pub fn open_checkpoint(note: &str, verifier: &NoteVerifier) -> Result<Checkpoint, LedgerError> {
    let body = verifier.open(note)?;
    let cp = Checkpoint::parse(&body)?;
    if cp.origin != verifier.name() {
        return Err(LedgerError::Checkpoint(format!(
            "origin {:?} differs from verifier key name {:?}",
            cp.origin,
            verifier.name()
        )));
    }
    Ok(cp)
}
