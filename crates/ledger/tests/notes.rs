//! Signed notes, verifier keys and checkpoints, including known-good vectors from other
//! implementations:
//! * golang.org/x/mod `sumdb/note/note_test.go` and `example_test.go` (PeterNeumann and
//!   EnochRoot keys, signer key, signed note);
//! * the c2sp.org/signed-note example (`example.com/foo`), as quoted by many independent
//!   implementations;
//! * the c2sp.org/tlog-checkpoint example body (`example.com/behind-the-sofa`).

use gsi_ledger::{
    Checkpoint, LedgerError, NoteSigner, NoteVerifier, SigningKey, empty_root, open_checkpoint,
    sign_checkpoint,
};

const PETER_VKEY: &str = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
const PETER_SKEY: &str =
    "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
const ENOCH_VKEY: &str = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
const GO_TEXT: &str = "If you think cryptography is the answer to your problem,\n\
                       then you don't know what your problem is.\n";
const PETER_SIG: &str = "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
const ENOCH_SIG: &str = "— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

const SPEC_VKEY: &str = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
const SPEC_NOTE: &str = "This is an example message.\n\n— example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";

fn go_note() -> String {
    format!("{GO_TEXT}\n{PETER_SIG}")
}

fn signer(seed: u8, name: &str) -> NoteSigner {
    NoteSigner::new(name, SigningKey::from_bytes(&[seed; 32])).unwrap()
}

#[test]
fn go_example_opens() {
    let v = NoteVerifier::parse_verifier_key(PETER_VKEY).unwrap();
    assert_eq!(v.name(), "PeterNeumann");
    assert_eq!(v.key_hash(), 0xc74f20a3);
    assert_eq!(v.to_verifier_key(), PETER_VKEY);
    assert_eq!(v.open(&go_note()).unwrap(), GO_TEXT);
}

#[test]
fn go_signer_key_reproduces_go_signature() {
    let s = NoteSigner::parse_signer_key(PETER_SKEY).unwrap();
    assert_eq!(s.name(), "PeterNeumann");
    assert_eq!(s.to_signer_key(), PETER_SKEY);
    assert_eq!(s.verifier().to_verifier_key(), PETER_VKEY);
    // Ed25519 is deterministic, so our note must be byte-identical to Go's.
    assert_eq!(s.sign(GO_TEXT).unwrap(), go_note());
    // Debug output never shows the private key.
    assert!(!format!("{s:?}").contains("AYEK"));
}

#[test]
fn go_two_signatures() {
    // TestOpen: one note signed by both keys; each verifier finds its own line and
    // ignores the other.
    let note = format!("{GO_TEXT}\n{PETER_SIG}{ENOCH_SIG}");
    let peter = NoteVerifier::parse_verifier_key(PETER_VKEY).unwrap();
    let enoch = NoteVerifier::parse_verifier_key(ENOCH_VKEY).unwrap();
    assert_eq!(peter.open(&note).unwrap(), GO_TEXT);
    assert_eq!(enoch.open(&note).unwrap(), GO_TEXT);
    // Only Enoch's signature: Peter's verifier finds none.
    let only_enoch = format!("{GO_TEXT}\n{ENOCH_SIG}");
    assert!(matches!(peter.open(&only_enoch), Err(LedgerError::Note(_))));
    // A corrupted signature by the expected key rejects the whole note, even when
    // another, valid, signature line from the same key is present.
    let bad = format!("{}ABCD{}", &PETER_SIG[..60], &PETER_SIG[60..]);
    assert!(peter.open(&format!("{GO_TEXT}\n{bad}")).is_err());
    assert!(peter.open(&format!("{GO_TEXT}\n{PETER_SIG}{bad}")).is_err());
    // ... but a corrupted unknown signature is ignored (Go: UnverifiedSigs).
    let bad_enoch = format!("{}ABCD{}", &ENOCH_SIG[..60], &ENOCH_SIG[60..]);
    assert_eq!(
        peter
            .open(&format!("{GO_TEXT}\n{PETER_SIG}{bad_enoch}"))
            .unwrap(),
        GO_TEXT
    );
}

