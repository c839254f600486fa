//! The log: numbering, the tree, atomic batches, expectations, concurrency, checkpoints, reopening.

use super::*;

/// Appends are numbered 0, 1, 2 …, receipts carry the record's leaf hash, and the journal
/// gives back exactly the bytes appended.
pub fn appends_are_numbered_and_read_back<H: Harness>(harness: &H) {
    let store = harness.open();
    let mut mirror = Mirror::default();
    assert_eq!(store.tree_size().unwrap(), 0);
    assert_eq!(store.record(0).unwrap(), None);
    assert!(store.records(0, 10).unwrap().is_empty());
    assert_eq!(store.root(0).unwrap(), gsi_ledger::empty_root());

    let chn = TestParty::new(1, "CHN");
    let kaz = TestParty::new(2, "KAZ");
    let sco = TestParty::new(3, "sco");
    for (i, party) in [&chn, &kaz, &sco].into_iter().enumerate() {
        let new = party.register();
        let leaf = new.entry.leaf_hash().unwrap();
        let receipt = store.append(new.clone()).unwrap();
        assert_eq!(
            receipt,
            Receipt {
                index: i as u64,
                leaf_hash: leaf,
                tree_size: i as u64 + 1
            }
        );
        mirror.appended(vec![new], &[receipt]);
    }
    let (c1, c2) = (concern_id(1), concern_id(2));
    let receipts = mirror.append(
        &store,
        vec![
            chn.lodge(&c1, &[&kaz, &sco], &[1, 3], TIME),
            kaz.lodge(&c2, &[&chn], &[11], &minutes_after(TIME, 1)),
        ],
    );
    assert_eq!(receipts.iter().map(|r| r.index).collect::<Vec<_>>(), [3, 4]);
    let current = mirror.concern(&c1);
    let ack = Event::Concern(ConcernEvent::Acknowledged {
        concern: c1.clone(),
    });
    mirror.append(
        &store,
        vec![kaz.on_concern(&current, ack, &minutes_after(TIME, 2))],
    );

    mirror.check(&store);
    for expected in &mirror.records {
        let stored = store
            .record(expected.index)
            .unwrap()
            .expect("the record is stored");
        assert_eq!(&stored, expected);
        let back = SignedRecord::from_parts(&stored.signed_bytes, &stored.signature)
            .expect("stored bytes are a canonical signed record");
        assert_eq!(back.leaf_hash().unwrap().to_vec(), stored.leaf_hash);
        let author = [&chn, &kaz, &sco]
            .into_iter()
            .find(|p| p.id().as_str() == stored.author);
        let key = author.expect("a known author").key.verifying_key();
        back.verify_with_key_id(&key)
            .expect("the stored signature verifies");
    }
    let all = &mirror.records;
    assert_eq!(store.records(2, 3).unwrap(), all[2..5]);
    assert_eq!(store.records(5, 10).unwrap(), all[5..]);
    assert!(store.records(6, 10).unwrap().is_empty());
    assert!(store.records(0, 0).unwrap().is_empty());
    assert_eq!(
        store.records_about(&format!("concern:{c1}")).unwrap(),
        [all[3].clone(), all[5].clone()]
    );
    assert_eq!(store.records_about("party:KAZ").unwrap(), [all[1].clone()]);
    assert!(store.records_about("concern:nothing").unwrap().is_empty());
}

