//! Hand-computed expectations for every indicator.

use serde_json::json;

use super::*;
use crate::domain::schedule::fixtures::{date, post, slot};

fn workspace(followers: serde_json::Value) -> Workspace {
    serde_json::from_value(json!({
        "id": "w", "name": "Diskominfo", "timezone": "Asia/Pontianak",
        "followers": followers,
        "created_at": "1970-01-01T00:00:00Z", "updated_at": "1970-01-01T00:00:00Z",
    }))
    .unwrap()
}

fn metrics(reach: u64, likes: u64, comments: u64, shares: u64, saves: u64) -> serde_json::Value {
    json!({"reach": reach, "likes": likes, "comments": comments, "shares": shares,
        "saves": saves, "recorded_at": "2026-12-20T00:00:00Z"})
}

/// a, b, c published; d a draft; e cancelled; f out of the period.
fn posts() -> Vec<Post> {
    vec![
        post(
            "a",
            "2026-12-01",
            json!({"status": "published", "format": "photo",
            "pillar_id": "p1", "time": "09:00", "created_at": "2026-11-29T02:00:00Z",
            "published_at": "2026-12-01T02:00:00Z", "metrics": metrics(1000, 50, 10, 5, 5),
            "approval": {"by": "m", "at": "2026-11-30T00:00:00Z", "caption_sha256": "00"}}),
        ),
        post(
            "b",
            "2026-12-04",
            json!({"status": "published", "format": "video",
            "pillar_id": "p2", "created_at": "2026-12-01T01:00:00Z",
            "published_at": "2026-12-05T01:00:00Z", "metrics": metrics(0, 30, 0, 10, 0),
            "links": [{"label": "Foto", "url": "https://drive.example/x"}],
            "approval": {"by": "m", "at": "2026-12-06T00:00:00Z", "caption_sha256": "00"}}),
        ),
        post(
            "c",
            "2026-12-10",
            json!({"status": "published", "format": "text",
            "pillar_id": "p1", "created_at": "2026-12-09T03:00:00Z",
            "published_at": "2026-12-10T03:00:00Z"}),
        ),
        post(
            "d",
            "2026-12-08",
            json!({"status": "draft", "format": "photo", "pillar_id": "p3"}),
        ),
        post(
            "e",
            "2026-12-09",
            json!({"status": "cancelled", "format": "photo"}),
        ),
        post(
            "f",
            "2026-12-20",
            json!({"status": "published", "format": "photo",
            "published_at": "2026-12-20T02:00:00Z", "metrics": metrics(10, 9, 0, 0, 0)}),
        ),
    ]
}

fn slots() -> Vec<Slot> {
    vec![
        slot("s1", 2, "09:00", json!({})),
        slot("s2", 4, "10:00", json!({"pillar_id": "p9"})),
    ]
}

fn period(from: &str, to: &str) -> Period {
    Period {
        from: date(from),
        to: date(to),
    }
}

fn compute(ws: &Workspace, posts: &[Post], p: Period, platform: Option<Platform>) -> Indicators {
    indicators(
        Inputs {
            posts,
            coverage: &[],
            slots: &slots(),
            workspace: ws,
        },
        p,
        platform,
    )
}

