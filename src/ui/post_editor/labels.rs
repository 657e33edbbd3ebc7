//! The editor's words: problems next to fields, workflow refusals, formats,
//! and instants shown and typed in the workspace's time zone.

pub use crate::ui::format::{format_label, zone_label};
use chrono::{NaiveDateTime, TimeDelta};

use crate::domain::approval::WorkflowError;
use crate::domain::post::PostStatus;
use crate::domain::time::{TimeOfDay, Timestamp};
use crate::domain::timezone::{self, FALLBACK_OFFSET_MINUTES};
use crate::i18n::*;
use crate::ui::format::{long_date, time_of_day};

/// Why a workflow step was refused, in words.
pub fn workflow_error(i18n: I18nContext<Locale>, error: WorkflowError) -> String {
    match error {
        WorkflowError::NotAllowed => t_string!(i18n, editor.error.not_allowed),
        WorkflowError::NeedsApproval => t_string!(i18n, editor.error.needs_approval),
        WorkflowError::NeedsPublication => t_string!(i18n, editor.error.needs_publication),
        WorkflowError::BadUrl => t_string!(i18n, editor.error.bad_url),
        WorkflowError::CaptionNotReady => t_string!(i18n, editor.error.caption_not_ready),
    }
    .to_string()
}

/// The button that moves a post to `status` ("Kirim untuk ditinjau").
pub fn status_action(i18n: I18nContext<Locale>, status: PostStatus) -> String {
    match status {
        PostStatus::Draft => t_string!(i18n, editor.action.draft),
        PostStatus::Review => t_string!(i18n, editor.action.review),
        PostStatus::Approved => t_string!(i18n, editor.action.approve),
        PostStatus::Scheduled => t_string!(i18n, editor.action.schedule),
        PostStatus::Published => t_string!(i18n, editor.action.publish),
        PostStatus::Cancelled => t_string!(i18n, editor.action.cancel),
    }
    .to_string()
}

/// The workspace zone's offset from UTC in minutes; a zone Siar does not
/// know reads as WIB, as everywhere else.
pub fn zone_offset(tz: &str) -> i32 {
    timezone::offset_minutes(tz).unwrap_or(FALLBACK_OFFSET_MINUTES)
}

/// `at` on the workspace's wall clock.
fn local(at: Timestamp, offset: i32) -> NaiveDateTime {
    at.as_datetime().naive_utc() + TimeDelta::minutes(offset.into())
}

/// `at` as a `datetime-local` input writes it: `2026-12-07T09:00`.
pub fn to_local_input(at: Timestamp, offset: i32) -> String {
    local(at, offset).format("%Y-%m-%dT%H:%M").to_string()
}

/// What a `datetime-local` input holds (`2026-12-07T09:00`, seconds
/// optional), read on the workspace's wall clock.
pub fn from_local_input(s: &str, offset: i32) -> Option<Timestamp> {
    let s = s.trim();
    let naive = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f"))
        .ok()?;
    let utc = naive.checked_sub_signed(TimeDelta::minutes(offset.into()))?;
    Timestamp::from_datetime(utc.and_utc())
}

/// "Senin, 7 Desember 2026 09.00 WIB".
pub fn stamp(i18n: I18nContext<Locale>, at: Timestamp, tz: &str) -> String {
    let wall = local(at, zone_offset(tz));
    let time = TimeOfDay::new(
        u8::try_from(chrono::Timelike::hour(&wall)).unwrap_or(0),
        u8::try_from(chrono::Timelike::minute(&wall)).unwrap_or(0),
    );
    let time = time.map(|t| time_of_day(i18n, t)).unwrap_or_default();
    format!("{} {time} {}", long_date(i18n, wall.date()), zone_label(tz))
}