/// Roots and proofs from the store equal those of a memory tree over the same leaves, for
/// every size from 1 to 40, and verify.
pub fn tree_matches_memory_tree<H: Harness>(harness: &H) {
    let store = harness.open();
    let mut mirror = Mirror::default();
    let parties: Vec<TestParty> = (1..=40u8)
        .map(|n| TestParty::new(n, &format!("party-{n}")))
        .collect();
    // Batches of varying sizes, so nodes are completed both across and within batches.
    let mut next = parties.iter();
    for batch_size in [1, 2, 3, 4, 5, 6, 7, 8, 4] {
        let batch: Vec<NewRecord> = next
            .by_ref()
            .take(batch_size)
            .map(|p| p.register())
            .collect();
        mirror.append(&store, batch);
    }
    assert_eq!(mirror.size(), 40);
    mirror.check(&store);

    let tree = &mirror.tree;
    for size in 1..=40u64 {
        let root = store.root(size).unwrap();
        assert_eq!(root, tree.root_at(size).unwrap(), "root at size {size}");
        let mut indices: BTreeSet<u64> = [0, size / 3, size / 2, size - 1].into();
        indices.insert((size * 7 / 10).min(size - 1));
        for index in indices {
            let proof = store.inclusion_proof(index, size).unwrap();
            assert_eq!(
                proof,
                tree.inclusion_proof(index, size).unwrap(),
                "inclusion {index} in {size}"
            );
            let leaf = tree.leaf(index).unwrap();
            verify_inclusion(&leaf, index, size, &proof, &root).expect("inclusion verifies");
        }
        let olds: BTreeSet<u64> = [1, size / 3, size / 2, size - 1, size].into();
        for old in olds.into_iter().filter(|&m| m >= 1) {
            let proof = store.consistency_proof(old, size).unwrap();
            assert_eq!(
                proof,
                tree.consistency_proof(old, size).unwrap(),
                "consistency {old}..{size}"
            );
            let old_root = store.root(old).unwrap();
            verify_consistency(old, size, &old_root, &root, &proof).expect("consistency verifies");
        }
    }
    // Stored nodes read by position.
    assert_eq!(store.tree_nodes(0, 38, 10).unwrap().len(), 2);
    assert_eq!(
        store.tree_nodes(1, 5, 3).unwrap(),
        [5, 6, 7].map(|i| (i, tree.get(NodeId::new(1, i)).unwrap()))
    );
    assert_eq!(
        store.tree_node(NodeId::new(3, 4)).unwrap(),
        tree.get(NodeId::new(3, 4))
    );
    assert_eq!(
        store.tree_node(NodeId::new(5, 0)).unwrap(),
        tree.get(NodeId::new(5, 0))
    );
    assert_eq!(store.tree_node(NodeId::new(5, 1)).unwrap(), None);
    assert_eq!(store.tree_node(NodeId::new(6, 0)).unwrap(), None);
    // Nodes read by id, in one call; ids with no stored node are left out.
    let ids = [
        NodeId::new(0, 39),
        NodeId::new(3, 4),
        NodeId::new(5, 0),
        NodeId::new(5, 1),
        NodeId::new(0, 40),
    ];
    let expected: HashMap<NodeId, Hash> = ids
        .iter()
        .filter_map(|&id| tree.get(id).map(|h| (id, h)))
        .collect();
    assert_eq!(expected.len(), 3);
    assert_eq!(store.tree_nodes_by_id(&ids).unwrap(), expected);
    assert!(store.tree_nodes_by_id(&[]).unwrap().is_empty());
    // Past the end is not found, not corrupt.
    assert!(matches!(store.root(41), Err(StoreError::NotFound(_))));
    assert!(matches!(
        store.inclusion_proof(40, 40),
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        store.inclusion_proof(3, 41),
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        store.consistency_proof(5, 41),
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        store.consistency_proof(6, 5),
        Err(StoreError::NotFound(_))
    ));
}

