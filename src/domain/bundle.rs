//! A plan file with its photos: a `.zip` holding `plan.json` and
//! `photos/<id>.<ext>`.
//!
//! A bundle comes from outside like a plan file, so reading trusts nothing:
//! sizes are checked from the central directory before any data is
//! inflated (a zip bomb is refused, not unpacked; so are names such as
//! `../x` and sizes no data could have), photos whose name is
//! not `<id>.jpg`/`.webp` or whose bytes do not hash to their id are left
//! out, and the plan itself still goes through `validate::read_plan`.

mod zip;

use crate::domain::documentation::{is_photo_id, photo_id};
use zip::RawEntry;

/// The largest `plan.json` read, as for a plan file on its own: 25 MiB.
pub const MAX_PLAN_BYTES: u64 = 25 * 1024 * 1024;
/// The most a bundle may hold in all, uncompressed: 500 MiB.
pub const MAX_TOTAL_BYTES: u64 = 500 * 1024 * 1024;
/// The most entries a bundle may hold (zip without zip64).
pub const MAX_ENTRIES: usize = u16::MAX as usize - 1;

/// The plan's name inside a bundle.
const PLAN_NAME: &str = "plan.json";
/// The folder photos are in.
const PHOTOS_DIR: &str = "photos/";
/// Photo types and the file extension each is written with (PNG for
/// designs attached to posts).
const KINDS: [(&str, &str); 3] = [
    ("image/jpeg", "jpg"),
    ("image/webp", "webp"),
    ("image/png", "png"),
];

/// A photo in a bundle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BundlePhoto {
    /// The photo's id (SHA-256 hex of `bytes`).
    pub id: String,
    /// `image/jpeg` or `image/webp`.
    pub mime: String,
    /// The working copy.
    pub bytes: Vec<u8>,
}

impl BundlePhoto {
    /// The photo's path inside a bundle, or `None` if its id or type
    /// cannot be written (so it would not be read back either).
    fn path(&self) -> Option<String> {
        let (_, ext) = KINDS.iter().find(|(mime, _)| *mime == self.mime)?;
        is_photo_id(&self.id).then(|| format!("{PHOTOS_DIR}{}.{ext}", self.id))
    }
}

/// What a bundle holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bundle {
    /// The plan file, as bytes (checked by `validate::read_plan`).
    pub plan: Vec<u8>,
    /// The photos.
    pub photos: Vec<BundlePhoto>,
}

/// Why a bundle could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// Not a zip archive, or a damaged one.
    NotZip,
    /// No `plan.json` inside.
    NoPlan,
    /// Over the size limits (25 MiB plan, 500 MiB in all).
    TooLarge,
    /// An entry whose name climbs out of its folder (`../`, `/abs`, `C:`)
    /// or whose size its stored bytes cannot hold: made to attack, not by
    /// an archiving tool. `name` is the entry's name, cut to 100
    /// characters, to say where.
    UnsafeEntry {
        /// The entry's name as the archive gives it (shortened).
        name: String,
    },
}

/// Whether `bytes` start like a zip archive (`PK\x03\x04`).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Whether the bundle of `plan` and `photos` is one [`read_bundle`] takes:
/// for the export dialog to say so before writing, not after.
pub fn within_limits(plan: &[u8], photos: &[BundlePhoto]) -> bool {
    let photo_bytes: u64 = photos.iter().map(|p| p.bytes.len() as u64).sum();
    plan.len() as u64 <= MAX_PLAN_BYTES
        && plan.len() as u64 + photo_bytes <= MAX_TOTAL_BYTES
        && photos.len() < MAX_ENTRIES
}

/// Writes `plan` (the JSON plan file) and `photos` as a zip, every entry
/// Stored. A photo given twice is written once; one whose id or type
/// cannot name a file (which the app never makes) is left out, as reading
/// would skip it.
pub fn write_bundle(plan: &[u8], photos: &[BundlePhoto]) -> Vec<u8> {
    let mut paths: Vec<(String, &[u8])> = Vec::new();
    for photo in photos {
        if let Some(path) = photo.path() {
            if !paths.iter().any(|(p, _)| *p == path) {
                paths.push((path, &photo.bytes));
            }
        }
    }
    let mut entries = vec![RawEntry::stored(PLAN_NAME, plan)];
    entries.extend(
        paths
            .iter()
            .map(|(path, bytes)| RawEntry::stored(path, bytes)),
    );
    zip::write(&entries)
}

