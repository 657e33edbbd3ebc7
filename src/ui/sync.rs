//! Keeps several tabs of Siar in one browser in step: after every write a
//! tab says what changed on a `BroadcastChannel`, and the others read those
//! records back from IndexedDB (the one copy both share) and show them.
//! A form open in the other tab is not touched: the post editor notices
//! the newer copy when it saves (see `post_editor::actions`).

use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::{Deserialize, Serialize};

use crate::browser::channel::Channel;
use crate::domain::record::{Record, RecordData, RecordKind, RecordList};
use crate::storage::Db;
use crate::ui::state::AppState;

/// The channel's name, the same in every tab of this origin.
const CHANNEL: &str = "siar-changes";

/// What a tab stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum Change {
    /// These records of one kind (`kind` is the plan key, e.g. `posts`).
    Records { kind: String, ids: Vec<String> },
    /// The workspace object.
    Workspace,
    /// Anything: an import or a restore.
    All,
}

/// The open channel, if the browser has one.
#[derive(Clone, Default)]
pub struct Tabs(Option<Rc<Channel>>);

impl Tabs {
    /// Starts listening for the other tabs' changes.
    pub fn listen(state: AppState) -> Tabs {
        let channel = Channel::open(CHANNEL, move |text| {
            if let Ok(change) = serde_json::from_str::<Change>(&text) {
                spawn_local(apply(state, change));
            }
        });
        Tabs(channel.map(Rc::new))
    }

    /// Tells the other tabs what this one stored.
    pub fn announce(&self, change: &Change) {
        if let (Some(channel), Ok(text)) = (&self.0, serde_json::to_string(change)) {
            channel.post(&text);
        }
    }
}

/// The change for `records` of one kind.
pub fn records<T: RecordData>(records: &[Record<T>]) -> Change {
    Change::Records {
        kind: T::KIND.plan_key().to_string(),
        ids: records.iter().map(|r| r.id.as_str().to_string()).collect(),
    }
}

async fn apply(state: AppState, change: Change) {
    let Some(db) = state.db() else {
        return;
    };
    // What is stored is the truth: this tab's copy of anything it names
    // is replaced, whatever its time.
    let result = match change {
        Change::Records { kind, ids } => match RecordKind::from_plan_key(&kind) {
            Some(RecordKind::Member) => refresh(&db, state.members, &ids).await,
            Some(RecordKind::Pillar) => refresh(&db, state.pillars, &ids).await,
            Some(RecordKind::Post) => refresh(&db, state.posts, &ids).await,
            Some(RecordKind::Idea) => refresh(&db, state.ideas, &ids).await,
            Some(RecordKind::Coverage) => refresh(&db, state.coverage, &ids).await,
            Some(RecordKind::SpecialDay) => refresh(&db, state.special_days, &ids).await,
            Some(RecordKind::Slot) => refresh(&db, state.slots, &ids).await,
            None => Ok(()),
        },
        Change::Workspace => match db.workspace().await {
            Ok(Some(ws)) => {
                state.workspace.set(ws);
                Ok(())
            }
            Ok(None) => Ok(()),
            Err(err) => Err(err),
        },
        Change::All => state.reload().await,
    };
    if let Err(err) = result {
        web_sys::console::warn_1(&format!("reading another tab's change failed: {err:?}").into());
    }
}

async fn refresh<T, L>(
    db: &Db,
    list: RwSignal<L>,
    ids: &[String],
) -> Result<(), crate::storage::StorageError>
where
    T: RecordData + Send + Sync + 'static,
    L: RecordList<T> + Send + Sync + 'static,
{
    // Every record asked for at once, in one transaction.
    let store = T::KIND.plan_key();
    let reads = db.reads(&[store])?;
    let answers = ids
        .iter()
        .map(|id| reads.entry::<Record<T>>(store, id))
        .collect::<Result<Vec<_>, _>>()?;
    let mut found = Vec::new();
    for answer in answers {
        found.extend(answer.await?);
    }
    list.update(|items| {
        for record in found {
            items.upsert(record);
        }
    });
    Ok(())
}
