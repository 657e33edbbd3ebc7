use serde_json::json;

use super::*;
use crate::domain::post::Post;
use crate::domain::time::Timestamp;

fn post(id: &str, title: &str, date: &str, url: Option<&str>) -> Post {
    serde_json::from_value(json!({
        "id": id, "title": title, "date": date, "platforms": ["instagram"],
        "status": "published", "published_url": url,
        "metrics": {"reach": 5, "saves": 9, "recorded_at": "2026-12-01T00:00:00Z", "ctr": 1},
        "created_at": "2026-11-01T00:00:00Z", "updated_at": "2026-11-01T00:00:00Z",
    }))
    .unwrap()
}

fn posts() -> Vec<Post> {
    vec![
        post(
            "p1",
            "Festival Budaya",
            "2026-12-05",
            Some("https://www.instagram.com/p/ABC/"),
        ),
        post(
            "p2",
            "Hari Ibu",
            "2026-12-22",
            Some("https://instagram.com/p/DEF"),
        ),
        post("p3", "Sosialisasi Stunting", "2026-12-10", None),
        post(
            "p4",
            "Kabar Desa",
            "2026-12-12",
            Some("https://facebook.com/x/1"),
        ),
        post(
            "p5",
            "Kabar Desa",
            "2026-12-12",
            Some("https://facebook.com/x/2"),
        ),
    ]
}

/// A Meta Business Suite export in Indonesian, `;`-separated, with a BOM,
/// extra columns, quoted commas and `1.234` thousands.
const META_ID: &str = "\u{feff}ID Postingan;Judul;Keterangan;Waktu publikasi;Tautan permanen;Jangkauan;Tayangan;Suka;Komentar;Dibagikan;Disimpan;Jenis\n\
1;Festival Budaya;\"Meriah; penuh warna, ramai\";12/05/2026 10:00;https://instagram.com/p/ABC?igsh=1;1.234;2.500;310;12;4;7;Foto\n\
2;x;;22/12/2026 08:00;HTTP://WWW.Instagram.com/p/DEF/#top;87;–;5;;0;1;Foto\n\
3;Tidak ada;;01/12/2026 08:00;https://instagram.com/p/ZZZ;1;1;1;1;1;1;Foto\n\
4;Rusak;;01/12/2026;https://instagram.com/p/ABC;12,5;1;1;1;1;1;Foto\n";

#[test]
fn reads_an_indonesian_meta_export() {
    let table = read_csv(META_ID.as_bytes()).unwrap();
    assert_eq!(table.headers[0], "ID Postingan");
    assert_eq!(table.headers.len(), 12);
    assert_eq!(table.rows[0].1[2], "Meriah; penuh warna, ramai");
    assert_eq!(
        table.rows.iter().map(|r| r.0).collect::<Vec<_>>(),
        [2, 3, 4, 5]
    );
    let m = Mapping::guess(&table.headers);
    assert_eq!(m.get(Field::Url), Some(4));
    assert_eq!(m.get(Field::Date), Some(3));
    assert_eq!(m.get(Field::Title), Some(1));
    assert_eq!(m.get(Field::Reach), Some(5));
    assert_eq!(m.get(Field::Impressions), Some(6));
    assert_eq!(m.get(Field::Views), None);
    assert_eq!(
        [Field::Likes, Field::Comments, Field::Shares, Field::Saves].map(|f| m.get(f)),
        [Some(7), Some(8), Some(9), Some(10)]
    );

    let p = preview(&table, &m, &posts());
    assert_eq!(p.counts(), (2, 1, 0, 1));
    let Outcome::Matched { post, values } = &p.rows[0].outcome else {
        panic!()
    };
    assert_eq!(post.as_str(), "p1");
    assert_eq!(values[0], Some(Some(1234)));
    assert_eq!(values[1], Some(Some(2500)));
    assert_eq!(values[2], None, "views is not mapped");
    let Outcome::Matched { post, values } = &p.rows[1].outcome else {
        panic!()
    };
    assert_eq!(post.as_str(), "p2");
    assert_eq!((values[1], values[4]), (Some(None), Some(None)));
    assert_eq!(p.rows[2].outcome, Outcome::Unmatched);
    assert_eq!(p.rows[3].line, 5);
    assert_eq!(
        p.rows[3].outcome,
        Outcome::Bad(RowProblem::BadNumber {
            field: Field::Reach,
            value: "12,5".into()
        })
    );
}

