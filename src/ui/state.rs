//! App-wide state: the records the pages show, and the one way to save them.
//!
//! One `AppState` is provided at the root. Every save goes through
//! [`AppState::save`], which writes the record to IndexedDB first and only
//! then shows it, so what is on screen is what is stored; a failed write
//! leaves both untouched and raises a notice.

use std::future::Future;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::browser::timing;
use crate::domain::backup;
use crate::domain::calendar::{month_grid, Month};
use crate::domain::coverage::Coverage;
use crate::domain::id::Id;
use crate::domain::idea::Idea;
use crate::domain::merge::{changes, merge_plans};
use crate::domain::pillar::Pillar;
use crate::domain::plan::Plan;
use crate::domain::post::Post;
use crate::domain::post_list::PostList;
use crate::domain::record::{Record, RecordData, RecordKind, RecordList};
use crate::domain::slot::Slot;
use crate::domain::special_day::SpecialDay;
use crate::domain::time::parse_date;
use crate::domain::time::Timestamp;
use crate::domain::timezone::possible_local_dates;
use crate::domain::{defaults, member::Member, workspace::Workspace};
use crate::route::parse_hash;
use crate::storage::db::{PlanExtra, Reads, WORKSPACE_STORE};
use crate::storage::{prefs, Db, StorageError};
use crate::ui::sync::{self, Change, Tabs};

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
    /// Posts, tombstones included.
    pub posts: RwSignal<PostList>,
    /// Ideas, tombstones included.
    pub ideas: RwSignal<Vec<Idea>>,
    /// Coverage records, tombstones included.
    pub coverage: RwSignal<Vec<Coverage>>,
    /// Special days, tombstones included.
    pub special_days: RwSignal<Vec<SpecialDay>>,
    /// The recurring posting schedule, tombstones included.
    pub slots: RwSignal<Vec<Slot>>,
    /// Unknown top-level keys of imported plan files, written back on export.
    pub plan_extra: RwSignal<PlanExtra>,
    /// The member using this device, chosen by the person (there is no
    /// login); remembered in localStorage.
    pub me: RwSignal<Option<Id>>,
    /// Whether storage works.
    pub storage: RwSignal<StorageStatus>,
    /// The current notice, if any.
    pub notice: RwSignal<Option<Notice>>,
    /// Moves on every automatic snapshot stored, so that lists reload.
    pub snapshots_changed: RwSignal<u32>,
    /// Whether every stored record is in memory. Start-up reads the
    /// calendar's dates first and the rest after the first paint; what
    /// needs everything (import, export, snapshots, the other pages) waits.
    pub loaded: RwSignal<bool>,
    /// Each record list's newest change, one memo per kind: a saved post
    /// recomputes only the posts' (which the list keeps), not the others.
    newest: [Memo<Option<Timestamp>>; 7],
    db: StoredValue<Option<Rc<Db>>, LocalStorage>,
    /// The other tabs of Siar in this browser.
    tabs: StoredValue<Tabs, LocalStorage>,
    /// Resolved once `loaded` is true, for [`AppState::when_loaded`].
    all_loaded: StoredValue<(js_sys::Promise, js_sys::Function), LocalStorage>,
}

impl AppState {
    /// A state holding the defaults of a fresh install until storage opens.
    pub fn new() -> Self {
        fn newest<T, L>(list: RwSignal<L>) -> Memo<Option<Timestamp>>
        where
            T: Send + Sync + 'static,
            L: RecordList<T> + Send + Sync + 'static,
        {
            Memo::new(move |_| list.with(|records| records.newest()))
        }
        let members = RwSignal::new(Vec::new());
        let pillars = RwSignal::new(defaults::default_pillars());
        let posts = RwSignal::new(PostList::default());
        let ideas = RwSignal::new(Vec::new());
        let coverage = RwSignal::new(Vec::new());
        let special_days = RwSignal::new(Vec::new());
        let slots = RwSignal::new(Vec::new());
        Self {
            workspace: RwSignal::new(defaults::default_workspace()),
            members,
            pillars,
            posts,
            ideas,
            coverage,
            special_days,
            slots,
            newest: [
                newest(members),
                newest(pillars),
                newest(posts),
                newest(ideas),
                newest(coverage),
                newest(special_days),
                newest(slots),
            ],
            plan_extra: RwSignal::new(PlanExtra::new()),
            me: RwSignal::new(prefs::me().and_then(|id| Id::parse(&id))),
            storage: RwSignal::new(StorageStatus::Opening),
            notice: RwSignal::new(None),
            snapshots_changed: RwSignal::new(0),
            loaded: RwSignal::new(false),
            db: StoredValue::new_local(None),
            tabs: StoredValue::new_local(Tabs::default()),
            all_loaded: StoredValue::new_local(pending()),
        }
    }

