//! The transparency log for people: the latest checkpoint and how to verify it, and each record
//! with its proof — checked by the server, and again by the reader's browser (WebCrypto).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use gsi_app::{Platform, RecordProof};
use gsi_ledger::Hash;

use super::{Frame, PageResult};
use crate::links::LinkBase;

/// A record in a list: a sealed one the reader may not read shows no kind, only that it is
/// sealed, and its author only where its envelope shows it.
pub struct Row {
    pub index: u64,
    pub kind: String,
    pub author: String,
    pub author_id: String,
    pub time: String,
    pub datetime: String,
}

impl Row {
    pub fn new(f: &Frame, r: gsi_app::read::LogRecord) -> Self {
        let author_id = r.author.clone().unwrap_or_default();
        Self {
            index: r.index,
            kind: r
                .kind()
                .map_or_else(|| f.t("transparency-sealed"), str::to_owned),
            author: match &r.author {
                Some(a) => f.party(a, None),
                None => f.t("transparency-author-hidden"),
            },
            author_id,
            time: f.time(&r.time),
            datetime: r.time,
        }
    }
}

#[derive(Template)]
#[template(path = "transparency.html")]
struct Index {
    f: Frame,
    /// This node's public address, for the commands the page shows.
    origin: String,
    /// Where the node serves the verifier script.
    verifier: String,
    checkpoint: String,
    key: String,
    size: u64,
    size_text: String,
    records: Vec<Row>,
    newer: Option<u64>,
    older: Option<u64>,
}

const PAGE: u64 = 50;

pub async fn index(
    State(platform): State<Platform>,
    LinkBase(origin): LinkBase,
    frame: Frame,
) -> PageResult {
    let from_q = frame
        .query
        .iter()
        .find(|(k, _)| k == "from")
        .and_then(|(_, v)| v.parse::<u64>().ok());
    let reader = frame.reader();
    let (cp, records) = frame
        .run(&platform, move |p| {
            let cp = p.checkpoint()?;
            let start = from_q.unwrap_or(cp.size.saturating_sub(PAGE)).min(cp.size);
            let records = p.records(&reader, start, PAGE)?;
            Ok((cp, records))
        })
        .await?;
    let f = frame
        .clone()
        .at("transparency", frame.t("transparency-title"));
    let from = records.first().map(|r| r.index).unwrap_or(0);
    let last = records.last().map(|r| r.index + 1).unwrap_or(0);
    let rows = records.into_iter().rev().map(|r| Row::new(&f, r)).collect();
    let page = Index {
        key: platform.node().verifier().to_verifier_key(),
        // Relative when the request named no host: still a working command with a host added.
        origin,
        verifier: super::asset_href("verify_proof.py"),
        size: cp.size,
        size_text: f.ta("transparency-record-count", &[("count", cp.size.into())]),
        checkpoint: cp.note,
        records: rows,
        newer: (last < cp.size).then_some(last),
        older: (from > 0).then(|| from.saturating_sub(PAGE)),
        f,
    };
    frame.render(&page)
}

#[derive(Template)]
#[template(path = "record.html")]
struct RecordPage {
    f: Frame,
    proof: RecordProof,
    body: Vec<(String, String)>,
    /// The record's kind, or that it is sealed from this reader.
    kind: String,
    key_id: String,
    author: String,
    author_id: String,
    time: String,
    datetime: String,
    /// What a reader of a sealed record it may not read is told.
    sealed: Option<String>,
    proof_joined: String,
    verified: bool,
    server_status: String,
    subject: String,
}

/// Checks the record as a verifier would: the leaf hash from the signed bytes and signature, the
/// checkpoint's signature, and the inclusion proof up to the checkpoint's root.
fn verify(platform: &Platform, proof: &RecordProof) -> Result<(), String> {
    let bytes = STANDARD
        .decode(&proof.canonical_bytes)
        .map_err(|e| e.to_string())?;
    let sig: [u8; 64] = STANDARD
        .decode(&proof.signature)
        .map_err(|e| e.to_string())?
        .try_into()
        .map_err(|_| "signature length".to_owned())?;
    let leaf = gsi_ledger::leaf_hash(&bytes, &sig);
    if gsi_ledger::to_hex(&leaf) != proof.leaf_hash {
        return Err("leaf hash".into());
    }
    let cp = gsi_ledger::open_checkpoint(&proof.checkpoint, &platform.node().verifier())
        .map_err(|e| e.to_string())?;
    let path = proof
        .inclusion_proof
        .iter()
        .map(|h| {
            STANDARD
                .decode(h)
                .ok()
                .and_then(|b| Hash::try_from(b.as_slice()).ok())
                .ok_or_else(|| "proof hash".to_owned())
        })
        .collect::<Result<Vec<Hash>, String>>()?;
    gsi_ledger::verify_inclusion(&leaf, proof.index, cp.size, &path, &cp.root)
        .map_err(|e| e.to_string())
}

fn flatten(prefix: &str, v: &serde_json::Value, out: &mut Vec<(String, String)>) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, out);
            }
        }
        serde_json::Value::String(s) => out.push((prefix.to_owned(), s.clone())),
        serde_json::Value::Array(items) if items.iter().all(|i| !i.is_object()) => out.push((
            prefix.to_owned(),
            items
                .iter()
                .map(|i| {
                    i.as_str()
                        .map(str::to_owned)
                        .unwrap_or_else(|| i.to_string())
                })
                .collect::<Vec<_>>()
                .join(", "),
        )),
        other => out.push((prefix.to_owned(), other.to_string())),
    }
}

pub async fn record(
    State(platform): State<Platform>,
    frame: Frame,
    Path(n): Path<String>,
) -> PageResult {
    let n: u64 = n
        .parse()
        .map_err(|_| frame.error(StatusCode::NOT_FOUND, None))?;
    let reader = frame.reader();
    let (proof, shown, verified) = frame
        .run(&platform, move |p| {
            let shown = p
                .record(&reader, n)?
                .ok_or_else(|| gsi_app::refusals::no_such_record(n))?;
            let proof = p.proof_of(&shown, &p.checkpoint()?)?;
            let verified = verify(p, &proof);
            if let Err(e) = &verified {
                tracing::warn!(index = n, error = %e, "a record's proof did not verify on the server");
            }
            Ok((proof, shown, verified.is_ok()))
        })
        .await?;
    let label = frame.ta("transparency-record", &[("index", n.into())]);
    let f = frame.clone().at("transparency", label);
    let mut body = Vec::new();
    if let Some(r) = &proof.record {
        flatten("", &r.body, &mut body);
    }
    let row = Row::new(&f, shown.clone());
    let page = RecordPage {
        kind: row.kind,
        key_id: proof
            .record
            .as_ref()
            .map(|r| r.key_id.clone())
            .unwrap_or_default(),
        author: row.author,
        author_id: row.author_id,
        time: row.time,
        datetime: row.datetime,
        sealed: shown
            .content
            .is_none()
            .then(|| f.t("transparency-sealed-help")),
        proof_joined: proof.inclusion_proof.join(" "),
        server_status: format!(
            "{} {}",
            f.t(if verified {
                "transparency-proof-valid"
            } else {
                "transparency-proof-invalid"
            }),
            f.t("transparency-proof-checked-by-server")
        ),
        verified,
        subject: shown.content.map(|c| c.subject).unwrap_or_default(),
        body,
        proof,
        f,
    };
    frame.render(&page)
}
