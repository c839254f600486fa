//! Throttled sign-in, shared by `POST /api/v1/session` and the sign-in page.
//!
//! Guessing passwords is slowed without handing anyone a way to lock a delegate out:
//!
//! - names and passwords that no account can have (see [`gsi_app::auth::plausible_sign_in`])
//!   are refused before any lookup, any hashing and any state is kept;
//! - each **source address** (an IPv6 address counts by its /64) may try at most
//!   [`SignInSettings::per_source`] sign-ins, whatever the names;
//! - each pair of **account and source** gets [`SignInSettings::free_failures`] failures
//!   without delay, then waits 1 s, 2 s, 4 s … up to [`SignInSettings::max_delay`] before the
//!   next try. The failure is counted *before* the password is checked (a reservation, given
//!   back on success), so a hundred parallel guesses meet the same count as a hundred in a row;
//! - when an account collects [`SignInSettings::account_ceiling`] failures within
//!   [`SignInSettings::account_window`] from all sources together, every source of that account
//!   gets one free failure instead of three. A source that has not failed still gets its first
//!   try at once: an attacker elsewhere slows the account's owner, never locks them out;
//! - at most [`SignInSettings::hashing`] passwords are checked at once (Argon2 takes 19 MiB and
//!   a core each); past [`SignInSettings::queue`] waiting attempts the answer is 503 with
//!   `Retry-After`.
//!
//! All state sits in caches of at most [`SignInSettings::capacity`] entries each (`quick_cache`),
//! so no stream of unique names or addresses grows the process without bound; a restart forgets
//! it all, which only gives a guesser back three tries.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::ConnectInfo;
use axum::http::HeaderMap;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultDirectRateLimiter, Quota};
use gsi_app::Platform;
use gsi_app::auth::OpenedSession;
use quick_cache::sync::Cache;
use tokio::sync::Semaphore;

use crate::Problem;

/// The limits of sign-in; [`Default`] gives the documented defaults.
#[derive(Debug, Clone)]
pub struct SignInSettings {
    /// Failures an account may have from one source before each further try waits.
    pub free_failures: u32,
    /// The longest wait between two tries of one account from one source.
    pub max_delay: Duration,
    /// Failures of one account from all sources within `account_window` after which every
    /// source gets only one free failure.
    pub account_ceiling: u32,
    pub account_window: Duration,
    /// Sign-ins one source may try per minute, whatever the names.
    pub per_source: NonZeroU32,
    /// Passwords checked at the same time.
    pub hashing: usize,
    /// Attempts that may wait for a free hashing slot before the answer is 503.
    pub queue: usize,
    /// Entries kept in each cache of sources, accounts and pairs.
    pub capacity: usize,
    /// Proxies whose `Forwarded` or `X-Forwarded-For` header names the real source.
    pub trusted_proxies: Vec<IpAddr>,
}

impl Default for SignInSettings {
    fn default() -> Self {
        Self {
            free_failures: 3,
            max_delay: Duration::from_secs(15 * 60),
            account_ceiling: 20,
            account_window: Duration::from_secs(15 * 60),
            per_source: NonZeroU32::new(60).expect("not zero"),
            hashing: std::thread::available_parallelism().map_or(2, |n| n.get()),
            queue: 32,
            capacity: 50_000,
            trusted_proxies: Vec::new(),
        }
    }
}

/// Why a sign-in was not let through.
#[derive(Debug)]
pub enum Refusal {
    /// Too many tries: wait this long.
    Wait(Duration),
    /// Every hashing slot is taken and the queue is full.
    Busy,
    /// The platform's answer: a wrong name or password (401), or a failure of the node.
    Platform(Problem),
}

impl From<Refusal> for Problem {
    fn from(refusal: Refusal) -> Problem {
        match refusal {
            Refusal::Wait(wait) => Problem::new(
                axum::http::StatusCode::TOO_MANY_REQUESTS,
                "rate-limited",
                format!(
                    "too many sign-in attempts for this user name from this address; try again in {} s",
                    whole_seconds(wait)
                ),
            )
            .retry_after(wait),
            Refusal::Busy => Problem::new(
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                "busy",
                "the node is checking too many passwords at once; try again in a second",
            )
            .retry_after(BUSY_RETRY),
            Refusal::Platform(problem) => problem,
        }
    }
}

/// What a client that met [`Refusal::Busy`] is told to wait.
pub const BUSY_RETRY: Duration = Duration::from_secs(1);

/// Seconds, rounded up, as `Retry-After` gives them.
pub fn whole_seconds(wait: Duration) -> u64 {
    wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
}

/// The tries of one account from one source.
#[derive(Debug, Default)]
struct Tries {
    failures: u32,
    last: Option<Instant>,
}