#[test]
fn go_malformed_notes() {
    // badMsgs of TestOpen, plus a few more.
    let peter = NoteVerifier::parse_verifier_key(PETER_VKEY).unwrap();
    let bad = [
        GO_TEXT.to_string(),
        format!("{GO_TEXT}\n"),
        format!("{GO_TEXT}\n{}", &PETER_SIG[..PETER_SIG.len() - 1]),
        format!("\x01{GO_TEXT}\n{PETER_SIG}"),
        format!(
            "{GO_TEXT}\n— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM="
        ),
        format!("{GO_TEXT}\n{PETER_SIG}Unexpected line.\n"),
        format!("{GO_TEXT}\n{}", PETER_SIG.repeat(101)),
        format!("{GO_TEXT}\n{}", PETER_SIG.replace('—', "-")),
        format!("{GO_TEXT}\n{}", PETER_SIG.replace("x08go", "x08g!")),
        format!("{GO_TEXT}\r\n{PETER_SIG}"),
        String::new(),
    ];
    for msg in bad {
        let r = peter.open(&msg);
        assert!(matches!(r, Err(LedgerError::Note(_))), "{msg:?} gave {r:?}");
    }
    // Name or hash of another key: that line is not ours, so no signature is found.
    let misnamed = PETER_SIG.replace("PeterNeumann", "CarmenSandiego");
    assert!(matches!(
        peter.open(&format!("{GO_TEXT}\n{misnamed}")),
        Err(LedgerError::Note(_))
    ));
    let wrong_hash = PETER_SIG.replace("x08g", "xxxx");
    assert!(matches!(
        peter.open(&format!("{GO_TEXT}\n{wrong_hash}")),
        Err(LedgerError::Note(_))
    ));
}

#[test]
fn go_verifier_key_manglings_rejected() {
    // TestNewVerifier: every proper substring and every single-byte increment fails.
    NoteVerifier::parse_verifier_key(PETER_VKEY).unwrap();
    let b = PETER_VKEY.as_bytes();
    for i in 0..=b.len() {
        for j in i + 1..=b.len() {
            if i == 0 && j == b.len() {
                continue;
            }
            let s = std::str::from_utf8(&b[i..j]).unwrap();
            assert!(NoteVerifier::parse_verifier_key(s).is_err(), "{s}");
        }
    }
    for i in 0..b.len() {
        let mut m = b.to_vec();
        m[i] += 1;
        let s = String::from_utf8(m).unwrap();
        assert!(NoteVerifier::parse_verifier_key(&s).is_err(), "{s}");
    }
    // wrong key length and unknown algorithm, each with an adjusted key hash
    assert!(
        NoteVerifier::parse_verifier_key(
            "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=="
        )
        .is_err()
    );
    assert!(
        NoteVerifier::parse_verifier_key(
            "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
        )
        .is_err()
    );
    // Go accepts an uppercase hash; so do we (the output is always lowercase).
    let upper = PETER_VKEY.replace("c74f20a3", "C74F20A3");
    let v = NoteVerifier::parse_verifier_key(&upper).unwrap();
    assert_eq!(v.to_verifier_key(), PETER_VKEY);
}

#[test]
fn c2sp_signed_note_example() {
    let v = NoteVerifier::parse_verifier_key(SPEC_VKEY).unwrap();
    assert_eq!(v.name(), "example.com/foo");
    assert_eq!(v.key_hash(), 0x530d903a);
    assert_eq!(v.to_verifier_key(), SPEC_VKEY);
    assert_eq!(v.open(SPEC_NOTE).unwrap(), "This is an example message.\n");
    // Verifying it with Peter's key finds no signature of ours.
    let peter = NoteVerifier::parse_verifier_key(PETER_VKEY).unwrap();
    assert!(peter.open(SPEC_NOTE).is_err());
}