/// Reads a zip written by [`write_bundle`] (or re-zipped by another tool).
///
/// Entries may be Stored or Deflated. A bundle re-zipped as a folder
/// (`siar-…/plan.json`, `siar-…/photos/…`) reads the same. Photos named
/// otherwise than `photos/<id>.jpg` or `.webp`, of an unknown method, or
/// whose bytes' SHA-256 is not their id are skipped; other files are
/// ignored. An archive with any entry named to climb out of its folder
/// (`../x`, `/x`, `C:\x`) or claiming a size its data cannot have is
/// refused (`UnsafeEntry`, naming it), before anything in it is read.
pub fn read_bundle(bytes: &[u8]) -> Result<Bundle, BundleError> {
    let entries = zip::entries(bytes).ok_or(BundleError::NotZip)?;
    let total: u64 = entries.iter().map(|e| u64::from(e.size)).sum();
    if total > MAX_TOTAL_BYTES {
        return Err(BundleError::TooLarge);
    }
    let (prefix, plan) = find_plan(&entries).ok_or(BundleError::NoPlan)?;
    if u64::from(plan.size) > MAX_PLAN_BYTES {
        return Err(BundleError::TooLarge);
    }
    // Still before any data is read: an archive with a name that climbs
    // out of its folder, or a size its data cannot have, was made to
    // attack, not by a tool; it is refused whole, naming the entry.
    let hostile = |e: &&zip::Entry| !e.has_safe_name() || !e.has_plausible_size();
    if let Some(entry) = entries.iter().find(hostile) {
        return Err(BundleError::UnsafeEntry {
            name: entry.name.chars().take(100).collect(),
        });
    }
    let plan = zip::contents(bytes, plan).ok_or(BundleError::NotZip)?;

    let mut photos: Vec<BundlePhoto> = Vec::new();
    for entry in &entries {
        let Some((id, mime)) = photo_name(&entry.name, prefix) else {
            continue;
        };
        if photos.iter().any(|p| p.id == id) {
            continue;
        }
        let Some(data) = zip::contents(bytes, entry) else {
            continue;
        };
        if photo_id(&data) == id {
            photos.push(BundlePhoto {
                id: id.to_owned(),
                mime: mime.to_owned(),
                bytes: data,
            });
        }
    }
    Ok(Bundle { plan, photos })
}

/// The folder the bundle is in (empty, or `name/` when it was re-zipped as
/// a folder) and its plan entry: `plan.json` at the top, else the only
/// `<folder>/plan.json` one level down.
fn find_plan(entries: &[zip::Entry]) -> Option<(&str, &zip::Entry)> {
    if let Some(top) = entries.iter().find(|e| e.name == PLAN_NAME) {
        return Some(("", top));
    }
    let nested: Vec<(&str, &zip::Entry)> = entries
        .iter()
        .filter_map(|e| {
            let folder = e.name.strip_suffix(PLAN_NAME)?;
            let inner = folder.strip_suffix('/')?;
            let plain = !inner.is_empty() && !inner.contains('/') && inner != "__MACOSX";
            plain.then_some((folder, e))
        })
        .collect();
    match nested[..] {
        [only] => Some(only),
        _ => None,
    }
}

/// The id and type of a photo entry named `name` in the bundle's folder
/// `prefix`, or `None` for any other name.
fn photo_name<'a>(name: &'a str, prefix: &str) -> Option<(&'a str, &'static str)> {
    let file = name.strip_prefix(prefix)?.strip_prefix(PHOTOS_DIR)?;
    let (id, ext) = file.rsplit_once('.')?;
    let (mime, _) = KINDS.iter().find(|(_, e)| *e == ext)?;
    is_photo_id(id).then_some((id, *mime))
}

#[cfg(test)]
mod tests {
    use super::zip::{crc32, DEFLATED};
    use super::*;

    const PLAN: &[u8] = br#"{"format":"siar.plan","version":1}"#;

    fn photo(bytes: &[u8], mime: &str) -> BundlePhoto {
        BundlePhoto {
            id: photo_id(bytes),
            mime: mime.into(),
            bytes: bytes.to_vec(),
        }
    }

    /// A Deflated entry, as a tool that re-zips a bundle writes it.
    fn deflated<'a>(name: &'a str, data: &[u8], packed: &'a [u8]) -> RawEntry<'a> {
        RawEntry {
            name,
            method: DEFLATED,
            crc: crc32(data),
            size: data.len() as u32,
            data: packed,
        }
    }

    #[test]
    fn a_written_bundle_reads_back() {
        let jpeg = photo(b"\xff\xd8\xff jpeg bytes", "image/jpeg");
        let webp = photo(b"RIFF webp bytes", "image/webp");
        let zip = write_bundle(PLAN, &[jpeg.clone(), webp.clone(), jpeg.clone()]);
        assert!(is_zip(&zip));
        let bundle = read_bundle(&zip).unwrap();
        assert_eq!(bundle.plan, PLAN);
        assert_eq!(
            bundle.photos,
            [jpeg.clone(), webp.clone()],
            "one of each, in order"
        );
        assert_eq!(
            write_bundle(PLAN, &[jpeg, webp]),
            zip,
            "the same bytes every time"
        );

        let empty = read_bundle(&write_bundle(b"", &[])).unwrap();
        assert_eq!((empty.plan.len(), empty.photos.len()), (0, 0));
    }