/// A batch whose third record fails its expectation writes nothing at all.
pub fn append_batch_is_atomic<H: Harness>(harness: &H) {
    let store = harness.open();
    let mut mirror = Mirror::default();
    let chn = TestParty::new(1, "CHN");
    let kaz = TestParty::new(2, "KAZ");
    let sco = TestParty::new(3, "sco");
    let asean = TestParty::new(4, "asean");
    mirror.append(&store, vec![chn.register()]);
    let c1 = concern_id(1);
    mirror.append(&store, vec![chn.lodge(&c1, &[&kaz], &[2], TIME)]);
    mirror.check(&store);
    let leaves_before = store.tree_nodes(0, 0, u64::MAX).unwrap();

    // Third record: a party that is already registered.
    let result = store.append_batch(vec![kaz.register(), sco.register(), chn.register()]);
    expect_conflict_naming(result, chn.entity());
    mirror.check(&store);
    assert_eq!(
        store.party(kaz.id()).unwrap(),
        None,
        "no projection of a rolled-back record"
    );
    assert_eq!(store.tree_node(NodeId::new(0, 2)).unwrap(), None);
    assert_eq!(store.tree_node(NodeId::new(1, 1)).unwrap(), None);
    assert_eq!(store.tree_nodes(0, 0, u64::MAX).unwrap(), leaves_before);

    // Third record: a stale version (the concern is at 1, not 0).
    let stale = Versioned {
        value: mirror.concern(&c1).value,
        version: 0,
    };
    let ack = Event::Concern(ConcernEvent::Acknowledged {
        concern: c1.clone(),
    });
    let result = store.append_batch(vec![
        kaz.register(),
        sco.register(),
        kaz.on_concern(&stale, ack.clone(), TIME),
    ]);
    expect_conflict_naming(result, format!("concern:{c1}"));
    mirror.check(&store);
    assert!(store.records_about(&kaz.entity()).unwrap().is_empty());

    // An empty batch is a no-op; then the same records land where the failed ones would have.
    assert!(store.append_batch(Vec::new()).unwrap().is_empty());
    let current = mirror.concern(&c1);
    let receipts = mirror.append(
        &store,
        vec![
            kaz.register(),
            sco.register(),
            kaz.on_concern(&current, ack, TIME),
            asean.register(),
        ],
    );
    assert_eq!(
        receipts.iter().map(|r| r.index).collect::<Vec<_>>(),
        [2, 3, 4, 5]
    );
    mirror.check(&store);
}

/// Expectations: `None` refuses an existing entity, a stale version is refused, the current
/// version is accepted and the entity's version becomes the new record's index — also within
/// one batch.
pub fn expectations_guard_entity_versions<H: Harness>(harness: &H) {
    let store = harness.open();
    let mut mirror = Mirror::default();
    let chn = TestParty::new(1, "CHN");
    let kaz = TestParty::new(2, "KAZ");
    mirror.append(&store, vec![chn.register(), kaz.register()]);
    expect_conflict_naming(store.append(kaz.register()), kaz.entity());

    let c = concern_id(7);
    let entity = format!("concern:{c}");
    mirror.append(&store, vec![chn.lodge(&c, &[&kaz], &[5], TIME)]);
    assert_eq!(mirror.concern(&c).version, 2);
    expect_conflict_naming(store.append(chn.lodge(&c, &[&kaz], &[5], TIME)), &entity);

    let current = mirror.concern(&c);
    let respond = |text: &str| {
        Event::Concern(ConcernEvent::Responded {
            concern: c.clone(),
            text: text.to_owned(),
        })
    };
    for wrong in [0, 1, 3, 99] {
        let stale = Versioned {
            value: current.value.clone(),
            version: wrong,
        };
        expect_conflict_naming(
            store.append(kaz.on_concern(&stale, respond("stale"), TIME)),
            &entity,
        );
    }
    // An entity that does not exist has no version to match.
    let mut ghost = kaz.on_concern(&current, respond("ghost"), TIME);
    ghost.expect.push(expect_version("concern:ghost", 0));
    expect_conflict_naming(store.append(ghost), "concern:ghost");
    mirror.check(&store);

    let receipt = mirror.append(
        &store,
        vec![kaz.on_concern(&current, respond("first"), TIME)],
    )[0];
    assert_eq!(receipt.index, 3);
    assert_eq!(store.concern(&c).unwrap().unwrap().version, 3);
    assert!(
        store
            .entity_versions()
            .unwrap()
            .contains(&(entity.clone(), 3))
    );

    // Within one batch: the second record expects the version the first one makes.
    let at3 = mirror.concern(&c);
    let ack = kaz.on_concern(
        &at3,
        Event::Concern(ConcernEvent::Acknowledged { concern: c.clone() }),
        TIME,
    );
    let after_ack = Versioned {
        value: ack.projections.iter().find_map(concern_of).unwrap(),
        version: 4,
    };
    let second = kaz.on_concern(&after_ack, respond("second"), TIME);
    // Expecting the pre-batch version after the first record changed it is stale.
    let stale_second = kaz.on_concern(&at3, respond("second"), TIME);
    expect_conflict_naming(store.append_batch(vec![ack.clone(), stale_second]), &entity);
    mirror.check(&store);
    mirror.append(&store, vec![ack, second]);
    assert_eq!(store.concern(&c).unwrap().unwrap().version, 5);
    mirror.check(&store);
}