#[test]
fn applying_sets_mapped_fields_and_keeps_the_rest() {
    let table = read_csv(META_ID.as_bytes()).unwrap();
    let m = Mapping::guess(&table.headers);
    let all = posts();
    let p = preview(&table, &m, &all);
    let now = Timestamp::parse("2026-12-30T00:00:00Z").unwrap();
    let changed = apply(&p, &all, now);
    assert_eq!(changed.len(), 2);
    let m1 = changed[0].data.metrics.as_ref().unwrap();
    assert_eq!(
        (m1.reach, m1.impressions, m1.likes, m1.saves),
        (Some(1234), Some(2500), Some(310), Some(7))
    );
    assert_eq!(m1.views, None);
    assert_eq!(m1.recorded_at, now);
    assert_eq!(m1.extra["ctr"], 1, "unknown fields are kept");
    assert_eq!(changed[0].updated_at, now);
    let m2 = changed[1].data.metrics.as_ref().unwrap();
    assert_eq!(
        (m2.reach, m2.impressions, m2.comments),
        (Some(87), None, None)
    );
}

#[test]
fn english_comma_export_matches_by_date_and_title() {
    let csv = "Title,Description,Publish time,Reach,Likes,Extra\n\
\"festival budaya \",\"Hello, world\",12/05/2026 10:00,\"1,234\",3,x\n\
Kabar Desa,,12/12/2026,5,1,x\n\
Sosialisasi Stunting,,2026-12-10T09:00:00+07:00,1 234,2,x\n\
Sosialisasi Stunting,,31/31/2026,1,1,x\n\
,,,1,1,x\n";
    let table = read_csv(csv.as_bytes()).unwrap();
    let m = Mapping::guess(&table.headers);
    assert_eq!(m.get(Field::Title), Some(0));
    assert_eq!(m.get(Field::Url), None);
    let p = preview(&table, &m, &posts());
    // 12/05 and 12/12 both read as month first only if a day > 12 says so;
    // here 12/12 fits both, so day first: 12 May does not match.
    assert_eq!(p.rows[0].outcome, Outcome::Unmatched);
    assert_eq!(
        p.rows[1].outcome,
        Outcome::Ambiguous(vec![Id::fixed("p4"), Id::fixed("p5")])
    );
    assert!(
        matches!(&p.rows[2].outcome, Outcome::Matched { post, values } if post.as_str() == "p3" && values[0] == Some(Some(1234)))
    );
    assert_eq!(
        p.rows[3].outcome,
        Outcome::Bad(RowProblem::BadDate("31/31/2026".into()))
    );
    assert_eq!(p.rows[4].outcome, Outcome::Bad(RowProblem::NoKey));
    assert_eq!(p.rows[4].line, 6);
}

use crate::domain::id::Id;

#[test]
fn month_first_dates_are_detected_per_column() {
    let values = ["12/05/2026 10:00", "12/22/2026"];
    assert_eq!(day_order(values.into_iter()), DayOrder::MonthFirst);
    assert_eq!(day_order(["22/12/2026"].into_iter()), DayOrder::DayFirst);
    let d = |s| parse_loose_date(s, DayOrder::MonthFirst).map(|d| d.to_string());
    assert_eq!(d("12/05/2026 10:00").as_deref(), Some("2026-12-05"));
    assert_eq!(d("2026-12-05T23:30:00Z").as_deref(), Some("2026-12-05"));
    assert_eq!(d("2026-12-05").as_deref(), Some("2026-12-05"));
    assert_eq!(
        parse_loose_date("05.12.2026", DayOrder::DayFirst)
            .map(|d| d.to_string())
            .as_deref(),
        Some("2026-12-05")
    );
    assert_eq!(d("kemarin"), None);
}

