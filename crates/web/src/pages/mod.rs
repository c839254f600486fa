//! Server-rendered pages for people: delegates and secretariats read the registry, the
//! framework, the concerns register and the transparency log, and act on concerns — with or
//! without JavaScript.
//!
//! - **Templates**: askama, compiled in from `crates/web/templates/`. Every page extends
//!   `base.html` (header with navigation and language switcher, skip link, `<main id="main">`).
//! - **Language**: `?lang=xx` wins and is remembered in the `gsi_lang` cookie (set by
//!   [`remember_language`]); else that cookie; else `Accept-Language` ([`gsi_i18n::negotiate`]).
//!   Every string comes from `gsi-i18n`; `<html lang dir>` follows the language.
//! - **Sign-in**: the same session cookie as `POST /api/v1/session` (`/login` form). Every form
//!   that changes something carries the session's CSRF token in a hidden `csrf_token` field and
//!   is refused with a 403 page without it ([`Frame::check_csrf`]).
//! - **Errors** are pages (status, a sentence, a link back), never problem documents; the JSON
//!   API under `/api/` keeps its problem documents (see [`fallback`]).

pub(crate) mod auth;
pub(crate) mod home;
pub(crate) mod party;
pub(crate) mod transparency;

use std::convert::Infallible;

use askama::Template;
use axum::Router;
use axum::extract::{FromRequestParts, Path, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use gsi_app::Platform;
use gsi_core::{Actor, PartyId, Role, Timestamp};
use gsi_i18n::{Arg, Lang, localizer};

use crate::Problem;
use crate::auth::session_secret;

/// One choice of a `<select>`.
pub struct Opt {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// The cookie that remembers the language chosen with `?lang=`.
pub const LANG_COOKIE: &str = "gsi_lang";

/// The pages that belong to no one module: home, sign-in, the transparency log, "My party"
/// and the embedded assets. Each module's pages come with its own router.
pub fn router() -> Router<Platform> {
    Router::new()
        .route("/", get(home::page))
        .route("/assets/{file}", get(asset))
        .route("/login", get(auth::form).post(auth::sign_in))
        .route("/logout", post(auth::sign_out))
        .route("/transparency", get(transparency::index))
        .route("/transparency/records/{n}", get(transparency::record))
        .route("/my-party", get(party::page))
        .route("/my-party/tokens", post(party::create_token))
        .route("/my-party/rules", post(party::declare_rules))
        .route("/my-party/tokens/{id}/revoke", post(party::revoke_token))
}

/// Unknown addresses: a problem document under the API, a page everywhere else.
pub async fn fallback(frame: Frame, uri: Uri) -> Response {
    let path = uri.path();
    if path.starts_with("/api/") || path.starts_with("/checkpoint") {
        return crate::api::not_found().await.into_response();
    }
    frame.error(StatusCode::NOT_FOUND, None).into_response()
}

/// A known address asked with a method it does not take: a problem document for the API, an
/// error page for people.
pub async fn method_not_allowed(frame: Frame, method: Method, uri: Uri) -> Response {
    let path = uri.path();
    if path.starts_with("/api/") || path.starts_with("/checkpoint") {
        return Problem::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "method-not-allowed",
            format!("{path} does not take {method}"),
        )
        .into_response();
    }
    frame
        .error(StatusCode::METHOD_NOT_ALLOWED, None)
        .into_response()
}

// --- language ---

fn query_pairs(query: Option<&str>) -> Vec<(String, String)> {
    query.map(parse_form_str).unwrap_or_default()
}

fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.to_owned())
}

fn query_lang(query: Option<&str>) -> Option<Lang> {
    query_pairs(query)
        .into_iter()
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| Lang::from_tag(&v))
}

