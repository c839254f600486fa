//! Canonical JSON: RFC 8785 (JCS) restricted to the values records carry.
//!
//! Rules (each one is what JCS prescribes, minus floats):
//! * objects: members sorted by key, comparing keys as sequences of UTF-16 code units;
//!   `{"k":v,...}` with no whitespace;
//! * arrays: `[a,b,...]` in order, no whitespace;
//! * strings: `"` + content + `"`, where `"` → `\"`, `\` → `\\`, U+0008 → `\b`,
//!   U+0009 → `\t`, U+000A → `\n`, U+000C → `\f`, U+000D → `\r`, every other code point
//!   below U+0020 → `\u00xx` (lowercase hex), and everything else is emitted as raw UTF-8
//!   (including `/`, U+007F, U+2028, U+2029 and non-ASCII);
//! * `true`, `false`, `null` literally;
//! * numbers: integers only, in [−(2^53−1), 2^53−1], written in plain decimal (JCS would
//!   print these integers exactly this way). Any float — even `1.0` — and any integer
//!   outside the range is rejected, because records carry no floats and larger integers
//!   do not survive a round trip through an IEEE double (which is what JCS is defined on).
//!
//! Nesting deeper than [`MAX_DEPTH`] is rejected so that every canonical document can be
//! parsed back by `serde_json` with its default recursion limit.

use crate::LedgerError;
use serde_json::Value;
use std::cmp::Ordering;

/// Largest magnitude an integer may have: 2^53 − 1 (IEEE-754 doubles are exact up to here).
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// Deepest nesting of arrays/objects accepted (the top-level container counts as 1).
/// The deepest serde_json parses by default (checked by a test), so canonical bytes
/// always parse back.
pub const MAX_DEPTH: usize = 127;

/// Encodes `value` as canonical JSON bytes (see the module docs for the exact rules).
///
/// Errors with [`LedgerError::NonCanonical`] for floats, out-of-range integers and
/// nesting deeper than [`MAX_DEPTH`].
pub fn canonical_json(value: &Value) -> Result<Vec<u8>, LedgerError> {
    let mut out = Vec::with_capacity(128);
    write_value(value, &mut out, 0)?;
    Ok(out)
}

fn write_value(value: &Value, out: &mut Vec<u8>, depth: usize) -> Result<(), LedgerError> {
    match value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(true) => out.extend_from_slice(b"true"),
        Value::Bool(false) => out.extend_from_slice(b"false"),
        Value::Number(n) => write_number(n, out)?,
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            check_depth(depth)?;
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_value(item, out, depth + 1)?;
            }
            out.push(b']');
        }
        Value::Object(map) => {
            check_depth(depth)?;
            // serde_json's map order depends on crate features (sorted by UTF-8 bytes, or
            // insertion order); JCS wants UTF-16 order, so sort here regardless.
            let mut members: Vec<(&String, &Value)> = map.iter().collect();
            members.sort_by(|a, b| cmp_utf16(a.0, b.0));
            out.push(b'{');
            for (i, (k, v)) in members.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_string(k, out);
                out.push(b':');
                write_value(v, out, depth + 1)?;
            }
            out.push(b'}');
        }
    }
    Ok(())
}

fn check_depth(depth: usize) -> Result<(), LedgerError> {
    if depth >= MAX_DEPTH {
        return Err(LedgerError::NonCanonical(format!(
            "nesting deeper than {MAX_DEPTH} levels"
        )));
    }
    Ok(())
}

fn write_number(n: &serde_json::Number, out: &mut Vec<u8>) -> Result<(), LedgerError> {
    // Only accept what serde_json holds as an integer; a float that happens to be whole
    // (1.0, 1e3) is still a float in the source and is rejected, never silently converted.
    if n.is_f64() {
        return Err(LedgerError::NonCanonical(format!(
            "floating-point number {n} (records carry integers only)"
        )));
    }
    let text = if let Some(u) = n.as_u64() {
        if u > MAX_SAFE_INTEGER {
            return Err(out_of_range(n));
        }
        u.to_string()
    } else if let Some(i) = n.as_i64() {
        if i.unsigned_abs() > MAX_SAFE_INTEGER {
            return Err(out_of_range(n));
        }
        i.to_string()
    } else {
        // Only reachable with serde_json's arbitrary_precision: huge or non-integer text.
        return Err(LedgerError::NonCanonical(format!(
            "number {n} is not an integer in ±(2^53-1)"
        )));
    };
    // With serde_json's arbitrary_precision feature (which another crate could switch
    // on for the whole build) a Number keeps its source text, so "-0" or "1E0" could
    // still read as an integer; insisting the source already is plain decimal keeps the
    // result identical whichever features are enabled.
    if n.to_string() != text {
        return Err(LedgerError::NonCanonical(format!(
            "number {n} is not written as a plain decimal integer"
        )));
    }
    out.extend_from_slice(text.as_bytes());
    Ok(())
}

