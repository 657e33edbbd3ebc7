//! The CSV export read back with the `csv` crate.

use super::*;
use crate::domain::export::bengkayang;
use crate::domain::platform::Platform;
use crate::domain::post::Metrics;
use crate::domain::time::{parse_date, TimeOfDay, Timestamp};

fn read(bytes: &[u8]) -> Vec<Vec<String>> {
    let body = bytes.strip_prefix(BOM).expect("UTF-8 BOM first");
    ::csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body)
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

/// Three posts of the fixture, made awkward.
fn plan() -> Plan {
    let mut plan = bengkayang();
    let member = plan.members[0].clone();
    let pillar = plan.pillars[0].clone();
    let mut posts = plan.posts[..5].to_vec();
    let [a, b, c, d, e] = &mut posts[..] else {
        unreachable!()
    };
    a.data.title = "Rapat \"koordinasi\", tahap 2".into();
    a.data.date = parse_date("2026-12-03").unwrap();
    a.data.time = TimeOfDay::new(9, 0);
    a.data.caption = "Baris satu, \"kutip\"\r\nBaris dua; ✓ é\nBaris tiga".into();
    a.data.platforms = vec![Platform::Instagram, Platform::Facebook];
    a.data.format = Some(PostFormat::Carousel);
    a.data.status = PostStatus::Published;
    a.data.pillar_id = Some(pillar.id.clone());
    a.data.assignee_id = Some(member.id.clone());
    a.data.hashtags = vec!["#Bengkayang".into(), "#Kominfo".into()];
    a.data.published_url = Some("https://www.instagram.com/p/abc/".into());
    a.data.metrics = Some(Metrics {
        reach: Some(5488),
        impressions: None,
        views: Some(0),
        likes: Some(841),
        comments: Some(12),
        shares: Some(28),
        saves: Some(32),
        recorded_at: Timestamp::EPOCH,
        extra: Default::default(),
    });
    // Same day, no time: comes first.
    b.data.title = "=HYPERLINK(\"http://evil.example\",\"klik\")".into();
    b.data.date = parse_date("2026-12-03").unwrap();
    b.data.time = None;
    b.data.caption = "-2+3".into();
    b.data.pillar_id = Some(crate::domain::id::Id::fixed("gone"));
    b.data.assignee_id = None;
    b.data.metrics = None;
    b.data.status = PostStatus::Cancelled;
    // Same day and time as `a`: sorted by title.
    c.data.title = "@Anak".into();
    c.data.date = parse_date("2026-12-03").unwrap();
    c.data.time = TimeOfDay::new(9, 0);
    c.data.caption = "+62 812".into();
    d.deleted = true;
    d.data.date = parse_date("2026-12-03").unwrap();
    e.data.date = parse_date("2026-12-04").unwrap();
    e.data.title = "Besok".into();
    e.data.caption = "\tTab".into();
    plan.posts = posts;
    plan
}

#[test]
fn header_bom_and_one_row_per_live_post_in_order() {
    let bytes = to_csv(&plan(), &Range::All);
    assert!(bytes.starts_with(b"\xEF\xBB\xBFtanggal,jam,judul,"));
    assert!(bytes.ends_with(b"\r\n"), "RFC 4180 line ends");
    let rows = read(&bytes);
    assert_eq!(rows[0], CSV_HEADERS);
    let titles: Vec<&str> = rows[1..].iter().map(|r| r[2].as_str()).collect();
    assert_eq!(
        titles,
        [
            "'=HYPERLINK(\"http://evil.example\",\"klik\")",
            "'@Anak",
            "Rapat \"koordinasi\", tahap 2",
            "Besok",
        ]
    );
    assert!(rows.iter().all(|r| r.len() == CSV_HEADERS.len()));
}

#[test]
fn cells_survive_quotes_commas_and_newlines() {
    let rows = read(&to_csv(&plan(), &Range::All));
    let row = &rows[3];
    let cell = |name: &str| row[CSV_HEADERS.iter().position(|h| *h == name).unwrap()].as_str();
    assert_eq!(cell("tanggal"), "2026-12-03");
    assert_eq!(cell("jam"), "09:00");
    assert_eq!(cell("platform"), "Instagram, Facebook");
    assert_eq!(cell("format"), "Carousel");
    assert_eq!(cell("status"), "Terbit");
    assert_eq!(cell("pilar"), plan().pillars[0].data.name);
    assert_eq!(cell("penanggung_jawab"), "Admin Humas");
    assert_eq!(
        cell("keterangan"),
        "Baris satu, \"kutip\"\r\nBaris dua; ✓ é\nBaris tiga"
    );
    assert_eq!(cell("tagar"), "#Bengkayang #Kominfo");
    assert_eq!(cell("url_terbit"), "https://www.instagram.com/p/abc/");
    let metrics: Vec<&str> = CSV_HEADERS[11..].iter().map(|h| cell(h)).collect();
    assert_eq!(metrics, ["5488", "", "0", "841", "12", "28", "32"]);

    // Unknown pillar, no assignee, no metrics, no time: empty cells.
    let row = &rows[1];
    assert_eq!(
        (row[1].as_str(), row[5].as_str(), row[7].as_str()),
        ("", "", "")
    );
    assert!(row[11..].iter().all(String::is_empty));
    assert_eq!(row[6], "Batal");
}

#[test]
fn cells_that_a_spreadsheet_would_run_get_a_quote() {
    let rows = read(&to_csv(&plan(), &Range::All));
    let captions: Vec<&str> = rows[1..].iter().map(|r| r[8].as_str()).collect();
    assert_eq!(captions[0], "'-2+3");
    assert_eq!(captions[1], "'+62 812");
    assert_eq!(captions[3], "'\tTab");
    for (cell, guarded) in [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\r\n", "'\r\n"),
        ("a=1", "a=1"),
        (" =1", " =1"),
        ("", ""),
    ] {
        assert_eq!(text(cell), guarded, "{cell:?}");
    }
}

#[test]
fn a_range_keeps_its_ends_only() {
    let day = |s| parse_date(s).unwrap();
    let rows = read(&to_csv(
        &plan(),
        &Range::Dates {
            from: day("2026-12-04"),
            to: day("2026-12-04"),
        },
    ));
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1][2], "Besok");
    let rows = read(&to_csv(
        &plan(),
        &Range::Dates {
            from: day("2026-11-01"),
            to: day("2026-12-03"),
        },
    ));
    assert_eq!(rows.len(), 1 + 3);
    // No posts: still the header.
    let mut empty = plan();
    empty.posts.clear();
    assert_eq!(
        read(&to_csv(&empty, &Range::All)),
        [CSV_HEADERS.map(String::from).to_vec()]
    );
}
