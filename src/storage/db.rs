//! The IndexedDB database: one store per record kind, one entry per record.
//!
//! Saving an edit writes that one record, never the whole workspace. Entries
//! are envelopes `{ "schema": N, "record": {…} }` so that a later Siar can
//! tell how an entry was written and migrate it.

use std::future::{Future, IntoFuture};
use std::rc::Rc;

use idb::{
    DatabaseEvent, Event, Factory, Query, Request, Transaction, TransactionMode, TransactionResult,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DomException, IdbTransaction};

use crate::domain::merge::Changes;
use crate::domain::record::{Record, RecordData, RecordKind};
use crate::domain::time::Date;
use crate::domain::workspace::Workspace;

use super::migrations::{schema_version, MIGRATIONS};

/// The name of Siar's database.
pub const DB_NAME: &str = "siar";
/// The shape of a stored entry written by this build.
pub const RECORD_SCHEMA: u32 = 1;
/// The store that holds the single workspace object.
pub(crate) const WORKSPACE_STORE: &str = "workspace";
/// The key of the workspace object in its store.
pub(crate) const WORKSPACE_KEY: &str = "workspace";
/// The key, in the workspace store, of the unknown top-level keys of
/// imported plan files (spec: kept on import, written back on export).
pub(crate) const PLAN_EXTRA_KEY: &str = "plan_extra";
/// The index on the date of posts and coverage (target date of ideas).
pub const DATE_INDEX: &str = "by_date";

/// Unknown top-level keys of a plan file.
pub type PlanExtra = serde_json::Map<String, serde_json::Value>;

/// A write: store name, key, stored value.
type Entry<'a> = (&'a str, String, JsValue);

/// Why a read or write did not happen. Stored data is never touched by a
/// failed write: IndexedDB transactions are all or nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// IndexedDB cannot be used here (private mode, disabled, blocked).
    Unavailable(String),
    /// The database was made by a newer Siar; it is left untouched.
    NewerVersion,
    /// The browser's storage quota is used up.
    QuotaExceeded,
    /// The connection was closed, e.g. because a newer tab upgraded it.
    Closed,
    /// Any other refusal, with the browser's own name for it.
    Other(String),
}

impl StorageError {
    fn from_dom_name(name: &str, message: String) -> Self {
        match name {
            "QuotaExceededError" => StorageError::QuotaExceeded,
            "InvalidStateError" | "TransactionInactiveError" => StorageError::Closed,
            "VersionError" => StorageError::NewerVersion,
            _ => StorageError::Other(format!("{name}: {message}")),
        }
    }

    fn from_js(value: &JsValue) -> Self {
        match value.dyn_ref::<DomException>() {
            Some(e) => Self::from_dom_name(&e.name(), e.message()),
            None => StorageError::Other(format!("{value:?}")),
        }
    }
}

impl From<idb::Error> for StorageError {
    fn from(err: idb::Error) -> Self {
        use idb::Error as E;
        match &err {
            E::DomException(e) => Self::from_dom_name(&e.name(), e.message()),
            E::AddFailed(v)
            | E::UpdateFailed(v)
            | E::DeleteFailed(v)
            | E::GetFailed(v)
            | E::GetAllFailed(v)
            | E::GetAllKeysFailed(v)
            | E::IndexedDbOpenFailed(v)
            | E::TransactionOpenFailed(v)
            | E::TransactionCommitError(v)
            | E::ObjectStoreNotFound(v)
            | E::IndexNotFound(v) => Self::from_js(v),
            E::IndexedDbNotFound(v) => StorageError::Unavailable(format!("{v:?}")),
            _ => StorageError::Other(err.to_string()),
        }
    }
}

#[derive(Serialize)]
struct EntryOut<'a, T> {
    schema: u32,
    record: &'a T,
}

#[derive(Deserialize)]
struct EntryIn<T> {
    schema: u32,
    record: T,
}

/// The stored form of any serialisable value, as a plain JS object.
pub(super) fn entry<T: Serialize>(value: &T) -> JsValue {
    let json = serde_json::to_string(&EntryOut {
        schema: RECORD_SCHEMA,
        record: value,
    })
    .expect("records always serialise");
    js_sys::JSON::parse(&json).expect("serde_json writes valid JSON")
}

