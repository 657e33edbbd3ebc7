//! The little of the zip format a bundle needs (PKWARE APPNOTE 6.3): one
//! disk, no zip64, no encryption; entries written Stored (photos are
//! already compressed, and a writer without a compressor keeps the app
//! small), read Stored or Deflated (what other tools use when a person
//! re-zips a bundle).
//!
//! Written by hand rather than with the `zip` crate: that crate with no
//! features still weighs about 130 KB of WebAssembly, this module with an
//! inflater (`miniz_oxide`'s, only the half that reads) far less.

/// Local file header signature.
const LOCAL: u32 = 0x0403_4b50;
/// Central directory file header signature.
const CENTRAL: u32 = 0x0201_4b50;
/// End of central directory record signature.
const END: u32 = 0x0605_4b50;
/// Sizes of the fixed parts of the three records.
const LOCAL_LEN: usize = 30;
const CENTRAL_LEN: usize = 46;
const END_LEN: usize = 22;
/// Compression methods.
pub(super) const STORED: u16 = 0;
pub(super) const DEFLATED: u16 = 8;
/// "Version needed to extract" (and made by): 2.0, MS-DOS attributes.
const VERSION: u16 = 20;
/// General purpose flag: the entry is encrypted.
const ENCRYPTED: u16 = 1;
/// MS-DOS date of every entry, 1980-01-01 (time 00:00): the writer is
/// given no clock, and a fixed date makes the same bundle the same bytes.
const DOS_DATE: u16 = (1 << 5) | 1;

/// An entry to write, its data already in the form it is stored in.
pub(super) struct RawEntry<'a> {
    /// Path inside the archive, `/`-separated.
    pub name: &'a str,
    /// [`STORED`] or [`DEFLATED`].
    pub method: u16,
    /// CRC-32 of the uncompressed data.
    pub crc: u32,
    /// Size of the uncompressed data.
    pub size: u32,
    /// The stored (possibly compressed) data.
    pub data: &'a [u8],
}

impl<'a> RawEntry<'a> {
    /// An entry holding `data` as it is.
    pub(super) fn stored(name: &'a str, data: &'a [u8]) -> RawEntry<'a> {
        RawEntry {
            name,
            method: STORED,
            crc: crc32(data),
            size: len32(data.len()),
            data,
        }
    }
}

/// A length as the format writes it. Zip without zip64 stops at 4 GiB,
/// which a browser tab's 32-bit memory cannot reach; natively, a longer
/// one is written as the largest and the archive reads as damaged.
fn len32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// An archive of `entries`, in order.
pub(super) fn write(entries: &[RawEntry]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for e in entries {
        let offset = len32(out.len());
        let name = e.name.as_bytes();
        put32(&mut out, LOCAL);
        put16s(&mut out, &[VERSION, 0, e.method, 0, DOS_DATE]);
        put32s(&mut out, &[e.crc, len32(e.data.len()), e.size]);
        put16s(&mut out, &[name.len() as u16, 0]);
        out.extend_from_slice(name);
        out.extend_from_slice(e.data);

        put32(&mut central, CENTRAL);
        put16s(&mut central, &[VERSION, VERSION, 0, e.method, 0, DOS_DATE]);
        put32s(&mut central, &[e.crc, len32(e.data.len()), e.size]);
        // Name, extra field and comment lengths, disk, internal attributes.
        put16s(&mut central, &[name.len() as u16, 0, 0, 0, 0]);
        put32s(&mut central, &[0, offset]);
        central.extend_from_slice(name);
    }
    let count = u16::try_from(entries.len()).unwrap_or(u16::MAX);
    let central_at = len32(out.len());
    let central_len = len32(central.len());
    out.extend_from_slice(&central);
    put32(&mut out, END);
    put16s(&mut out, &[0, 0, count, count]);
    put32s(&mut out, &[central_len, central_at]);
    put16s(&mut out, &[0]);
    out
}

fn put16s(out: &mut Vec<u8>, values: &[u16]) {
    for v in values {
        out.extend_from_slice(&v.to_le_bytes());
    }
}

