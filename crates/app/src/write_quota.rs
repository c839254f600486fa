//! Write quotas: records can never be removed from the log, so a flood would be for ever. Every
//! record a command appends through a [`Platform`](crate::Platform) that has a [`WriteQuota`]
//! (the one `gsi serve` runs) is counted against three limits, the same for every user and
//! every party — no party is named, none has a hidden priority:
//!
//! - records per **user** (all of a user's API tokens and sessions together: a user can mint
//!   tokens at will, so a quota per token would not bound a user), default 60 a minute;
//! - records per **party** (all its users together), default 300 a minute;
//! - **bytes** of signed record bodies per party, default 2 MB an hour.
//!
//! Each is a token bucket (GCRA, the `governor` crate) that holds a whole period's allowance
//! as its burst and refills evenly over the period. A write past a limit is refused with
//! [`AppError::QuotaExceeded`], which says when to try again. The limiters keep a state only for
//! users and parties that wrote recently — only authenticated actors reach them, and stale
//! entries are dropped every [`SWEEP_EVERY`] checks — so their memory stays bounded.
//!
//! The operator's bulk paths (`gsi init` loading the registry, `gsi import registry`) append
//! through the store directly and the CLI's platform has no quota: those imports are exempt,
//! and only through the command line.

use std::fmt;
use std::num::NonZeroU32;
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};

use gsi_core::{Actor, PartyId};

use crate::AppError;

/// How many checks pass between two sweeps of stale limiter entries.
pub const SWEEP_EVERY: u64 = 1024;

/// A number of units per period, written `N/s`, `N/min` or `N/h`; byte amounts may end in `KB`
/// or `MB` (`2MB/h`; 1 KB = 1024 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    pub amount: NonZeroU32,
    pub period: Duration,
}

impl Rate {
    fn quota(self) -> Quota {
        let per_cell = (self.period / self.amount.get()).max(Duration::from_nanos(1));
        Quota::with_period(per_cell)
            .expect("a period of at least a nanosecond")
            .allow_burst(self.amount)
    }
}

impl FromStr for Rate {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let bad =
            || format!("\"{s}\" is not a rate: write N/s, N/min or N/h (such as 60/min or 2MB/h)");
        let (amount, period) = s.trim().split_once('/').ok_or_else(bad)?;
        let period = match period.trim() {
            "s" => Duration::from_secs(1),
            "min" => Duration::from_secs(60),
            "h" => Duration::from_secs(3600),
            _ => return Err(bad()),
        };
        let amount = amount.trim();
        let (digits, unit) = match amount.strip_suffix("MB") {
            Some(d) => (d, 1 << 20),
            None => match amount.strip_suffix("KB") {
                Some(d) => (d, 1 << 10),
                None => (amount, 1),
            },
        };
        let amount = digits
            .trim()
            .parse::<u32>()
            .ok()
            .and_then(|n| n.checked_mul(unit))
            .and_then(NonZeroU32::new)
            .ok_or_else(bad)?;
        Ok(Self { amount, period })
    }
}

impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let period = match self.period.as_secs() {
            1 => "s",
            60 => "min",
            3600 => "h",
            _ => return write!(f, "{} per {:?}", self.amount, self.period),
        };
        let n = self.amount.get();
        match n {
            _ if n.is_multiple_of(1 << 20) => write!(f, "{}MB/{period}", n >> 20),
            _ if n.is_multiple_of(1 << 10) => write!(f, "{}KB/{period}", n >> 10),
            _ => write!(f, "{n}/{period}"),
        }
    }
}

/// The three limits; [`Default`] gives the documented defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriteQuotaSettings {
    pub per_user: Rate,
    pub per_party: Rate,
    pub bytes_per_party: Rate,
}

impl Default for WriteQuotaSettings {
    fn default() -> Self {
        let rate = |s: &str| s.parse::<Rate>().expect("a valid default");
        Self {
            per_user: rate("60/min"),
            per_party: rate("300/min"),
            bytes_per_party: rate("2MB/h"),
        }
    }
}

/// Which limit a refused write met, and when it may be tried again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotaExceeded {
    pub limit: &'static str,
    pub rate: Rate,
    pub retry_after: Duration,
}

impl fmt::Display for QuotaExceeded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the write quota of {} {} is used up; try again in {} s",
            self.rate,
            self.limit,
            self.retry_after.as_secs().max(1)
        )
    }
}

/// The node's write limiters (see the module documentation).
pub struct WriteQuota {
    settings: WriteQuotaSettings,
    per_user: DefaultKeyedRateLimiter<String>,
    per_party: DefaultKeyedRateLimiter<PartyId>,
    bytes_per_party: DefaultKeyedRateLimiter<PartyId>,
    checks: AtomicU64,
}

impl WriteQuota {
    pub fn new(settings: WriteQuotaSettings) -> Self {
        Self {
            settings,
            per_user: DefaultKeyedRateLimiter::keyed(settings.per_user.quota()),
            per_party: DefaultKeyedRateLimiter::keyed(settings.per_party.quota()),
            bytes_per_party: DefaultKeyedRateLimiter::keyed(settings.bytes_per_party.quota()),
            checks: AtomicU64::new(0),
        }
    }

    pub fn settings(&self) -> WriteQuotaSettings {
        self.settings
    }

