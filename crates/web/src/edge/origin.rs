//! Where a browser came from and where it may be sent: the address to return to after signing
//! in stays on this site, and the sign-in form is accepted only from this site's own pages
//! (login CSRF: another site must not sign a delegate in to an account of its choosing).

use axum::http::{HeaderMap, header};
use gsi_app::PublicUrl;

/// Longest address kept for the return after sign-in; anything longer goes to the home page.
const MAX_NEXT: usize = 2048;

/// A local address to go back to after signing in: a path on this site, nothing else.
///
/// Browsers read `/\t/evil.example`, `/\evil.example` and `//evil.example` as other sites
/// (WHATWG URL parsing drops tabs and newlines and treats `\` as `/`), so a path is kept only
/// when it starts with one `/` and holds no whitespace, control character or backslash — before
/// and after percent-decoding, so that an encoded form cannot slip through a later decoding.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(path) if path.len() <= MAX_NEXT && local_path(path) && still_local(&decoded(path)) => {
            path.to_owned()
        }
        _ => "/".to_owned(),
    }
}

fn local_path(path: &str) -> bool {
    starts_as_path(path)
        && !path
            .chars()
            .any(|c| c == '\\' || c.is_whitespace() || c.is_control())
}

/// After decoding, an encoded space (`%20`) is fine; what would change the host or split the
/// header is not.
fn still_local(path: &str) -> bool {
    starts_as_path(path) && !path.chars().any(char::is_control)
}

fn starts_as_path(path: &str) -> bool {
    let mut chars = path.chars();
    chars.next() == Some('/') && !matches!(chars.next(), Some('/' | '\\'))
}

fn decoded(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = (bytes[i] == b'%')
            .then(|| bytes.get(i + 1..i + 3))
            .flatten()
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match hex {
            Some(b) => {
                out.push(b);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether a form post was sent from this site's own pages, by its `Origin` header (else its
/// `Referer`) compared with the configured public address or, without one, with the request's
/// own `Host` (and `X-Forwarded-Proto` when a proxy names it).
///
/// A request with neither header is accepted: every browser in use sends `Origin` on a form
/// post, so only a program, which no other site can steer, sends none. `Origin: null` (a
/// sandboxed frame, a redirect from another site) is refused.
pub fn same_origin(headers: &HeaderMap, public: Option<&PublicUrl>) -> bool {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let claimed = match (text("origin"), text("referer")) {
        (Some(origin), _) => origin,
        (None, Some(referer)) => referer,
        (None, None) => {
            return headers.get(header::ORIGIN).is_none() && headers.get(header::REFERER).is_none();
        }
    };
    let Some(claimed) = Origin::of(claimed) else {
        return false;
    };
    match public.and_then(|url| Origin::of(url.as_str())) {
        Some(ours) => claimed == ours,
        None => {
            let Some(host) = text("host") else {
                return false;
            };
            let scheme_ok = match text("x-forwarded-proto") {
                Some(proto) => claimed.scheme.eq_ignore_ascii_case(proto),
                None => true,
            };
            scheme_ok && claimed.host == normalized_host(&claimed.scheme, host)
        }
    }
}

/// The scheme and host (with a port other than the scheme's default) of an absolute address.
#[derive(PartialEq, Debug)]
struct Origin {
    scheme: String,
    host: String,
}

impl Origin {
    fn of(url: &str) -> Option<Origin> {
        let (scheme, rest) = url.split_once("://")?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return None;
        }
        let authority = rest.split(['/', '?', '#']).next()?;
        if authority.is_empty() || authority.contains('@') {
            return None;
        }
        let host = normalized_host(&scheme, authority);
        Some(Origin { scheme, host })
    }
}

fn normalized_host(scheme: &str, host: &str) -> String {
    let host = host.to_ascii_lowercase();
    let default = if scheme == "https" { ":443" } else { ":80" };
    match host.strip_suffix(default) {
        Some(bare) => bare.to_owned(),
        None => host,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn only_a_path_on_this_site_is_kept() {
        for kept in ["/", "/concerns/3", "/meetings?tab=drafts&page=2", "/a%20b"] {
            assert_eq!(safe_next(Some(kept)), kept, "{kept}");
        }
        for refused in [
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/\r\nSet-Cookie: x=1",
            "/%09/evil.example",
            "/%2F/evil.example",
            "/%5Cevil.example",
            "https://evil.example/",
            "evil.example",
            "",
            " /concerns",
        ] {
            assert_eq!(safe_next(Some(refused)), "/", "{refused:?}");
        }
        assert_eq!(safe_next(Some(&format!("/{}", "a".repeat(MAX_NEXT)))), "/");
        assert_eq!(safe_next(None), "/");
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn a_form_post_from_another_site_is_told_apart() {
        let host = ("host", "gsi.example.org");
        let ok = |pairs: &[(&'static str, &str)]| same_origin(&headers(pairs), None);
        assert!(ok(&[host, ("origin", "https://gsi.example.org")]));
        assert!(ok(&[
            host,
            ("referer", "https://gsi.example.org/login?next=/")
        ]));
        assert!(ok(&[host]), "a program sends neither header");
        assert!(!ok(&[host, ("origin", "https://evil.example")]));
        assert!(!ok(&[host, ("origin", "null")]));
        assert!(!ok(&[
            host,
            ("referer", "https://evil.example/gsi.example.org")
        ]));
        assert!(!ok(&[
            host,
            ("origin", "https://gsi.example.org.evil.example")
        ]));
        assert!(!ok(&[
            host,
            ("x-forwarded-proto", "https"),
            ("origin", "http://gsi.example.org")
        ]));
        assert!(ok(&[
            ("host", "127.0.0.1:8080"),
            ("origin", "http://127.0.0.1:8080")
        ]));

        let public = PublicUrl::parse("https://example.org:443/gsi/").unwrap();
        let with = |pairs: &[(&'static str, &str)]| same_origin(&headers(pairs), Some(&public));
        assert!(with(&[
            ("host", "internal:8080"),
            ("origin", "https://example.org")
        ]));
        assert!(!with(&[
            ("host", "internal:8080"),
            ("origin", "http://internal:8080")
        ]));
    }
}