    #[test]
    fn photos_that_cannot_be_named_are_not_written() {
        let mut gif = photo(b"gif", "image/gif");
        let mut bad_id = photo(b"x", "image/jpeg");
        bad_id.id = "../plan".into();
        let zip = write_bundle(PLAN, &[gif.clone(), bad_id]);
        let names: Vec<String> = zip::entries(&zip)
            .unwrap()
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert_eq!(names, ["plan.json"]);
        gif.mime = "image/jpeg".into();
        assert!(within_limits(PLAN, &[gif]));
    }

    #[test]
    fn photos_with_a_wrong_hash_or_name_are_skipped() {
        let good = photo(b"good photo", "image/jpeg");
        let wrong = format!("photos/{}.jpg", photo_id(b"something else"));
        let gif = format!("photos/{}.gif", good.id);
        let upper = format!("photos/{}.jpg", good.id.to_uppercase());
        let deeper = format!("photos/sub/{}.jpg", good.id);
        let top = format!("{}.jpg", good.id);
        let named = format!("photos/{}.jpg", good.id);
        let zip = zip::write(&[
            RawEntry::stored(&wrong, b"good photo"),
            RawEntry::stored(&gif, b"good photo"),
            RawEntry::stored(&upper, b"good photo"),
            RawEntry::stored(&deeper, b"good photo"),
            RawEntry::stored(&top, b"good photo"),
            RawEntry::stored("photos/", b""),
            RawEntry::stored("README.txt", b"halo"),
            RawEntry::stored("plan.json", PLAN),
            RawEntry::stored(&named, b"good photo"),
        ]);
        assert_eq!(read_bundle(&zip).unwrap().photos, [good]);
    }

    #[test]
    fn a_bundle_re_zipped_with_deflate_in_a_folder_reads() {
        let text = b"Peresmian jembatan, Peresmian jembatan, Peresmian jembatan";
        let jpeg = photo(text, "image/jpeg");
        let packed_plan = miniz_oxide::deflate::compress_to_vec(PLAN, 6);
        let packed_photo = miniz_oxide::deflate::compress_to_vec(text, 6);
        assert!(packed_photo.len() < text.len());
        let photo_path = format!("siar-bengkayang/photos/{}.jpg", jpeg.id);
        let zip = zip::write(&[
            RawEntry::stored("siar-bengkayang/", b""),
            deflated("siar-bengkayang/plan.json", PLAN, &packed_plan),
            deflated(&photo_path, text, &packed_photo),
            RawEntry::stored("__MACOSX/siar-bengkayang/._plan.json", b"\0\x05"),
        ]);
        let bundle = read_bundle(&zip).unwrap();
        assert_eq!((bundle.plan.as_slice(), bundle.photos), (PLAN, vec![jpeg]));

        let two_folders = zip::write(&[
            deflated("a/plan.json", PLAN, &packed_plan),
            deflated("b/plan.json", PLAN, &packed_plan),
        ]);
        assert_eq!(read_bundle(&two_folders), Err(BundleError::NoPlan));
    }

    #[test]
    fn damaged_or_foreign_bytes_are_not_a_zip() {
        let zip = write_bundle(PLAN, &[photo(b"p", "image/jpeg")]);
        for bad in [
            &b""[..],
            b"PK\x03\x04",
            b"{\"format\":\"siar.plan\"}",
            &zip[..zip.len() - 1],
        ] {
            assert_eq!(read_bundle(bad), Err(BundleError::NotZip), "{bad:?}");
        }
        for cut in [10, zip.len() / 2, zip.len() - 30] {
            assert_eq!(
                read_bundle(&zip[cut..]),
                Err(BundleError::NotZip),
                "cut {cut}"
            );
        }
        let mut flipped = zip.clone();
        flipped[30 + "plan.json".len()] ^= 1; // the plan's first byte
        assert_eq!(read_bundle(&flipped), Err(BundleError::NotZip), "CRC");

        // Deflate data that inflates past its claimed size is refused.
        let big = vec![b'a'; 10_000];
        let packed = miniz_oxide::deflate::compress_to_vec(&big, 6);
        let mut liar = deflated("plan.json", &big, &packed);
        liar.size = 100;
        assert_eq!(read_bundle(&zip::write(&[liar])), Err(BundleError::NotZip));
    }

