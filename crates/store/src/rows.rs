//! Conversions between the store's values and database columns, shared by every backend: what a
//! record writes (its bytes, leaf hash and projection rows) and how stored text and integers
//! become domain values again.

use crate::{NewRecord, ObjectKind, ObjectQuery, Result, StoreError, Versioned};
use gsi_core::concerns::Concern;
use gsi_core::state::ObjectIndex;
use gsi_core::{PartyId, Projection, Role};
use gsi_ledger::Hash;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// What a record writes, computed before the write lock is taken (encoding, hashing and JSON
/// cost more than the inserts).
pub struct Prepared {
    pub signed_bytes: Vec<u8>,
    pub signature: [u8; 64],
    pub leaf: Hash,
    /// A sealed record's disclosure bytes.
    pub disclosure: Option<Vec<u8>>,
    /// The record's kind, author, key id and time (a sealed record's from its disclosure).
    pub kind: String,
    pub author: String,
    pub key_id: String,
    pub time: String,
    pub rows: Vec<(String, Row)>,
}

/// One projection row, with its entity key.
pub enum Row {
    Party {
        id: String,
        kind: String,
        name: String,
        json: String,
    },
    Key {
        party: String,
        key_id: String,
        public_key: String,
    },
    Concern {
        id: String,
        lodged_by: String,
        lodged_at: String,
        status: &'static str,
        title: String,
        json: String,
        /// The lodging party and every addressee, without repeats.
        parties: Vec<String>,
        /// Priority numbers (III.n → n).
        priorities: Vec<u8>,
        /// The parties that may read it (the lodger and the named ones), or `None` when anyone
        /// may.
        readers: Option<Vec<String>>,
    },
    Membership {
        mechanism: String,
        member: String,
        role: &'static str,
        /// The start date, or `""` when there is none (part of the primary key).
        from_key: String,
        from_date: Option<String>,
        to_date: Option<String>,
        source: String,
        as_of: String,
        note: Option<String>,
        json: String,
    },
    /// A dialogue projection (rules, meeting, document, series), kept whole as JSON.
    Object {
        kind: &'static str,
        json: String,
        /// The object's list index ([`Projection::index`]) in its stored text form.
        sort: String,
        terms: Vec<String>,
    },
}

impl Prepared {
    pub fn new(new: &NewRecord) -> Result<Self> {
        let invalid = |e: gsi_ledger::LedgerError| {
            StoreError::Corrupt(format!("the record to append cannot be encoded: {e}"))
        };
        let signed_bytes = new.entry.signed_bytes().map_err(invalid)?;
        let signature = new.entry.signature();
        let leaf = gsi_ledger::leaf_hash(&signed_bytes, &signature);
        let disclosure = new.entry.disclosure_bytes().map_err(invalid)?;
        let record = new.entry.record();
        let rows = new
            .projections
            .iter()
            .map(|p| Ok((p.entity().to_string(), Row::new(p)?)))
            .collect::<Result<_>>()?;
        Ok(Self {
            signed_bytes,
            signature,
            leaf,
            disclosure,
            kind: record.kind,
            author: record.author,
            key_id: record.key_id,
            time: record.time,
            rows,
        })
    }
}

impl Row {
    fn new(projection: &Projection) -> Result<Self> {
        Ok(match projection {
            Projection::Party(p) => Row::Party {
                id: p.id.to_string(),
                kind: enum_name(&p.kind)?,
                name: p.name.clone(),
                json: to_json(p)?,
            },
            Projection::PartyKey(k) => Row::Key {
                party: k.party.to_string(),
                key_id: k.key_id.clone(),
                public_key: k.public_key.clone(),
            },
            Projection::Concern(c) => Row::Concern {
                id: c.id.to_string(),
                lodged_by: c.lodged_by.to_string(),
                lodged_at: c.lodged_at.to_string(),
                status: c.status.as_str(),
                title: c.title.clone(),
                json: to_json(c)?,
                parties: concern_parties(c),
                priorities: c.priorities.iter().map(|p| p.number()).collect(),
                readers: c.distribution.named().map(|mut named| {
                    named.insert(c.lodged_by.clone());
                    named.iter().map(PartyId::to_string).collect()
                }),
            },
            Projection::Membership(m) => {
                let from_date = m.from.map(|d| d.to_string());
                Row::Membership {
                    mechanism: m.mechanism.to_string(),
                    member: m.member.to_string(),
                    role: m.role.as_str(),
                    from_key: from_date.clone().unwrap_or_default(),
                    from_date,
                    to_date: m.to.map(|d| d.to_string()),
                    source: m.source.clone(),
                    as_of: m.as_of.to_string(),
                    note: m.note.clone(),
                    json: to_json(m)?,
                }
            }
            Projection::Rules(r) => object(ObjectKind::Rules, r, projection)?,
            Projection::Meeting(m) => object(ObjectKind::Meeting, m, projection)?,
            Projection::Document(d) => object(ObjectKind::Document, d, projection)?,
            Projection::Series(x) => object(ObjectKind::Series, x, projection)?,
        })
    }
}