/// Remembers `?lang=xx` in the `gsi_lang` cookie for a year.
pub(crate) async fn remember_language(request: Request, next: Next) -> Response {
    // The API's clients choose no language; only pages remember one.
    let chosen = if request.uri().path().starts_with("/api/") {
        None
    } else {
        query_lang(request.uri().query())
    };
    let mut response = next.run(request).await;
    if let Some(lang) = chosen {
        let cookie = format!(
            "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            lang.as_str()
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

// --- the frame every page shares ---

/// The signed-in user of a page, with the session's CSRF token.
#[derive(Clone)]
pub struct SignedIn {
    pub actor: Actor,
    pub csrf: String,
    pub party_name: String,
}

impl SignedIn {
    /// Whether the user has a role that may author records for its party.
    pub fn may_author(&self) -> bool {
        self.actor.roles.iter().any(|r| *r != Role::Reader)
    }
}

/// A link of the language switcher.
pub struct LangLink {
    pub code: &'static str,
    pub native: &'static str,
    pub href: String,
    pub current: bool,
}

/// What every page needs: its language, who is signed in, and where it is.
#[derive(Clone)]
pub struct Frame {
    pub lang: Lang,
    pub user: Option<SignedIn>,
    pub path: String,
    /// The query without `lang`.
    pub query: Vec<(String, String)>,
    /// The menu entry to mark as current (`home`, `registry`, …).
    pub section: &'static str,
    pub title: String,
}

impl FromRequestParts<Platform> for Frame {
    type Rejection = Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        platform: &Platform,
    ) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query();
        let explicit = query_lang(query)
            .or_else(|| cookie_value(&parts.headers, LANG_COOKIE).and_then(|v| Lang::from_tag(&v)));
        let accept = parts
            .headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        let lang = gsi_i18n::negotiate(accept, explicit.map(Lang::as_str));
        let user = match session_secret(&parts.headers) {
            None => None,
            Some(secret) => {
                let platform = platform.clone();
                tokio::task::spawn_blocking(move || platform.session_actor(&secret, gsi_app::now()))
                    .await
                    .ok()
                    .and_then(Result::ok)
                    .map(|(actor, csrf)| SignedIn {
                        party_name: party_name(lang, actor.party.as_str(), None),
                        actor,
                        csrf,
                    })
            }
        };
        Ok(Frame {
            lang,
            user,
            path: parts.uri.path().to_owned(),
            query: query_pairs(query)
                .into_iter()
                .filter(|(k, _)| k != "lang")
                .collect(),
            section: "",
            title: String::new(),
        })
    }
}

impl Frame {
    pub fn t(&self, id: &str) -> String {
        localizer().text(self.lang, id)
    }

    pub fn ta(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        localizer().text_args(self.lang, id, args)
    }

    pub fn code(&self) -> &'static str {
        self.lang.as_str()
    }

    /// The comma between the items of a list in the page's language (Chinese and Arabic have
    /// their own).
    pub fn comma(&self) -> &'static str {
        match self.lang {
            Lang::Zh => "、",
            Lang::Ar => "، ",
            _ => ", ",
        }
    }

    pub fn dir(&self) -> &'static str {
        self.lang.dir()
    }

    /// Sets the title and the current menu entry.
    pub fn at(mut self, section: &'static str, title: String) -> Self {
        self.section = section;
        self.title = title;
        self
    }

    /// This page's address (path and query, without `lang`).
    pub fn here(&self) -> String {
        with_query(&self.path, &self.query)
    }

    pub fn langs(&self) -> Vec<LangLink> {
        Lang::ALL
            .into_iter()
            .map(|l| {
                let mut q = self.query.clone();
                q.push(("lang".into(), l.as_str().into()));
                LangLink {
                    code: l.as_str(),
                    native: l.native_name(),
                    href: with_query(&self.path, &q),
                    current: l == self.lang,
                }
            })
            .collect()
    }

    pub fn signed_in_as(&self) -> String {
        match &self.user {
            Some(u) => self.ta(
                "nav-signed-in-as",
                &[
                    ("user", u.actor.user.as_str().into()),
                    ("party", u.party_name.as_str().into()),
                ],
            ),
            None => String::new(),
        }
    }

    pub fn csrf(&self) -> &str {
        self.user.as_ref().map(|u| u.csrf.as_str()).unwrap_or("")
    }

    pub fn login_href(&self) -> String {
        format!("/login?next={}", encode(&self.here()))
    }

    /// The signed-in user, or a redirect to the sign-in page that comes back here.
    pub fn require_user(&self) -> Result<SignedIn, PageError> {
        self.user
            .clone()
            .ok_or_else(|| PageError::Redirect(self.login_href()))
    }

    /// A change needs a session and its CSRF token in the form's `csrf_token` field.
    pub fn check_csrf(&self, form: &Form) -> Result<SignedIn, PageError> {
        let user = match &self.user {
            Some(u) => u.clone(),
            None => return Err(self.error(StatusCode::UNAUTHORIZED, None)),
        };
        if form.get("csrf_token") != Some(user.csrf.as_str()) {
            return Err(self.error(StatusCode::FORBIDDEN, Some(self.t("auth-csrf-failed"))));
        }
        Ok(user)
    }

    pub fn error(&self, status: StatusCode, detail: Option<String>) -> PageError {
        PageError::Page {
            frame: Box::new(self.clone()),
            status,
            detail,
            detail_in_english: false,
            retry_after: None,
        }
    }

    /// An error from the platform, as a page. A rule's refusal is said in the page's language
    /// (`refusal-<id>` with the refusal's values); any other sentence is English, and on a page in
    /// another language it is marked as such (`lang="en"`) under a label in the page's language.
    pub fn problem(&self, p: Problem) -> PageError {
        let status = StatusCode::from_u16(p.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        if status == StatusCode::INTERNAL_SERVER_ERROR {
            return self.error(status, None);
        }
        if let Some(seconds) = p.retry_after {
            return PageError::Page {
                frame: Box::new(self.clone()),
                status,
                detail: Some(self.ta(
                    "common-write-quota-exceeded",
                    &[("seconds", seconds.into())],
                )),
                detail_in_english: false,
                retry_after: Some(seconds),
            };
        }
        let translated = self.refusal(&p);
        PageError::Page {
            frame: Box::new(self.clone()),
            status,
            detail_in_english: translated.is_none() && self.lang != Lang::En,
            detail: Some(translated.unwrap_or(p.detail)),
            retry_after: None,
        }
    }

    /// A refusal by one of the platform's rules, as a page in the reader's language.
    pub fn refused(&self, e: gsi_core::DomainError) -> PageError {
        self.problem(Problem::from(gsi_app::AppError::from(e)))
    }

    /// Who reads this page: the signed-in user's party, or anonymous.
    pub fn reader(&self) -> gsi_core::Reader {
        match &self.user {
            Some(u) => gsi_core::Reader::Party(u.actor.party.clone()),
            None => gsi_core::Reader::Anonymous,
        }
    }

    /// Whether the signed-in user may act for its party under `rule`: the same checks a command
    /// makes (an authoring role, then the rule), so a page offers a form exactly when the
    /// command would get past them.
    pub fn may<T>(
        &self,
        rule: impl FnOnce(&gsi_core::PartyId) -> Result<T, gsi_core::DomainError>,
    ) -> bool {
        self.user
            .as_ref()
            .filter(|u| u.may_author())
            .is_some_and(|u| rule(&u.actor.party).is_ok())
    }

    /// What a refusal says, in the page's language where it is translated: for a form to show
    /// beside the field it concerns.
    pub fn said(&self, p: &Problem) -> String {
        self.refusal(p).unwrap_or_else(|| p.detail.clone())
    }

    /// What a rule's refusal says, in the page's language.
    pub fn say(&self, e: gsi_core::DomainError) -> String {
        self.said(&Problem::from(gsi_app::AppError::from(e)))
    }

    /// A refusal by a rule in the page's language, from its message `refusal-<id>` and values;
    /// `None` in English (the platform's own sentence is English) or where no translation exists.
    fn refusal(&self, p: &Problem) -> Option<String> {
        let id = format!("refusal-{}", p.refusal?);
        if self.lang == Lang::En || !localizer().has_message(self.lang, &id) {
            return None;
        }
        let values: Vec<(&str, Arg<'_>)> = p
            .values
            .iter()
            .flat_map(|values| values.iter())
            .map(|(name, value)| (*name, Arg::from(value)))
            .collect();
        Some(self.ta(&id, &values))
    }

    /// Renders a page template.
    pub fn render(&self, template: &impl Template) -> Result<Response, PageError> {
        match template.render() {
            Ok(html) => Ok(Html(html).into_response()),
            Err(e) => {
                tracing::error!(error = %e, "a page template failed to render");
                Err(self.error(StatusCode::INTERNAL_SERVER_ERROR, None))
            }
        }
    }

    /// Runs a platform call off the async runtime; errors become pages.
    pub async fn run<T: Send + 'static>(
        &self,
        platform: &Platform,
        f: impl FnOnce(&Platform) -> Result<T, gsi_app::AppError> + Send + 'static,
    ) -> Result<T, PageError> {
        crate::api::blocking(platform, f)
            .await
            .map_err(|p| self.problem(p))
    }

    pub fn party(&self, id: &str, fallback: Option<&str>) -> String {
        party_name(self.lang, id, fallback)
    }

    /// A time as `YYYY-MM-DD HH:MM UTC`.
    pub fn time(&self, t: &str) -> String {
        match Timestamp::parse(t) {
            Ok(ts) => format_time(ts),
            Err(_) => t.to_owned(),
        }
    }
}