fn put32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn put32s(out: &mut Vec<u8>, values: &[u32]) {
    for v in values {
        put32(out, *v);
    }
}

/// An entry as the central directory describes it.
#[derive(Clone, Debug)]
pub(super) struct Entry {
    /// Path inside the archive (not UTF-8 bytes replaced, so such a name
    /// matches nothing the bundle looks for).
    pub name: String,
    flags: u16,
    method: u16,
    crc: u32,
    compressed: u32,
    /// Uncompressed size, as claimed: checked against the data on reading.
    pub size: u32,
    offset: u32,
}

/// Deflate's largest possible ratio of output to input (a run of 258
/// bytes costs at least 2 bits, so about 1032:1): an entry claiming more
/// is lying about its size.
const MAX_DEFLATE_RATIO: u64 = 1032;

impl Entry {
    /// Whether the name is one a tool unpacking the archive could not turn
    /// into a path outside its folder: relative (no leading `/` or `\`),
    /// no `..` segment (with `/` or `\` as separator), no drive (`C:`),
    /// no control characters. Siar writes nothing to disk, but a name like
    /// these only comes from a crafted archive.
    pub(super) fn has_safe_name(&self) -> bool {
        let name = &self.name;
        let segments = || name.split(['/', '\\']);
        let drive = segments().next().is_some_and(|first| first.contains(':'));
        !name.is_empty()
            && !name.starts_with(['/', '\\'])
            && !drive
            && !segments().any(|s| s == "..")
            && !name.chars().any(char::is_control)
    }

    /// Whether the claimed size can come from the stored data: equal for
    /// Stored, at most Deflate's largest ratio for Deflated. Checked from
    /// the directory, before anything is inflated; other methods are never
    /// read, so any claim of theirs passes.
    pub(super) fn has_plausible_size(&self) -> bool {
        let (size, compressed) = (u64::from(self.size), u64::from(self.compressed));
        match self.method {
            STORED => size == compressed,
            DEFLATED => size <= compressed.saturating_mul(MAX_DEFLATE_RATIO),
            _ => true,
        }
    }
}