    /// Counts one record of `bytes` signed bytes written by `actor`, or refuses it.
    pub fn admit(&self, actor: &Actor, bytes: usize) -> Result<(), QuotaExceeded> {
        if self.checks.fetch_add(1, Ordering::Relaxed) % SWEEP_EVERY == SWEEP_EVERY - 1 {
            self.sweep();
        }
        let s = self.settings;
        let refused = |limit, rate: Rate, wait: Duration| QuotaExceeded {
            limit,
            rate,
            retry_after: wait,
        };
        let now = DefaultClock::default().now();
        self.per_user
            .check_key(&actor.user)
            .map_err(|n| refused("per user", s.per_user, n.wait_time_from(now)))?;
        self.per_party
            .check_key(&actor.party)
            .map_err(|n| refused("per party", s.per_party, n.wait_time_from(now)))?;
        let cells =
            NonZeroU32::new(u32::try_from(bytes).unwrap_or(u32::MAX)).unwrap_or(NonZeroU32::MIN);
        match self.bytes_per_party.check_key_n(&actor.party, cells) {
            Ok(Ok(())) => Ok(()),
            Ok(Err(n)) => Err(refused(
                "bytes per party",
                s.bytes_per_party,
                n.wait_time_from(now),
            )),
            // Larger than a whole period's budget: it can never pass.
            Err(_) => Err(refused(
                "bytes per party",
                s.bytes_per_party,
                s.bytes_per_party.period,
            )),
        }
    }

    /// Drops the entries of users and parties whose buckets are full again.
    pub fn sweep(&self) {
        self.per_user.retain_recent();
        self.per_party.retain_recent();
        self.bytes_per_party.retain_recent();
    }

    /// How many users and parties the limiters hold a state for.
    pub fn tracked(&self) -> usize {
        self.per_user.len() + self.per_party.len() + self.bytes_per_party.len()
    }
}

impl From<QuotaExceeded> for AppError {
    fn from(e: QuotaExceeded) -> Self {
        AppError::QuotaExceeded(e)
    }
}

#[cfg(test)]
mod tests {
    use gsi_core::Role;

    use super::*;

    fn actor(user: &str, party: &str) -> Actor {
        Actor {
            user: user.into(),
            party: PartyId::parse(party).unwrap(),
            roles: vec![Role::Delegate],
        }
    }

    /// Records admitted in a row before the first refusal.
    fn admitted(quota: &WriteQuota, actor: &Actor, bytes: usize) -> usize {
        (0..1000)
            .take_while(|_| quota.admit(actor, bytes).is_ok())
            .count()
    }

    fn settings(user: &str, party: &str, bytes: &str) -> WriteQuotaSettings {
        WriteQuotaSettings {
            per_user: user.parse().unwrap(),
            per_party: party.parse().unwrap(),
            bytes_per_party: bytes.parse().unwrap(),
        }
    }

    #[test]
    fn rates_parse_and_print() {
        let r: Rate = "2MB/h".parse().unwrap();
        assert_eq!(r.amount.get(), 2 << 20);
        assert_eq!(r.period, Duration::from_secs(3600));
        assert_eq!("60/min".parse::<Rate>().unwrap().to_string(), "60/min");
        assert_eq!("5/s".parse::<Rate>().unwrap().to_string(), "5/s");
        assert_eq!("2048KB/h".parse::<Rate>().unwrap().to_string(), "2MB/h");
        for bad in ["0/min", "60", "60/day", "x/s", "9999999MB/h"] {
            assert!(bad.parse::<Rate>().is_err(), "{bad}");
        }
        assert_eq!(
            WriteQuotaSettings::default(),
            settings("60/min", "300/min", "2MB/h")
        );
    }

    #[test]
    fn every_party_has_the_same_quota_whatever_its_name() {
        let s = settings("5/h", "8/h", "1MB/h");
        let counts: Vec<(usize, usize)> = ["KAZ", "CHN", "USA", "BRA", "sco", "npt"]
            .iter()
            .map(|party| {
                let quota = WriteQuota::new(s);
                let first = admitted(&quota, &actor("a", party), 10);
                // Another user of the same party has its own 5 until the party's 8 are used.
                let second = admitted(&quota, &actor("b", party), 10);
                (first, second)
            })
            .collect();
        assert!(counts.iter().all(|c| *c == (5, 3)), "{counts:?}");
    }

    #[test]
    fn bytes_are_budgeted_per_party_and_one_party_does_not_spend_anothers() {
        let quota = WriteQuota::new(settings("1000/h", "1000/h", "10KB/h"));
        assert_eq!(admitted(&quota, &actor("a", "KAZ"), 1024), 10);
        let refusal = quota.admit(&actor("b", "KAZ"), 1024).unwrap_err();
        assert_eq!(refusal.limit, "bytes per party");
        assert!(
            refusal.retry_after > Duration::ZERO
                && refusal.retry_after <= Duration::from_secs(3600)
        );
        assert!(
            quota.admit(&actor("c", "CHN"), 1024).is_ok(),
            "CHN unaffected"
        );
        assert!(
            quota.admit(&actor("c", "CHN"), 11 << 10).is_err(),
            "a record larger than the budget never passes"
        );
    }

    #[test]
    fn limiter_state_is_dropped_once_buckets_refill() {
        let quota = WriteQuota::new(settings("1000/s", "1000/s", "1MB/s"));
        for i in 0..200 {
            quota.admit(&actor(&format!("user{i}"), "KAZ"), 10).unwrap();
        }
        assert!(quota.tracked() >= 200);
        std::thread::sleep(Duration::from_millis(1100));
        quota.sweep();
        assert_eq!(quota.tracked(), 0);
    }
}
