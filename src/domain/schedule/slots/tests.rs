//! Tests of slot expansion, open slots and posts made from slots.

use super::*;
use crate::domain::post::PostStatus;
use crate::domain::schedule::fixtures::{date, id, post, slot, ts};
use serde_json::json;

fn listed(occurrences: &[SlotOccurrence]) -> Vec<String> {
    occurrences
        .iter()
        .map(|o| format!("{} {} {}", o.date, o.time, o.slot_id))
        .collect()
}

#[test]
fn slots_expand_across_the_month_and_year_end() {
    let mut gone = slot("gone", 3, "10:00", json!({}));
    gone.tombstone(ts("2026-12-01T00:00:00Z"));
    let slots = [
        slot("sun", 7, "19:00", json!({})),
        slot(
            "mon",
            1,
            "09:00",
            json!({"pillar_id": "p1", "format": "carousel"}),
        ),
        slot("mon-early", 1, "07:30", json!({})),
        gone,
    ];
    // Thursday 24 December 2026 to Tuesday 5 January 2027.
    let found = slot_occurrences(&slots, date("2026-12-24"), date("2027-01-05"));
    assert_eq!(
        listed(&found),
        [
            "2026-12-27 19:00 sun",
            "2026-12-28 07:30 mon-early",
            "2026-12-28 09:00 mon",
            "2027-01-03 19:00 sun",
            "2027-01-04 07:30 mon-early",
            "2027-01-04 09:00 mon",
        ]
    );
    assert_eq!(found[2].pillar_id, Some(id("p1")));
    assert_eq!(found[2].format, Some(PostFormat::Carousel));
    assert_eq!(found[2].platforms, [Platform::Instagram]);
    // Weekday 7 is Sunday, and both ends of the range count.
    let sunday = slot_occurrences(&slots[..1], date("2027-01-03"), date("2027-01-03"));
    assert_eq!(listed(&sunday), ["2027-01-03 19:00 sun"]);
    assert!(slot_occurrences(&slots, date("2027-01-05"), date("2027-01-01")).is_empty());
    // Across a month end: every Sunday of November into December.
    let sundays = slot_occurrences(&slots[..1], date("2026-11-20"), date("2026-12-10"));
    assert_eq!(
        listed(&sundays),
        [
            "2026-11-22 19:00 sun",
            "2026-11-29 19:00 sun",
            "2026-12-06 19:00 sun"
        ]
    );
}

fn monday_slots() -> Vec<Slot> {
    vec![
        slot(
            "a",
            1,
            "09:00",
            json!({"platforms": ["instagram", "facebook"], "pillar_id": "p1"}),
        ),
        slot("b", 1, "15:00", json!({"platforms": ["tiktok"]})),
    ]
}

fn open_on_monday(posts: &[Post]) -> Vec<String> {
    let monday = date("2026-12-07");
    listed(&open_slots(&monday_slots(), posts, monday, monday))
}

#[test]
fn an_empty_day_leaves_every_slot_open() {
    assert_eq!(
        open_on_monday(&[]),
        ["2026-12-07 09:00 a", "2026-12-07 15:00 b"]
    );
    // A post on another day fills nothing.
    let other = post("x", "2026-12-08", json!({"time": "09:00"}));
    assert_eq!(open_on_monday(&[other]).len(), 2);
}

#[test]
fn a_post_at_the_slot_time_fills_it_whatever_its_pillar() {
    let p = post(
        "x",
        "2026-12-07",
        json!({"time": "15:00", "platforms": ["website"], "pillar_id": "p9"}),
    );
    assert_eq!(open_on_monday(&[p]), ["2026-12-07 09:00 a"]);
}

