//! Getting engagement figures in: reading a platform's CSV export (Meta
//! Business Suite, TikTok Studio, YouTube Studio), mapping its columns to
//! fields, reading counts as people and platforms write them, and matching
//! rows to posts (`matching.rs`). Pure: the caller passes bytes and `now`.

mod matching;
#[cfg(test)]
mod tests;

pub use matching::{
    apply, current_values, preview, set_metrics, Outcome, Preview, PreviewRow, RowProblem, Values,
};

use crate::domain::time::{parse_date, Date};

/// The largest CSV file read (a year of daily rows is far smaller).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// A column a CSV row can feed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The published URL (the best key for matching).
    Url,
    /// The publishing date.
    Date,
    /// The title or description.
    Title,
    /// Accounts reached.
    Reach,
    /// Times shown.
    Impressions,
    /// Video views.
    Views,
    /// Likes or reactions.
    Likes,
    /// Comments.
    Comments,
    /// Shares.
    Shares,
    /// Saves.
    Saves,
}

impl Field {
    /// Every field, in the order the mapping shows them.
    pub const ALL: [Field; 10] = [
        Field::Url,
        Field::Date,
        Field::Title,
        Field::Reach,
        Field::Impressions,
        Field::Views,
        Field::Likes,
        Field::Comments,
        Field::Shares,
        Field::Saves,
    ];

    /// The seven metric fields, in the plan format's order.
    pub const METRICS: [Field; 7] = [
        Field::Reach,
        Field::Impressions,
        Field::Views,
        Field::Likes,
        Field::Comments,
        Field::Shares,
        Field::Saves,
    ];

    /// A stable key (the plan format's field name for metrics).
    pub fn key(self) -> &'static str {
        match self {
            Field::Url => "url",
            Field::Date => "date",
            Field::Title => "title",
            Field::Reach => "reach",
            Field::Impressions => "impressions",
            Field::Views => "views",
            Field::Likes => "likes",
            Field::Comments => "comments",
            Field::Shares => "shares",
            Field::Saves => "saves",
        }
    }

    /// The field named by [`Field::key`].
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// Index among [`Field::METRICS`], for metric fields.
    pub fn metric_index(self) -> Option<usize> {
        Field::METRICS.iter().position(|f| *f == self)
    }

    /// Header names (lowercase) that mean this field, most specific first.
    fn header_names(self) -> &'static [&'static str] {
        match self {
            Field::Url => &[
                "permalink",
                "tautan permanen",
                "link",
                "tautan",
                "url",
                "video link",
            ],
            Field::Date => &[
                "publish time",
                "waktu publikasi",
                "waktu dipublikasikan",
                "publish date",
                "tanggal publikasi",
                "video publish time",
                "date",
                "tanggal",
                "time",
                "waktu",
            ],
            Field::Title => &[
                "title",
                "judul",
                "video title",
                "description",
                "keterangan",
                "deskripsi",
                "caption",
            ],
            Field::Reach => &["reach", "jangkauan"],
            Field::Impressions => &["impressions", "tayangan", "impresi"],
            Field::Views => &[
                "views",
                "video views",
                "penayangan",
                "penayangan video",
                "plays",
                "ditonton",
            ],
            Field::Likes => &["likes", "suka", "reactions", "reaksi", "menyukai"],
            Field::Comments => &["comments", "komentar"],
            Field::Shares => &["shares", "dibagikan", "bagikan", "berbagi"],
            Field::Saves => &["saves", "disimpan", "simpan"],
        }
    }
}

/// A CSV file read into cells: the header and each row with the line it
/// starts on (1 = the header line).
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Column names as written (trimmed).
    pub headers: Vec<String>,
    /// `(line, cells)` for each data row.
    pub rows: Vec<(u64, Vec<String>)>,
}

/// Why a file could not be read as a CSV table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Larger than [`MAX_BYTES`].
    TooLarge,
    /// No header row.
    Empty,
    /// Not text, or broken quoting; the line where reading stopped.
    Malformed(u64),
}