fn object<T: Serialize>(kind: ObjectKind, value: &T, projection: &Projection) -> Result<Row> {
    let (sort, terms) = index_text(&projection.index());
    Ok(Row::Object {
        kind: kind.as_str(),
        json: to_json(value)?,
        sort,
        terms,
    })
}

fn index_text(index: &ObjectIndex) -> (String, Vec<String>) {
    let terms = index.terms.iter().map(ToString::to_string).collect();
    (index.sort.clone(), terms)
}

/// The query of [`crate::Store::object_indexes`]: one row per object and term (a row with no
/// term for an object without terms), read by [`object_indexes`].
pub const OBJECT_INDEXES_SQL: &str = "SELECT o.entity, o.sort_key, t.term FROM objects o \
     LEFT JOIN object_terms t ON t.entity = o.entity";

/// Each object's stored index from the rows of [`OBJECT_INDEXES_SQL`], its terms in order.
pub fn object_indexes(
    rows: impl IntoIterator<Item = (String, Option<String>, Option<String>)>,
) -> std::collections::BTreeMap<String, crate::StoredIndex> {
    let mut out = std::collections::BTreeMap::<String, crate::StoredIndex>::new();
    for (entity, sort, term) in rows {
        let index = out.entry(entity).or_default();
        index.sort = sort;
        index.terms.extend(term);
    }
    for index in out.values_mut() {
        index.terms.sort();
    }
    out
}

/// The list index of an object stored before objects were indexed, from its kind and JSON.
pub fn stored_index(entity: &str, kind: &str, json: &str) -> Result<(String, Vec<String>)> {
    let projection = match kind {
        "meeting" => Projection::Meeting(from_json(entity, json)?),
        "document" => Projection::Document(from_json(entity, json)?),
        "rules" => Projection::Rules(from_json(entity, json)?),
        "series" => Projection::Series(from_json(entity, json)?),
        other => {
            return Err(corrupt(format!(
                "{entity} has the unknown object kind {other}"
            )));
        }
    };
    Ok(index_text(&projection.index()))
}

/// The SQL of an [`ObjectQuery`] (its rows, or with `count` their number) and the text values
/// of its placeholders, which `placeholder(n)` writes (`?1` in SQLite, `$1` in PostgreSQL). The
/// rows' columns are entity, body JSON and version.
pub fn object_query_sql(
    query: &ObjectQuery,
    count: bool,
    placeholder: fn(usize) -> String,
) -> (String, Vec<String>) {
    let mut values = Vec::new();
    let mut sql = if count {
        "SELECT COUNT(*) FROM objects o".to_owned()
    } else {
        "SELECT o.entity, o.body_json, v.version FROM objects o \
         LEFT JOIN entity_versions v ON v.entity = o.entity"
            .to_owned()
    };
    for (n, term) in query.terms.iter().enumerate() {
        values.push(term.clone());
        sql.push_str(&format!(
            " JOIN object_terms t{n} ON t{n}.entity = o.entity AND t{n}.term = {}",
            placeholder(values.len())
        ));
    }
    // With a term, the kind is the range of entity keys within the first term's index entries
    // (`document:` up to `document;`), so the lookup leads and reads only the term's objects;
    // without one, the kind's sort index serves.
    if query.terms.is_empty() {
        values.push(query.kind.as_str().to_owned());
        sql.push_str(&format!(" WHERE o.kind = {}", placeholder(values.len())));
    } else {
        values.push(format!("{}:", query.kind.as_str()));
        values.push(format!("{};", query.kind.as_str()));
        sql.push_str(&format!(
            " WHERE t0.entity >= {} AND t0.entity < {}",
            placeholder(values.len() - 1),
            placeholder(values.len())
        ));
    }
    if let Some(from) = &query.sort_from {
        values.push(from.clone());
        sql.push_str(&format!(" AND o.sort_key >= {}", placeholder(values.len())));
    }
    if let Some(before) = &query.sort_before {
        values.push(before.clone());
        sql.push_str(&format!(" AND o.sort_key < {}", placeholder(values.len())));
    }
    if !count {
        let order = if query.descending { "DESC" } else { "ASC" };
        sql.push_str(&format!(" ORDER BY o.sort_key {order}, o.entity {order}"));
        if let Some(limit) = query.limit {
            sql.push_str(&format!(" LIMIT {limit}"));
        }
        if query.offset > 0 {
            if query.limit.is_none() {
                // Both dialects take a LIMIT before an OFFSET; this one is never reached.
                sql.push_str(&format!(" LIMIT {}", i64::MAX));
            }
            sql.push_str(&format!(" OFFSET {}", query.offset));
        }
    }
    (sql, values)
}