pub fn format_time(t: Timestamp) -> String {
    chrono::DateTime::from_timestamp_millis(t.millis())
        .map(|d| d.format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default()
}

pub fn format_date(t: Timestamp) -> String {
    chrono::DateTime::from_timestamp_millis(t.millis())
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// A party's name in the page's language when the registry has it, else its registered (English)
/// name, else its id.
pub fn party_name(lang: Lang, id: &str, fallback: Option<&str>) -> String {
    use gsi_registry::Party as P;
    let localized = match gsi_registry::registry().party(id) {
        Some(P::State(s)) => {
            let n = &s.names;
            let pick = match lang {
                Lang::En => None,
                Lang::Zh => n.zh.as_deref(),
                Lang::Fr => n.fr.as_deref(),
                Lang::Es => n.es.as_deref(),
                Lang::Ru => n.ru.as_deref(),
                Lang::Ar => n.ar.as_deref(),
            };
            Some(pick.unwrap_or(&n.en).to_owned())
        }
        Some(P::Mechanism(m)) => Some(match (lang, &m.name_zh) {
            (Lang::Zh, Some(zh)) => zh.clone(),
            _ => m.name_en.clone(),
        }),
        Some(P::Other(o)) => Some(match (lang, &o.name_zh) {
            (Lang::Zh, Some(zh)) => zh.clone(),
            _ => o.name_en.clone(),
        }),
        None => None,
    };
    localized
        .or_else(|| fallback.map(str::to_owned))
        .unwrap_or_else(|| id.to_owned())
}

/// A party as pages link to it.
#[derive(Clone)]
pub struct PartyLink {
    pub id: String,
    pub name: String,
}

impl PartyLink {
    pub fn new(frame: &Frame, id: &PartyId) -> Self {
        Self {
            id: id.to_string(),
            name: frame.party(id.as_str(), None),
        }
    }
}

// --- errors ---

/// Why a page could not be shown: an error page, or a redirect (to sign in).
pub enum PageError {
    Page {
        frame: Box<Frame>,
        status: StatusCode,
        detail: Option<String>,
        /// The detail is the platform's English sentence on a page in another language.
        detail_in_english: bool,
        /// Seconds for `Retry-After`, when waiting lets the change through (429).
        retry_after: Option<u64>,
    },
    Redirect(String),
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    f: Frame,
    status: u16,
    heading: String,
    sentence: String,
    detail: Option<String>,
    detail_in_english: bool,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        match self {
            PageError::Redirect(to) => Redirect::to(&to).into_response(),
            PageError::Page {
                frame,
                status,
                detail,
                detail_in_english,
                retry_after,
            } => {
                let code = status.as_u16();
                let known = [400, 401, 403, 404, 409, 413, 422, 429, 500].contains(&code);
                let (heading, sentence) = if known {
                    (
                        frame.t(&format!("common-error-{code}")),
                        frame.t(&format!("common-error-{code}-detail")),
                    )
                } else {
                    (
                        frame.ta("common-error-title", &[("status", code.into())]),
                        status.canonical_reason().unwrap_or("").to_owned(),
                    )
                };
                let f = (*frame).at("", heading.clone());
                let page = ErrorPage {
                    f,
                    status: code,
                    heading,
                    sentence,
                    detail,
                    detail_in_english,
                };
                let html = page.render().unwrap_or_else(|_| {
                    format!("<!doctype html><title>{code}</title><h1>{code}</h1><p><a href=\"/\">/</a></p>")
                });
                let mut response = (status, Html(html)).into_response();
                if let Some(seconds) = retry_after {
                    response
                        .headers_mut()
                        .insert(header::RETRY_AFTER, seconds.into());
                }
                response
            }
        }
    }
}

pub type PageResult = Result<Response, PageError>;

// --- forms and URLs ---

/// A parsed `application/x-www-form-urlencoded` body (fields may repeat).
pub struct Form(pub Vec<(String, String)>);

/// A page form's body (`application/x-www-form-urlencoded`). A body the node will not read — over
/// the size limit, or cut off — is an error page in the reader's language, as every page error is.
impl axum::extract::FromRequest<Platform> for Form {
    type Rejection = PageError;

    async fn from_request(req: Request, platform: &Platform) -> Result<Self, PageError> {
        let (uri, headers) = (req.uri().clone(), req.headers().clone());
        match axum::body::Bytes::from_request(req, &()).await {
            Ok(body) => Ok(Form::parse(&body)),
            Err(rejection) => {
                let mut parts = Request::new(()).into_parts().0;
                (parts.uri, parts.headers) = (uri, headers);
                let Ok(frame) = Frame::from_request_parts(&mut parts, platform).await;
                Err(frame.error(rejection.status(), None))
            }
        }
    }
}

impl Form {
    pub fn parse(body: &[u8]) -> Self {
        Form(parse_form_str(&String::from_utf8_lossy(body)))
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The value, trimmed, or "" when absent.
    pub fn text(&self, name: &str) -> String {
        self.get(name).unwrap_or("").trim().to_owned()
    }

    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }
}

fn parse_form_str(s: &str) -> Vec<(String, String)> {
    s.split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes a query component.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub fn with_query(path: &str, query: &[(String, String)]) -> String {
    if query.is_empty() {
        return path.to_owned();
    }
    let q: Vec<String> = query
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect();
    format!("{path}?{}", q.join("&"))
}

/// One page of a long list on a page for people: `?page=N` (from 1), [`Pager::SIZE`] rows at a
/// time, with links to the neighbouring pages that keep the other query parameters.
pub struct Pager {
    /// "Rows 51–100 of 812", in the page's language; empty when everything fits on one page.
    pub showing: String,
    pub newer: Option<String>,
    pub older: Option<String>,
}

impl Pager {
    pub const SIZE: usize = 50;

    /// The rows of `items` the frame's `page` parameter asks for (the last page when it asks
    /// past the end), and the pager that goes with them.
    pub fn slice<T>(frame: &Frame, items: Vec<T>) -> (Vec<T>, Pager) {
        let total = items.len();
        let first = Self::first_row(frame, total);
        let rows: Vec<T> = items.into_iter().skip(first).take(Self::SIZE).collect();
        let pager = Self::of(frame, total, first, rows.len());
        (rows, pager)
    }

    /// Where the page the frame asks for starts, among `total` rows (the last page when it asks
    /// past the end): for lists the store pages itself.
    pub fn first_row(frame: &Frame, total: usize) -> usize {
        let pages = total.div_ceil(Self::SIZE).max(1);
        let asked = frame
            .query
            .iter()
            .find(|(k, _)| k == "page")
            .and_then(|(_, v)| v.trim().parse::<usize>().ok())
            .unwrap_or(1);
        (asked.clamp(1, pages) - 1) * Self::SIZE
    }

    /// The pager for `shown` rows from `first` on, among `total`.
    pub fn of(frame: &Frame, total: usize, first: usize, shown: usize) -> Pager {
        let pages = total.div_ceil(Self::SIZE).max(1);
        let page = first / Self::SIZE + 1;
        let link = |n: usize| {
            let mut query: Vec<(String, String)> = frame
                .query
                .iter()
                .filter(|(k, _)| k != "page" && k != "done")
                .cloned()
                .collect();
            if n > 1 {
                query.push(("page".into(), n.to_string()));
            }
            with_query(&frame.path, &query)
        };
        let showing = if pages > 1 {
            frame.ta(
                "common-pager-showing",
                &[
                    ("first", (first + 1).into()),
                    ("last", (first + shown).into()),
                    ("total", total.into()),
                ],
            )
        } else {
            String::new()
        };
        Pager {
            showing,
            newer: (page > 1).then(|| link(page - 1)),
            older: (page < pages).then(|| link(page + 1)),
        }
    }
}

/// A 303 redirect after a change.
pub fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

// --- assets ---

/// Every file under `/assets/`, with its type. Scripts and styles live only here: the
/// Content-Security-Policy (`crate::edge::headers`) allows no inline ones.
const ASSETS: [(&str, &str, &str); 6] = [
    (
        "site.css",
        "text/css; charset=utf-8",
        include_str!("../../assets/site.css"),
    ),
    (
        "htmx.min.js",
        "text/javascript; charset=utf-8",
        include_str!("../../assets/htmx.min.js"),
    ),
    (
        "record-proof.js",
        "text/javascript; charset=utf-8",
        include_str!("../../assets/record-proof.js"),
    ),
    (
        "api-docs.js",
        "text/javascript; charset=utf-8",
        include_str!("../../assets/api-docs.js"),
    ),
    (
        "favicon.svg",
        "image/svg+xml",
        include_str!("../../assets/favicon.svg"),
    ),
    // The outsider's verifier of docs/ledger.md 5.2, so an auditor needs nothing but this node.
    (
        "verify_proof.py",
        "text/x-python; charset=utf-8",
        include_str!("../../../../docs/verify_proof.py"),
    ),
];

/// The world map's shapes, which the dashboard's map draws with `<use>` (`gsi_map::shapes_svg`).
fn world_shapes() -> &'static str {
    static SHAPES: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SHAPES.get_or_init(gsi_map::shapes_svg)
}

async fn asset(Path(file): Path<String>) -> Response {
    let found = ASSETS
        .iter()
        .find(|(name, _, _)| *name == file)
        .map(|&(_, kind, body)| (kind, body))
        .or_else(|| (file == "world.svg").then(|| ("image/svg+xml", world_shapes())));
    let Some((kind, body)) = found else {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    };
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        body,
    )
        .into_response()
}