impl Tries {
    /// How long the next try must still wait, with `free` failures allowed without delay.
    fn wait(&self, now: Instant, free: u32, max: Duration) -> Duration {
        match self.last {
            Some(last) if self.failures >= free => {
                let doublings = (self.failures - free).min(31);
                let delay = Duration::from_secs(1u64 << doublings).min(max);
                (last + delay).saturating_duration_since(now)
            }
            _ => Duration::ZERO,
        }
    }
}

/// The failures of one account from every source within a window.
#[derive(Debug)]
struct Window {
    failures: u32,
    since: Instant,
}

type Key = (String, IpAddr);

/// The sign-in throttle of one node (see the module documentation).
pub struct SignInGuard {
    settings: SignInSettings,
    sources: Cache<IpAddr, Arc<DefaultDirectRateLimiter>>,
    accounts: Cache<String, Arc<Mutex<Window>>>,
    pairs: Cache<Key, Arc<Mutex<Tries>>>,
    hashing: Semaphore,
    waiting: AtomicUsize,
}

/// A try let through: the failure it reserved is given back by [`SignInGuard::succeeded`].
struct Admitted {
    key: Key,
}

impl SignInGuard {
    pub fn new(settings: SignInSettings) -> Self {
        let capacity = settings.capacity.max(1);
        Self {
            sources: Cache::new(capacity),
            accounts: Cache::new(capacity),
            pairs: Cache::new(capacity),
            hashing: Semaphore::new(settings.hashing.max(1)),
            waiting: AtomicUsize::new(0),
            settings,
        }
    }

    /// Entries held in the three caches together (for tests of bounded memory).
    #[cfg(test)]
    fn entries(&self) -> usize {
        self.sources.len() + self.accounts.len() + self.pairs.len()
    }

    /// Checks `password` for `user` coming from `source`, within every limit; both sign-in
    /// routes call this and only this.
    pub async fn sign_in(
        &self,
        platform: &Platform,
        source: IpAddr,
        user: &str,
        password: String,
    ) -> Result<OpenedSession, Refusal> {
        if !gsi_app::auth::plausible_sign_in(user, &password) {
            let user = user.to_owned();
            // The same answer as a wrong password, without a lookup or a hash.
            return crate::api::blocking(platform, move |p| {
                p.sign_in(&user, &password, gsi_app::now())
            })
            .await
            .map_err(Refusal::Platform);
        }
        let admitted = self.admit(user, source, Instant::now())?;
        let Some(_slot) = self.slot().await else {
            self.give_back(&admitted);
            return Err(Refusal::Busy);
        };
        let name = user.to_owned();
        let opened = crate::api::blocking(platform, move |p| {
            p.sign_in(&name, &password, gsi_app::now())
        })
        .await;
        match opened {
            Ok(opened) => {
                self.succeeded(&admitted);
                Ok(opened)
            }
            Err(problem) => Err(Refusal::Platform(problem)),
        }
    }

    /// The source of a request: the peer, or — when the peer is a trusted proxy — the last
    /// address before it in `Forwarded` or `X-Forwarded-For`.
    pub fn source(&self, peer: Option<SocketAddr>, headers: &HeaderMap) -> IpAddr {
        let peer = peer.map_or(IpAddr::from([0, 0, 0, 0]), |p| p.ip());
        let trusted = |ip: &IpAddr| self.settings.trusted_proxies.contains(ip);
        if !trusted(&peer) {
            return peer;
        }
        forwarded_chain(headers)
            .into_iter()
            .rev()
            .find(|ip| !trusted(ip))
            .unwrap_or(peer)
    }

    /// Counts the try before it is made, or says how long to wait.
    fn admit(&self, user: &str, source: IpAddr, now: Instant) -> Result<Admitted, Refusal> {
        let source = network_of(source);
        let per_source = self.sources.get_or_insert_with(&source, || {
            Ok::<_, std::convert::Infallible>(Arc::new(DefaultDirectRateLimiter::direct(
                Quota::per_minute(self.settings.per_source),
            )))
        });
        let per_source = per_source.unwrap_or_else(|never| match never {});
        if let Err(not_until) = per_source.check() {
            return Err(Refusal::Wait(
                not_until.wait_time_from(DefaultClock::default().now()),
            ));
        }
        let account = user.to_lowercase();
        let window = self.window(&account, now);
        let crowded = {
            let mut window = window.lock().expect("sign-in window lock");
            if now.saturating_duration_since(window.since) > self.settings.account_window {
                *window = Window {
                    failures: 0,
                    since: now,
                };
            }
            window.failures >= self.settings.account_ceiling
        };
        let free = if crowded {
            1
        } else {
            self.settings.free_failures
        };
        let key = (account, source);
        let tries = self
            .pairs
            .get_or_insert_with(&key, || {
                Ok::<_, std::convert::Infallible>(Arc::new(Mutex::new(Tries::default())))
            })
            .unwrap_or_else(|never| match never {});
        {
            let mut tries = tries.lock().expect("sign-in tries lock");
            let wait = tries.wait(now, free, self.settings.max_delay);
            if !wait.is_zero() {
                return Err(Refusal::Wait(wait));
            }
            tries.failures += 1;
            tries.last = Some(now);
        }
        let mut window = window.lock().expect("sign-in window lock");
        window.failures = window.failures.saturating_add(1);
        Ok(Admitted { key })
    }

