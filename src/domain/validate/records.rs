//! The rules of each record kind and of the workspace, key by key in the
//! spec's order (which is also the order Siar writes them in).
//!
//! Presence follows the domain's serde types: a field with a serde
//! `default` may be missing but not `null`, an `Option` may be either.

use std::collections::HashSet;

use crate::domain::coverage::{CoverageStatus, Need};
use crate::domain::idea::IdeaStage;
use crate::domain::member::Role;
use crate::domain::platform::Platform;
use crate::domain::post::{PostFormat, PostStatus};
use crate::domain::record::RecordKind;
use crate::domain::special_day::SpecialDayKind;
use crate::domain::workspace::Language;

use super::fields::{Obj, Presence};
use super::rules::{self, one_of};
use super::ProblemKind;

use Presence::{Defaulted, Nullable, Required};

/// The workspace object (no `deleted`: it is not a record).
pub(super) fn workspace(o: &mut Obj) {
    o.string("id", Required, &rules::id);
    o.string("name", Required, &rules::name);
    o.string("timezone", Defaulted, &rules::other_text);
    o.string("locale", Defaulted, &one_of::<Language>);
    o.counts("followers");
    o.strings("default_hashtags", &rules::hashtag);
    o.string("byline", Defaulted, &rules::other_text);
    o.string("created_at", Required, &rules::timestamp);
    o.string("updated_at", Required, &rules::timestamp);
}

/// One record of `kind`: the envelope around the kind's own fields.
/// `seen` holds the ids of the earlier records of the kind; a repeated id
/// is reported right after the id itself, in the file's order.
pub(super) fn record<'a>(kind: RecordKind, o: &mut Obj<'a, '_>, seen: &mut HashSet<&'a str>) {
    if let Some(id) = o.string("id", Required, &rules::id) {
        if !seen.insert(id) {
            let value = rules::shown(id);
            o.problem("id", ProblemKind::DuplicateId { value });
        }
    }
    match kind {
        RecordKind::Member => member(o),
        RecordKind::Pillar => pillar(o),
        RecordKind::Post => post(o),
        RecordKind::Idea => idea(o),
        RecordKind::Coverage => coverage(o),
        RecordKind::SpecialDay => special_day(o),
        RecordKind::Slot => slot(o),
    }
    o.string("created_at", Required, &rules::timestamp);
    o.string("updated_at", Required, &rules::timestamp);
    o.boolean("deleted", Defaulted);
}

fn member(o: &mut Obj) {
    o.string("name", Required, &rules::name);
    o.string("role", Required, &one_of::<Role>);
    o.boolean("active", Defaulted);
}

fn pillar(o: &mut Obj) {
    o.string("name", Required, &rules::name);
    o.string("color", Defaulted, &rules::color);
    o.integer("target_per_week", Nullable, 0, 50);
    o.string("description", Defaulted, &rules::notes);
}

fn post(o: &mut Obj) {
    o.string("title", Required, &rules::name);
    o.string("date", Required, &rules::date);
    o.string("time", Nullable, &rules::time);
    platforms(o);
    o.string("format", Nullable, &one_of::<PostFormat>);
    o.string("pillar_id", Nullable, &rules::id);
    o.string("status", Defaulted, &one_of::<PostStatus>);
    o.string("caption", Defaulted, &rules::caption);
    o.strings("hashtags", &rules::hashtag);
    o.string("assignee_id", Nullable, &rules::id);
    o.string("coverage_id", Nullable, &rules::id);
    o.string("idea_id", Nullable, &rules::id);
    o.objects("links", link);
    o.object("approval", Nullable, |a| {
        a.string("by", Required, &rules::id);
        a.string("at", Required, &rules::timestamp);
        a.string("caption_sha256", Required, &rules::sha256_hex);
    });
    o.string("published_url", Nullable, &rules::url);
    o.string("published_at", Nullable, &rules::timestamp);
    o.object("metrics", Nullable, |m| {
        for key in [
            "reach",
            "impressions",
            "views",
            "likes",
            "comments",
            "shares",
            "saves",
        ] {
            m.integer(key, Nullable, 0, i64::MAX);
        }
        m.string("recorded_at", Required, &rules::timestamp);
    });
    o.string("notes", Defaulted, &rules::notes);
}

/// A link of a post or a coverage.
fn link(o: &mut Obj) {
    o.string("label", Defaulted, &rules::other_text);
    o.string("url", Required, &rules::url);
}

/// `platforms` of a post or slot: at least one, each a known platform.
/// A missing array means an empty one, so it is `NoneChosen` too.
fn platforms(o: &mut Obj) {
    if !o.has("platforms") {
        o.problem("platforms", ProblemKind::NoneChosen);
        return;
    }
    match o.array("platforms") {
        Some([]) => o.problem("platforms", ProblemKind::NoneChosen),
        Some(items) => o.each_string("platforms", items, &one_of::<Platform>),
        // Not an array: already reported.
        None => {}
    }
}

fn idea(o: &mut Obj) {
    o.string("title", Required, &rules::name);
    o.string("description", Defaulted, &rules::notes);
    o.string("pillar_id", Nullable, &rules::id);
    o.string("stage", Defaulted, &one_of::<IdeaStage>);
    o.string("target_date", Nullable, &rules::date);
    o.strings("tags", &rules::other_text);
    o.string("post_id", Nullable, &rules::id);
}

fn coverage(o: &mut Obj) {
    o.string("title", Required, &rules::name);
    o.string("date", Required, &rules::date);
    o.string("time", Nullable, &rules::time);
    o.string("location", Defaulted, &rules::other_text);
    o.string("officials", Defaulted, &rules::other_text);
    o.strings("crew_ids", &rules::id);
    o.strings("needs", &one_of::<Need>);
    o.string("status", Defaulted, &one_of::<CoverageStatus>);
    o.objects("links", link);
    o.string("notes", Defaulted, &rules::notes);
}

fn special_day(o: &mut Obj) {
    o.string("date", Required, &rules::special_date);
    o.string("name", Required, &rules::name);
    o.string("kind", Required, &one_of::<SpecialDayKind>);
}

fn slot(o: &mut Obj) {
    o.integer("weekday", Required, 1, 7);
    o.string("time", Required, &rules::time);
    platforms(o);
    o.string("pillar_id", Nullable, &rules::id);
    o.string("format", Nullable, &one_of::<PostFormat>);
}
