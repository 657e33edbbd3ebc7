//! Automatic snapshots of the whole plan inside IndexedDB (migration 5),
//! restorable from Pengaturan, and replacing every stored record with a
//! plan in one transaction.
//!
//! A snapshot entry is `{schema, record: {id, at, counts, plan}}` where
//! `plan` is the plan file's text, read back through
//! [`crate::domain::validate::read_plan`] so a damaged one is refused.

use idb::{Query, Transaction, TransactionMode, TransactionResult};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;
use web_sys::IdbTransaction;

use crate::domain::backup::{keep_last, Counts, SnapshotMeta, KEEP};
use crate::domain::plan::Plan;
use crate::domain::record::{Record, RecordData, RecordKind};
use crate::domain::time::Timestamp;
use crate::domain::validate::read_plan;

use super::db::{
    entry, entry_for_record, entry_for_workspace, js_key, read_entry, Db, StorageError,
    PLAN_EXTRA_KEY, WORKSPACE_KEY, WORKSPACE_STORE,
};

/// The store of snapshots (added by the fifth migration).
pub(crate) const SNAPSHOTS_STORE: &str = "snapshots";

#[derive(Serialize)]
struct SnapshotOut<'a> {
    id: &'a str,
    at: Timestamp,
    counts: &'a Counts,
    plan: String,
}

#[derive(Deserialize)]
struct SnapshotPlan {
    plan: String,
}

/// Commits `tx`, reporting why it was aborted if it was.
async fn commit(tx: Transaction, raw: IdbTransaction) -> Result<(), StorageError> {
    match tx.commit()?.await {
        Ok(TransactionResult::Committed) => Ok(()),
        Ok(TransactionResult::Aborted) => Err(match raw.error() {
            Some(e) => StorageError::Other(format!("{}: {}", e.name(), e.message())),
            None => StorageError::Other("transaction aborted".into()),
        }),
        Err(err) => Err(err.into()),
    }
}

impl Db {
    /// Stores a snapshot of `plan` taken at `at`, and in the same
    /// transaction removes the oldest so that only [`KEEP`] remain.
    pub async fn put_snapshot(
        &self,
        plan: &Plan,
        at: Timestamp,
    ) -> Result<SnapshotMeta, StorageError> {
        let meta = SnapshotMeta::new(plan, at);
        // Keys are the times, so the oldest are found without reading a plan.
        let mut ids = self.snapshot_ids().await?;
        ids.retain(|id| *id != meta.id);
        ids.push(meta.id.clone());
        ids.sort_unstable_by(|a, b| b.cmp(a));
        let dropped = ids.split_off(KEEP.min(ids.len()));
        let value = entry(&SnapshotOut {
            id: &meta.id,
            at,
            counts: &meta.counts,
            plan: plan.to_json(),
        });
        let tx = self.transaction(&[SNAPSHOTS_STORE], TransactionMode::ReadWrite)?;
        let raw: IdbTransaction = tx.into();
        let tx = Transaction::from(raw.clone());
        let result = tx.object_store(SNAPSHOTS_STORE).and_then(|os| {
            os.put(&value, Some(&js_key(&meta.id)))?;
            for id in &dropped {
                os.delete(Query::Key(js_key(id)))?;
            }
            Ok(())
        });
        if let Err(err) = result {
            let _ = tx.abort();
            return Err(err.into());
        }
        commit(tx, raw).await?;
        Ok(meta)
    }

    /// The stored snapshots, newest first. An entry this build cannot read
    /// is left out.
    /// The keys of the stored snapshots (their times, zero-padded): read
    /// without loading any snapshot's plan, which may be megabytes.
    pub async fn snapshot_ids(&self) -> Result<Vec<String>, StorageError> {
        let tx = self.transaction(&[SNAPSHOTS_STORE], TransactionMode::ReadOnly)?;
        let keys = tx
            .object_store(SNAPSHOTS_STORE)?
            .get_all_keys(None, None)?
            .await?;
        Ok(keys.iter().filter_map(|k| k.as_string()).collect())
    }

