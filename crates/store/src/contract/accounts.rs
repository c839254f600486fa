//! Accounts: users, tokens, passwords, sessions and sealed keys.

use super::*;

/// Users, API tokens and sealed keys.
pub fn users_tokens_and_sealed_keys<H: Harness>(harness: &H) {
    let store = harness.open();
    let chn = PartyId::parse("CHN").unwrap();
    let kaz = PartyId::parse("KAZ").unwrap();
    let user = |name: &str, party: &PartyId, roles: Vec<Role>| User {
        name: name.to_owned(),
        party: party.clone(),
        roles,
        disabled: false,
        created_at: TIME.to_owned(),
    };
    let mut wang = user("wang", &chn, vec![Role::Delegate, Role::Reader]);
    let aigul = user("aigul", &kaz, vec![Role::FocalPoint]);
    let empty = user("nobody", &kaz, Vec::new());
    assert!(store.users().unwrap().is_empty());
    store.add_user(&wang).unwrap();
    store.add_user(&aigul).unwrap();
    store.add_user(&empty).unwrap();
    assert!(
        is_conflict(&store.add_user(&user("wang", &kaz, vec![Role::Reader]))),
        "name taken"
    );
    assert_eq!(store.user("wang").unwrap(), Some(wang.clone()));
    assert_eq!(store.user("nobody").unwrap(), Some(empty.clone()));
    assert_eq!(store.user("who").unwrap(), None);
    assert_eq!(
        store.users().unwrap(),
        [aigul.clone(), empty.clone(), wang.clone()]
    );
    store.set_user_disabled("wang", true).unwrap();
    wang.disabled = true;
    assert_eq!(store.user("wang").unwrap(), Some(wang.clone()));
    assert!(matches!(
        store.set_user_disabled("who", true),
        Err(StoreError::NotFound(_))
    ));

    let token = |id: &str, user: &str, seed: u8, created_at: &str| ApiToken {
        id: id.to_owned(),
        user: user.to_owned(),
        label: format!("token {id}"),
        hash: [seed; 32],
        created_at: created_at.to_owned(),
        revoked: false,
        expires_at: minutes_after(created_at, 60 * 24 * 90),
        scopes: vec!["read".to_owned(), format!("write:{seed}")],
        last_used_at: None,
    };
    let mut t1 = token("t1", "wang", 1, TIME);
    let mut t2 = token("t0", "wang", 2, &minutes_after(TIME, 1));
    let t3 = token("t3", "aigul", 3, TIME);
    for t in [&t1, &t2, &t3] {
        store.add_token(t).unwrap();
    }
    assert!(
        is_conflict(&store.add_token(&token("t9", "aigul", 1, TIME))),
        "hash taken"
    );
    assert!(
        is_conflict(&store.add_token(&token("t1", "aigul", 9, TIME))),
        "id taken"
    );
    assert!(matches!(
        store.add_token(&token("t8", "who", 8, TIME)),
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(
        store.token_by_hash(&[1; 32]).unwrap(),
        Some((t1.clone(), wang.clone()))
    );
    assert_eq!(
        store.token_by_hash(&[3; 32]).unwrap(),
        Some((t3.clone(), aigul.clone()))
    );
    assert_eq!(store.token_by_hash(&[7; 32]).unwrap(), None);
    assert_eq!(
        store.tokens("wang").unwrap(),
        [t1.clone(), t2.clone()],
        "oldest first"
    );
    assert!(store.tokens("who").unwrap().is_empty());
    store.revoke_token("t1").unwrap();
    t1.revoked = true;
    assert_eq!(
        store.token_by_hash(&[1; 32]).unwrap(),
        Some((t1.clone(), wang.clone()))
    );
    assert_eq!(store.tokens("wang").unwrap(), [t1.clone(), t2.clone()]);
    assert_eq!(store.tokens("aigul").unwrap(), std::slice::from_ref(&t3));
    assert!(matches!(
        store.revoke_token("t404"),
        Err(StoreError::NotFound(_))
    ));

    let used_at = minutes_after(TIME, 5);
    store.touch_token("t0", &used_at).unwrap();
    t2.last_used_at = Some(used_at);
    assert_eq!(
        store.token_by_hash(&[2; 32]).unwrap(),
        Some((t2.clone(), wang.clone())),
        "last use recorded"
    );
    assert!(matches!(
        store.touch_token("t404", TIME),
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(
        store.revoke_tokens_of("wang").unwrap(),
        1,
        "only the one still active"
    );
    t2.revoked = true;
    assert_eq!(store.tokens("wang").unwrap(), [t1, t2]);
    assert_eq!(store.tokens("aigul").unwrap(), [t3], "another user's stay");
    assert_eq!(store.revoke_tokens_of("wang").unwrap(), 0);

    let sealed = |party: &PartyId, key_id: &str, seed: u8| SealedKey {
        party: party.clone(),
        key_id: key_id.to_owned(),
        sealed: vec![seed; 72],
    };
    assert_eq!(store.sealed_key(&chn).unwrap(), None);
    let (k1, k2, k3) = (
        sealed(&chn, "k1", 1),
        sealed(&chn, "k2", 2),
        sealed(&kaz, "k3", 3),
    );
    store.put_sealed_key(&k1).unwrap();
    assert_eq!(store.sealed_key(&chn).unwrap(), Some(k1.clone()));
    store.put_sealed_key(&k2).unwrap();
    store.put_sealed_key(&k3).unwrap();
    assert_eq!(
        store.sealed_key(&chn).unwrap(),
        Some(k2),
        "the last one put"
    );
    assert_eq!(store.sealed_key(&kaz).unwrap(), Some(k3));
    store.put_sealed_key(&k1).unwrap();
    assert_eq!(
        store.sealed_key(&chn).unwrap(),
        Some(k1),
        "putting an older key again makes it current"
    );
    assert_eq!(
        store.sealed_key(&PartyId::parse("sco").unwrap()).unwrap(),
        None
    );
}

/// Password hashes (set, read, cleared) and browser sessions (added, read with their user,
/// deleted one by one, per user, and once expired).
pub fn passwords_and_sessions<H: Harness>(harness: &H) {
    let store = harness.open();
    let user = |name: &str| User {
        name: name.to_owned(),
        party: PartyId::parse("CHN").unwrap(),
        roles: vec![Role::Delegate],
        disabled: false,
        created_at: TIME.to_owned(),
    };
    let mut wang = user("wang");
    let li = user("li");
    store.add_user(&wang).unwrap();
    store.add_user(&li).unwrap();

    let phc =
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA";
    assert_eq!(store.password_hash("wang").unwrap(), None, "none at first");
    store.set_password_hash("wang", Some(phc)).unwrap();
    assert_eq!(store.password_hash("wang").unwrap().as_deref(), Some(phc));
    assert_eq!(
        store.password_hash("li").unwrap(),
        None,
        "only wang's is set"
    );
    store
        .set_password_hash("wang", Some("$argon2id$other"))
        .unwrap();
    assert_eq!(
        store.password_hash("wang").unwrap().as_deref(),
        Some("$argon2id$other"),
        "setting again replaces"
    );
    store.set_password_hash("wang", None).unwrap();
    assert_eq!(store.password_hash("wang").unwrap(), None, "cleared");
    assert!(matches!(
        store.set_password_hash("who", Some(phc)),
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        store.password_hash("who"),
        Err(StoreError::NotFound(_))
    ));
    store.set_password_hash("wang", Some(phc)).unwrap();
    assert_eq!(
        store.user("wang").unwrap(),
        Some(wang.clone()),
        "the password hash leaves the user as it was"
    );

    let session = |seed: u8, user: &str, expires_in_minutes: i64| Session {
        id_hash: [seed; 32],
        user: user.to_owned(),
        csrf_token: format!("csrf-{seed}"),
        created_at: TIME.to_owned(),
        expires_at: minutes_after(TIME, expires_in_minutes),
    };
    let (s1, s2, s3) = (
        session(1, "wang", 60),
        session(2, "wang", 10),
        session(3, "li", 30),
    );
    for s in [&s1, &s2, &s3] {
        store.add_session(s).unwrap();
    }
    assert!(
        is_conflict(&store.add_session(&session(1, "li", 5))),
        "id hash taken"
    );
    assert!(matches!(
        store.add_session(&session(9, "who", 5)),
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(
        store.session(&[1; 32]).unwrap(),
        Some((s1.clone(), wang.clone()))
    );
    assert_eq!(
        store.session(&[3; 32]).unwrap(),
        Some((s3.clone(), li.clone()))
    );
    assert_eq!(store.session(&[9; 32]).unwrap(), None);
    assert_eq!(
        store.session(&[2; 32]).unwrap().map(|(s, _)| s.expires_at),
        Some(minutes_after(TIME, 10)),
        "read back regardless of expiry: the caller compares times"
    );

    store.set_user_disabled("wang", true).unwrap();
    wang.disabled = true;
    assert_eq!(
        store.session(&[1; 32]).unwrap(),
        Some((s1.clone(), wang.clone())),
        "a disabled user's session is still returned: the caller decides"
    );

    store.delete_session(&[3; 32]).unwrap();
    assert_eq!(store.session(&[3; 32]).unwrap(), None);
    store.delete_session(&[3; 32]).unwrap();
    store.delete_session(&[9; 32]).unwrap();
    assert_eq!(
        store.session(&[1; 32]).unwrap(),
        Some((s1.clone(), wang.clone())),
        "other sessions are kept"
    );

    assert_eq!(store.delete_sessions_of("wang").unwrap(), 2);
    assert_eq!(store.session(&[1; 32]).unwrap(), None);
    assert_eq!(store.session(&[2; 32]).unwrap(), None);
    assert_eq!(store.delete_sessions_of("wang").unwrap(), 0);
    assert_eq!(store.delete_sessions_of("who").unwrap(), 0);

    // Expiry: times are RFC 3339 UTC with milliseconds, compared as text.
    let expiring = |seed: u8, expires_at: String| Session {
        expires_at,
        ..session(seed, "li", 0)
    };
    let now = minutes_after(TIME, 30);
    let earlier = expiring(10, "2026-11-23T12:29:59.999Z".to_owned());
    let much_earlier = expiring(11, minutes_after(TIME, -600));
    let exactly_now = expiring(12, now.clone());
    let later = expiring(13, "2026-11-23T12:30:00.001Z".to_owned());
    let next_year = expiring(14, "2027-01-01T00:00:00.000Z".to_owned());
    for s in [&earlier, &much_earlier, &exactly_now, &later, &next_year] {
        store.add_session(s).unwrap();
    }
    assert_eq!(store.delete_expired_sessions(&now).unwrap(), 2);
    assert_eq!(
        store.session(&[10; 32]).unwrap(),
        None,
        "earlier is deleted"
    );
    assert_eq!(store.session(&[11; 32]).unwrap(), None);
    for kept in [&exactly_now, &later, &next_year] {
        assert_eq!(
            store.session(&kept.id_hash).unwrap(),
            Some((kept.clone(), li.clone())),
            "expiring exactly now or later is kept"
        );
    }
    assert_eq!(store.delete_expired_sessions(&now).unwrap(), 0);
    assert_eq!(
        store
            .delete_expired_sessions("2026-12-01T00:00:00.000Z")
            .unwrap(),
        2
    );
    assert_eq!(
        store.session(&[14; 32]).unwrap(),
        Some((next_year, li.clone()))
    );
}

/// `put_sealed_keys` puts every key (as if one by one, in order): afterwards `sealed_key`
/// gives each party's last key in the slice, or an earlier single put's if later.
pub fn sealed_keys_are_put_together<H: Harness>(harness: &H) {
    let store = harness.open();
    let sealed = |party: &str, key_id: &str, seed: u8| SealedKey {
        party: PartyId::parse(party).unwrap(),
        key_id: key_id.to_owned(),
        sealed: vec![seed; 72],
    };
    store.put_sealed_keys(&[]).unwrap();
    let chn = PartyId::parse("CHN").unwrap();
    assert_eq!(store.sealed_key(&chn).unwrap(), None);

    let first = sealed("CHN", "k0", 9);
    store.put_sealed_key(&first).unwrap();
    let keys: Vec<SealedKey> = (1..=40u8)
        .map(|n| sealed(&format!("party-{n}"), &format!("k{n}"), n))
        .chain([
            sealed("CHN", "k1", 1),
            sealed("KAZ", "k2", 2),
            sealed("CHN", "k3", 3),
        ])
        .collect();
    store.put_sealed_keys(&keys).unwrap();
    for n in 1..=40u8 {
        let party = PartyId::parse(&format!("party-{n}")).unwrap();
        assert_eq!(
            store.sealed_key(&party).unwrap(),
            Some(keys[usize::from(n) - 1].clone()),
            "every key of the slice is present"
        );
    }
    assert_eq!(
        store.sealed_key(&chn).unwrap(),
        Some(sealed("CHN", "k3", 3)),
        "the last of the party's keys in the slice"
    );
    assert_eq!(
        store.sealed_key(&PartyId::parse("KAZ").unwrap()).unwrap(),
        Some(sealed("KAZ", "k2", 2))
    );
    store.put_sealed_keys(std::slice::from_ref(&first)).unwrap();
    assert_eq!(
        store.sealed_key(&chn).unwrap(),
        Some(first),
        "a later put makes an older key current again"
    );
    assert_eq!(
        store.sealed_key(&PartyId::parse("sco").unwrap()).unwrap(),
        None
    );
}

/// A token as a store before schema 5 held it (no expiry, scopes or last use), for the backends'
/// upgrade tests: add it, drop the newer columns, reopen, then [`assert_token_upgraded`].
pub fn token_before_limits() -> ApiToken {
    ApiToken {
        id: "t1".to_owned(),
        user: "wang".to_owned(),
        label: "cli".to_owned(),
        hash: [7; 32],
        created_at: "2026-03-01T09:30:00.250Z".to_owned(),
        revoked: false,
        expires_at: String::new(),
        scopes: Vec::new(),
        last_used_at: None,
    }
}

/// A token from before expiries and scopes expires 90 days after it was made and keeps every
/// right it had then.
pub fn assert_token_upgraded(store: &impl Store) {
    let (token, _) = store.token_by_hash(&[7; 32]).unwrap().unwrap();
    assert_eq!(token.expires_at, "2026-05-30T09:30:00.250Z");
    assert_eq!(
        token.scopes,
        ["read", "write:registry", "write:concerns", "write:dialogue"]
    );
    assert_eq!(token.last_used_at, None);
}