#[test]
fn round_trip_and_tampering() {
    let s = signer(1, "gsi.example/log");
    let v = s.verifier();
    let body = "gsi.example/log\n5\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n";
    let note = s.sign(body).unwrap();
    assert!(note.starts_with(body));
    assert!(note.contains("\n\n— gsi.example/log "));
    assert!(note.ends_with('\n'));
    assert_eq!(v.open(&note).unwrap(), body);

    // verifier key string round trip
    let vk = v.to_verifier_key();
    assert!(vk.starts_with("gsi.example/log+"));
    assert_eq!(NoteVerifier::parse_verifier_key(&vk).unwrap(), v);

    // altered body
    let altered = note.replacen("\n5\n", "\n6\n", 1);
    assert_eq!(v.open(&altered), Err(LedgerError::BadSignature));
    // altered signature (every byte of the base64 blob after the key hash)
    let sig_start = note.rfind(' ').unwrap() + 1;
    for i in sig_start + 8..note.len() - 2 {
        let mut b = note.clone().into_bytes();
        b[i] = if b[i] == b'A' { b'B' } else { b'A' };
        let m = String::from_utf8(b).unwrap();
        assert!(v.open(&m).is_err(), "byte {i}");
    }
    // altered name: the line no longer belongs to this key
    let renamed = note.replace("— gsi.example/log ", "— gsi.example/lag ");
    assert!(matches!(v.open(&renamed), Err(LedgerError::Note(_))));
    // signed by another key under the same name: same name, different key hash
    let impostor = signer(2, "gsi.example/log");
    let forged = impostor.sign(body).unwrap();
    assert!(matches!(v.open(&forged), Err(LedgerError::Note(_))));
    // another key's signature relabelled with our name and key hash (a key-hash
    // collision): the line is ours, so it must verify, and it does not
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD;
    let blob_of = |n: &str| {
        b64.decode(n.trim_end().rsplit_once(' ').unwrap().1)
            .unwrap()
    };
    let mut spliced_blob = blob_of(&note)[..4].to_vec();
    spliced_blob.extend_from_slice(&blob_of(&forged)[4..]);
    let spliced = format!("{body}\n— gsi.example/log {}\n", b64.encode(&spliced_blob));
    assert_eq!(v.open(&spliced), Err(LedgerError::BadSignature));
    // a cosignature from another key is ignored
    let witness = signer(3, "witness.example");
    let cosigned = format!(
        "{note}{}",
        witness.sign(body).unwrap().rsplit_once("\n\n").unwrap().1
    );
    assert_eq!(v.open(&cosigned).unwrap(), body);
    assert_eq!(witness.verifier().open(&cosigned).unwrap(), body);
}

#[test]
fn body_with_blank_lines() {
    // The text ends at the LAST blank line, so bodies may contain blank lines.
    let s = signer(4, "k");
    for body in ["a\n\nb\n", "a\n\n", "\n", "x\n\n\n"] {
        let note = s.sign(body).unwrap();
        assert_eq!(s.verifier().open(&note).unwrap(), body, "{body:?}");
    }
}

#[test]
fn signer_rejects_bad_input() {
    let s = signer(5, "k");
    assert!(s.sign("").is_err());
    assert!(s.sign("no newline").is_err());
    assert!(s.sign("tab\there\n").is_err());
    assert!(s.sign("cr\r\n").is_err());
    for bad in [
        "",
        "a b",
        "a+b",
        "a\nb",
        "a\tb",
        "a\u{a0}b",
        "a\u{2003}b",
        "a\u{7f}",
    ] {
        assert!(
            NoteSigner::new(bad, SigningKey::from_bytes(&[1; 32])).is_err(),
            "{bad:?}"
        );
        assert!(
            NoteVerifier::new(bad, SigningKey::from_bytes(&[1; 32]).verifying_key()).is_err(),
            "{bad:?}"
        );
    }
    NoteSigner::new("ünïcode.example/log-1", SigningKey::from_bytes(&[1; 32])).unwrap();
}

#[test]
fn weak_verifier_key_rejected() {
    // The identity point (all-zero y = 1 encoding) has small order.
    let mut identity = [0u8; 32];
    identity[0] = 1;
    let key = gsi_ledger::VerifyingKey::from_bytes(&identity).unwrap();
    assert!(NoteVerifier::new("k", key).is_err());
}

// ---------------- checkpoints ----------------

#[test]
fn checkpoint_body_and_parse_round_trip() {
    let cp = Checkpoint {
        origin: "gsi.example/log".into(),
        size: 1234567,
        root: [0xab; 32],
    };
    let body = cp.body();
    assert_eq!(
        body,
        "gsi.example/log\n1234567\nq6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6s=\n"
    );
    assert_eq!(Checkpoint::parse(&body).unwrap(), cp);
    let empty = Checkpoint {
        origin: "o".into(),
        size: 0,
        root: empty_root(),
    };
    assert_eq!(
        empty.body(),
        "o\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n"
    );
    assert_eq!(Checkpoint::parse(&empty.body()).unwrap(), empty);
    let max = Checkpoint {
        size: u64::MAX,
        ..cp.clone()
    };
    assert_eq!(Checkpoint::parse(&max.body()).unwrap(), max);
}