    fn window(&self, account: &str, now: Instant) -> Arc<Mutex<Window>> {
        self.accounts
            .get_or_insert_with(account, || {
                Ok::<_, std::convert::Infallible>(Arc::new(Mutex::new(Window {
                    failures: 0,
                    since: now,
                })))
            })
            .unwrap_or_else(|never| match never {})
    }

    /// A hashing slot, or `None` when too many attempts wait for one already.
    async fn slot(&self) -> Option<tokio::sync::SemaphorePermit<'_>> {
        if let Ok(permit) = self.hashing.try_acquire() {
            return Some(permit);
        }
        if self.waiting.fetch_add(1, Ordering::SeqCst) >= self.settings.queue {
            self.waiting.fetch_sub(1, Ordering::SeqCst);
            return None;
        }
        let permit = self.hashing.acquire().await.ok();
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        permit
    }

    /// The right password: the pair starts afresh and the account's window gets its
    /// reservation back.
    fn succeeded(&self, admitted: &Admitted) {
        self.pairs.remove(&admitted.key);
        self.give_back_window(&admitted.key.0);
    }

    /// A try that was never made (the node was busy): its reservation is returned.
    fn give_back(&self, admitted: &Admitted) {
        if let Some(tries) = self.pairs.get(&admitted.key) {
            let mut tries = tries.lock().expect("sign-in tries lock");
            tries.failures = tries.failures.saturating_sub(1);
        }
        self.give_back_window(&admitted.key.0);
    }

    fn give_back_window(&self, account: &str) {
        if let Some(window) = self.accounts.get(account) {
            let mut window = window.lock().expect("sign-in window lock");
            window.failures = window.failures.saturating_sub(1);
        }
    }
}

/// An IPv6 address stands for its /64, which one holder usually has whole.
fn network_of(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let bits = u128::from(v6) & !((1u128 << 64) - 1);
                IpAddr::V6(Ipv6Addr::from(bits))
            }
        },
    }
}

/// The addresses a proxy chain names, nearest last: `Forwarded` (RFC 7239) `for=` parameters,
/// else `X-Forwarded-For`. Names that are not addresses (`unknown`, obfuscated) end the chain.
fn forwarded_chain(headers: &HeaderMap) -> Vec<IpAddr> {
    let values = |name| {
        headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .collect::<Vec<_>>()
    };
    let forwarded = values("forwarded");
    let names: Vec<String> = if forwarded.is_empty() {
        values("x-forwarded-for")
            .into_iter()
            .map(str::to_owned)
            .collect()
    } else {
        forwarded
            .into_iter()
            .filter_map(|element| {
                element.split(';').find_map(|pair| {
                    let (k, v) = pair.trim().split_once('=')?;
                    k.trim()
                        .eq_ignore_ascii_case("for")
                        .then(|| v.trim().trim_matches('"').to_owned())
                })
            })
            .collect()
    };
    let mut chain = Vec::new();
    for name in names.iter().rev() {
        match parse_node(name) {
            Some(ip) => chain.push(ip),
            None => break,
        }
    }
    chain.reverse();
    chain
}

/// `192.0.2.1`, `192.0.2.1:4711`, `[2001:db8::1]` or `[2001:db8::1]:4711`, `2001:db8::1`.
fn parse_node(name: &str) -> Option<IpAddr> {
    if let Ok(ip) = name.parse::<IpAddr>() {
        return Some(ip);
    }
    if let Ok(addr) = name.parse::<SocketAddr>() {
        return Some(addr.ip());
    }
    name.strip_prefix('[')
        .and_then(|rest| rest.split(']').next())
        .and_then(|inner| inner.parse().ok())
}