#[test]
fn pillar_and_a_shared_platform_fill_at_another_time() {
    let fills = post(
        "x",
        "2026-12-07",
        json!({"platforms": ["facebook"], "pillar_id": "p1"}),
    );
    assert_eq!(open_on_monday(&[fills]), ["2026-12-07 15:00 b"]);
    let wrong_pillar = post(
        "x",
        "2026-12-07",
        json!({"platforms": ["facebook"], "pillar_id": "p2"}),
    );
    let no_pillar = post("y", "2026-12-07", json!({"platforms": ["facebook"]}));
    let wrong_platform = post(
        "z",
        "2026-12-07",
        json!({"platforms": ["youtube"], "pillar_id": "p1"}),
    );
    assert_eq!(
        open_on_monday(&[wrong_pillar, no_pillar, wrong_platform]).len(),
        2
    );
    // A slot without a pillar takes any pillar on a shared platform.
    let any = post(
        "x",
        "2026-12-07",
        json!({"time": "20:00", "platforms": ["tiktok"], "pillar_id": "p7"}),
    );
    assert_eq!(open_on_monday(&[any]), ["2026-12-07 09:00 a"]);
}

#[test]
fn cancelled_and_deleted_posts_fill_nothing() {
    let cancelled = post(
        "x",
        "2026-12-07",
        json!({"time": "09:00", "status": "cancelled"}),
    );
    let mut deleted = post("y", "2026-12-07", json!({"time": "15:00"}));
    deleted.tombstone(ts("2026-12-01T00:00:00Z"));
    assert_eq!(open_on_monday(&[cancelled, deleted]).len(), 2);
}

#[test]
fn one_post_fills_one_slot() {
    // Could fill either slot: it fills one, the other stays open.
    let both = post(
        "x",
        "2026-12-07",
        json!({"platforms": ["instagram", "tiktok"], "pillar_id": "p1"}),
    );
    assert_eq!(
        open_on_monday(std::slice::from_ref(&both)),
        ["2026-12-07 15:00 b"]
    );
    // Two slots at the same time need two posts.
    let slots = [
        slot("a", 1, "09:00", json!({})),
        slot("b", 1, "09:00", json!({})),
    ];
    let monday = date("2026-12-07");
    let one = post("x", "2026-12-07", json!({"time": "09:00"}));
    assert_eq!(
        open_slots(&slots, std::slice::from_ref(&one), monday, monday).len(),
        1
    );
    let two = post("y", "2026-12-07", json!({"time": "09:00"}));
    assert!(open_slots(&slots, &[one, two], monday, monday).is_empty());
}

#[test]
fn the_pairing_fills_as_many_slots_as_it_can() {
    // The all-day post fits both slots, the TikTok post only "a". "a"
    // tries the all-day post first (it is listed first); a greedy
    // pick would then leave "b" open.
    let flexible = post(
        "x",
        "2026-12-07",
        json!({"platforms": ["instagram", "tiktok"], "pillar_id": "p1"}),
    );
    let tiktok = post(
        "y",
        "2026-12-07",
        json!({"time": "14:00", "platforms": ["tiktok"]}),
    );
    let slots = [
        slot("a", 1, "15:00", json!({"platforms": ["tiktok"]})),
        slot(
            "b",
            1,
            "16:00",
            json!({"platforms": ["instagram"], "pillar_id": "p1"}),
        ),
    ];
    let monday = date("2026-12-07");
    assert!(open_slots(&slots, &[flexible, tiktok], monday, monday).is_empty());
}

#[test]
fn post_from_slot_copies_the_slot() {
    let occ = &slot_occurrences(&monday_slots(), date("2026-12-07"), date("2026-12-07"))[0];
    let now = ts("2026-12-01T02:00:00Z");
    let p = post_from_slot(occ, id("new"), now, "Kegiatan Bupati".into());
    assert_eq!(
        (p.id.as_str(), p.created_at, p.updated_at),
        ("new", now, now)
    );
    assert_eq!(p.data.title, "Kegiatan Bupati");
    assert_eq!(p.data.date, date("2026-12-07"));
    assert_eq!(p.data.time, Some(occ.time));
    assert_eq!(p.data.platforms, [Platform::Instagram, Platform::Facebook]);
    assert_eq!(p.data.pillar_id, Some(id("p1")));
    assert_eq!(p.data.status, PostStatus::Draft);
    // The new post fills the slot it came from.
    assert_eq!(open_on_monday(&[p]), ["2026-12-07 15:00 b"]);

    let bare = SlotOccurrence {
        platforms: Vec::new(),
        ..occ.clone()
    };
    let p = post_from_slot(&bare, id("new2"), now, "Konten".into());
    assert_eq!(p.data.platforms, [Platform::Instagram]);
}
