//! Lists kept inside the workspace object (the hashtag sets, the office's
//! own caption templates), edited row by row on the settings page.
//!
//! Unlike pillars, their entries are not records with ids and timestamps
//! of their own: the whole list is one field of the workspace. So each row
//! remembers what it last stored, and saving one row writes the list from
//! those snapshots, with this row's new value, as one edit of the
//! workspace. What other rows hold but have not saved is neither written
//! nor lost. A row added here and not yet saved has no snapshot.

use leptos::prelude::*;
use leptos::reactive::owner::{Owner, WeakOwner};
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::workspace::Workspace;
use crate::ui::state::AppState;

/// One row: a key for the view, what it stored last and what it holds now.
pub struct Row<T: 'static, F> {
    /// Tells the rows apart in the view (not stored).
    pub key: usize,
    /// The entry as stored, or `None` for a row not saved yet.
    pub stored: RwSignal<Option<T>>,
    /// The row's inputs and their errors.
    pub fields: F,
}

// Derived impls would ask `T: Copy`; a signal is `Copy` whatever it holds.
impl<T, F: Copy> Clone for Row<T, F> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T, F: Copy> Copy for Row<T, F> {}

/// A workspace list being edited: its rows, and how to read and write the
/// list in the workspace.
pub struct WorkspaceList<T: 'static, F: 'static> {
    state: AppState,
    /// The editor's owner: rows made while following the stored list
    /// belong to it, not to that effect's run, which would dispose them.
    /// Weak, so that it does not keep itself alive.
    owner: StoredValue<Option<WeakOwner>>,
    rows: RwSignal<Vec<Row<T, F>>>,
    next_key: StoredValue<usize>,
    write: fn(&mut Workspace, &[T]),
    fields: fn(Option<&T>) -> F,
}

impl<T, F> Clone for WorkspaceList<T, F> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T, F> Copy for WorkspaceList<T, F> {}

impl<T, F> WorkspaceList<T, F>
where
    T: Clone + PartialEq + Send + Sync + 'static,
    F: Copy + Send + Sync + 'static,
{
    /// A row per entry `read` finds in the workspace; `fields` makes a
    /// row's inputs from its entry (or empty ones for a new row). The rows
    /// follow changes made elsewhere, such as an import.
    pub fn new(
        state: AppState,
        read: fn(&Workspace) -> Vec<T>,
        write: fn(&mut Workspace, &[T]),
        fields: fn(Option<&T>) -> F,
    ) -> Self {
        let list = Self {
            state,
            owner: StoredValue::new(Owner::current().map(|o| o.downgrade())),
            rows: RwSignal::new(Vec::new()),
            next_key: StoredValue::new(0),
            write,
            fields,
        };
        list.follow(&state.workspace.with_untracked(read));
        let stored = Memo::new(move |_| state.workspace.with(read));
        // Keeps the rows in step with the stored list when it changes
        // outside this editor (an imported plan). After this editor's own
        // saves the snapshots already match, so nothing moves.
        Effect::new(move |_| stored.with(|items| list.follow(items)));
        list
    }

    fn new_row(self, stored: Option<T>) -> Row<T, F> {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        let make = || Row {
            key,
            fields: (self.fields)(stored.as_ref()),
            stored: RwSignal::new(stored),
        };
        match self.owner.get_value().and_then(|o| o.upgrade()) {
            Some(owner) => owner.with(make),
            None => make(),
        }
    }

    /// The snapshots of the saved rows, in order.
    fn snapshots(self) -> Vec<T> {
        self.rows.with_untracked(|rows| {
            rows.iter()
                .filter_map(|r| r.stored.get_untracked())
                .collect()
        })
    }

    /// Matches the rows to `items`: a row whose snapshot is still stored
    /// keeps what it holds, other stored rows go, an entry without a row
    /// gets one, and rows not saved yet stay at the end.
    fn follow(self, items: &[T]) {
        if self.snapshots() == items {
            return;
        }
        let mut old = self.rows.get_untracked();
        let mut next = Vec::with_capacity(items.len());
        for item in items {
            let same = old
                .iter()
                .position(|r| r.stored.with_untracked(|s| s.as_ref() == Some(item)));
            next.push(match same {
                Some(i) => old.remove(i),
                None => self.new_row(Some(item.clone())),
            });
        }
        next.extend(
            old.into_iter()
                .filter(|r| r.stored.with_untracked(Option::is_none)),
        );
        self.rows.set(next);
    }

    /// The rows' keys, in order (tracked, for the view).
    pub fn keys(self) -> Vec<usize> {
        self.rows.with(|rows| rows.iter().map(|r| r.key).collect())
    }

    /// Whether there are no rows (tracked).
    pub fn is_empty(self) -> bool {
        self.rows.with(Vec::is_empty)
    }

    /// The row with `key`, if it is still there.
    pub fn row(self, key: usize) -> Option<Row<T, F>> {
        self.rows
            .with_untracked(|rows| rows.iter().find(|r| r.key == key).copied())
    }

    /// Adds an empty row at the end and returns its key.
    pub fn add(self) -> usize {
        let row = self.new_row(None);
        self.rows.update(|rows| rows.push(row));
        row.key
    }

    /// What the other rows have stored (for refusing a name twice).
    pub fn stored_except(self, key: usize) -> Vec<T> {
        self.rows.with_untracked(|rows| {
            rows.iter()
                .filter(|r| r.key != key)
                .filter_map(|r| r.stored.get_untracked())
                .collect()
        })
    }

    /// Stores `value` as row `key`'s entry, or deletes the row with `None`,
    /// as one edit of the workspace. Once it is stored, `saved` runs and
    /// `done` is shown; on failure everything stays as typed and the notice
    /// says why. A row never saved is simply removed.
    pub fn save(self, key: usize, value: Option<T>, done: String, saved: impl FnOnce() + 'static) {
        let Some(row) = self.row(key) else {
            return;
        };
        if value.is_none() && row.stored.with_untracked(Option::is_none) {
            self.rows.update(|rows| rows.retain(|r| r.key != key));
            return;
        }
        let items: Vec<T> = self.rows.with_untracked(|rows| {
            rows.iter()
                .filter_map(|r| {
                    if r.key == key {
                        value.clone()
                    } else {
                        r.stored.get_untracked()
                    }
                })
                .collect()
        });
        let state = self.state;
        let mut ws = state.workspace.get_untracked();
        (self.write)(&mut ws, &items);
        ws.touch(browser::now());
        spawn_local(async move {
            if state.save_workspace(ws).await {
                // Set in the same turn as the stored workspace, before the
                // effect that follows it runs, so the rows stay as they are.
                match value {
                    Some(v) => row.stored.set(Some(v)),
                    None => self.rows.update(|rows| rows.retain(|r| r.key != key)),
                }
                saved();
                state.notify(done);
            }
        });
    }
}
