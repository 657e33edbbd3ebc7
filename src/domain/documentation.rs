//! What a coverage brings back: the needs checklist, photos kept on the
//! record, whether it is overdue, and whether a post has documentation.
//!
//! Photos and captured needs live in extra fields of the coverage record
//! (every record keeps fields it does not know), so an older Siar or
//! another tool passes them through untouched. A post keeps the images
//! attached to it (designs made for it) the same way, in its own `photos`
//! field. Both are read leniently:
//! what this version does not understand is skipped when reading and
//! written back as it came.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::domain::coverage::{Coverage, CoverageData, CoverageStatus, Need};
use crate::domain::id::Id;
use crate::domain::post::{Post, PostData, PostFormat};
use crate::domain::record::{Record, RecordData};
use crate::domain::time::{Date, Timestamp};

/// Extra field of a coverage record holding the needs already captured.
pub const CAPTURED_KEY: &str = "captured";
/// Extra field of a coverage record (or a post) holding its photos'
/// metadata.
pub const PHOTOS_KEY: &str = "photos";
/// The image types a photo may have: camera photos are stored as JPEG or
/// WebP, designs attached to a post as PNG.
pub const PHOTO_MIMES: [&str; 3] = ["image/jpeg", "image/webp", "image/png"];

/// A photo attached to a coverage record (or a post). The image itself (working copy
/// and thumbnail) is in the browser's photo store under `id`, and in a
/// `.zip` plan file as `photos/<id>.<ext>`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhotoMeta {
    /// SHA-256 of the working copy's bytes, 64 hex digits: the same photo
    /// attached twice, or on two devices, is one photo.
    pub id: String,
    /// `image/jpeg` or `image/webp`.
    pub mime: String,
    /// Working copy width in pixels.
    pub width: u32,
    /// Working copy height in pixels.
    pub height: u32,
    /// Working copy size in bytes.
    pub bytes: u64,
    /// What it shows.
    #[serde(default)]
    pub caption: String,
    /// Who took it.
    #[serde(default)]
    pub credit: String,
    /// Cleared for publication ("boleh dipublikasikan").
    #[serde(default)]
    pub cleared: bool,
    /// When it was attached.
    pub added_at: Timestamp,
}