fn close(a: Option<f64>, b: f64) {
    let a = a.expect("a value");
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

fn no_nan(ind: &Indicators) {
    for key in Key::ALL {
        if let Some(v) = key.value(ind) {
            assert!(v.is_finite(), "{key:?} = {v}");
        }
    }
}

#[test]
fn every_indicator_of_a_small_period() {
    let ws = workspace(json!({"instagram": 1000}));
    let ind = compute(&ws, &posts(), period("2026-12-01", "2026-12-14"), None);
    assert_eq!((ind.posts, ind.published), (4, 3));
    close(ind.published_per_week, 1.5);
    // Tue 1 and 8 (a at 09:00, d by platform) filled; Thu 3 and 10 (pillar p9) open.
    close(ind.slots_filled, 0.5);
    // b went out on 5 December (08:00 WIB) for the 4th.
    close(ind.on_time, 2.0 / 3.0);
    close(ind.longest_gap_days, 6.0);
    let pillars: Vec<(Option<&str>, usize)> = ind
        .pillar_mix
        .iter()
        .map(|s| (s.key.as_ref().map(Id::as_str), s.count))
        .collect();
    assert_eq!(pillars, [(Some("p1"), 2), (Some("p2"), 1), (Some("p3"), 1)]);
    close(Some(ind.pillar_mix[0].share), 0.5);
    let even = 1.5 * 2f64.ln() / 3f64.ln();
    close(ind.pillar_evenness, even);
    assert_eq!(ind.format_mix[0].key, Some(PostFormat::Photo));
    close(ind.format_evenness, even);
    // a and d lack documentation, b has a link.
    close(ind.documented, 1.0 / 3.0);
    // Only a was approved before it went out.
    close(ind.approved_first, 1.0 / 3.0);
    // 2, 4 and 1 days.
    close(ind.median_days_to_publish, 2.0);
    assert_eq!(ind.with_metrics, 2);
    // b has no reach: only a's 70 / 1000.
    close(ind.rate_by_reach, 0.07);
    close(ind.rate_by_followers, (0.07 + 0.04) / 2.0);
    close(ind.popularity, 40.0);
    close(ind.commitment, 5.0);
    close(ind.virality, 7.5);
    let weeks: Vec<(Date, usize)> = ind.weeks.iter().map(|w| (w.start, w.published)).collect();
    assert_eq!(
        weeks,
        [
            (date("2026-11-30"), 2),
            (date("2026-12-07"), 1),
            (date("2026-12-14"), 0)
        ]
    );
    close(ind.weeks[0].engagement, 0.07);
    assert_eq!(ind.weeks[1].engagement, None);
    assert_eq!(ind.best_times, BestTimes::NotEnough(2));
    let top: Vec<(&str, u64)> = ind
        .top
        .iter()
        .map(|t| (t.id.as_str(), t.interactions))
        .collect();
    assert_eq!(top, [("a", 70), ("b", 40)]);
    no_nan(&ind);
}

#[test]
fn an_empty_period_has_no_undefined_numbers() {
    let ws = workspace(json!({"instagram": 1000}));
    let ind = compute(&ws, &posts(), period("2027-01-01", "2027-01-07"), None);
    assert_eq!((ind.posts, ind.published), (0, 0));
    close(ind.published_per_week, 0.0);
    for v in [
        ind.on_time,
        ind.longest_gap_days,
        ind.pillar_evenness,
        ind.format_evenness,
        ind.documented,
        ind.approved_first,
        ind.median_days_to_publish,
        ind.rate_by_reach,
        ind.rate_by_followers,
        ind.popularity,
        ind.commitment,
        ind.virality,
    ] {
        assert_eq!(v, None);
    }
    assert!(ind.top.is_empty() && ind.pillar_mix.is_empty());
    no_nan(&ind);
    // A period that ends before it starts.
    let back = compute(&ws, &posts(), period("2026-12-10", "2026-12-01"), None);
    assert_eq!(back.published_per_week, None);
    assert_eq!(back.slots_filled, None);
    assert!(back.weeks.is_empty());
    no_nan(&back);
}

#[test]
fn posts_without_metrics_zero_reach_and_zero_followers() {
    let ws = workspace(json!({}));
    let only_c: Vec<Post> = posts()
        .into_iter()
        .filter(|p| p.id.as_str() == "c")
        .collect();
    let ind = compute(&ws, &only_c, period("2026-12-01", "2026-12-14"), None);
    assert_eq!(ind.with_metrics, 0);
    assert_eq!(ind.rate_by_reach, None);
    assert_eq!(ind.longest_gap_days, None);
    assert_eq!(ind.pillar_evenness, None);
    let ind = compute(&ws, &posts(), period("2026-12-01", "2026-12-14"), None);
    assert_eq!(ind.rate_by_followers, None);
    assert_eq!(ind.popularity, None);
    assert_eq!(ind.virality, None);
    close(ind.rate_by_reach, 0.07);
    let zero: Vec<Post> = posts()
        .into_iter()
        .filter(|p| p.id.as_str() == "b")
        .collect();
    let ind = compute(&ws, &zero, period("2026-12-01", "2026-12-14"), None);
    assert_eq!(ind.rate_by_reach, None);
    no_nan(&ind);
}

#[test]
fn a_platform_filter_counts_only_its_posts_and_slots() {
    let ws = workspace(json!({"instagram": 1000, "facebook": 10}));
    let ind = compute(
        &ws,
        &posts(),
        period("2026-12-01", "2026-12-14"),
        Some(Platform::Facebook),
    );
    assert_eq!(ind.posts, 0);
    assert_eq!(ind.slots_filled, None);
    let ind = compute(
        &ws,
        &posts(),
        period("2026-12-01", "2026-12-14"),
        Some(Platform::Instagram),
    );
    assert_eq!(ind.posts, 4);
    close(ind.popularity, 40.0);
}

#[test]
fn followers_of_the_month_win_over_the_general_figure() {
    let mut ws = workspace(json!({"instagram": 1000}));
    set_followers_for_month(&mut ws, "2026-12", &[(Platform::Instagram, Some(2000))]);
    assert_eq!(followers(&ws, "2026-12", Platform::Instagram), Some(2000));
    assert_eq!(followers(&ws, "2026-11", Platform::Instagram), Some(1000));
    assert_eq!(followers(&ws, "2026-11", Platform::Tiktok), None);
    assert_eq!(followers_by_month(&ws)["2026-12"]["instagram"], 2000);
    let ind = compute(&ws, &posts(), period("2026-12-01", "2026-12-14"), None);
    close(ind.popularity, 20.0);
    set_followers_for_month(&mut ws, "2026-12", &[(Platform::Instagram, None)]);
    assert!(!ws.extra.contains_key(FOLLOWERS_BY_MONTH));
}

#[test]
fn best_times_need_ten_posts_with_metrics() {
    let ws = workspace(json!({"instagram": 1000}));
    // Ten posts: four on Monday 7 at 09:00 (block 3), six on Tuesday 8 at 19:00 (block 6).
    let many: Vec<Post> = (0..10)
        .map(|i| {
            let (day, time) = if i < 4 {
                ("2026-12-07", "09:00")
            } else {
                ("2026-12-08", "19:00")
            };
            post(
                &format!("p{i}"),
                day,
                json!({"status": "published", "time": time,
                "metrics": metrics(100, i, 0, 0, 0)}),
            )
        })
        .collect();
    let ind = compute(&ws, &many, period("2026-12-01", "2026-12-31"), None);
    let BestTimes::Cells(cells) = ind.best_times else {
        panic!("enough posts")
    };
    // Tuesday rates 0.04..0.09, median 0.065; Monday 0..0.03, median 0.015.
    assert_eq!(
        (cells[0].weekday, cells[0].block, cells[0].posts),
        (2, 6, 6)
    );
    close(Some(cells[0].median_rate), 0.065);
    assert_eq!((cells[1].weekday, cells[1].block), (1, 3));
    close(Some(cells[1].median_rate), 0.015);
    assert_eq!(ind.top.len(), 5);
    assert_eq!(ind.top[0].interactions, 9);
}

#[test]
fn helpers() {
    assert_eq!(evenness(&[]), None);
    assert_eq!(evenness(&[5]), None);
    close(evenness(&[3, 3]), 1.0);
    assert_eq!(median(&[]), None);
    close(median(&[3.0, 1.0, 2.0]), 2.0);
    close(median(&[4.0, 1.0]), 2.5);
    let c = change(Some(3.0), Some(2.0));
    close(c.absolute, 1.0);
    close(c.relative, 0.5);
    let c = change(Some(3.0), Some(0.0));
    close(c.absolute, 3.0);
    assert_eq!(c.relative, None);
    assert_eq!(change(None, Some(1.0)).absolute, None);
    assert_eq!(
        Period::month_of(date("2026-02-14")),
        period("2026-02-01", "2026-02-28")
    );
}

#[test]
fn csv_has_bom_header_and_one_row_per_indicator() {
    let ws = workspace(json!({"instagram": 1000}));
    let now = compute(&ws, &posts(), period("2026-12-01", "2026-12-14"), None);
    let before = compute(&ws, &posts(), period("2026-11-17", "2026-11-30"), None);
    let bytes = indicators_csv(&now, &before);
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 1 + Key::ALL.len());
    assert_eq!(lines[0], CSV_HEADERS.join(","));
    assert!(
        lines.contains(&"terbit_per_minggu,,2026-12-01/2026-12-14,2026-11-17/2026-11-30,1.5,0,1.5")
    );
    assert!(lines.contains(&"tepat_waktu,%,2026-12-01/2026-12-14,2026-11-17/2026-11-30,66.67,,"));
}
