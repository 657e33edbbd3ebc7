//! Tests of approval and the workflow of statuses.

use serde_json::json;

use super::*;
use crate::domain::schedule::fixtures::{id, member, post, ts};

use PostStatus::*;

fn with_status(status: &str) -> Post {
    post(
        "p1",
        "2026-12-22",
        json!({"status": status, "caption": "Selamat Hari Ibu"}),
    )
}

fn reviewer() -> Member {
    member("m-rev", "reviewer", true)
}

fn ws() -> Workspace {
    crate::domain::defaults::default_workspace()
}

fn now() -> Timestamp {
    ts("2026-12-01T03:00:00Z")
}

#[test]
fn sha256_of_known_strings() {
    assert_eq!(
        caption_sha256(""),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    assert_eq!(
        caption_sha256("abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    // The UTF-8 bytes C3 A9.
    assert_eq!(
        caption_sha256("é"),
        "4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c"
    );
    assert_ne!(caption_sha256("é"), caption_sha256("e\u{301}"));
    let hex = caption_sha256("Hari Ibu 🌸");
    assert!(hex.len() == 64 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')));
}

#[test]
fn only_reviewers_and_admins_approve() {
    assert!(can_approve(Role::Reviewer) && can_approve(Role::Admin));
    assert!(!can_approve(Role::Editor) && !can_approve(Role::Intern));
    for role in ["editor", "intern"] {
        let mut p = with_status("review");
        let before = p.clone();
        assert_eq!(
            approve(&mut p, &member("m", role, true), &ws(), now()),
            Err(WorkflowError::NotAllowed)
        );
        assert_eq!(p, before, "nothing changes on refusal");
    }
    let mut p = with_status("review");
    assert_eq!(
        approve(&mut p, &member("m-adm", "admin", true), &ws(), now()),
        Ok(())
    );
    assert_eq!(
        p.data.approval.as_ref().map(|a| a.by.clone()),
        Some(id("m-adm"))
    );
}

#[test]
fn inactive_or_deleted_members_are_refused() {
    let mut p = with_status("review");
    let former = member("m-old", "reviewer", false);
    assert_eq!(
        approve(&mut p, &former, &ws(), now()),
        Err(WorkflowError::NotAllowed)
    );
    let mut deleted = reviewer();
    deleted.tombstone(now());
    assert_eq!(
        approve(&mut p, &deleted, &ws(), now()),
        Err(WorkflowError::NotAllowed)
    );
    assert_eq!(approval_state(&p.data), ApprovalState::Missing);
}

#[test]
fn approval_records_who_when_and_what() {
    let mut p = with_status("review");
    approve(&mut p, &reviewer(), &ws(), now()).unwrap();
    let a = p.data.approval.clone().unwrap();
    assert_eq!((a.by, a.at), (id("m-rev"), now()));
    assert_eq!(a.caption_sha256, caption_sha256("Selamat Hari Ibu"));
    assert_eq!(p.data.status, Approved);
    assert_eq!(p.updated_at, now());
    assert_eq!(approval_state(&p.data), ApprovalState::Current);

    // From a draft too; a scheduled post keeps its status.
    let mut draft = with_status("draft");
    approve(&mut draft, &reviewer(), &ws(), now()).unwrap();
    assert_eq!(draft.data.status, Approved);
    let mut scheduled = with_status("scheduled");
    approve(&mut scheduled, &reviewer(), &ws(), now()).unwrap();
    assert_eq!(scheduled.data.status, Scheduled);
}

#[test]
fn a_caption_change_invalidates_and_returns_to_review() {
    for status in ["approved", "scheduled"] {
        let mut p = with_status(status);
        approve(&mut p, &reviewer(), &ws(), now()).unwrap();
        let later = ts("2026-12-02T00:00:00Z");
        set_caption(&mut p, "Selamat Hari Ibu Nasional".into(), later);
        assert_eq!(p.data.status, Review, "{status}");
        assert_eq!(approval_state(&p.data), ApprovalState::OutOfDate);
        assert!(p.data.approval.is_some(), "kept, shown as out of date");
        assert_eq!(p.updated_at, later);
        // Back to the approved text: the approval is current again.
        set_caption(&mut p, "Selamat Hari Ibu".into(), later);
        assert_eq!(approval_state(&p.data), ApprovalState::Current);
    }
    // A draft without approval just changes; the same caption is no edit.
    let mut p = with_status("draft");
    set_caption(&mut p, "Baru".into(), now());
    assert_eq!((p.data.status, p.updated_at), (Draft, now()));
    set_caption(&mut p, "Baru".into(), ts("2026-12-09T00:00:00Z"));
    assert_eq!(p.updated_at, now());
    // A published post keeps its status.
    let mut p = with_status("approved");
    approve(&mut p, &reviewer(), &ws(), now()).unwrap();
    publish(&mut p, "https://instagram.com/p/abc", now(), &ws(), now()).unwrap();
    set_caption(&mut p, "Diubah".into(), now());
    assert_eq!(p.data.status, Published);
}

#[test]
fn next_statuses_follow_the_workflow() {
    let approved = {
        let mut p = with_status("review");
        approve(&mut p, &reviewer(), &ws(), now()).unwrap();
        p
    };
    let mut stale = approved.clone();
    stale.data.caption = "lain".into();
    let mut stale_scheduled = stale.clone();
    stale_scheduled.data.status = Scheduled;
    let mut scheduled = approved.clone();
    scheduled.data.status = Scheduled;
    for (p, next) in [
        (with_status("draft"), vec![Review, Cancelled]),
        (with_status("review"), vec![Draft, Approved, Cancelled]),
        (approved, vec![Review, Scheduled, Published, Cancelled]),
        (stale, vec![Review, Cancelled]),
        (scheduled, vec![Review, Published, Cancelled]),
        (stale_scheduled, vec![Review, Cancelled]),
        (with_status("published"), vec![Cancelled]),
        (with_status("cancelled"), vec![Draft]),
    ] {
        assert_eq!(next_statuses(&p.data), next, "{:?}", p.data.status);
    }
}

#[test]
fn set_status_allows_and_refuses() {
    let mut p = with_status("draft");
    assert_eq!(set_status(&mut p, Review, &ws(), now()), Ok(()));
    assert_eq!((p.data.status, p.updated_at), (Review, now()));
    assert_eq!(
        set_status(&mut p, Approved, &ws(), now()),
        Err(WorkflowError::NeedsApproval)
    );
    assert_eq!(
        set_status(&mut p, Scheduled, &ws(), now()),
        Err(WorkflowError::NotAllowed)
    );
    assert_eq!(
        set_status(&mut p, Published, &ws(), now()),
        Err(WorkflowError::NeedsPublication)
    );
    assert_eq!(p.data.status, Review);
    assert_eq!(set_status(&mut p, Draft, &ws(), now()), Ok(()));

    // Approved without a current approval (a file from elsewhere).
    let mut p = with_status("approved");
    assert_eq!(
        set_status(&mut p, Scheduled, &ws(), now()),
        Err(WorkflowError::NeedsApproval)
    );
    approve(&mut p, &reviewer(), &ws(), now()).unwrap();
    let later = ts("2026-12-03T00:00:00Z");
    assert_eq!(set_status(&mut p, Scheduled, &ws(), later), Ok(()));
    assert_eq!((p.data.status, p.updated_at), (Scheduled, later));
    // The same status is no change and no edit.
    assert_eq!(
        set_status(&mut p, Scheduled, &ws(), ts("2026-12-09T00:00:00Z")),
        Ok(())
    );
    assert_eq!(p.updated_at, later);
    assert_eq!(
        set_status(&mut p, Draft, &ws(), now()),
        Err(WorkflowError::NotAllowed)
    );
    assert_eq!(set_status(&mut p, Cancelled, &ws(), now()), Ok(()));
    assert_eq!(
        set_status(&mut p, Review, &ws(), now()),
        Err(WorkflowError::NotAllowed)
    );
    assert_eq!(set_status(&mut p, Draft, &ws(), now()), Ok(()));
}

#[test]
fn publish_needs_a_current_approval_and_a_good_url() {
    let at = ts("2026-12-22T02:00:00Z");
    let mut review = with_status("review");
    assert_eq!(
        publish(&mut review, "https://instagram.com/p/abc", at, &ws(), now()),
        Err(WorkflowError::NeedsApproval)
    );
    let mut p = with_status("review");
    approve(&mut p, &reviewer(), &ws(), now()).unwrap();
    let mut stale = p.clone();
    stale.data.caption = "lain".into();
    assert_eq!(
        publish(&mut stale, "https://x.com/a", at, &ws(), now()),
        Err(WorkflowError::NeedsApproval)
    );
    for bad in [
        "",
        "instagram.com/p/abc",
        "javascript:alert(1)",
        "ftp://x.id/a",
        "https://",
        "https://a b.id",
    ] {
        assert_eq!(
            publish(&mut p, bad, at, &ws(), now()),
            Err(WorkflowError::BadUrl),
            "{bad:?}"
        );
    }
    let too_long = format!("https://x.id/{}", "a".repeat(2_048));
    assert_eq!(
        publish(&mut p, &too_long, at, &ws(), now()),
        Err(WorkflowError::BadUrl)
    );
    assert_eq!(p.data.status, Approved);

    let later = ts("2026-12-22T03:00:00Z");
    assert_eq!(
        publish(
            &mut p,
            " https://www.instagram.com/p/abc/ ",
            at,
            &ws(),
            later
        ),
        Ok(())
    );
    assert_eq!(p.data.status, Published);
    assert_eq!(
        p.data.published_url.as_deref(),
        Some("https://www.instagram.com/p/abc/")
    );
    assert_eq!((p.data.published_at, p.updated_at), (Some(at), later));
}

#[test]
fn a_caption_that_is_not_ready_is_not_approved_scheduled_or_published() {
    let mut ws = ws();
    ws.byline = "(Diskominfo Bengkayang/RT)".into();
    let mut p = with_status("review");
    p.data.caption = "Jembatan baru diresmikan.".into();
    let before = p.clone();
    assert_eq!(
        approve(&mut p, &reviewer(), &ws, now()),
        Err(WorkflowError::CaptionNotReady)
    );
    assert_eq!(p, before, "a refused step changes nothing");

    p.data.caption = "Jembatan baru diresmikan. (Diskominfo Bengkayang/RT)".into();
    approve(&mut p, &reviewer(), &ws, now()).unwrap();
    // The office switches a check on that the approved caption fails.
    ws.default_hashtags = vec!["#DiskominfoBengkayang".into()];
    let before = p.clone();
    assert_eq!(
        set_status(&mut p, Scheduled, &ws, now()),
        Err(WorkflowError::CaptionNotReady)
    );
    assert_eq!(
        publish(&mut p, "https://x.com/a", now(), &ws, now()),
        Err(WorkflowError::CaptionNotReady)
    );
    assert_eq!(p, before);
    ws.set_check(crate::domain::caption::Check::OfficialHashtag, false);
    assert_eq!(set_status(&mut p, Scheduled, &ws, now()), Ok(()));
}

#[test]
fn a_caption_over_a_platform_limit_is_not_approved() {
    let mut p = with_status("review");
    p.data.platforms = vec![crate::domain::platform::Platform::X];
    p.data.hashtags.clear();
    p.data.caption = "a".repeat(281);
    assert_eq!(
        approve(&mut p, &reviewer(), &ws(), now()),
        Err(WorkflowError::CaptionNotReady)
    );
    p.data.caption = "a".repeat(280);
    assert_eq!(approve(&mut p, &reviewer(), &ws(), now()), Ok(()));
}