/// Little-endian reads that fail past the end instead of panicking.
fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        b.get(at..at.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        b.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

fn usize_at(b: &[u8], at: usize) -> Option<usize> {
    usize::try_from(u32_at(b, at)?).ok()
}

/// The entries listed in the central directory of `bytes`, without reading
/// any data; `None` when it is not a zip archive this module reads (no end
/// record, another disk, zip64) or the directory is damaged.
pub(super) fn entries(bytes: &[u8]) -> Option<Vec<Entry>> {
    let end = find_end(bytes)?;
    let count = u16_at(bytes, end + 10)?;
    let (dir_len, dir_at) = (usize_at(bytes, end + 12)?, usize_at(bytes, end + 16)?);
    let disks = (u16_at(bytes, end + 4)?, u16_at(bytes, end + 6)?);
    let zip64 = count == u16::MAX || dir_at == u32::MAX as usize;
    if disks != (0, 0) || zip64 || dir_at.checked_add(dir_len)? > end {
        return None;
    }
    let dir = &bytes[dir_at..dir_at + dir_len];
    let mut found = Vec::with_capacity(usize::from(count));
    let mut at = 0;
    for _ in 0..count {
        if u32_at(dir, at)? != CENTRAL {
            return None;
        }
        let name_len = usize::from(u16_at(dir, at + 28)?);
        let more = usize::from(u16_at(dir, at + 30)?) + usize::from(u16_at(dir, at + 32)?);
        let name = dir.get(at + CENTRAL_LEN..at + CENTRAL_LEN + name_len)?;
        found.push(Entry {
            name: String::from_utf8_lossy(name).into_owned(),
            flags: u16_at(dir, at + 8)?,
            method: u16_at(dir, at + 10)?,
            crc: u32_at(dir, at + 16)?,
            compressed: u32_at(dir, at + 20)?,
            size: u32_at(dir, at + 24)?,
            offset: u32_at(dir, at + 42)?,
        });
        at += CENTRAL_LEN + name_len + more;
    }
    Some(found)
}

/// Where the end of central directory record starts: the last signature
/// whose comment runs exactly to the end of `bytes`.
fn find_end(bytes: &[u8]) -> Option<usize> {
    let last = bytes.len().checked_sub(END_LEN)?;
    let first = last.saturating_sub(usize::from(u16::MAX));
    (first..=last).rev().find(|&at| {
        u32_at(bytes, at) == Some(END)
            && u16_at(bytes, at + 20).map(|c| at + END_LEN + usize::from(c)) == Some(bytes.len())
    })
}

/// The uncompressed data of `entry`, or `None` when it is encrypted,
/// compressed another way, out of bounds, larger or smaller than the
/// directory says, or fails its CRC. Inflating stops at the claimed size,
/// so the caller's size limits hold whatever the data says.
pub(super) fn contents(bytes: &[u8], entry: &Entry) -> Option<Vec<u8>> {
    if entry.flags & ENCRYPTED != 0 {
        return None;
    }
    let at = usize::try_from(entry.offset).ok()?;
    if u32_at(bytes, at)? != LOCAL {
        return None;
    }
    // The local header's name and extra field may differ in length from
    // the central directory's; its sizes may be zero (data descriptor), so
    // those come from the directory.
    let skip = usize::from(u16_at(bytes, at + 26)?) + usize::from(u16_at(bytes, at + 28)?);
    let start = at.checked_add(LOCAL_LEN + skip)?;
    let stored = bytes.get(start..start.checked_add(usize::try_from(entry.compressed).ok()?)?)?;
    let size = usize::try_from(entry.size).ok()?;
    let data = match entry.method {
        STORED => stored.to_vec(),
        // One byte of room past the claimed size, so that data longer than
        // claimed is caught below rather than cut to fit.
        DEFLATED => miniz_oxide::inflate::decompress_to_vec_with_limit(stored, size + 1).ok()?,
        _ => return None,
    };
    (data.len() == size && crc32(&data) == entry.crc).then_some(data)
}

/// The CRC-32 table (polynomial 0xEDB88320), built at compile time.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut bit = 0;
        while bit < 8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            bit += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

/// The CRC-32 of `bytes`, as zip (and gzip, PNG) use it.
pub(super) fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |c, &b| {
        CRC_TABLE[((c ^ u32::from(b)) & 0xff) as usize] ^ (c >> 8)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn entries_come_back_with_their_data() {
        let zip = write(&[
            RawEntry::stored("a.txt", b"halo"),
            RawEntry::stored("b/", b""),
        ]);
        let found = entries(&zip).unwrap();
        let names: Vec<&str> = found.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["a.txt", "b/"]);
        assert_eq!(contents(&zip, &found[0]).unwrap(), b"halo");
        assert_eq!(contents(&zip, &found[1]).unwrap(), b"");
        assert!(entries(&write(&[])).unwrap().is_empty());
    }

    #[test]
    fn a_comment_after_the_directory_is_allowed() {
        let mut zip = write(&[RawEntry::stored("a", b"x")]);
        let n = zip.len();
        zip[n - 2..].copy_from_slice(&3u16.to_le_bytes());
        zip.extend_from_slice(b"PK!");
        assert_eq!(entries(&zip).unwrap().len(), 1);
        zip.push(b'!');
        assert!(entries(&zip).is_none(), "the comment no longer fits");
    }

    #[test]
    fn other_methods_and_encryption_are_not_read() {
        let mut raw = RawEntry::stored("a", b"x");
        raw.method = 12; // bzip2
        let zip = write(&[raw]);
        assert_eq!(contents(&zip, &entries(&zip).unwrap()[0]), None);
        let mut entry = entries(&write(&[RawEntry::stored("a", b"x")])).unwrap()[0].clone();
        entry.flags = ENCRYPTED;
        assert_eq!(
            contents(&write(&[RawEntry::stored("a", b"x")]), &entry),
            None
        );
    }
}