/// The TCP peer of a request, when the server recorded it (`gsi serve` does; a router called
/// directly in tests has none).
pub struct Peer(pub Option<SocketAddr>);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Peer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(Peer(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guard() -> SignInGuard {
        SignInGuard::new(SignInSettings::default())
    }

    const HOME: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(192, 0, 2, 10));
    const ATTACKER: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(198, 51, 100, 7));

    fn waits(result: Result<Admitted, Refusal>) -> Option<Duration> {
        match result {
            Ok(_) => None,
            Err(Refusal::Wait(d)) => Some(d),
            Err(other) => panic!("{other:?}"),
        }
    }

    #[test]
    fn three_free_failures_then_doubling_waits_up_to_the_cap() {
        let g = guard();
        let t0 = Instant::now();
        for _ in 0..3 {
            assert_eq!(waits(g.admit("chn.delegate", ATTACKER, t0)), None);
        }
        assert_eq!(
            waits(g.admit("chn.delegate", ATTACKER, t0)),
            Some(Duration::from_secs(1))
        );
        let mut now = t0;
        let mut expected = Vec::new();
        let mut seen = Vec::new();
        for n in 0..14u32 {
            let delay = Duration::from_secs(1 << n).min(Duration::from_secs(900));
            expected.push(delay);
            now += delay;
            assert_eq!(waits(g.admit("chn.delegate", ATTACKER, now)), None);
            seen.push(
                waits(g.admit("chn.delegate", ATTACKER, now)).expect("must wait after a failure"),
            );
        }
        expected.remove(0);
        expected.push(Duration::from_secs(900));
        assert_eq!(seen, expected, "1 s, 2 s, 4 s … 15 min, no longer");
    }

    #[test]
    fn a_right_password_starts_the_pair_afresh() {
        let g = guard();
        let t0 = Instant::now();
        for _ in 0..2 {
            waits(g.admit("kaz.delegate", HOME, t0));
        }
        let last = g.admit("kaz.delegate", HOME, t0).unwrap();
        g.succeeded(&last);
        for _ in 0..3 {
            assert_eq!(waits(g.admit("kaz.delegate", HOME, t0)), None);
        }
    }

    #[test]
    fn an_attacker_slows_an_account_but_never_locks_out_a_source_that_has_not_failed() {
        let g = guard();
        let mut now = Instant::now();
        // Failures from many addresses exceed the account's ceiling.
        for i in 0..40u8 {
            let source = IpAddr::from([203, 0, 113, i]);
            for _ in 0..3 {
                let _ = g.admit("pak.focal", source, now);
            }
        }
        now += Duration::from_secs(1);
        assert_eq!(
            waits(g.admit("pak.focal", HOME, now)),
            None,
            "the owner's first try goes through at once"
        );
        assert!(
            waits(g.admit("pak.focal", HOME, now)).is_some(),
            "under attack, a second failure waits"
        );
        now += Duration::from_secs(1);
        assert_eq!(
            waits(g.admit("pak.focal", HOME, now)),
            None,
            "after a second"
        );
        assert_eq!(
            waits(g.admit("other.user", ATTACKER, now)),
            None,
            "other accounts are untouched"
        );
    }

    #[test]
    fn one_source_is_limited_whatever_the_names() {
        let g = SignInGuard::new(SignInSettings {
            per_source: NonZeroU32::new(5).unwrap(),
            ..SignInSettings::default()
        });
        let now = Instant::now();
        for i in 0..5 {
            assert_eq!(waits(g.admit(&format!("name{i}"), ATTACKER, now)), None);
        }
        assert!(waits(g.admit("name6", ATTACKER, now)).is_some());
        assert_eq!(waits(g.admit("name6", HOME, now)), None);
    }

    #[test]
    fn unique_names_do_not_grow_the_caches_past_their_capacity() {
        let g = SignInGuard::new(SignInSettings {
            capacity: 1000,
            per_source: NonZeroU32::new(u32::MAX).unwrap(),
            ..SignInSettings::default()
        });
        let now = Instant::now();
        for i in 0..20_000u32 {
            let _ = g.admit(&format!("name{i}"), IpAddr::from(i.to_be_bytes()), now);
        }
        assert!(g.entries() <= 3 * 1100, "{} entries", g.entries());
    }

    #[test]
    fn forwarded_addresses_count_only_from_trusted_proxies() {
        let proxy: IpAddr = "10.0.0.1".parse().unwrap();
        let g = SignInGuard::new(SignInSettings {
            trusted_proxies: vec![proxy],
            ..SignInSettings::default()
        });
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", "6.6.6.6, 192.0.2.10".parse().unwrap());
        let from = |ip: IpAddr| Some(SocketAddr::new(ip, 4711));
        assert_eq!(g.source(from(proxy), &headers), HOME);
        assert_eq!(
            g.source(from(ATTACKER), &headers),
            ATTACKER,
            "anyone else's header is ignored"
        );
        let mut headers = HeaderMap::new();
        headers.insert(
            "forwarded",
            "for=6.6.6.6, for=\"[2001:db8::7]:4711\";proto=https"
                .parse()
                .unwrap(),
        );
        assert_eq!(
            g.source(from(proxy), &headers),
            "2001:db8::7".parse::<IpAddr>().unwrap()
        );
        assert_eq!(
            network_of("2001:db8::7".parse().unwrap()),
            "2001:db8::".parse::<IpAddr>().unwrap()
        );
    }
}
