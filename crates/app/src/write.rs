//! The one write path: read through a recording [`View`], decide, sign, append under the
//! versions of everything read, and retry on a concurrent change.
//!
//! A command never writes its expectations by hand: the view records the version of every
//! entity the decision and the projection read (absent ones as "must not exist"), and an entity
//! the record writes without having read it is expected not to exist yet. So whatever a decision
//! was made on is checked inside the append's transaction.

use crate::refusals;
use std::cell::RefCell;
use std::collections::BTreeMap;

use gsi_core::state::{Projection, Source};
use gsi_core::{Actor, DomainError, EntityKey, Event, Timestamp};
use gsi_store::{Expectation, Receipt, Store, StoreError, Versioned};

use crate::platform::{CONFLICT_RETRIES, prepare_record};
use crate::{AppError, Platform};

/// What a command wrote: its projections (the state it computed) and its place in the log.
#[derive(Debug, Clone)]
pub struct Acted {
    pub projections: Vec<Projection>,
    pub receipt: Receipt,
}

impl Acted {
    /// The first projection of the type `T`: what the command created or changed.
    pub fn entity<T: gsi_core::state::Entity>(&self) -> Option<T> {
        self.projections
            .iter()
            .cloned()
            .find_map(T::from_projection)
    }
}

/// A read view over the store that remembers the version of every entity it read.
pub struct View<'a> {
    store: &'a dyn Store,
    read: RefCell<BTreeMap<EntityKey, Option<u64>>>,
    /// A store failure met while reading, reported instead of the domain error it caused.
    failure: RefCell<Option<StoreError>>,
}

impl<'a> View<'a> {
    pub fn new(store: &'a dyn Store) -> Self {
        Self {
            store,
            read: RefCell::default(),
            failure: RefCell::default(),
        }
    }

    pub fn store(&self) -> &'a dyn Store {
        self.store
    }

    /// Whether the registry holds the party (commands check the parties they name).
    pub fn party_exists(&self, party: &gsi_core::PartyId) -> bool {
        matches!(self.store.party(party), Ok(Some(_)))
    }

    /// Reads one entity of type `T`, recording its version.
    pub fn get<T: gsi_core::state::Entity>(&self, key: EntityKey) -> Result<Option<T>, AppError> {
        self.settle(gsi_core::state::read(self, key))
    }

    /// The expectations of an append: every entity read at the version read, and every entity
    /// written but not read as not existing yet.
    fn expectations(&self, written: &[Projection]) -> Vec<Expectation> {
        let mut read = self.read.borrow().clone();
        for p in written {
            read.entry(p.entity()).or_insert(None);
        }
        read.iter()
            .map(|(key, version)| Expectation::new(key, *version))
            .collect()
    }

    /// Turns a result of reading through the view into the app's error, preferring a store
    /// failure met on the way.
    fn settle<T>(&self, result: Result<T, DomainError>) -> Result<T, AppError> {
        match self.failure.borrow_mut().take() {
            Some(e) => Err(e.into()),
            None => Ok(result?),
        }
    }

    fn load(&self, key: &EntityKey) -> Result<Option<(Projection, u64)>, StoreError> {
        fn put<T>(
            v: Option<Versioned<T>>,
            wrap: impl FnOnce(T) -> Projection,
        ) -> Option<(Projection, u64)> {
            v.map(|v| (wrap(v.value), v.version))
        }
        Ok(match key {
            EntityKey::Party(id) => put(self.store.party(id)?, Projection::Party),
            EntityKey::Concern(id) => put(self.store.concern(id)?, Projection::Concern),
            EntityKey::Rules(m) => put(self.store.rules(m)?, Projection::Rules),
            EntityKey::Meeting(id) => put(self.store.meeting(id)?, Projection::Meeting),
            EntityKey::Document(id) => put(self.store.document(id)?, Projection::Document),
            EntityKey::Series { series, year } => {
                put(self.store.series(series, *year)?, Projection::Series)
            }
            EntityKey::PartyKey { .. }
            | EntityKey::Membership { .. }
            | EntityKey::Memberships { .. } => {
                return Err(StoreError::Corrupt(format!(
                    "{key} is not read by any command"
                )));
            }
        })
    }
}

impl Source for View<'_> {
    fn read(&self, key: &EntityKey) -> Result<Option<Projection>, DomainError> {
        match self.load(key) {
            Ok(found) => {
                let version = found.as_ref().map(|(_, v)| *v);
                let mut read = self.read.borrow_mut();
                match read.get(key) {
                    // Read twice at different versions: the view is not one state; start again.
                    Some(earlier) if *earlier != version => {
                        return Err(refusals::changed_while_read(key));
                    }
                    _ => read.insert(key.clone(), version),
                };
                Ok(found.map(|(p, _)| p))
            }
            Err(e) => {
                *self.failure.borrow_mut() = Some(e);
                Err(refusals::store_unreadable())
            }
        }
    }
}

impl Platform {
    /// The one write loop: `decide` reads what it needs through a fresh [`View`] and returns the
    /// event; the event is projected through the same view, signed with the actor's own party
    /// key and appended under the versions read. A concurrent change makes the append fail with
    /// a conflict, and the command is decided again on the new state.
    /// Runs a decision's reads without writing anything: a form asks what a command would be
    /// refused with before it is sent.
    pub fn dry_run<T>(
        &self,
        decide: impl FnOnce(&View<'_>) -> Result<T, AppError>,
    ) -> Result<T, AppError> {
        let view = View::new(self.store());
        let decided = decide(&view);
        match view.failure.borrow_mut().take() {
            Some(e) => Err(e.into()),
            None => decided,
        }
    }

    pub fn act<E: Into<Event>>(
        &self,
        actor: &Actor,
        now: Timestamp,
        decide: impl Fn(&View<'_>) -> Result<E, AppError>,
    ) -> Result<Acted, AppError> {
        actor.require_author(&actor.party)?;
        let key = self.party_key(&actor.party)?;
        let mut attempt = 0;
        loop {
            let view = View::new(self.store());
            let event: Event = decide(&view)?.into();
            let prepared = prepare_record(&actor.party, &key, &event, &view, Vec::new(), now);
            if let Some(e) = view.failure.borrow_mut().take() {
                return Err(e.into());
            }
            let mut record = prepared?;
            record.expect = view.expectations(&record.projections);
            let projections = record.projections.clone();
            match self.commit(actor, record) {
                Err(AppError::Store(StoreError::Conflict(_))) if attempt < CONFLICT_RETRIES => {
                    attempt += 1
                }
                Err(e) => return Err(e),
                Ok(receipt) => {
                    return Ok(Acted {
                        projections,
                        receipt,
                    });
                }
            }
        }
    }
}