    #[test]
    fn a_bundle_without_plan_json_is_refused() {
        let zip = zip::write(&[
            RawEntry::stored("Plan.json", PLAN),
            RawEntry::stored("plan.json.bak", PLAN),
            RawEntry::stored("a/b/plan.json", PLAN),
            RawEntry::stored("__MACOSX/plan.json", PLAN),
            RawEntry::stored("/plan.json", PLAN),
        ]);
        assert_eq!(read_bundle(&zip), Err(BundleError::NoPlan));
    }

    #[test]
    fn sizes_are_checked_from_the_directory_before_reading() {
        // The directory claims 600 MiB; no data is there to inflate.
        let bomb = RawEntry {
            name: "plan.json",
            method: DEFLATED,
            crc: 0,
            size: 600 * 1024 * 1024,
            data: b"\x03\x00",
        };
        assert_eq!(
            read_bundle(&zip::write(&[bomb])),
            Err(BundleError::TooLarge)
        );

        let mut plan = RawEntry::stored("plan.json", PLAN);
        plan.size = MAX_PLAN_BYTES as u32 + 1;
        assert_eq!(
            read_bundle(&zip::write(&[plan])),
            Err(BundleError::TooLarge)
        );

        // Photos of 300 MiB each: too much in all, though each fits.
        let mut a = RawEntry::stored("photos/a.jpg", b"");
        a.size = 300 * 1024 * 1024;
        let mut b = RawEntry::stored("photos/b.jpg", b"");
        b.size = a.size;
        let zip = zip::write(&[RawEntry::stored("plan.json", PLAN), a, b]);
        assert_eq!(read_bundle(&zip), Err(BundleError::TooLarge));
    }

    #[test]
    fn names_that_climb_out_of_the_folder_are_refused_before_reading() {
        let climbing = [
            "../x",
            "../plan.json",
            "../photos/x.jpg",
            "photos/../../x",
            "siar/../../plan.json",
            "..\\x",
            "a\\..\\..\\x",
            "/abs",
            "/plan.json",
            "\\abs",
            "C:\\x",
            "C:/x",
            "c:x",
            "x\0y",
            "x\ny",
        ];
        for name in climbing {
            // The entry's data could never be read: its CRC is wrong. Only
            // the name refuses the archive.
            let mut hostile = RawEntry::stored(name, b"x");
            hostile.crc ^= 1;
            let zip = zip::write(&[RawEntry::stored("plan.json", PLAN), hostile]);
            let shown: String = name.chars().take(100).collect();
            assert_eq!(
                read_bundle(&zip),
                Err(BundleError::UnsafeEntry { name: shown }),
                "{name:?}"
            );
        }
        // Dots that climb nowhere are names like any other.
        for name in ["photos/..jpg", "a..b/x", "...", "..x", "./notes.txt"] {
            let zip = zip::write(&[
                RawEntry::stored("plan.json", PLAN),
                RawEntry::stored(name, b"x"),
            ]);
            assert_eq!(read_bundle(&zip).unwrap().plan, PLAN, "{name:?}");
        }
    }

    #[test]
    fn sizes_no_data_could_have_are_refused_before_reading() {
        // Two bytes of Deflate claiming 10 MiB: under every size limit, but
        // beyond Deflate's 1032:1, so a lie (a zip bomb's directory).
        let bomb = RawEntry {
            name: "photos/x.jpg",
            method: DEFLATED,
            crc: 0,
            size: 10 * 1024 * 1024,
            data: b"\x03\x00",
        };
        let zip = zip::write(&[RawEntry::stored("plan.json", PLAN), bomb]);
        assert_eq!(
            read_bundle(&zip),
            Err(BundleError::UnsafeEntry {
                name: "photos/x.jpg".into()
            })
        );

        // Stored data is its own size.
        let mut longer = RawEntry::stored("notes.txt", b"abc");
        longer.size = 4;
        let zip = zip::write(&[RawEntry::stored("plan.json", PLAN), longer]);
        assert_eq!(
            read_bundle(&zip),
            Err(BundleError::UnsafeEntry {
                name: "notes.txt".into()
            })
        );

        // The most compressible data there is stays within the ratio.
        let spaces = vec![b' '; 1 << 20];
        let packed = miniz_oxide::deflate::compress_to_vec(&spaces, 10);
        let zip = zip::write(&[deflated("plan.json", &spaces, &packed)]);
        assert_eq!(read_bundle(&zip).unwrap().plan, spaces);
    }

    #[test]
    fn limits_before_writing() {
        let small = photo(b"p", "image/jpeg");
        assert!(within_limits(PLAN, std::slice::from_ref(&small)));
        let big_plan = vec![b' '; MAX_PLAN_BYTES as usize + 1];
        assert!(!within_limits(&big_plan, &[]));
        let many = vec![small; MAX_ENTRIES];
        assert!(!within_limits(PLAN, &many));
    }
}