    /// When the newest snapshot was taken, from the keys alone.
    pub async fn last_snapshot_at(&self) -> Result<Option<Timestamp>, StorageError> {
        let ids = self.snapshot_ids().await?;
        Ok(ids
            .iter()
            .filter_map(|id| Timestamp::from_unix_millis(id.parse().ok()?))
            .max())
    }

    pub async fn snapshots(&self) -> Result<Vec<SnapshotMeta>, StorageError> {
        let tx = self.transaction(&[SNAPSHOTS_STORE], TransactionMode::ReadOnly)?;
        let values = tx
            .object_store(SNAPSHOTS_STORE)?
            .get_all(None, None)?
            .await?;
        let metas: Vec<SnapshotMeta> = values.iter().filter_map(read_entry).collect();
        Ok(keep_last(metas, usize::MAX).0)
    }

    /// The plan of snapshot `id`; `None` when it is gone or does not pass
    /// the plan file's checks.
    pub async fn snapshot_plan(&self, id: &str) -> Result<Option<Plan>, StorageError> {
        let tx = self.transaction(&[SNAPSHOTS_STORE], TransactionMode::ReadOnly)?;
        let value = tx
            .object_store(SNAPSHOTS_STORE)?
            .get(Query::Key(js_key(id)))?
            .await?;
        let stored: Option<SnapshotPlan> = value.as_ref().and_then(read_entry);
        Ok(stored.and_then(|s| read_plan(s.plan.as_bytes()).ok()))
    }

    /// Replaces every stored record, the workspace and the plan file's
    /// unknown keys with those of `plan`, in one transaction: all or
    /// nothing. Records not in `plan` are gone afterwards.
    pub async fn replace_all(&self, plan: &Plan) -> Result<(), StorageError> {
        fn add<T: RecordData>(
            entries: &mut Vec<(&'static str, String, JsValue)>,
            records: &[Record<T>],
        ) {
            let store = T::KIND.plan_key();
            entries.extend(
                records
                    .iter()
                    .map(|r| (store, r.id.as_str().to_string(), entry_for_record(r))),
            );
        }
        let mut entries = Vec::new();
        add(&mut entries, &plan.members);
        add(&mut entries, &plan.pillars);
        add(&mut entries, &plan.posts);
        add(&mut entries, &plan.ideas);
        add(&mut entries, &plan.coverage);
        add(&mut entries, &plan.special_days);
        add(&mut entries, &plan.slots);
        entries.push((
            WORKSPACE_STORE,
            WORKSPACE_KEY.to_string(),
            entry_for_workspace(&plan.workspace),
        ));
        entries.push((
            WORKSPACE_STORE,
            PLAN_EXTRA_KEY.to_string(),
            entry(&plan.extra),
        ));

        let mut stores: Vec<&str> = RecordKind::ALL.iter().map(|k| k.plan_key()).collect();
        stores.push(WORKSPACE_STORE);
        let tx = self.transaction(&stores, TransactionMode::ReadWrite)?;
        let raw: IdbTransaction = tx.into();
        let tx = Transaction::from(raw.clone());
        let result = (|| -> Result<(), idb::Error> {
            for kind in RecordKind::ALL {
                tx.object_store(kind.plan_key())?.clear()?;
            }
            let ws = tx.object_store(WORKSPACE_STORE)?;
            ws.delete(Query::Key(js_key(WORKSPACE_KEY)))?;
            ws.delete(Query::Key(js_key(PLAN_EXTRA_KEY)))?;
            for (store, key, value) in &entries {
                tx.object_store(store)?.put(value, Some(&js_key(key)))?;
            }
            Ok(())
        })();
        if let Err(err) = result {
            let _ = tx.abort();
            return Err(err.into());
        }
        commit(tx, raw).await
    }
}