/// Threads appending at once on one store get indices 0..n with no gap and no duplicate, and
/// the stored tree is the tree of the stored leaves in index order.
pub fn concurrent_appends_are_gap_free<H: Harness>(harness: &H) {
    const THREADS: u64 = 8;
    const EACH: u64 = 25;
    let store = Arc::new(harness.open());
    let chn = TestParty::new(1, "CHN");
    let kaz = TestParty::new(2, "KAZ");
    let barrier = Arc::new(Barrier::new(THREADS as usize));
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let (store, barrier, chn, kaz) =
                (store.clone(), barrier.clone(), chn.clone(), kaz.clone());
            std::thread::spawn(move || {
                barrier.wait();
                (0..EACH)
                    .map(|i| {
                        let new = chn.lodge(&concern_id(t * 1000 + i), &[&kaz], &[1], TIME);
                        let receipt = store.append(new.clone()).expect("the append succeeds");
                        assert_eq!(receipt.leaf_hash, new.entry.leaf_hash().unwrap());
                        (receipt, new)
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut appended: Vec<(Receipt, NewRecord)> = handles
        .into_iter()
        .flat_map(|h| h.join().expect("no thread panics"))
        .collect();
    appended.sort_by_key(|(r, _)| r.index);
    let indices: Vec<u64> = appended.iter().map(|(r, _)| r.index).collect();
    assert_eq!(
        indices,
        (0..THREADS * EACH).collect::<Vec<_>>(),
        "indices 0..200, gap-free"
    );

    let mut mirror = Mirror::default();
    let (receipts, records): (Vec<Receipt>, Vec<NewRecord>) = appended.into_iter().unzip();
    mirror.appended(records, &receipts);
    mirror.check(&*store);
    for size in 1..=mirror.size() {
        assert_eq!(
            store.root(size).unwrap(),
            mirror.tree.root_at(size).unwrap(),
            "root at {size}"
        );
    }
}

/// Threads that read the same entity version and all append on it: exactly one wins, every
/// other gets `Conflict`.
pub fn concurrent_conflicting_appends_one_wins<H: Harness>(harness: &H) {
    const THREADS: usize = 8;
    let store = Arc::new(harness.open());
    let mut mirror = Mirror::default();
    let chn = TestParty::new(1, "CHN");
    let kaz = TestParty::new(2, "KAZ");
    let c = concern_id(1);
    mirror.append(
        &*store,
        vec![
            chn.register(),
            kaz.register(),
            chn.lodge(&c, &[&kaz], &[9], TIME),
        ],
    );
    let current = store.concern(&c).unwrap().expect("the concern is stored");
    assert_eq!(current.version, 2);

    let barrier = Arc::new(Barrier::new(THREADS));
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let (store, barrier, kaz, current) =
                (store.clone(), barrier.clone(), kaz.clone(), current.clone());
            let event = Event::Concern(ConcernEvent::Responded {
                concern: c.clone(),
                text: format!("Response {t}."),
            });
            std::thread::spawn(move || {
                let new = kaz.on_concern(&current, event, TIME);
                barrier.wait();
                (store.append(new.clone()), new)
            })
        })
        .collect();
    let results: Vec<_> = handles
        .into_iter()
        .map(|h| h.join().expect("no thread panics"))
        .collect();
    let winners: Vec<_> = results.iter().filter(|(r, _)| r.is_ok()).collect();
    assert_eq!(
        winners.len(),
        1,
        "exactly one append wins: {:?}",
        results.iter().map(|r| &r.0).collect::<Vec<_>>()
    );
    for (result, _) in &results {
        assert!(
            result.is_ok() || is_conflict(result),
            "the others conflict: {result:?}"
        );
    }
    let (receipt, new) = winners[0];
    let receipt = *receipt.as_ref().unwrap();
    assert_eq!(receipt.index, 3);
    mirror.appended(vec![new.clone()], &[receipt]);
    mirror.check(&*store);
}

/// Checkpoints are kept by size; keeping one twice is a no-op.
pub fn checkpoints_are_kept<H: Harness>(harness: &H) {
    let store = harness.open();
    let mut mirror = Mirror::default();
    assert_eq!(store.latest_checkpoint().unwrap(), None);
    assert!(store.checkpoints().unwrap().is_empty());
    let parties: Vec<TestParty> = (1..=3u8)
        .map(|n| TestParty::new(n, &format!("party-{n}")))
        .collect();
    mirror.append(&store, parties.iter().map(TestParty::register).collect());

    let signer = NoteSigner::new("gsi.test/log", signing_key(200)).unwrap();
    let checkpoint = |size: u64| {
        let root = store.root(size).unwrap();
        let cp = Checkpoint {
            origin: "gsi.test/log".to_owned(),
            size,
            root,
        };
        StoredCheckpoint {
            size,
            note: sign_checkpoint(&cp, &signer).unwrap(),
        }
    };
    let (cp1, cp2, cp3) = (checkpoint(1), checkpoint(2), checkpoint(3));
    store.add_checkpoint(&cp2).unwrap();
    assert_eq!(store.latest_checkpoint().unwrap(), Some(cp2.clone()));
    store.add_checkpoint(&cp1).unwrap();
    assert_eq!(
        store.latest_checkpoint().unwrap(),
        Some(cp2.clone()),
        "latest is the largest size"
    );
    store.add_checkpoint(&cp3).unwrap();
    store.add_checkpoint(&cp3).unwrap();
    store.add_checkpoint(&cp1).unwrap();
    assert_eq!(store.latest_checkpoint().unwrap(), Some(cp3.clone()));
    assert_eq!(store.checkpoint(2).unwrap(), Some(cp2.clone()));
    assert_eq!(store.checkpoint(4).unwrap(), None);
    assert_eq!(store.checkpoint(0).unwrap(), None);
    assert_eq!(store.checkpoints().unwrap(), [cp1, cp2, cp3]);
}

/// Data (records, users, password hashes, tokens, sessions, keys, checkpoints) survives dropping
/// the store and opening it again; opening runs migrations once, and
/// two stores on the same database at once both work.
pub fn data_survives_reopening<H: Harness>(harness: &H) {
    let mut mirror = Mirror::default();
    let chn = TestParty::new(1, "CHN");
    let kaz = TestParty::new(2, "KAZ");
    let c = concern_id(5);
    let wang = User {
        name: "wang".to_owned(),
        party: chn.id().clone(),
        roles: vec![Role::Secretariat],
        disabled: false,
        created_at: TIME.to_owned(),
    };
    let token = ApiToken {
        id: "t1".to_owned(),
        user: "wang".to_owned(),
        label: "cli".to_owned(),
        hash: [4; 32],
        created_at: TIME.to_owned(),
        revoked: false,
        expires_at: minutes_after(TIME, 60),
        scopes: vec!["read".to_owned(), "write:concerns".to_owned()],
        last_used_at: Some(minutes_after(TIME, 1)),
    };
    let session = Session {
        id_hash: [5; 32],
        user: "wang".to_owned(),
        csrf_token: "csrf".to_owned(),
        created_at: TIME.to_owned(),
        expires_at: minutes_after(TIME, 60),
    };
    let key = SealedKey {
        party: chn.id().clone(),
        key_id: chn.key_id(),
        sealed: vec![1, 2, 3],
    };
    let checkpoint = StoredCheckpoint {
        size: 3,
        note: "gsi.test/log\n3\nAAAA\n".to_owned(),
    };
    {
        let store = harness.open();
        mirror.append(&store, vec![chn.register(), kaz.register()]);
        mirror.append(&store, vec![chn.lodge(&c, &[&kaz], &[4], TIME)]);
        let sco = TestParty::mechanism(3, "sco");
        let joined = membership(&sco, &kaz, MembershipRole::Member, Some("2001-06-15"), None);
        mirror.append(
            &store,
            vec![
                sco.register(),
                sco.record_membership(&joined, vec![expect_new(joined.entity())], TIME),
            ],
        );
        store.add_user(&wang).unwrap();
        store.add_token(&token).unwrap();
        store
            .set_password_hash("wang", Some("$argon2id$v=19$x"))
            .unwrap();
        store.add_session(&session).unwrap();
        store.put_sealed_key(&key).unwrap();
        store.add_checkpoint(&checkpoint).unwrap();
    }
    let first = harness.open();
    let second = harness.open();
    for store in [&first, &second] {
        mirror.check(store);
        assert_eq!(store.user("wang").unwrap(), Some(wang.clone()));
        assert_eq!(
            store.token_by_hash(&[4; 32]).unwrap(),
            Some((token.clone(), wang.clone()))
        );
        assert_eq!(
            store.password_hash("wang").unwrap().as_deref(),
            Some("$argon2id$v=19$x")
        );
        assert_eq!(
            store.session(&[5; 32]).unwrap(),
            Some((session.clone(), wang.clone()))
        );
        assert_eq!(store.sealed_key(chn.id()).unwrap(), Some(key.clone()));
        assert_eq!(store.latest_checkpoint().unwrap(), Some(checkpoint.clone()));
    }
    let current = mirror.concern(&c);
    let ack = Event::Concern(ConcernEvent::Acknowledged { concern: c.clone() });
    let receipt = mirror.append(&first, vec![kaz.on_concern(&current, ack, TIME)])[0];
    assert_eq!(receipt.index, 5);
    mirror.check(&second);
    drop((first, second));
    mirror.check(&harness.open());
}

/// Growth per author is counted in the database and agrees with the records themselves (a
/// sealed record's disclosure included); `since` keeps the records timed at or after it.
pub fn growth_is_counted_per_author<H: Harness>(harness: &H) {
    let store = harness.open();
    let mut mirror = Mirror::default();
    assert!(store.growth_by_author(None).unwrap().is_empty());
    let chn = TestParty::new(1, "CHN");
    let kaz = TestParty::new(2, "KAZ");
    mirror.append(&store, vec![chn.register(), kaz.register()]);
    let later = minutes_after(TIME, 60);
    mirror.append(
        &store,
        vec![
            chn.lodge(&concern_id(1), &[&kaz], &[1], &minutes_after(TIME, 1)),
            chn.lodge_sealed(&concern_id(2), &[&kaz], &[2], &later),
            kaz.lodge(&concern_id(3), &[&chn], &[3], &later),
        ],
    );
    let records = store.records(0, 100).unwrap();
    let expected = |since: &str| {
        let mut by_author: BTreeMap<String, (u64, u64)> = BTreeMap::new();
        for r in records.iter().filter(|r| r.time.as_str() >= since) {
            let entry = by_author.entry(r.author.clone()).or_default();
            entry.0 += 1;
            let disclosure = r.disclosure.as_ref().map_or(0, Vec::len);
            entry.1 += (r.signed_bytes.len() + r.signature.len() + disclosure) as u64;
        }
        by_author
            .into_iter()
            .map(|(author, (records, bytes))| AuthorGrowth {
                author,
                records,
                bytes,
            })
            .collect::<Vec<_>>()
    };
    let all = store.growth_by_author(None).unwrap();
    assert_eq!(all, expected(""));
    assert_eq!(
        all.iter()
            .map(|g| (g.author.as_str(), g.records))
            .collect::<Vec<_>>(),
        [("CHN", 3), ("KAZ", 2)]
    );
    let recent = store.growth_by_author(Some(&later)).unwrap();
    assert_eq!(recent, expected(&later));
    assert_eq!(
        recent
            .iter()
            .map(|g| (g.author.as_str(), g.records))
            .collect::<Vec<_>>(),
        [("CHN", 1), ("KAZ", 1)]
    );
    assert!(store.growth_by_author(Some("9999")).unwrap().is_empty());
}

/// A sealed record keeps its envelope in the journal and its disclosure beside it, read back
/// byte for byte; the concern list keeps to each reader: the public sees public concerns, a
/// party also those it is named in or lodged, the node every one; widening takes effect in
/// the list at once.
pub fn sealed_records_keep_their_disclosure_and_concerns_their_readers<H: Harness>(harness: &H) {
    let store = harness.open();
    let mut mirror = Mirror::default();
    let chn = TestParty::new(1, "CHN");
    let kaz = TestParty::new(2, "KAZ");
    let rus = TestParty::new(3, "RUS");
    mirror.append(&store, vec![chn.register(), kaz.register(), rus.register()]);
    let (restricted, public) = (concern_id(1), concern_id(2));
    let sealed = chn.lodge_sealed(&restricted, &[&kaz], &[1], TIME);
    let receipts = mirror.append(
        &store,
        vec![
            sealed.clone(),
            kaz.lodge(&public, &[&chn], &[2], &minutes_after(TIME, 1)),
        ],
    );
    mirror.check(&store);

    let stored = store.record(receipts[0].index).unwrap().unwrap();
    let disclosure = stored
        .disclosure
        .clone()
        .expect("a sealed record has a disclosure");
    assert_eq!(
        Some(disclosure.clone()),
        sealed.entry.disclosure_bytes().unwrap()
    );
    assert!(
        !String::from_utf8_lossy(&stored.signed_bytes).contains("Concern"),
        "the journal row holds the envelope, not the body"
    );
    let entry =
        LogEntry::from_stored(&stored.signed_bytes, &stored.signature, Some(&disclosure)).unwrap();
    entry.verify(&chn.key.verifying_key()).unwrap();
    assert_eq!(entry.leaf_hash().unwrap(), receipts[0].leaf_hash);
    assert_eq!(
        store.record(receipts[1].index).unwrap().unwrap().disclosure,
        None
    );
    assert_eq!(
        store
            .records_about(&format!("concern:{restricted}"))
            .unwrap()[0]
            .disclosure,
        Some(disclosure),
        "every read of the journal carries the disclosure"
    );

    let listed = |store: &H::Store, reader: Reader| {
        store
            .concerns(&ConcernFilter {
                reader,
                ..ConcernFilter::default()
            })
            .unwrap()
            .into_iter()
            .map(|c| c.id)
            .collect::<Vec<_>>()
    };
    let party = |p: &TestParty| Reader::Party(p.id().clone());
    let both = vec![public.clone(), restricted.clone()];
    let only_public = vec![public.clone()];
    assert_eq!(listed(&store, Reader::Anonymous), only_public);
    assert_eq!(listed(&store, party(&rus)), only_public);
    assert_eq!(listed(&store, party(&kaz)), both, "the addressee");
    assert_eq!(listed(&store, party(&chn)), both, "the lodger");
    assert_eq!(listed(&store, Reader::Node), both);
    // The filter counts readers after the other filters, as a page of a party's list would.
    let about_chn = store
        .concerns(&ConcernFilter {
            reader: party(&rus),
            party: Some(chn.id().clone()),
            ..ConcernFilter::default()
        })
        .unwrap();
    assert_eq!(
        about_chn.len(),
        1,
        "RUS sees only the public concern addressed to CHN"
    );

    let widen = |to: Distribution, minutes: i64, mirror: &mut Mirror| {
        let current = mirror.concern(&restricted);
        let event = Event::Concern(ConcernEvent::DistributionWidened {
            concern: restricted.clone(),
            distribution: to,
        });
        mirror.append(
            &store,
            vec![chn.on_concern(&current, event, &minutes_after(TIME, minutes))],
        );
    };
    widen(
        Distribution::parties([kaz.id().clone(), rus.id().clone()]),
        2,
        &mut mirror,
    );
    assert_eq!(listed(&store, party(&rus)), both);
    assert_eq!(listed(&store, Reader::Anonymous), only_public);
    widen(Distribution::Public, 3, &mut mirror);
    assert_eq!(listed(&store, Reader::Anonymous), both);
    mirror.check(&store);
    drop(store);
    mirror.check(&harness.open());
}

/// A concern stored before distributions existed (concern 1, lodged by `lodger`) is public
/// after the upgrade: everyone lists it, as everyone read it before.
pub fn assert_lodged_before_is_public(store: &impl Store, lodger: &TestParty) {
    let listed = store
        .concerns(&ConcernFilter {
            reader: Reader::Anonymous,
            ..ConcernFilter::default()
        })
        .unwrap();
    assert_eq!(listed.len(), 1, "the concern from before is public");
    assert_eq!(listed[0].id, concern_id(1));
    assert_eq!(&listed[0].lodged_by, lodger.id());
    assert!(listed[0].distribution.is_public());
}
