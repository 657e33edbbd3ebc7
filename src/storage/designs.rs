//! Saved designs of the graphic designer in IndexedDB: one entry per
//! design, keyed by its id, in the same `{schema, record}` envelope as the
//! records. Designs are not part of the plan format: they stay on this
//! device, and deleting one removes it (no tombstone to merge).

use idb::TransactionMode;

use crate::domain::design::Design;

use super::db::{entry, read_entry, Db, StorageError};

/// The store of designs (added by the fourth migration).
pub(crate) const DESIGNS_STORE: &str = "designs";

impl Db {
    /// Stores `design` under its id, replacing what was there.
    pub async fn put_design(&self, design: &Design) -> Result<(), StorageError> {
        self.write_entries(
            &[DESIGNS_STORE],
            &[(DESIGNS_STORE, design.id.clone(), entry(design))],
        )
        .await
    }

    /// Every stored design, the most recently changed first (ties by id, so
    /// that the order is stable). An entry this build cannot read is left
    /// out, and left in storage.
    pub async fn designs(&self) -> Result<Vec<Design>, StorageError> {
        let tx = self.transaction(&[DESIGNS_STORE], TransactionMode::ReadOnly)?;
        let values = tx.object_store(DESIGNS_STORE)?.get_all(None, None)?.await?;
        let mut designs: Vec<Design> = values.iter().filter_map(read_entry).collect();
        designs.sort_by(|a, b| {
            b.updated_at
                .cmp(&a.updated_at)
                .then_with(|| a.id.cmp(&b.id))
        });
        Ok(designs)
    }

    /// Removes design `id`; removing one that is not stored is no error.
    pub async fn delete_design(&self, id: &str) -> Result<(), StorageError> {
        self.delete_entry(DESIGNS_STORE, id).await
    }
}
