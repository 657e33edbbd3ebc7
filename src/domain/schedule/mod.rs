//! The recurring posting schedule and where the plan is thin.
//!
//! Slots ("every Monday 09:00, Instagram and Facebook, Kegiatan
//! Pimpinan") expand to occurrences on real dates; an occurrence no post
//! fills yet shows as a dashed placeholder that becomes a post in one
//! click. Gaps are the days in the coming weeks with nothing planned and
//! the weeks where a pillar is below its `target_per_week`.
//!
//! Every range here is inclusive (`from` and `to` both count), and "a
//! planned post" is a live post that is not cancelled: a cancelled post
//! will not go out, so it fills no day, slot or target.

mod gaps;
mod slots;

#[cfg(test)]
pub(crate) mod fixtures;

pub use gaps::{empty_days, gaps, pillar_weeks, Gaps, PillarWeek};
pub use slots::{open_slots, post_from_slot, slot_occurrences, SlotOccurrence};

use crate::domain::post::{Post, PostStatus};
use crate::domain::time::Date;

/// Whether `post` counts as planned: live and not cancelled.
fn is_planned(post: &Post) -> bool {
    post.is_live() && post.data.status != PostStatus::Cancelled
}

/// The days from `from` to `to`, both included.
fn days(from: Date, to: Date) -> impl Iterator<Item = Date> {
    from.iter_days().take_while(move |d| *d <= to)
}
