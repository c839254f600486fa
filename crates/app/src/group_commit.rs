//! Group commit: commands that append at the same moment share one durable transaction.
//!
//! A durable commit costs one flush of the disk (hundreds of microseconds), far more than
//! signing and hashing a record. One transaction per command caps a node at about one command per
//! flush however many requests arrive together. Here, the first command to arrive becomes the
//! *leader*: it appends its own record and every record queued behind it in one
//! [`Store::append_batch`], then hands each command its own receipt. Commands arriving while a
//! leader commits queue up and form the next batch. A lone command is committed at once, alone,
//! so nothing waits for company.
//!
//! Invariants:
//! - **Each command keeps its own outcome.** A batch is all or nothing, so when it fails (an
//!   expectation one record no longer meets, say), its records are appended again one by one:
//!   the others land, and only the record that conflicts gets the conflict, as it would have
//!   alone.
//! - **No command waits forever.** If a leader unwinds, every record of its batch is answered
//!   with an error and the next command takes the lead.

use std::collections::HashMap;
use std::sync::{Condvar, Mutex, MutexGuard};

use gsi_store::{NewRecord, Receipt, Store, StoreError};

/// The most records one transaction takes; more wait for the next one.
const MAX_BATCH: usize = 256;

#[derive(Default)]
pub(crate) struct GroupCommit {
    queue: Mutex<Queue>,
    turn: Condvar,
}

#[derive(Default)]
struct Queue {
    next_ticket: u64,
    waiting: Vec<(u64, NewRecord)>,
    answers: HashMap<u64, Result<Receipt, StoreError>>,
    leading: bool,
    stats: CommitStats,
}

/// How appends were grouped since the node started: shared transactions, and the records that
/// landed in them (appends retried one by one after a failed batch count once each).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CommitStats {
    pub transactions: u64,
    pub records: u64,
}

impl GroupCommit {
    /// Appends `record` to `store`, in a transaction shared with records appended at the same
    /// moment; returns this record's receipt or error.
    pub(crate) fn append(
        &self,
        store: &dyn Store,
        record: NewRecord,
    ) -> Result<Receipt, StoreError> {
        let mut queue = self.lock();
        let ticket = queue.next_ticket;
        queue.next_ticket += 1;
        queue.waiting.push((ticket, record));
        loop {
            if let Some(answer) = queue.answers.remove(&ticket) {
                return answer;
            }
            if queue.leading {
                queue = self
                    .turn
                    .wait(queue)
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
                continue;
            }
            queue.leading = true;
            let take = queue.waiting.len().min(MAX_BATCH);
            let batch: Vec<(u64, NewRecord)> = queue.waiting.drain(..take).collect();
            drop(queue);
            let mut lead = Lead {
                group: self,
                tickets: batch.iter().map(|(t, _)| *t).collect(),
                answered: false,
            };
            let answers = commit(store, batch);
            queue = self.lock();
            queue.stats.transactions += 1;
            queue.stats.records += answers.iter().filter(|(_, a)| a.is_ok()).count() as u64;
            queue.answers.extend(answers);
            queue.leading = false;
            lead.answered = true;
            self.turn.notify_all();
        }
    }

    pub(crate) fn stats(&self) -> CommitStats {
        self.lock().stats
    }

    fn lock(&self) -> MutexGuard<'_, Queue> {
        // The queue holds no invariant a panic could break half-way; carry on with it.
        self.queue
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The leader's batch; if the leader unwinds before answering, the batch is answered with an
/// error and the lead is released.
struct Lead<'a> {
    group: &'a GroupCommit,
    tickets: Vec<u64>,
    answered: bool,
}

impl Drop for Lead<'_> {
    fn drop(&mut self) {
        if self.answered {
            return;
        }
        let mut queue = self.group.lock();
        for ticket in &self.tickets {
            queue.answers.insert(
                *ticket,
                Err(StoreError::backend(std::io::Error::other(
                    "the shared commit was interrupted before it answered",
                ))),
            );
        }
        queue.leading = false;
        self.group.turn.notify_all();
    }
}