/// Reads a CSV export: strips a UTF-8 BOM, sniffs `,`, `;` or tab from the
/// header line, allows rows of different lengths (missing cells are empty).
pub fn read_csv(bytes: &[u8]) -> Result<Table, ReadError> {
    if bytes.len() > MAX_BYTES {
        return Err(ReadError::TooLarge);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sniff_delimiter(bytes))
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut headers = None;
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            ReadError::Malformed(e.position().map_or(0, |p| line_of(bytes, p.byte())))
        })?;
        let line = record.position().map_or(0, |p| line_of(bytes, p.byte()));
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        if headers.is_none() {
            headers = Some(cells);
        } else {
            rows.push((line, cells));
        }
    }
    let headers = headers.ok_or(ReadError::Empty)?;
    Ok(Table { headers, rows })
}

/// The 1-based line of the record starting at `byte` (the csv crate's own
/// line count is one short after CRLF line ends).
fn line_of(bytes: &[u8], byte: u64) -> u64 {
    let mut start = usize::try_from(byte)
        .unwrap_or(bytes.len())
        .min(bytes.len());
    while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
        start += 1;
    }
    1 + bytes[..start].iter().filter(|&&b| b == b'\n').count() as u64
}

/// The delimiter used most outside quotes on the first line.
fn sniff_delimiter(bytes: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in bytes {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// Which column (by index) feeds each field, if any.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mapping {
    columns: [Option<usize>; 10],
}

impl Mapping {
    /// The column feeding `field`.
    pub fn get(&self, field: Field) -> Option<usize> {
        self.columns[field_index(field)]
    }

    /// Sets (or clears) the column feeding `field`.
    pub fn set(&mut self, field: Field, column: Option<usize>) {
        self.columns[field_index(field)] = column;
    }

    /// The mapping guessed from header names: an exact name first, then a
    /// header that contains a name ("Lifetime Post reach" → reach); a
    /// column feeds at most one field.
    pub fn guess(headers: &[String]) -> Mapping {
        let lower: Vec<String> = headers.iter().map(|h| h.trim().to_lowercase()).collect();
        let mut mapping = Mapping::default();
        let mut used = vec![false; headers.len()];
        for exact in [true, false] {
            for field in Field::ALL {
                if mapping.get(field).is_some() {
                    continue;
                }
                let found = field.header_names().iter().find_map(|name| {
                    (0..lower.len()).find(|&i| {
                        !used[i]
                            && if exact {
                                lower[i] == *name
                            } else {
                                contains_word(&lower[i], name)
                            }
                    })
                });
                if let Some(i) = found {
                    used[i] = true;
                    mapping.set(field, Some(i));
                }
            }
        }
        mapping
    }

    /// The mapping as `(field key, header name)` pairs, to remember it.
    pub fn to_names(&self, headers: &[String]) -> Vec<(String, String)> {
        Field::ALL
            .into_iter()
            .filter_map(|f| {
                let header = headers.get(self.get(f)?)?;
                Some((f.key().to_string(), header.clone()))
            })
            .collect()
    }

    /// A remembered mapping applied to these headers; fields whose header
    /// is missing fall back to the guess.
    pub fn from_names(names: &[(String, String)], headers: &[String]) -> Mapping {
        let mut mapping = Mapping::guess(headers);
        for (key, name) in names {
            let (Some(field), Some(i)) = (
                Field::from_key(key),
                headers
                    .iter()
                    .position(|h| h.trim().eq_ignore_ascii_case(name.trim())),
            ) else {
                continue;
            };
            for f in Field::ALL {
                if mapping.get(f) == Some(i) {
                    mapping.set(f, None);
                }
            }
            mapping.set(field, Some(i));
        }
        mapping
    }
}

fn field_index(field: Field) -> usize {
    Field::ALL.iter().position(|f| *f == field).unwrap_or(0)
}

/// Whether `name` occurs in `header` as whole words.
fn contains_word(header: &str, name: &str) -> bool {
    header.match_indices(name).any(|(i, _)| {
        let before = header[..i].chars().next_back();
        let after = header[i + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A cell that is not a count (see [`parse_count`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotACount;

/// Reads a count as people and exports write it: `1234`, `1.234`,
/// `1,234`, `1 234`; empty, `-`, `–` or `—` is no figure (`Ok(None)`).
/// Anything else (negative, decimal, `1.2K`, misgrouped) is `Err`.
pub fn parse_count(s: &str) -> Result<Option<u64>, NotACount> {
    let s = s.trim();
    if s.is_empty() || ["-", "–", "—"].contains(&s) {
        return Ok(None);
    }
    let is_sep = |c: char| matches!(c, '.' | ',' | ' ' | '\u{a0}' | '\u{202f}' | '\'');
    let groups: Vec<&str> = s.split(is_sep).collect();
    let well_grouped = groups
        .iter()
        .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
        && (groups.len() == 1
            || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3)));
    if !well_grouped {
        return Err(NotACount);
    }
    groups
        .concat()
        .parse::<u64>()
        .map(Some)
        .map_err(|_| NotACount)
}

/// A published URL reduced to what identifies the post: scheme and host
/// lowercased, `www.` dropped, query, fragment and trailing slash dropped.
pub fn normalise_url(url: &str) -> String {
    let url = url.trim();
    let url = url.split(['?', '#']).next().unwrap_or("");
    let (scheme, rest) = match url.split_once("://") {
        Some((s, r)) => (s.to_lowercase(), r),
        None => ("https".to_string(), url),
    };
    let (host, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let host = host.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let scheme = if scheme == "http" {
        "https".to_string()
    } else {
        scheme
    };
    format!("{scheme}://{host}{}", path.trim_end_matches('/'))
}

/// How a column writes day and month in `NN/NN/YYYY` dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayOrder {
    /// `DD/MM/YYYY` (Indonesian; the default when every date fits both).
    DayFirst,
    /// `MM/DD/YYYY` (US English exports).
    MonthFirst,
}

/// The order a date column uses: month first only if some value has a
/// second number above 12 and none has a first number above 12.
pub fn day_order<'a>(values: impl Iterator<Item = &'a str>) -> DayOrder {
    let (mut first_big, mut second_big) = (false, false);
    for v in values {
        if let Some((a, b, _)) = slashed(date_part(v)) {
            first_big |= a > 12;
            second_big |= b > 12;
        }
    }
    if second_big && !first_big {
        DayOrder::MonthFirst
    } else {
        DayOrder::DayFirst
    }
}

/// Reads a date from common export forms, ignoring a time part:
/// `2026-12-05`, `2026-12-05T10:00:00+07:00`, `05/12/2026 10:00`,
/// `12/05/2026` (by `order`), also with `-` or `.` between parts.
pub fn parse_loose_date(s: &str, order: DayOrder) -> Option<Date> {
    let d = date_part(s);
    if let Some(date) = d.get(..10).and_then(parse_date) {
        return Some(date);
    }
    let (a, b, year) = slashed(d)?;
    let (day, month) = match order {
        DayOrder::DayFirst => (a, b),
        DayOrder::MonthFirst => (b, a),
    };
    Date::from_ymd_opt(year, month, day)
}

/// The part of a date-time before a space, `T` or `,`.
fn date_part(s: &str) -> &str {
    let s = s.trim();
    let end = s
        .char_indices()
        .find(|&(i, c)| c == ' ' || c == ',' || (c == 'T' && i >= 8))
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    &s[..end]
}

/// `NN/NN/YYYY` (or with `-` or `.`) as its three numbers.
fn slashed(s: &str) -> Option<(u32, u32, i32)> {
    let parts: Vec<&str> = s.split(['/', '-', '.']).collect();
    let [a, b, y] = parts.as_slice() else {
        return None;
    };
    if a.len() > 2 || b.len() > 2 || y.len() != 4 {
        return None;
    }
    Some((a.parse().ok()?, b.parse().ok()?, y.parse().ok()?))
}
