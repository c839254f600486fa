//! The refusals of the application layer: accounts, tokens, the log, registry imports, and
//! reading a consistent view. Declared like the core's (see [`gsi_core::error`]).

use gsi_core::error::RefusalTemplate;

/// Every refusal the platform gives: the core's and the application layer's.
pub fn all() -> Vec<&'static RefusalTemplate> {
    let mut all = gsi_core::error::all_refusals();
    all.extend_from_slice(REFUSALS);
    all
}

gsi_core::refusals! {
    NotFound no_such_user(user) = "no-such-user":
        "no user named {user}";
    Invalid password_too_long(max) = "password-too-long":
        "a password has at most {max} bytes";
    Invalid password_too_short(min) = "password-too-short":
        "a password needs at least {min} characters";
    Invalid state_convenes_ad_hoc(party) = "state-convenes-ad-hoc":
        "{party} is a state; a state convenes ad hoc meetings, not mechanism meetings";
    Invalid bad_consistency_range(size, from, to) = "bad-consistency-range":
        "a consistency proof needs 1 <= from <= to <= {size} (the tree size); got from={from}, to={to}";
    NotFound no_such_record(index) = "no-such-record":
        "no record {index} in the log";
    Conflict user_exists(name) = "user-exists":
        "a user named {name} already exists";
    Invalid user_without_role() = "user-without-role":
        "a user needs at least one role";
    Conflict party_already_registered(party) = "party-already-registered":
        "party {party} is already registered";
    Invalid not_a_user_name(value) = "not-a-user-name":
        "\"{value}\" is not a user name: use 1 to 64 letters, digits, '.', '_', '-' or '@'";
    NotFound no_such_mechanism(mechanism) = "no-such-mechanism":
        "no mechanism {mechanism} is registered";
    Invalid not_a_category(value) = "not-a-category":
        "\"{value}\" is not a category: use ldc, lldc or sids";
    Invalid not_a_regional_group(value, groups) = "not-a-regional-group":
        "\"{value}\" is not a UN regional group: use one of {groups}";
    Invalid membership_twice(membership) = "membership-twice":
        "the membership {membership} appears twice";
    NotFound import_party_missing(party) = "import-party-missing":
        "no party {party} is registered on this node; nothing was imported";
    Invalid bad_rows(count, rows) = "bad-rows":
        "the file has {count} bad row(s); nothing was imported:\n{rows}";
    NotFound no_such_token(user, id) = "no-such-token":
        "{user} has no token {id}";
    Invalid token_label() = "token-label":
        "a token's label has at most 100 characters and no control characters";
    Invalid token_without_scope() = "token-without-scope":
        "a token needs at least one scope: read, or write:MODULE";
    Invalid token_days(max, days) = "token-days":
        "a token lasts from 1 to {max} days, not {days}";
    Invalid not_a_scope(value, modules) = "not-a-scope":
        "\"{value}\" is not a token scope; use read or write:MODULE, MODULE one of {modules}";
    Conflict store_unreadable() = "store-unreadable":
        "the store could not be read";
    Conflict changed_while_read(key) = "changed-while-read":
        "{key} changed while read";
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_two_refusals_share_an_id() {
        let mut ids = std::collections::BTreeSet::new();
        for t in super::all() {
            assert!(ids.insert(t.id), "{} is declared twice", t.id);
            let mut placeholders = t.placeholders();
            placeholders.sort_unstable();
            placeholders.dedup();
            let mut declared = t.values.to_vec();
            declared.sort_unstable();
            assert_eq!(placeholders, declared, "{}", t.id);
        }
    }
}
