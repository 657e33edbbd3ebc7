//! Coverage photos in IndexedDB: one entry per photo, keyed by its id (the
//! SHA-256 of the working copy, 64 hex digits), holding the working copy
//! and its thumbnail as Blobs.
//!
//! An entry is a plain object `{ mime, bytes, full, thumb }`: `mime` is the
//! working copy's type, `bytes` its size. IndexedDB keeps Blobs natively
//! (on disk, outside the JS heap), so unlike records they are not turned
//! into JSON, and reading an entry does not load the image into memory.

use idb::{Query, TransactionMode};
use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Blob;

use super::db::{js_key, Db, StorageError};

/// The store of photo blobs (added by the third migration).
pub(crate) const PHOTOS_STORE: &str = "photos";

/// The stored form of a photo.
fn photo_entry(mime: &str, full: &Blob, thumb: &Blob) -> JsValue {
    let entry = Object::new();
    for (field, value) in [
        ("mime", JsValue::from_str(mime)),
        ("bytes", JsValue::from_f64(full.size())),
        ("full", full.into()),
        ("thumb", thumb.into()),
    ] {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&entry, &field.into(), &value);
    }
    entry.into()
}

/// One Blob field of a stored entry; `None` for an entry of another shape.
fn blob_field(entry: &JsValue, field: &str) -> Option<Blob> {
    Reflect::get(entry, &field.into()).ok()?.dyn_into().ok()
}

impl Db {
    /// Stores a photo's working copy and thumbnail under `id`, replacing
    /// what was there. A full quota comes back as
    /// [`StorageError::QuotaExceeded`] with nothing written.
    pub async fn put_photo(
        &self,
        id: &str,
        mime: &str,
        full: &Blob,
        thumb: &Blob,
    ) -> Result<(), StorageError> {
        let entry = photo_entry(mime, full, thumb);
        self.write_entries(&[PHOTOS_STORE], &[(PHOTOS_STORE, id.to_string(), entry)])
            .await
    }

    /// The working copy of photo `id`, if stored.
    pub async fn photo_blob(&self, id: &str) -> Result<Option<Blob>, StorageError> {
        self.photo_field(id, "full").await
    }

    /// The thumbnail of photo `id`, if stored.
    pub async fn thumb_blob(&self, id: &str) -> Result<Option<Blob>, StorageError> {
        self.photo_field(id, "thumb").await
    }

    async fn photo_field(&self, id: &str, field: &str) -> Result<Option<Blob>, StorageError> {
        let tx = self.transaction(&[PHOTOS_STORE], TransactionMode::ReadOnly)?;
        let entry = tx
            .object_store(PHOTOS_STORE)?
            .get(Query::Key(js_key(id)))?
            .await?;
        Ok(entry.and_then(|e| blob_field(&e, field)))
    }

    /// Removes photo `id`; removing a photo that is not stored is no error.
    pub async fn delete_photo(&self, id: &str) -> Result<(), StorageError> {
        self.delete_entry(PHOTOS_STORE, id).await
    }

    /// The ids of every stored photo, in key order. The UI compares them
    /// with the photos named in coverage records to find orphans.
    pub async fn photo_ids(&self) -> Result<Vec<String>, StorageError> {
        let tx = self.transaction(&[PHOTOS_STORE], TransactionMode::ReadOnly)?;
        let keys = tx
            .object_store(PHOTOS_STORE)?
            .get_all_keys(None, None)?
            .await?;
        Ok(keys.iter().filter_map(JsValue::as_string).collect())
    }

    /// The bytes the stored photos take: working copies and thumbnails.
    /// Blob sizes are read from the entries without loading the images.
    pub async fn photos_usage(&self) -> Result<u64, StorageError> {
        let tx = self.transaction(&[PHOTOS_STORE], TransactionMode::ReadOnly)?;
        let entries = tx.object_store(PHOTOS_STORE)?.get_all(None, None)?.await?;
        Ok(entries
            .iter()
            .flat_map(|e| [blob_field(e, "full"), blob_field(e, "thumb")])
            .flatten()
            .map(|blob| blob.size() as u64)
            .sum())
    }
}
