//! The IndexedDB schema as an ordered list of named migrations.
//!
//! The database version is the number of migrations applied. Opening a
//! database made by an older Siar runs the missing ones in order inside the
//! upgrade transaction, so an interrupted upgrade leaves the old data as it
//! was. Never edit or reorder a migration that has shipped: append a new one.

use crate::domain::defaults::{default_pillars, default_workspace};
use crate::domain::record::RecordKind;
use idb::{Database, IndexParams, KeyPath, ObjectStoreParams, Transaction};

use super::db::{entry_for_record, entry_for_workspace, js_key, WORKSPACE_KEY, WORKSPACE_STORE};

/// One step of the schema.
pub struct Migration {
    /// What the step does, for logs and tests.
    pub name: &'static str,
    apply: fn(&Database, &Transaction) -> Result<(), idb::Error>,
}

impl Migration {
    /// Runs the step inside the upgrade transaction.
    pub(crate) fn apply(&self, db: &Database, tx: &Transaction) -> Result<(), idb::Error> {
        (self.apply)(db, tx)
    }
}

/// Every migration, oldest first. Version N means the first N have run.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        name: "record stores and the defaults of a fresh install",
        apply: create_stores,
    },
    Migration {
        name: "date indexes for the calendar and the coverage register",
        apply: add_date_indexes,
    },
    Migration {
        name: "photo store for coverage documentation",
        apply: add_photo_store,
    },
    Migration {
        name: "design store for the graphic designer",
        apply: add_design_store,
    },
    Migration {
        name: "automatic snapshots for restoring",
        apply: add_snapshot_store,
    },
];

/// The schema version this build of Siar writes.
pub fn schema_version() -> u32 {
    MIGRATIONS.len() as u32
}

/// One object store per record kind (out-of-line keys: the record id), one
/// for the workspace object, and the defaults of rule 5 of the plan format's
/// import section so that two fresh installs share the same records.
fn create_stores(db: &Database, tx: &Transaction) -> Result<(), idb::Error> {
    for kind in RecordKind::ALL {
        db.create_object_store(kind.plan_key(), ObjectStoreParams::new())?;
    }
    db.create_object_store(WORKSPACE_STORE, ObjectStoreParams::new())?;

    let ws = tx.object_store(WORKSPACE_STORE)?;
    ws.put(
        &entry_for_workspace(&default_workspace()),
        Some(&js_key(WORKSPACE_KEY)),
    )?;
    let pillars = tx.object_store(RecordKind::Pillar.plan_key())?;
    for pillar in default_pillars() {
        pillars.put(
            &entry_for_record(&pillar),
            Some(&js_key(pillar.id.as_str())),
        )?;
    }
    Ok(())
}

/// Index the dated records so that a month of the calendar is one range
/// query instead of a scan of every post.
fn add_date_indexes(_db: &Database, tx: &Transaction) -> Result<(), idb::Error> {
    for (kind, field) in [
        (RecordKind::Post, "record.date"),
        (RecordKind::Coverage, "record.date"),
        (RecordKind::Idea, "record.target_date"),
    ] {
        let store = tx.object_store(kind.plan_key())?;
        store.create_index(
            super::db::DATE_INDEX,
            KeyPath::new_single(field),
            Some(IndexParams::new()),
        )?;
    }
    Ok(())
}

/// Coverage photos as blobs, keyed by photo id, outside the record stores:
/// records stay small to read and export, and a photo is loaded only when
/// it is shown.
fn add_photo_store(db: &Database, _tx: &Transaction) -> Result<(), idb::Error> {
    db.create_object_store(super::photos::PHOTOS_STORE, ObjectStoreParams::new())?;
    Ok(())
}

/// Saved designs, keyed by design id. Not records of the plan format:
/// they stay on this device and are not exported or merged.
fn add_design_store(db: &Database, _tx: &Transaction) -> Result<(), idb::Error> {
    db.create_object_store(super::designs::DESIGNS_STORE, ObjectStoreParams::new())?;
    Ok(())
}

/// Automatic snapshots of the whole plan, keyed by the time they were
/// taken; the newest five are kept, to restore from Pengaturan.
fn add_snapshot_store(db: &Database, _tx: &Transaction) -> Result<(), idb::Error> {
    db.create_object_store(super::snapshots::SNAPSHOTS_STORE, ObjectStoreParams::new())?;
    Ok(())
}
