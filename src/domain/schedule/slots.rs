//! Slots expanded to dates, which of them posts already fill, and the post
//! an open one becomes.

use std::collections::BTreeMap;

use chrono::{Datelike, Days};

use crate::domain::calendar::calendar_order;
use crate::domain::id::Id;
use crate::domain::platform::Platform;
use crate::domain::post::{Post, PostData, PostFormat};
use crate::domain::record::Record;
use crate::domain::slot::Slot;
use crate::domain::time::{Date, TimeOfDay, Timestamp};

use super::is_planned;

/// One slot on one date: "Monday 7 December 2026, 09:00".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlotOccurrence {
    /// The slot it comes from.
    pub slot_id: Id,
    /// The date.
    pub date: Date,
    /// The slot's time.
    pub time: TimeOfDay,
    /// The slot's platforms.
    pub platforms: Vec<Platform>,
    /// The slot's pillar, if any.
    pub pillar_id: Option<Id>,
    /// The slot's usual format, if any.
    pub format: Option<PostFormat>,
}

/// Every date from `from` to `to` (both included) on which a live slot
/// falls, sorted by date, time and then slot id.
pub fn slot_occurrences(slots: &[Slot], from: Date, to: Date) -> Vec<SlotOccurrence> {
    let mut found = Vec::new();
    for slot in slots.iter().filter(|s| s.is_live()) {
        let wanted = slot.data.weekday.to_chrono().num_days_from_monday();
        let ahead = (wanted + 7 - from.weekday().num_days_from_monday()) % 7;
        let mut date = from.checked_add_days(Days::new(ahead.into()));
        while let Some(day) = date.filter(|d| *d <= to) {
            found.push(SlotOccurrence {
                slot_id: slot.id.clone(),
                date: day,
                time: slot.data.time,
                platforms: slot.data.platforms.clone(),
                pillar_id: slot.data.pillar_id.clone(),
                format: slot.data.format,
            });
            date = day.checked_add_days(Days::new(7));
        }
    }
    found.sort_by(|a, b| (a.date, a.time, &a.slot_id).cmp(&(b.date, b.time, &b.slot_id)));
    found
}

/// The occurrences from `from` to `to` that no post fills yet: the dashed
/// placeholders of the calendar.
///
/// A planned post (live, not cancelled) fills an occurrence on its own
/// date when either
/// - it is at the occurrence's time (whatever its pillar and platforms:
///   the slot's time is taken), or
/// - it shares at least one platform with the slot and, if the slot has a
///   pillar, is of that pillar (a post without a time, or moved an hour,
///   still counts for the slot it was meant for).
///
/// One post fills at most one occurrence and each occurrence needs its own
/// post: two slots at 09:00 need two posts. Within a day the pairing fills
/// as many occurrences as possible (a maximum matching), trying for each
/// occurrence the posts at its exact time before the others, so which
/// occurrences stay open does not depend on the order posts were made in.
pub fn open_slots<'a>(
    slots: &[Slot],
    posts: impl IntoIterator<Item = &'a Post>,
    from: Date,
    to: Date,
) -> Vec<SlotOccurrence> {
    let occurrences = slot_occurrences(slots, from, to);
    let mut by_day: BTreeMap<Date, Vec<&Post>> = BTreeMap::new();
    for post in posts.into_iter().filter(|p| is_planned(p)) {
        if (from..=to).contains(&post.data.date) {
            by_day.entry(post.data.date).or_default().push(post);
        }
    }
    let mut open = Vec::new();
    for day in occurrences.chunk_by(|a, b| a.date == b.date) {
        let mut posts = by_day.remove(&day[0].date).unwrap_or_default();
        posts.sort_by(|a, b| calendar_order(a, b));
        let filled = fill_day(day, &posts);
        open.extend(
            day.iter()
                .zip(filled)
                .filter(|(_, filled)| !filled)
                .map(|(occurrence, _)| occurrence.clone()),
        );
    }
    open
}

/// How well `post` fills `occurrence` on the same day: 0 at its exact
/// time, 1 by pillar and platform, `None` not at all.
fn fit(occurrence: &SlotOccurrence, post: &PostData) -> Option<u8> {
    if post.time == Some(occurrence.time) {
        return Some(0);
    }
    let shares_platform = post
        .platforms
        .iter()
        .any(|p| occurrence.platforms.contains(p));
    let pillar_ok = occurrence.pillar_id.is_none() || post.pillar_id == occurrence.pillar_id;
    (shares_platform && pillar_ok).then_some(1)
}

/// Which of one day's occurrences its posts fill, by Kuhn's augmenting
/// paths: small (a handful of slots and posts a day) and exact.
fn fill_day(occurrences: &[SlotOccurrence], posts: &[&Post]) -> Vec<bool> {
    let candidates: Vec<Vec<usize>> = occurrences
        .iter()
        .map(|o| {
            let mut fits: Vec<(u8, usize)> = posts
                .iter()
                .enumerate()
                .filter_map(|(i, p)| fit(o, &p.data).map(|rank| (rank, i)))
                .collect();
            fits.sort();
            fits.into_iter().map(|(_, i)| i).collect()
        })
        .collect();
    let mut filled_by: Vec<Option<usize>> = vec![None; posts.len()];
    for occurrence in 0..occurrences.len() {
        let mut tried = vec![false; posts.len()];
        augment(occurrence, &candidates, &mut filled_by, &mut tried);
    }
    let mut filled = vec![false; occurrences.len()];
    for occurrence in filled_by.into_iter().flatten() {
        filled[occurrence] = true;
    }
    filled
}

/// Finds a post for `occurrence`, moving other occurrences to other posts
/// where that frees one. `filled_by[post]` is the occurrence a post fills.
fn augment(
    occurrence: usize,
    candidates: &[Vec<usize>],
    filled_by: &mut [Option<usize>],
    tried: &mut [bool],
) -> bool {
    for &post in &candidates[occurrence] {
        if std::mem::replace(&mut tried[post], true) {
            continue;
        }
        let free = match filled_by[post] {
            None => true,
            Some(other) => augment(other, candidates, filled_by, tried),
        };
        if free {
            filled_by[post] = Some(occurrence);
            return true;
        }
    }
    false
}

/// A draft post for an open slot, made at `now`: its date, time,
/// platforms, pillar and format are the occurrence's.
///
/// A slot without platforms (the validator refuses one, but a record made
/// elsewhere may lack them) gives a post on Instagram, the office's main
/// account, so the new post is always one a plan file can carry; the
/// person changes it in the editor. `title` is taken as given: the caller
/// proposes one (such as the pillar's name) for the person to edit.
pub fn post_from_slot(occ: &SlotOccurrence, id: Id, now: Timestamp, title: String) -> Post {
    let platforms = if occ.platforms.is_empty() {
        vec![Platform::Instagram]
    } else {
        occ.platforms.clone()
    };
    let mut data = PostData::draft(title, occ.date, platforms);
    data.time = Some(occ.time);
    data.format = occ.format;
    data.pillar_id = occ.pillar_id.clone();

    Record::new(id, now, data)
}

#[cfg(test)]
mod tests;