/// Versioned asset addresses, so a new build is fetched despite the long cache lifetime.
pub fn asset_href(file: &str) -> String {
    format!("/assets/{file}?v={}", asset_version())
}

/// A hash of every asset: it changes whenever one does.
pub fn asset_version() -> &'static str {
    static VERSION: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    VERSION.get_or_init(|| {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        ASSETS.hash(&mut h);
        world_shapes().hash(&mut h);
        format!("{:x}", h.finish())
    })
}

/// The errors a page form shows, each beside its field. The rules are the core's: a form only
/// says which of its fields a refusal concerns.
pub trait FormErrors {
    /// The place of a refusal: the field it concerns, or the form as a whole.
    fn beside(&mut self, p: &Problem) -> &mut Option<String>;

    /// Shows a refusal beside the field it concerns; a field shows the first refusal it meets.
    fn show(&mut self, frame: &Frame, p: &Problem) {
        let slot = self.beside(p);
        if slot.is_none() {
            *slot = Some(frame.said(p));
        }
    }

    /// Shows each of the core's refusals of a command's fields.
    fn show_all(&mut self, frame: &Frame, refusals: Vec<gsi_core::DomainError>) {
        for refusal in refusals {
            self.show(frame, &Problem::from(gsi_app::AppError::from(refusal)));
        }
    }
}