/// The SQL listing the distinct terms with a prefix held by objects of a kind, with its values.
pub fn object_terms_sql(
    kind: ObjectKind,
    prefix: &str,
    placeholder: fn(usize) -> String,
) -> (String, Vec<String>) {
    // Terms are compared as a range, `[prefix, prefix + U+10FFFF)`, so the term index serves.
    let sql = format!(
        "SELECT DISTINCT t.term FROM object_terms t JOIN objects o ON o.entity = t.entity \
         WHERE o.kind = {} AND t.term >= {} AND t.term < {} ORDER BY t.term",
        placeholder(1),
        placeholder(2),
        placeholder(3)
    );
    let values = vec![
        kind.as_str().to_owned(),
        prefix.to_owned(),
        format!("{prefix}\u{10FFFF}"),
    ];
    (sql, values)
}

fn concern_parties(c: &Concern) -> Vec<String> {
    let mut parties: Vec<String> = std::iter::once(&c.lodged_by)
        .chain(c.addressees.iter().map(|a| &a.party))
        .map(ToString::to_string)
        .collect();
    parties.sort();
    parties.dedup();
    parties
}

fn to_json<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value)
        .map_err(|e| StoreError::Corrupt(format!("a projection does not serialise: {e}")))
}

/// The serde name of a unit enum variant (`state`, `think_tank`).
fn enum_name<T: Serialize>(value: &T) -> Result<String> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => Ok(s),
        _ => Err(StoreError::Corrupt(
            "an enum does not serialise to a name".into(),
        )),
    }
}

/// Parses a projection's stored JSON.
pub fn from_json<T: DeserializeOwned>(what: &str, json: &str) -> Result<T> {
    serde_json::from_str(json).map_err(|e| corrupt(format!("stored {what} does not parse: {e}")))
}

/// A dialogue projection's JSON with its version (every stored entity has one).
pub fn object_row(entity: &str, json: String, version: Option<i64>) -> Result<Versioned<String>> {
    let version = version.ok_or_else(|| corrupt(format!("{entity} has no version")))?;
    Ok(Versioned {
        value: json,
        version: uint(version)?,
    })
}

pub fn hash(bytes: Vec<u8>) -> Result<Hash> {
    let len = bytes.len();
    bytes
        .try_into()
        .map_err(|_| corrupt(format!("a stored hash has {len} bytes, not 32")))
}

pub fn party_id(s: &str) -> Result<PartyId> {
    PartyId::parse(s).map_err(|e| corrupt(format!("stored party id: {e}")))
}

/// Roles are stored as a comma-separated list of role names (`delegate,reader`).
pub fn roles_to_text(roles: &[Role]) -> String {
    roles
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

pub fn roles_from_text(s: &str) -> Result<Vec<Role>> {
    s.split(',')
        .filter(|r| !r.is_empty())
        .map(|r| Role::parse(r).map_err(|e| corrupt(format!("stored role: {e}"))))
        .collect()
}

/// A token's comma-separated scopes; the platform, not the store, knows which exist.
pub fn scopes_from_text(s: &str) -> Vec<String> {
    s.split(',')
        .filter(|scope| !scope.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Database integers are signed 64-bit; indices and sizes never reach 2^63.
pub fn int(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

pub fn uint(n: i64) -> Result<u64> {
    u64::try_from(n).map_err(|_| corrupt(format!("a stored index or size is negative ({n})")))
}

/// Stored data this software cannot have written.
fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(what.to_string())
}