pub(crate) fn entry_for_record<T: RecordData>(record: &Record<T>) -> JsValue {
    entry(record)
}

pub(crate) fn entry_for_workspace(ws: &Workspace) -> JsValue {
    entry(ws)
}

pub(crate) fn js_key(key: &str) -> JsValue {
    JsValue::from_str(key)
}

/// Reads an entry back; `None` for an entry this build cannot read, which
/// is left in storage untouched rather than deleted.
pub(super) fn read_entry<T: DeserializeOwned>(value: &JsValue) -> Option<T> {
    let json: String = js_sys::JSON::stringify(value).ok()?.into();
    let parsed: EntryIn<T> = serde_json::from_str(&json).ok()?;
    (parsed.schema <= RECORD_SCHEMA).then_some(parsed.record)
}

/// An open connection to Siar's database.
pub struct Db {
    inner: idb::Database,
}

impl Db {
    /// Opens (creating or migrating as needed) the database at this build's
    /// schema version.
    pub async fn open(name: &str) -> Result<Rc<Db>, StorageError> {
        Self::open_at(name, schema_version()).await
    }

    /// Opens the database at `version`, running the migrations between the
    /// stored version and `version`. Tests use it to build an old database.
    pub async fn open_at(name: &str, version: u32) -> Result<Rc<Db>, StorageError> {
        let factory = Factory::new().map_err(|e| StorageError::Unavailable(e.to_string()))?;
        let mut request = factory
            .open(name, Some(version))
            .map_err(|e| StorageError::Unavailable(e.to_string()))?;
        request.on_upgrade_needed(move |event| {
            let old = event.old_version().unwrap_or(0) as usize;
            let new = event.new_version().ok().flatten().unwrap_or(version) as usize;
            let (Ok(db), Some(tx)) = (
                event.database(),
                event.target().ok().and_then(|r| r.transaction()),
            ) else {
                return;
            };
            for migration in &MIGRATIONS[old..new.min(MIGRATIONS.len())] {
                if let Err(err) = migration.apply(&db, &tx) {
                    // Aborting the upgrade keeps the old database as it was.
                    web_sys::console::error_1(
                        &format!("migration '{}' failed: {err}", migration.name).into(),
                    );
                    let _ = tx.abort();
                    return;
                }
            }
        });
        let mut inner = request.await.map_err(StorageError::from)?;
        // Let a newer tab upgrade the schema: this connection closes and its
        // next write reports `Closed` instead of blocking the other tab.
        inner.on_version_change(|event| {
            if let Ok(db) = event.database() {
                db.close();
            }
        });
        Ok(Rc::new(Db { inner }))
    }

    /// Deletes a whole database (used by tests).
    pub async fn delete(name: &str) -> Result<(), StorageError> {
        let factory = Factory::new().map_err(|e| StorageError::Unavailable(e.to_string()))?;
        factory.delete(name)?.await?;
        Ok(())
    }

    /// The schema version of the open database.
    pub fn version(&self) -> u32 {
        self.inner.version().unwrap_or(0)
    }

    /// Closes the connection; later calls fail with [`StorageError::Closed`].
    pub fn close(&self) {
        self.inner.close();
    }

    /// The index names of one record kind's store.
    pub fn index_names(&self, kind: RecordKind) -> Result<Vec<String>, StorageError> {
        let tx = self.transaction(&[kind.plan_key()], TransactionMode::ReadOnly)?;
        Ok(tx.object_store(kind.plan_key())?.index_names())
    }

    pub(super) fn transaction(
        &self,
        stores: &[&str],
        mode: TransactionMode,
    ) -> Result<Transaction, StorageError> {
        self.inner
            .transaction(stores, mode)
            .map_err(StorageError::from)
    }

    /// Writes one record (insert or replace by id).
    pub async fn put<T: RecordData>(&self, record: &Record<T>) -> Result<(), StorageError> {
        self.write(
            T::KIND.plan_key(),
            &[(record.id.as_str(), entry_for_record(record))],
        )
        .await
    }

    /// Writes many records of one kind in one transaction: all or nothing.
    pub async fn put_all<T: RecordData>(&self, records: &[Record<T>]) -> Result<(), StorageError> {
        let entries: Vec<(&str, JsValue)> = records
            .iter()
            .map(|r| (r.id.as_str(), entry_for_record(r)))
            .collect();
        self.write(T::KIND.plan_key(), &entries).await
    }

