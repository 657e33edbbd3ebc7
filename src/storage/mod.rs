//! Browser storage: IndexedDB for records, localStorage for small preferences.
//!
//! This layer turns domain records into stored entries and back. It knows
//! nothing about the user interface; errors come back as [`StorageError`],
//! which the UI turns into a message in the person's language.

pub mod db;
pub mod designs;
mod migrations;
pub mod photos;
pub mod prefs;
pub mod snapshots;

pub use db::{Db, StorageError, DB_NAME};
pub use migrations::{schema_version, MIGRATIONS};