#[test]
fn counts_take_thousands_separators() {
    for (s, v) in [
        ("1234", Some(1234)),
        ("1.234", Some(1234)),
        ("1,234", Some(1234)),
        ("1 234", Some(1234)),
        ("1.234.567", Some(1_234_567)),
        ("0", Some(0)),
        ("", None),
        ("–", None),
        ("-", None),
        (" 7 ", Some(7)),
    ] {
        assert_eq!(parse_count(s), Ok(v), "{s}");
    }
    for s in ["-3", "12,5", "1.2K", "1.23", "abc", "1..234", "12%"] {
        assert_eq!(parse_count(s), Err(NotACount), "{s}");
    }
}

#[test]
fn urls_are_normalised() {
    let n = normalise_url;
    assert_eq!(
        n("HTTPS://WWW.Instagram.COM/p/AbC/?igsh=x#y"),
        "https://instagram.com/p/AbC"
    );
    assert_eq!(
        n("http://instagram.com/p/AbC"),
        n("https://www.instagram.com/p/AbC/")
    );
    assert_ne!(
        n("https://instagram.com/p/abc"),
        n("https://instagram.com/p/ABC"),
        "paths keep case"
    );
    assert_eq!(n("https://youtu.be/"), "https://youtu.be");
}

#[test]
fn delimiter_is_sniffed_outside_quotes() {
    let t = read_csv(b"\"a;b;c\",Reach\n\"x;y\",3\n").unwrap();
    assert_eq!(t.headers, ["a;b;c", "Reach"]);
    let t = read_csv(b"Link\tViews\nhttps://x.id/1\t4\n").unwrap();
    assert_eq!(t.rows[0].1, ["https://x.id/1", "4"]);
    assert_eq!(read_csv(b"\xEF\xBB\xBF\n\n"), Err(ReadError::Empty));
    assert!(matches!(
        read_csv(b"a,b\n\xff\xfe,1\n"),
        Err(ReadError::Malformed(2))
    ));
}

#[test]
fn header_guesses_cover_the_platforms() {
    let h = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let yt = h(&[
        "Content",
        "Video title",
        "Video publish time",
        "Views",
        "Likes",
        "Comments added",
        "Shares",
    ]);
    let m = Mapping::guess(&yt);
    assert_eq!(
        [
            Field::Title,
            Field::Date,
            Field::Views,
            Field::Likes,
            Field::Comments,
            Field::Shares
        ]
        .map(|f| m.get(f)),
        [Some(1), Some(2), Some(3), Some(4), Some(5), Some(6)]
    );
    let tt = h(&[
        "Video link",
        "Post time",
        "Total likes",
        "Total comments",
        "Total shares",
        "Total views",
        "Reactions",
    ]);
    let m = Mapping::guess(&tt);
    assert_eq!(m.get(Field::Url), Some(0));
    assert_eq!(
        m.get(Field::Likes),
        Some(6),
        "an exact name wins over a partial one"
    );
    assert_eq!(m.get(Field::Views), Some(5));
}

#[test]
fn a_remembered_mapping_survives_other_headers() {
    let headers: Vec<String> = ["Link", "Angka", "Reach"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let mut m = Mapping::guess(&headers);
    m.set(Field::Reach, Some(1));
    m.set(Field::Likes, Some(2));
    let names = m.to_names(&headers);
    let back = Mapping::from_names(&names, &headers);
    assert_eq!(back, m);
    let other: Vec<String> = ["Reach", "Link"].iter().map(|s| s.to_string()).collect();
    let m2 = Mapping::from_names(&names, &other);
    assert_eq!(
        (
            m2.get(Field::Url),
            m2.get(Field::Likes),
            m2.get(Field::Reach)
        ),
        (Some(1), Some(0), None)
    );
}

#[test]
fn line_numbers_count_crlf_lines() {
    let t = read_csv(b"\xEF\xBB\xBFa;b\r\n1;\"x; y, z\"\r\n2;q\r\n3;r\r\n").unwrap();
    assert_eq!(t.rows.iter().map(|r| r.0).collect::<Vec<_>>(), [2, 3, 4]);
}