#[test]
fn c2sp_checkpoint_example_parses() {
    let body =
        "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";
    let cp = Checkpoint::parse(body).unwrap();
    assert_eq!(cp.origin, "example.com/behind-the-sofa");
    assert_eq!(cp.size, 20852163);
    assert_eq!(cp.body(), body);
    // The spec's signed note: a verifier for another key ignores the unknown signature.
    let note = format!(
        "{body}\n— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n"
    );
    let other = signer(9, "example.com/behind-the-sofa").verifier();
    assert!(matches!(other.open(&note), Err(LedgerError::Note(_))));
}

#[test]
fn checkpoint_extension_lines_ignored() {
    let body = "o\n5\nq6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6s=\next one\next two\n";
    let cp = Checkpoint::parse(body).unwrap();
    assert_eq!(cp.size, 5);
    assert_eq!(cp.root, [0xab; 32]);
}

#[test]
fn bad_checkpoints_rejected() {
    let root = "q6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6s=";
    let bad = [
        String::new(),
        "o\n".into(),
        "o\n5\n".into(),
        format!("o\n5\n{root}"),                      // no final newline
        format!("\n5\n{root}\n"),                     // empty origin
        format!("o\n\n{root}\n"),                     // empty size
        format!("o\n05\n{root}\n"),                   // leading zero
        format!("o\n00\n{root}\n"),                   // leading zero
        format!("o\n+5\n{root}\n"),                   // sign
        format!("o\n-5\n{root}\n"),                   // negative
        format!("o\n5.0\n{root}\n"),                  // not decimal integer
        format!("o\n0x5\n{root}\n"),                  // hex
        format!("o\n 5\n{root}\n"),                   // space
        format!("o\n18446744073709551616\n{root}\n"), // overflows u64
        "o\n5\nnot base64!\n".into(),
        "o\n5\nq6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6s\n".into(), // missing padding
        "o\n5\nq6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6t=\n".into(), // non-canonical bits
        "o\n5\nq6urq6urq6urq6urq6urq6urq6urq6urq6urq6urqw==\n".into(), // 31 bytes
        "o\n5\nq6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6urqw==\n".into(), // 34 bytes
        format!("o\n5\n{root}\n\n"),                                  // empty extension line
        format!("o\r\n5\n{root}\n"),                                  // control character in origin
    ];
    for b in bad {
        assert!(
            matches!(Checkpoint::parse(&b), Err(LedgerError::Checkpoint(_))),
            "{b:?}"
        );
    }
}

#[test]
fn sign_and_open_checkpoint() {
    let s = signer(6, "gsi.example/log");
    let cp = Checkpoint {
        origin: "gsi.example/log".into(),
        size: 42,
        root: [7; 32],
    };
    let note = sign_checkpoint(&cp, &s).unwrap();
    assert!(note.starts_with(&cp.body()));
    assert_eq!(open_checkpoint(&note, &s.verifier()).unwrap(), cp);

    // origin must match the signer's / verifier's key name
    let other_origin = Checkpoint {
        origin: "other.example/log".into(),
        ..cp.clone()
    };
    assert!(sign_checkpoint(&other_origin, &s).is_err());
    let note2 = s.sign(&other_origin.body()).unwrap();
    assert!(matches!(
        open_checkpoint(&note2, &s.verifier()),
        Err(LedgerError::Checkpoint(_))
    ));
    // a validly signed note that is not a checkpoint
    let note3 = s.sign("hello\n").unwrap();
    assert!(matches!(
        open_checkpoint(&note3, &s.verifier()),
        Err(LedgerError::Checkpoint(_))
    ));
    // another key
    let t = signer(7, "gsi.example/log");
    assert!(open_checkpoint(&note, &t.verifier()).is_err());
    // tampered size
    let tampered = note.replacen("\n42\n", "\n43\n", 1);
    assert!(open_checkpoint(&tampered, &s.verifier()).is_err());
}
