//! App-wide state: the records the pages show, and the one way to save them.
//!
//! One `AppState` is provided at the root. Every save goes through
//! [`AppState::save`], which writes the record to IndexedDB first and only
//! then shows it, so what is on screen is what is stored; a failed write
//! leaves both untouched and raises a notice.

use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::pillar::Pillar;
use crate::domain::record::{upsert, Record, RecordData};
use crate::domain::{defaults, member::Member, workspace::Workspace};
use crate::storage::{Db, StorageError};

/// Whether the records on screen are backed by IndexedDB.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageStatus {
    /// The database is being opened.
    Opening,
    /// Records are read from and written to IndexedDB.
    Ready,
    /// IndexedDB cannot be used; work stays in memory for this visit.
    Unavailable,
    /// The stored data was made by a newer Siar; nothing is written.
    NewerVersion,
}

/// A short message at the top of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Something was saved; the text is already translated.
    Done(String),
    /// A write failed; nothing changed.
    WriteFailed(StorageError),
}

/// The state shared by every page.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The workspace object (name, time zone, byline, …).
    pub workspace: RwSignal<Workspace>,
    /// Team members, tombstones included.
    pub members: RwSignal<Vec<Member>>,
    /// Content pillars, tombstones included.
    pub pillars: RwSignal<Vec<Pillar>>,
    /// Whether storage works.
    pub storage: RwSignal<StorageStatus>,
    /// The current notice, if any.
    pub notice: RwSignal<Option<Notice>>,
    db: StoredValue<Option<Rc<Db>>, LocalStorage>,
}

impl AppState {
    /// A state holding the defaults of a fresh install until storage opens.
    pub fn new() -> Self {
        Self {
            workspace: RwSignal::new(defaults::default_workspace()),
            members: RwSignal::new(Vec::new()),
            pillars: RwSignal::new(defaults::default_pillars()),
            storage: RwSignal::new(StorageStatus::Opening),
            notice: RwSignal::new(None),
            db: StoredValue::new_local(None),
        }
    }

    /// Opens the database and loads every record the pages show.
    pub fn load(self, name: &'static str) {
        spawn_local(async move {
            let db = match Db::open(name).await {
                Ok(db) => db,
                Err(StorageError::NewerVersion) => {
                    self.storage.set(StorageStatus::NewerVersion);
                    return;
                }
                Err(err) => {
                    web_sys::console::warn_1(&format!("IndexedDB unavailable: {err:?}").into());
                    self.storage.set(StorageStatus::Unavailable);
                    return;
                }
            };
            match load_all(&db).await {
                Ok((ws, members, pillars)) => {
                    if let Some(ws) = ws {
                        self.workspace.set(ws);
                    }
                    self.members.set(members);
                    self.pillars.set(pillars);
                    self.db.set_value(Some(db));
                    self.storage.set(StorageStatus::Ready);
                }
                Err(err) => {
                    web_sys::console::warn_1(&format!("reading IndexedDB failed: {err:?}").into());
                    self.storage.set(StorageStatus::Unavailable);
                }
            }
        });
    }

    /// Saves one record, then shows it in `list`. Returns whether it was
    /// saved; on failure the notice says why and nothing on screen changes.
    pub async fn save<T>(self, list: RwSignal<Vec<Record<T>>>, record: Record<T>) -> bool
    where
        T: RecordData + Send + Sync + 'static,
    {
        if let Some(db) = self.db_for_writing() {
            if let Err(err) = db.put(&record).await {
                self.notice.set(Some(Notice::WriteFailed(err)));
                return false;
            }
        }
        list.update(|items| upsert(items, record));
        true
    }

    /// Saves the workspace object, then shows it; like [`AppState::save`].
    pub async fn save_workspace(self, ws: Workspace) -> bool {
        if let Some(db) = self.db_for_writing() {
            if let Err(err) = db.put_workspace(&ws).await {
                self.notice.set(Some(Notice::WriteFailed(err)));
                return false;
            }
        }
        self.workspace.set(ws);
        true
    }

    /// Shows a confirmation (already translated).
    pub fn notify(self, text: String) {
        self.notice.set(Some(Notice::Done(text)));
    }

    /// The database, unless storage is unavailable (work stays in memory,
    /// as the banner says) or belongs to a newer Siar.
    fn db_for_writing(self) -> Option<Rc<Db>> {
        self.db.get_value()
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

type Loaded = (Option<Workspace>, Vec<Member>, Vec<Pillar>);

async fn load_all(db: &Db) -> Result<Loaded, StorageError> {
    Ok((db.workspace().await?, db.all().await?, db.all().await?))
}