/// Whether `s` can be a photo id: 64 lowercase hex digits. Ids become file
/// names in a bundle and keys in the photo store, so nothing else passes.
pub fn is_photo_id(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// An entry of the `photos` field as this version reads it, or `None` for
/// one of another shape (a newer Siar's, another tool's, a broken one).
fn read_photo(entry: &Value) -> Option<PhotoMeta> {
    let photo = PhotoMeta::deserialize(entry).ok()?;
    (is_photo_id(&photo.id) && PHOTO_MIMES.contains(&photo.mime.as_str())).then_some(photo)
}

/// The photos of `record` (a coverage record, or a post with design
/// images), in the order attached (entries of another shape skipped).
pub fn photos<T: RecordData>(record: &Record<T>) -> Vec<PhotoMeta> {
    let mut found: Vec<PhotoMeta> = Vec::new();
    for photo in entries(record, PHOTOS_KEY).iter().filter_map(read_photo) {
        if !found.iter().any(|f| f.id == photo.id) {
            found.push(photo);
        }
    }
    found
}

/// Replaces the photos of `record` (the caller touches the record).
///
/// Fields a newer version added to a photo that stays are kept, and so are
/// entries this version cannot read (they are not shown, so nobody could
/// have meant to remove them). With neither left, the field goes.
pub fn set_photos<T: RecordData>(record: &mut Record<T>, photos: &[PhotoMeta]) {
    let old = entries(record, PHOTOS_KEY);
    let mut items: Vec<Value> = Vec::new();
    let mut written: Vec<&str> = Vec::new();
    for photo in photos {
        if written.contains(&photo.id.as_str()) {
            continue;
        }
        written.push(&photo.id);
        let Ok(Value::Object(mut entry)) = serde_json::to_value(photo) else {
            continue;
        };
        let before = old
            .iter()
            .find(|v| read_photo(v).is_some_and(|p| p.id == photo.id));
        if let Some(Value::Object(before)) = before {
            for (key, value) in before {
                entry.entry(key.as_str()).or_insert_with(|| value.clone());
            }
        }
        items.push(Value::Object(entry));
    }
    // An unreadable entry goes only when a photo now written has its id.
    let keep = |v: &&Value| {
        let id = v.get("id").and_then(Value::as_str);
        read_photo(v).is_none() && id.is_none_or(|id| !written.contains(&id))
    };
    items.extend(old.iter().filter(keep).cloned());
    put_entries(record, PHOTOS_KEY, items);
}

/// The needs already captured, in `Need::ALL` order.
pub fn captured(coverage: &Coverage) -> Vec<Need> {
    let keys = entries(coverage, CAPTURED_KEY);
    Need::ALL
        .into_iter()
        .filter(|need| keys.iter().any(|k| k.as_str() == Some(need.key())))
        .collect()
}

/// Ticks or unticks `need` (the caller touches the record). The field is
/// written in `Need::ALL` order; names this version does not know stay
/// after them; with nothing captured, the field goes.
pub fn set_captured(coverage: &mut Coverage, need: Need, done: bool) {
    let mut now = captured(coverage);
    now.retain(|n| *n != need);
    if done {
        now.push(need);
    }
    let mut items: Vec<Value> = Need::ALL
        .into_iter()
        .filter(|n| now.contains(n))
        .map(|n| Value::from(n.key()))
        .collect();
    for key in entries(coverage, CAPTURED_KEY) {
        let unknown = key.as_str().is_some_and(|k| Need::from_key(k).is_none());
        if unknown && !items.contains(&key) {
            items.push(key);
        }
    }
    put_entries(coverage, CAPTURED_KEY, items);
}

/// The array in extra field `key`, or nothing when it is missing or not an
/// array.
fn entries<T>(record: &Record<T>, key: &str) -> Vec<Value> {
    match record.extra.get(key) {
        Some(Value::Array(items)) => items.clone(),
        _ => Vec::new(),
    }
}

/// Writes `items` to extra field `key`, or removes the field when empty.
fn put_entries<T>(record: &mut Record<T>, key: &str, items: Vec<Value>) {
    if items.is_empty() {
        record.extra.remove(key);
    } else {
        record.extra.insert(key.to_owned(), Value::Array(items));
    }
}

/// Each need of the coverage, in `Need::ALL` order, with whether it is
/// captured.
pub fn checklist(coverage: &Coverage) -> Vec<(Need, bool)> {
    let done = captured(coverage);
    Need::ALL
        .into_iter()
        .filter(|need| coverage.data.needs.contains(need))
        .map(|need| (need, done.contains(&need)))
        .collect()
}

/// Past its date (before `today`) and still planned.
pub fn is_overdue(coverage: &CoverageData, today: Date) -> bool {
    coverage.date < today && coverage.status == CoverageStatus::Planned
}

/// Photos or documentation links.
pub fn has_documentation(coverage: &Coverage) -> bool {
    !coverage.data.links.is_empty() || !photos(coverage).is_empty()
}

/// A photo, carousel or video post with no documentation: no links of its
/// own and no live coverage (among `coverage`) with documentation.
pub fn lacks_documentation(post: &PostData, coverage: &[Coverage]) -> bool {
    lacks_documentation_by(post, |id| {
        coverage.iter().any(|c| &c.id == id && documents(c))
    })
}

/// Whether `coverage` documents its posts: live, with documentation.
fn documents(coverage: &Coverage) -> bool {
    coverage.is_live() && has_documentation(coverage)
}

/// [`lacks_documentation`] with the question "is the coverage with this id
/// live and documented?" answered by `documented`, cheapest test first.
fn lacks_documentation_by(post: &PostData, documented: impl FnOnce(&Id) -> bool) -> bool {
    let visual = matches!(
        post.format,
        Some(PostFormat::Photo | PostFormat::Carousel | PostFormat::Video)
    );
    visual && post.links.is_empty() && !post.coverage_id.as_ref().is_some_and(documented)
}

/// Like [`lacks_documentation`], but the post's own photos (designs
/// attached to it) count as documentation too.
pub fn post_lacks_documentation(post: &Post, coverage: &[Coverage]) -> bool {
    lacks_documentation(&post.data, coverage) && photos(post).is_empty()
}

/// The ids of the live coverage records with documentation: for asking
/// [`post_lacks_documentation_in`] of many posts without a search of
/// every coverage record for each.
pub fn documented_coverage(coverage: &[Coverage]) -> HashSet<Id> {
    coverage
        .iter()
        .filter(|c| documents(c))
        .map(|c| c.id.clone())
        .collect()
}

/// [`post_lacks_documentation`] against [`documented_coverage`].
pub fn post_lacks_documentation_in(post: &Post, documented: &HashSet<Id>) -> bool {
    lacks_documentation_by(&post.data, |id| documented.contains(id)) && photos(post).is_empty()
}

/// The id of a photo with these bytes: SHA-256, lowercase hex.
pub fn photo_id(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

/// Coverage records for the tests of this module and its neighbours
/// (tasks, posts from coverage), written as the plan format writes them.
#[cfg(test)]
pub(crate) mod fixtures {
    use serde_json::{json, Value};

    use crate::domain::coverage::Coverage;

    /// A coverage on `date`, titled after its id, with `more` fields on
    /// top, made at the epoch.
    pub(crate) fn coverage(id: &str, date: &str, more: Value) -> Coverage {
        let mut v = json!({"id": id, "title": format!("Liputan {id}"), "date": date,
            "created_at": "1970-01-01T00:00:00Z", "updated_at": "1970-01-01T00:00:00Z"});
        let fields = v.as_object_mut().unwrap();
        fields.extend(more.as_object().unwrap().clone());
        serde_json::from_value(v).unwrap()
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::coverage;
    use super::*;
    use crate::domain::schedule::fixtures::{date, post, ts};
    use serde_json::json;

    fn photo(id: &str) -> PhotoMeta {
        PhotoMeta {
            id: id.repeat(64 / id.len()),
            mime: "image/jpeg".into(),
            width: 1600,
            height: 1200,
            bytes: 250_000,
            caption: "Bupati meresmikan jembatan".into(),
            credit: "RT".into(),
            cleared: true,
            added_at: ts("2026-11-20T02:00:00Z"),
        }
    }

    /// The coverage back from the JSON it is written as.
    fn round_trip(c: &Coverage) -> Coverage {
        serde_json::from_str(&serde_json::to_string(c).unwrap()).unwrap()
    }

    #[test]
    fn photos_round_trip_through_the_record() {
        let mut c = coverage("c1", "2026-11-20", json!({"x_other": 1}));
        assert!(photos(&c).is_empty());
        set_photos(&mut c, &[photo("a"), photo("b")]);
        let back = round_trip(&c);
        assert_eq!(photos(&back), [photo("a"), photo("b")]);
        assert_eq!(back.extra["x_other"], 1, "other unknown fields stay");
        assert_eq!(back.extra[PHOTOS_KEY][0]["mime"], "image/jpeg");

        set_photos(&mut c, &[photo("b")]);
        assert_eq!(photos(&c), [photo("b")]);
        set_photos(&mut c, &[]);
        assert!(
            !c.extra.contains_key(PHOTOS_KEY),
            "an empty list removes the field"
        );
    }

    #[test]
    fn photos_are_read_leniently_and_unknown_parts_kept() {
        let good = serde_json::to_value(photo("a")).unwrap();
        let mut newer = serde_json::to_value(photo("b")).unwrap();
        newer["exif"] = json!({"iso": 200});
        let mut avif = serde_json::to_value(photo("c")).unwrap();
        avif["mime"] = json!("image/avif");
        let mut bad_id = serde_json::to_value(photo("d")).unwrap();
        bad_id["id"] = json!("../../etc/passwd");
        let mut c = coverage(
            "c1",
            "2026-11-20",
            json!({"photos": [good, 7, "x", {"id": "a"}, newer, avif, bad_id, good]}),
        );
        assert_eq!(
            photos(&c),
            [photo("a"), photo("b")],
            "others skipped, one of each"
        );

        set_photos(&mut c, &[photo("b")]);
        let items = c.extra[PHOTOS_KEY].as_array().unwrap();
        assert_eq!(
            items[0]["exif"]["iso"], 200,
            "a newer version's field stays"
        );
        assert_eq!(
            items.len(),
            6,
            "b, then the five entries this version cannot read"
        );
        assert_eq!(items[1], json!(7));
        assert_eq!(photos(&round_trip(&c)), [photo("b")]);

        let not_array = coverage("c2", "2026-11-20", json!({"photos": {"a": 1}}));
        assert!(photos(&not_array).is_empty());
    }

    #[test]
    fn captured_needs_round_trip_and_keep_unknown_names() {
        let mut c = coverage(
            "c1",
            "2026-11-20",
            json!({"needs": ["quote", "photo", "video"],
                "captured": ["quote", "hologram", 3, "quote"]}),
        );
        assert_eq!(captured(&c), [Need::Quote]);
        set_captured(&mut c, Need::Photo, true);
        assert_eq!(c.extra[CAPTURED_KEY], json!(["photo", "quote", "hologram"]));
        let back = round_trip(&c);
        assert_eq!(captured(&back), [Need::Photo, Need::Quote]);
        assert_eq!(
            checklist(&back),
            [
                (Need::Photo, true),
                (Need::Video, false),
                (Need::Quote, true)
            ]
        );
        set_captured(&mut c, Need::Quote, false);
        set_captured(&mut c, Need::Photo, false);
        assert_eq!(c.extra[CAPTURED_KEY], json!(["hologram"]));

        let mut plain = coverage("c2", "2026-11-20", json!({"needs": ["drone"]}));
        assert_eq!(checklist(&plain), [(Need::Drone, false)]);
        set_captured(&mut plain, Need::Drone, true);
        assert_eq!(checklist(&plain), [(Need::Drone, true)]);
        set_captured(&mut plain, Need::Drone, false);
        assert!(
            !plain.extra.contains_key(CAPTURED_KEY),
            "nothing captured, no field"
        );
    }

    #[test]
    fn overdue_means_before_today_and_still_planned() {
        let today = date("2026-11-20");
        let planned = coverage("c1", "2026-11-19", json!({}));
        assert!(is_overdue(&planned.data, today));
        let covered = coverage("c2", "2026-11-19", json!({"status": "covered"}));
        assert!(!is_overdue(&covered.data, today));
        let archived = coverage("c3", "2026-10-01", json!({"status": "archived"}));
        assert!(!is_overdue(&archived.data, today));
        let on_the_day = coverage("c4", "2026-11-20", json!({}));
        assert!(!is_overdue(&on_the_day.data, today));
    }

    #[test]
    fn documentation_is_photos_or_links() {
        let link = json!([{"label": "Folder", "url": "https://drive.example/x"}]);
        let mut with_photo = coverage("c1", "2026-11-20", json!({}));
        assert!(!has_documentation(&with_photo));
        set_photos(&mut with_photo, &[photo("a")]);
        assert!(has_documentation(&with_photo));
        assert!(has_documentation(&coverage(
            "c2",
            "2026-11-20",
            json!({"links": link})
        )));

        let mut gone = with_photo.clone();
        gone.id = crate::domain::id::Id::fixed("c3");
        gone.deleted = true;
        let empty = coverage("c4", "2026-11-20", json!({}));
        let all = [with_photo, gone, empty];

        let lacks = |more: Value| lacks_documentation(&post("p", "2026-11-21", more).data, &all);
        assert!(lacks(json!({"format": "photo"})));
        assert!(lacks(json!({"format": "carousel", "coverage_id": "c4"})));
        assert!(
            lacks(json!({"format": "video", "coverage_id": "c3"})),
            "deleted coverage"
        );
        assert!(lacks(json!({"format": "video", "coverage_id": "nope"})));
        assert!(!lacks(json!({"format": "photo", "coverage_id": "c1"})));
        assert!(!lacks(json!({"format": "photo", "links": link})));
        for other in [
            json!({}),
            json!({"format": "text"}),
            json!({"format": "reel"}),
        ] {
            assert!(!lacks(other.clone()), "{other}");
        }
    }

    #[test]
    fn a_post_carries_photos_like_a_coverage() {
        let mut p = post("p", "2026-11-21", json!({"format": "photo", "x_other": 1}));
        assert!(photos(&p).is_empty());
        set_photos(&mut p, &[photo("a"), photo("b"), photo("a")]);
        let back: Post = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
        assert_eq!(photos(&back), [photo("a"), photo("b")]);
        assert_eq!(back.extra["x_other"], 1);
        set_photos(&mut p, &[]);
        assert!(!p.extra.contains_key(PHOTOS_KEY));

        // Designs are attached as PNG.
        let mut design = photo("c");
        design.mime = "image/png".into();
        set_photos(&mut p, std::slice::from_ref(&design));
        assert_eq!(photos(&p), [design]);
    }

    #[test]
    fn a_post_with_its_own_photos_does_not_lack_documentation() {
        let empty = coverage("c4", "2026-11-20", json!({}));
        let all = [empty];
        let mut p = post(
            "p",
            "2026-11-21",
            json!({"format": "photo", "coverage_id": "c4"}),
        );
        assert!(post_lacks_documentation(&p, &all));
        assert!(lacks_documentation(&p.data, &all));
        set_photos(&mut p, &[photo("a")]);
        assert!(!post_lacks_documentation(&p, &all));
        assert!(
            lacks_documentation(&p.data, &all),
            "the old rule sees only links and coverage"
        );
        let text = post("t", "2026-11-21", json!({"format": "text"}));
        assert!(!post_lacks_documentation(&text, &all));
        let mut linked = post(
            "l",
            "2026-11-21",
            json!({"format": "video",
            "links": [{"label": "Folder", "url": "https://drive.example/x"}]}),
        );
        assert!(!post_lacks_documentation(&linked, &all));
        set_photos(&mut linked, &[photo("b")]);
        assert!(!post_lacks_documentation(&linked, &all));
    }

    #[test]
    fn photo_ids_are_sha256_hex() {
        assert_eq!(
            photo_id(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert!(is_photo_id(&photo_id(b"")));
        assert!(!is_photo_id(&photo_id(b"").to_uppercase()));
        assert!(!is_photo_id("abc"));
    }
}