    /// Waits until every stored record is in memory.
    pub async fn when_loaded(self) {
        let promise = self.all_loaded.with_value(|(p, _)| p.clone());
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }

    fn set_loaded(self) {
        self.loaded.set(true);
        self.all_loaded.with_value(|(_, resolve)| {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
    }

    /// Opens the database and loads every record the pages show: first
    /// everything but posts, ideas and coverage, with the posts of the
    /// month the address names (what the calendar shows first); then,
    /// after that is painted, the rest.
    pub fn load(self, name: &'static str) {
        spawn_local(async move {
            let db = match Db::open(name).await {
                Ok(db) => db,
                Err(StorageError::NewerVersion) => {
                    self.storage.set(StorageStatus::NewerVersion);
                    self.set_loaded();
                    return;
                }
                Err(err) => {
                    web_sys::console::warn_1(&format!("IndexedDB unavailable: {err:?}").into());
                    self.storage.set(StorageStatus::Unavailable);
                    self.set_loaded();
                    return;
                }
            };
            let loaded = match load_first(&db).await {
                Ok(plan) => {
                    self.show_plan(plan);
                    self.db.set_value(Some(db.clone()));
                    self.tabs.set_value(Tabs::listen(self));
                    self.storage.set(StorageStatus::Ready);
                    timing::after_paint().await;
                    load_rest(&db).await
                }
                Err(err) => Err(err),
            };
            match loaded {
                Ok(rest) => {
                    self.show_rest(rest);
                    self.set_loaded();
                    // After the pages show the data: a snapshot on start
                    // when something changed since the last one.
                    self.snapshot(false).await;
                }
                Err(err) => {
                    web_sys::console::warn_1(&format!("reading IndexedDB failed: {err:?}").into());
                    self.db.set_value(None);
                    self.storage.set(StorageStatus::Unavailable);
                    self.set_loaded();
                }
            }
        });
    }

    /// Shows the records read after the first paint. A post saved in the
    /// meantime is newer than its stored copy read before the save, and
    /// stays.
    fn show_rest(self, rest: Rest) {
        self.posts.update(|shown| shown.merge_newer(rest.posts));
        self.ideas.update(|shown| shown.merge_newer(rest.ideas));
        self.coverage
            .update(|shown| shown.merge_newer(rest.coverage));
    }

    /// Saves one record, then shows it in `list`. Returns whether it was
    /// saved; on failure the notice says why and nothing on screen changes.
    pub async fn save<T, L>(self, list: RwSignal<L>, record: Record<T>) -> bool
    where
        T: RecordData + Send + Sync + 'static,
        L: RecordList<T> + Send + Sync + 'static,
    {
        if let Some(db) = self.db_for_writing() {
            if let Err(err) = db.put(&record).await {
                self.notice.set(Some(Notice::WriteFailed(err)));
                return false;
            }
            self.announce(sync::records(std::slice::from_ref(&record)));
        }
        list.update(|items| items.upsert(record));
        true
    }

    /// Saves several records of one kind in one transaction, then shows
    /// them; like [`AppState::save`], all or nothing.
    pub async fn save_all<T, L>(self, list: RwSignal<L>, records: Vec<Record<T>>) -> bool
    where
        T: RecordData + Send + Sync + 'static,
        L: RecordList<T> + Send + Sync + 'static,
    {
        if let Some(db) = self.db_for_writing() {
            if let Err(err) = db.put_all(&records).await {
                self.notice.set(Some(Notice::WriteFailed(err)));
                return false;
            }
            self.announce(sync::records(&records));
        }
        list.update(|items| {
            for record in records {
                items.upsert(record);
            }
        });
        true
    }

    /// Saves the workspace object, then shows it; like [`AppState::save`].
    pub async fn save_workspace(self, ws: Workspace) -> bool {
        if let Some(db) = self.db_for_writing() {
            if let Err(err) = db.put_workspace(&ws).await {
                self.notice.set(Some(Notice::WriteFailed(err)));
                return false;
            }
            self.announce(Change::Workspace);
        }
        self.workspace.set(ws);
        true
    }

    /// Everything stored, as one plan (for merging and exporting).
    pub fn local_plan(self) -> Plan {
        let mut plan = Plan::new(self.workspace.get_untracked(), Timestamp::EPOCH);
        plan.members = self.members.get_untracked();
        plan.pillars = self.pillars.get_untracked();
        plan.posts = self.posts.get_untracked().into_vec();
        plan.ideas = self.ideas.get_untracked();
        plan.coverage = self.coverage.get_untracked();
        plan.special_days = self.special_days.get_untracked();
        plan.slots = self.slots.get_untracked();
        plan.extra = self.plan_extra.get_untracked();
        plan
    }

    /// When anything stored last changed (tracked: a memo that calls it
    /// reruns on every change), without copying the records.
    pub fn latest_change(self) -> Option<Timestamp> {
        backup::latest_of(
            std::iter::once(self.workspace.with(|w| Some(w.updated_at)))
                .chain(self.newest.iter().map(|m| m.get())),
        )
    }

    /// Merges an imported plan into what is stored, in one IndexedDB
    /// transaction, then shows the result. Returns whether it was applied;
    /// on failure nothing is stored or shown and the notice says why.
    pub async fn import(self, incoming: &Plan) -> bool {
        self.when_loaded().await;
        let local = self.local_plan();
        let merged = merge_plans(&local, incoming);
        let to_write = changes(&local, incoming);
        let extra_changed = merged.extra != local.extra;
        self.snapshot(true).await;
        if let Some(db) = self.db_for_writing() {
            let extra = extra_changed.then_some(&merged.extra);
            if let Err(err) = db.apply(&to_write, extra).await {
                self.notice.set(Some(Notice::WriteFailed(err)));
                return false;
            }
            self.announce(Change::All);
        }
        self.show_plan(merged);
        true
    }

    /// Stores an automatic snapshot of what is stored now: always when
    /// `always` (before an import or a restore), otherwise only when
    /// [`backup::should_snapshot`] says so. A failure is logged, never
    /// shown: the snapshot is a safety net, not the person's work.
    pub async fn snapshot(self, always: bool) {
        self.when_loaded().await;
        let Some(db) = self.db_for_writing() else {
            return;
        };
        let latest = self.latest_change();
        if latest.is_none() && !always {
            return;
        }
        let now = browser::now();
        if !always {
            let last_snapshot_at = || async {
                db.last_snapshot_at().await.map_err(|err| {
                    web_sys::console::warn_1(&format!("reading snapshots failed: {err:?}").into());
                })
            };
            let Ok(last) = last_snapshot_at().await else {
                return;
            };
            if !backup::should_snapshot(last, latest, now) {
                return;
            }
            // An import or a restore may have stored its own snapshot (and
            // changed the data) while this one was deciding: then this one
            // is not needed. The plan below is taken right after this read,
            // so it is never newer than what the check saw.
            if last_snapshot_at().await != Ok(last) {
                return;
            }
        }
        if let Err(err) = db.put_snapshot(&self.local_plan(), now).await {
            web_sys::console::warn_1(&format!("automatic snapshot failed: {err:?}").into());
        }
        self.snapshots_changed.update(|n| *n += 1);
    }

    /// Replaces everything stored with `plan` (a snapshot), in one
    /// transaction, then shows it. A snapshot of the current state is
    /// taken first. Returns whether it was restored; on failure nothing
    /// changed and the notice says why.
    pub async fn restore(self, plan: &Plan) -> bool {
        self.when_loaded().await;
        self.snapshot(true).await;
        if let Some(db) = self.db_for_writing() {
            if let Err(err) = db.replace_all(plan).await {
                self.notice.set(Some(Notice::WriteFailed(err)));
                return false;
            }
            self.announce(Change::All);
        }
        self.show_plan(plan.clone());
        true
    }

    fn announce(self, change: Change) {
        self.tabs.with_value(|t| t.announce(&change));
    }

    /// Reads everything stored again and shows it: after another tab
    /// imported or restored.
    pub async fn reload(self) -> Result<(), StorageError> {
        let Some(db) = self.db_for_writing() else {
            return Ok(());
        };
        // One transaction: the records shown are one state of the store.
        let reads = db.reads(&[SMALL_STORES.as_slice(), REST_STORES.as_slice()].concat())?;
        let small = read_small(&reads)?;
        let rest = read_rest(&reads)?;
        let mut plan = small.await?;
        let rest = rest.await?;
        plan.posts = rest.posts;
        plan.ideas = rest.ideas;
        plan.coverage = rest.coverage;
        self.show_plan(plan);
        Ok(())
    }

    fn show_plan(self, plan: Plan) {
        self.workspace.set(plan.workspace);
        self.members.set(plan.members);
        self.pillars.set(plan.pillars);
        self.posts.set(PostList::from(plan.posts));
        self.ideas.set(plan.ideas);
        self.coverage.set(plan.coverage);
        self.special_days.set(plan.special_days);
        self.slots.set(plan.slots);
        self.plan_extra.set(plan.extra);
    }

    /// The member using this device, if chosen and still on the team.
    pub fn current_member(self) -> Option<Member> {
        let id = self.me.get()?;
        self.members
            .with(|ms| ms.iter().find(|m| m.id == id && m.is_live()).cloned())
    }

    /// Chooses who uses this device.
    pub fn set_me(self, id: Option<Id>) {
        prefs::set_me(id.as_ref().map(Id::as_str));
        self.me.set(id);
    }

    /// Shows a confirmation (already translated).
    pub fn notify(self, text: String) {
        self.notice.set(Some(Notice::Done(text)));
    }

    /// The database, for what is not a plan record (photos); `None` when
    /// storage is unavailable.
    pub fn db(self) -> Option<Rc<Db>> {
        self.db_for_writing()
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

/// The stores of the small kinds: the workspace and what every page needs
/// at once.
const SMALL_STORES: [&str; 5] = [
    WORKSPACE_STORE,
    RecordKind::Member.plan_key(),
    RecordKind::Pillar.plan_key(),
    RecordKind::SpecialDay.plan_key(),
    RecordKind::Slot.plan_key(),
];

/// Sends the reads of everything but posts, ideas and coverage (see
/// [`Reads`]): the small kinds. A missing workspace object (a database
/// from before migration 1 seeded it) falls back to the default.
fn read_small(
    reads: &Reads,
) -> Result<impl Future<Output = Result<Plan, StorageError>>, StorageError> {
    let workspace = reads.workspace()?;
    let members = reads.all()?;
    let pillars = reads.all()?;
    let special_days = reads.all()?;
    let slots = reads.all()?;
    let extra = reads.plan_extra()?;
    Ok(async move {
        let workspace = workspace.await?.unwrap_or_else(defaults::default_workspace);
        let mut plan = Plan::new(workspace, Timestamp::EPOCH);
        plan.members = members.await?;
        plan.pillars = pillars.await?;
        plan.special_days = special_days.await?;
        plan.slots = slots.await?;
        plan.extra = extra.await?;
        Ok(plan)
    })
}

/// Reads what the first page needs, in one transaction: the small kinds
/// and the posts of the month grid the address names, or of this month's.
/// Which day is today depends on the workspace's zone, not read yet: the
/// grids of every date today can be are read (one month but for a few
/// hours at a month's end).
async fn load_first(db: &Db) -> Result<Plan, StorageError> {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let (first, last) = match first_month(&parse_hash(&hash).query) {
        Some(month) => (month, month),
        None => {
            let (west, east) = possible_local_dates(browser::now());
            (Month::of(west), Month::of(east))
        }
    };
    let (first, last) = (month_grid(first), month_grid(last));
    let (from, to) = (first[0][0], last[last.len() - 1][6]);
    let mut stores = SMALL_STORES.to_vec();
    stores.push(RecordKind::Post.plan_key());
    let reads = db.reads(&stores)?;
    let small = read_small(&reads)?;
    let posts = reads.in_date_range(from, to)?;
    let mut plan = small.await?;
    plan.posts = posts.await?;
    Ok(plan)
}

/// The month a calendar address names (`bulan=2026-12` or
/// `tanggal=2026-12-05`), if any.
fn first_month(query: &str) -> Option<Month> {
    query
        .split('&')
        .find_map(|pair| match pair.split_once('=')? {
            ("bulan", m) => Month::parse(m),
            ("tanggal", d) => parse_date(d).map(Month::of),
            _ => None,
        })
}

/// What [`load_first`] leaves for after the first paint.
struct Rest {
    posts: Vec<Post>,
    ideas: Vec<Idea>,
    coverage: Vec<Coverage>,
}

/// The stores [`Rest`] comes from.
const REST_STORES: [&str; 3] = [
    RecordKind::Post.plan_key(),
    RecordKind::Idea.plan_key(),
    RecordKind::Coverage.plan_key(),
];

/// Sends the reads of [`Rest`] (see [`Reads`]).
fn read_rest(
    reads: &Reads,
) -> Result<impl Future<Output = Result<Rest, StorageError>>, StorageError> {
    let posts = reads.all()?;
    let ideas = reads.all()?;
    let coverage = reads.all()?;
    Ok(async move {
        Ok(Rest {
            posts: posts.await?,
            ideas: ideas.await?,
            coverage: coverage.await?,
        })
    })
}

async fn load_rest(db: &Db) -> Result<Rest, StorageError> {
    read_rest(&db.reads(&REST_STORES)?)?.await
}

/// A resolved-later promise and its resolve function.
fn pending() -> (js_sys::Promise, js_sys::Function) {
    let mut resolve = None;
    let promise = js_sys::Promise::new(&mut |res, _| resolve = Some(res));
    (promise, resolve.expect("the executor runs at once"))
}

/// The record with `id` in `list`, kept current as the list changes: what
/// an editable row shows, so that the row stays mounted across saves.
pub fn stored_record<T>(list: RwSignal<Vec<Record<T>>>, id: Id) -> Memo<Option<Record<T>>>
where
    T: RecordData + Send + Sync + 'static,
{
    Memo::new(move |_| list.with(|items| items.iter().find(|r| r.id == id).cloned()))
}