fn out_of_range(n: &serde_json::Number) -> LedgerError {
    LedgerError::NonCanonical(format!("integer {n} outside ±(2^53-1)"))
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn write_string(s: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    let bytes = s.as_bytes();
    // Copy runs of bytes needing no escape in one go; only ASCII bytes can need escaping,
    // and UTF-8 continuation/lead bytes are all >= 0x80, so byte-wise scanning is safe.
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let esc: Option<&[u8]> = match b {
            b'"' => Some(b"\\\""),
            b'\\' => Some(b"\\\\"),
            0x08 => Some(b"\\b"),
            0x09 => Some(b"\\t"),
            0x0a => Some(b"\\n"),
            0x0c => Some(b"\\f"),
            0x0d => Some(b"\\r"),
            0x00..=0x1f => None,
            _ => continue,
        };
        out.extend_from_slice(&bytes[start..i]);
        match esc {
            Some(e) => out.extend_from_slice(e),
            None => out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[(b >> 4) as usize],
                HEX[(b & 0xf) as usize],
            ]),
        }
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

/// Compares two strings as sequences of UTF-16 code units (the JCS key order). This
/// differs from code-point (and UTF-8 byte) order only for characters above U+FFFF
/// versus U+E000..U+FFFF: surrogates (0xD800..0xDFFF) sort before 0xE000.
pub fn cmp_utf16(a: &str, b: &str) -> Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn canon(v: Value) -> String {
        String::from_utf8(canonical_json(&v).unwrap()).unwrap()
    }

    #[test]
    fn sorts_keys_by_utf16_not_utf8() {
        // U+FF21 (fullwidth A) is 0xFF21 in UTF-16; U+1F600 is 0xD83D 0xDE00, so the emoji
        // sorts first in UTF-16 although it sorts last by code point / UTF-8 bytes.
        let v = json!({"\u{ff21}": 1, "\u{1f600}": 2, "a": 3});
        assert_eq!(canon(v), "{\"a\":3,\"\u{1f600}\":2,\"\u{ff21}\":1}");
    }

    #[test]
    fn escapes_like_json_stringify() {
        let v = json!("\u{8}\t\n\u{c}\r\"\\/\u{0}\u{1f}\u{7f}\u{2028}é");
        assert_eq!(
            canon(v),
            "\"\\b\\t\\n\\f\\r\\\"\\\\/\\u0000\\u001f\u{7f}\u{2028}é\""
        );
    }

    #[test]
    fn integer_bounds() {
        assert_eq!(canon(json!(9007199254740991u64)), "9007199254740991");
        assert_eq!(canon(json!(-9007199254740991i64)), "-9007199254740991");
        assert!(canonical_json(&json!(9007199254740992u64)).is_err());
        assert!(canonical_json(&json!(-9007199254740992i64)).is_err());
        assert!(canonical_json(&json!(u64::MAX)).is_err());
        assert!(canonical_json(&json!(i64::MIN)).is_err());
        assert!(canonical_json(&json!(1.0)).is_err());
        assert!(canonical_json(&json!(0.5)).is_err());
    }

    fn nested(depth: usize) -> Value {
        let mut v = json!(0);
        for _ in 0..depth {
            v = Value::Array(vec![v]);
        }
        v
    }

    #[test]
    fn depth_limit_matches_serde_json_parse_limit() {
        let ok = canonical_json(&nested(MAX_DEPTH)).unwrap();
        // Everything we emit must parse back with serde_json's default limit.
        serde_json::from_slice::<Value>(&ok).unwrap();
        assert!(canonical_json(&nested(MAX_DEPTH + 1)).is_err());
        // And the limit is not stricter than serde_json's: one more level fails to parse.
        let mut deeper = b"[".to_vec();
        deeper.extend_from_slice(&ok);
        deeper.push(b']');
        assert!(serde_json::from_slice::<Value>(&deeper).is_err());
    }
}