    /// Writes the workspace object.
    pub async fn put_workspace(&self, ws: &Workspace) -> Result<(), StorageError> {
        self.write(WORKSPACE_STORE, &[(WORKSPACE_KEY, entry_for_workspace(ws))])
            .await
    }

    async fn write(&self, store: &str, entries: &[(&str, JsValue)]) -> Result<(), StorageError> {
        let entries: Vec<Entry> = entries
            .iter()
            .map(|(key, value)| (store, key.to_string(), value.clone()))
            .collect();
        self.write_entries(&[store], &entries).await
    }

    /// Writes entries to several stores in one transaction: all or nothing.
    pub(super) async fn write_entries(
        &self,
        stores: &[&str],
        entries: &[Entry<'_>],
    ) -> Result<(), StorageError> {
        let tx = self.transaction(stores, TransactionMode::ReadWrite)?;
        // Keep a handle on the raw transaction: after an abort, its `error`
        // says why (e.g. QuotaExceededError).
        let raw: IdbTransaction = tx.into();
        let tx = Transaction::from(raw.clone());
        for (store, key, value) in entries {
            let put = tx
                .object_store(store)
                .and_then(|os| os.put(value, Some(&js_key(key))));
            if let Err(err) = put {
                let _ = tx.abort();
                return Err(err.into());
            }
        }
        match tx.commit()?.await {
            Ok(TransactionResult::Committed) => Ok(()),
            Ok(TransactionResult::Aborted) => Err(match raw.error() {
                Some(e) => StorageError::from_dom_name(&e.name(), e.message()),
                None => StorageError::Other("transaction aborted".into()),
            }),
            Err(err) => Err(err.into()),
        }
    }

    /// Removes the entry `key` of `store`; removing what is not stored is
    /// no error.
    pub(super) async fn delete_entry(&self, store: &str, key: &str) -> Result<(), StorageError> {
        let tx = self.transaction(&[store], TransactionMode::ReadWrite)?;
        // As in `write_entries`: after an abort the raw transaction's
        // `error` says why.
        let raw: IdbTransaction = tx.into();
        let tx = Transaction::from(raw.clone());
        if let Err(err) = tx
            .object_store(store)
            .and_then(|os| os.delete(Query::Key(js_key(key))))
        {
            let _ = tx.abort();
            return Err(err.into());
        }
        match tx.commit()?.await? {
            TransactionResult::Committed => Ok(()),
            TransactionResult::Aborted => Err(match raw.error() {
                Some(e) => StorageError::from_dom_name(&e.name(), e.message()),
                None => StorageError::Other("transaction aborted".into()),
            }),
        }
    }

    /// Writes the result of an import in one transaction across every
    /// store: either all of it is stored or none of it.
    pub async fn apply(
        &self,
        changes: &Changes,
        plan_extra: Option<&PlanExtra>,
    ) -> Result<(), StorageError> {
        let mut entries: Vec<Entry> = Vec::new();
        fn add<'a, T: RecordData>(entries: &mut Vec<Entry<'a>>, records: &[Record<T>]) {
            let store = T::KIND.plan_key();
            entries.extend(
                records
                    .iter()
                    .map(|r| (store, r.id.as_str().to_string(), entry_for_record(r))),
            );
        }
        add(&mut entries, &changes.members);
        add(&mut entries, &changes.pillars);
        add(&mut entries, &changes.posts);
        add(&mut entries, &changes.ideas);
        add(&mut entries, &changes.coverage);
        add(&mut entries, &changes.special_days);
        add(&mut entries, &changes.slots);
        if let Some(ws) = &changes.workspace {
            entries.push((
                WORKSPACE_STORE,
                WORKSPACE_KEY.to_string(),
                entry_for_workspace(ws),
            ));
        }
        if let Some(extra) = plan_extra {
            entries.push((WORKSPACE_STORE, PLAN_EXTRA_KEY.to_string(), entry(extra)));
        }
        if entries.is_empty() {
            return Ok(());
        }
        let mut stores: Vec<&str> = RecordKind::ALL.iter().map(|k| k.plan_key()).collect();
        stores.push(WORKSPACE_STORE);
        self.write_entries(&stores, &entries).await
    }