/// Appends the batch in one transaction; if that fails, one by one, so each record gets the
/// outcome it would have had alone.
fn commit(
    store: &dyn Store,
    batch: Vec<(u64, NewRecord)>,
) -> Vec<(u64, Result<Receipt, StoreError>)> {
    if batch.len() == 1 {
        return batch
            .into_iter()
            .map(|(ticket, record)| (ticket, store.append(record)))
            .collect();
    }
    let records: Vec<NewRecord> = batch.iter().map(|(_, r)| r.clone()).collect();
    match store.append_batch(records) {
        Ok(receipts) => batch
            .iter()
            .map(|(t, _)| *t)
            .zip(receipts.into_iter().map(Ok))
            .collect(),
        Err(_) => batch
            .into_iter()
            .map(|(ticket, record)| (ticket, store.append(record)))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use gsi_core::concerns::{ConcernEvent, LodgeConcern};
    use gsi_core::framework::{PriorityRef, SecurityDomain};
    use gsi_core::state::Nothing;
    use gsi_core::{ConcernId, Event, Party, PartyId, PartyKind};
    use gsi_store::Expectation;

    use super::*;
    use crate::platform::prepare_record;
    use crate::{NodeIdentity, Platform, open_store};

    /// A new concern's record, expecting the concern not to exist yet.
    fn lodging(platform: &Platform, n: u8) -> NewRecord {
        let author = PartyId::parse("KAZ").unwrap();
        let sealed = platform.store().sealed_key(&author).unwrap().unwrap();
        let key = platform.node().unseal(&sealed).unwrap();
        let event = Event::Concern(ConcernEvent::Lodged(LodgeConcern {
            id: ConcernId::from_random([n; 16]),
            title: format!("Concern {n}"),
            description: "A concern for the batch.".into(),
            domain: SecurityDomain::Traditional,
            priorities: vec![PriorityRef::parse("III.5").unwrap()],
            addressees: vec![PartyId::parse("CHN").unwrap()],
            un_references: vec![],
            response_due: None,
            distribution: None,
        }));
        let expect = vec![Expectation::new(&event.subject(), None)];
        let now = crate::now();
        prepare_record(&author, &key, &event, &Nothing, expect, now).unwrap()
    }

    #[test]
    fn a_failed_batch_is_appended_again_one_by_one_so_only_the_conflict_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let (node, _) = NodeIdentity::load_or_create(dir.path(), "test.example/log").unwrap();
        let store = open_store(&format!("sqlite://{}/gsi.db", dir.path().display())).unwrap();
        let platform = Platform::new(store, Arc::new(node));
        for (id, name) in [("KAZ", "Kazakhstan"), ("CHN", "China")] {
            let party = Party::new(PartyId::parse(id).unwrap(), PartyKind::State, name).unwrap();
            platform.register_party(party, crate::now()).unwrap();
        }
        let before = platform.store().tree_size().unwrap();
        // The second record lodges the first one's concern again: its expectation fails once the
        // first has landed, which fails the shared transaction.
        let batch = vec![
            (7, lodging(&platform, 1)),
            (8, lodging(&platform, 1)),
            (9, lodging(&platform, 2)),
        ];
        let answers = commit(platform.store(), batch);
        let tickets: Vec<u64> = answers.iter().map(|(t, _)| *t).collect();
        assert_eq!(tickets, [7, 8, 9]);
        assert_eq!(answers[0].1.as_ref().unwrap().index, before);
        assert!(
            matches!(answers[1].1, Err(StoreError::Conflict(_))),
            "{:?}",
            answers[1].1
        );
        assert_eq!(answers[2].1.as_ref().unwrap().index, before + 1);
        assert_eq!(platform.store().tree_size().unwrap(), before + 2);

        // A batch that fits lands whole, in order.
        let batch = vec![(10, lodging(&platform, 3)), (11, lodging(&platform, 4))];
        let answers = commit(platform.store(), batch);
        let indices: Vec<u64> = answers
            .iter()
            .map(|(_, a)| a.as_ref().unwrap().index)
            .collect();
        assert_eq!(indices, [before + 2, before + 3]);
    }
}