    /// Reads from `stores` in one read-only transaction (see [`Reads`]).
    pub fn reads(&self, stores: &[&str]) -> Result<Reads, StorageError> {
        Ok(Reads {
            tx: self.transaction(stores, TransactionMode::ReadOnly)?,
        })
    }

    /// Unknown top-level keys of imported plan files, kept for export.
    pub async fn plan_extra(&self) -> Result<PlanExtra, StorageError> {
        self.reads(&[WORKSPACE_STORE])?.plan_extra()?.await
    }

    /// Every stored record of one kind, tombstones included.
    pub async fn all<T: RecordData>(&self) -> Result<Vec<Record<T>>, StorageError> {
        self.reads(&[T::KIND.plan_key()])?.all()?.await
    }

    /// One record by id.
    pub async fn get<T: RecordData>(&self, id: &str) -> Result<Option<Record<T>>, StorageError> {
        let store = T::KIND.plan_key();
        self.reads(&[store])?.entry(store, id)?.await
    }

    /// Records of one dated kind whose date lies in `from..=to` (see
    /// [`Reads::in_date_range`]).
    pub async fn in_date_range<T: RecordData>(
        &self,
        from: Date,
        to: Date,
    ) -> Result<Vec<Record<T>>, StorageError> {
        self.reads(&[T::KIND.plan_key()])?
            .in_date_range(from, to)?
            .await
    }

    /// The stored workspace object, if any.
    pub async fn workspace(&self) -> Result<Option<Workspace>, StorageError> {
        self.reads(&[WORKSPACE_STORE])?.workspace()?.await
    }
}

/// Reads in one read-only transaction. Each read is sent to the browser
/// when it is asked for, and its answer awaited later: asking for all of
/// them before awaiting any costs one wait instead of one round trip per
/// read (the start-up reads six stores before the calendar can show).
pub struct Reads {
    tx: Transaction,
}

impl Reads {
    /// Every stored record of one kind, tombstones included.
    pub fn all<T: RecordData>(
        &self,
    ) -> Result<impl Future<Output = Result<Vec<Record<T>>, StorageError>>, StorageError> {
        let answer = self
            .tx
            .object_store(T::KIND.plan_key())?
            .get_all(None, None)?
            .into_future();
        Ok(async move { Ok(answer.await?.iter().filter_map(read_entry).collect()) })
    }

    /// Records of one dated kind whose date lies in `from..=to`, through the
    /// date index (ISO dates sort as strings).
    pub fn in_date_range<T: RecordData>(
        &self,
        from: Date,
        to: Date,
    ) -> Result<impl Future<Output = Result<Vec<Record<T>>, StorageError>>, StorageError> {
        let range = idb::KeyRange::bound(
            &js_key(&from.to_string()),
            &js_key(&to.to_string()),
            None,
            None,
        )?;
        let answer = self
            .tx
            .object_store(T::KIND.plan_key())?
            .index(DATE_INDEX)?
            .get_all(Some(Query::KeyRange(range)), None)?
            .into_future();
        Ok(async move { Ok(answer.await?.iter().filter_map(read_entry).collect()) })
    }

    /// The entry `key` of `store`, if stored and readable by this build.
    pub fn entry<T: DeserializeOwned>(
        &self,
        store: &str,
        key: &str,
    ) -> Result<impl Future<Output = Result<Option<T>, StorageError>>, StorageError> {
        let answer = self
            .tx
            .object_store(store)?
            .get(Query::Key(js_key(key)))?
            .into_future();
        Ok(async move { Ok(answer.await?.as_ref().and_then(read_entry)) })
    }

    /// The stored workspace object, if any.
    pub fn workspace(
        &self,
    ) -> Result<impl Future<Output = Result<Option<Workspace>, StorageError>>, StorageError> {
        self.entry(WORKSPACE_STORE, WORKSPACE_KEY)
    }

    /// Unknown top-level keys of imported plan files (none when not stored).
    pub fn plan_extra(
        &self,
    ) -> Result<impl Future<Output = Result<PlanExtra, StorageError>>, StorageError> {
        let extra = self.entry(WORKSPACE_STORE, PLAN_EXTRA_KEY)?;
        Ok(async move { Ok(extra.await?.unwrap_or_default()) })
    }
}
