//! How each platform counts a caption, and what it refuses.
//!
//! Every limit is in one table, [`rule`], and every feed fold in another,
//! [`fold_rule`], so that the meters, the preview, the tests and the docs
//! read the same numbers. The counting functions ([`utf16_length`],
//! [`x_weighted_length`], [`threads_length`]) and the finders
//! ([`hashtag_ranges`], [`link_ranges`]) are public for the caption
//! studio's preview.

use std::ops::Range;

use crate::domain::caption::emoji;
use crate::domain::platform::Platform;
use crate::domain::post::PostData;
use crate::domain::text::is_space;

/// How near a meter is to its limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Comfortably inside.
    Ok,
    /// At 90 % of the limit or more.
    Near,
    /// Over the limit: the post cannot be approved.
    Over,
}

/// What a meter counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// The caption as published (caption plus hashtags).
    Caption,
    /// The post's title (YouTube's video title).
    Title,
    /// Hashtags in the published caption.
    Hashtags,
    /// Links in the published caption.
    Links,
    /// `<` or `>` in a YouTube title or description (limit 0).
    AngleBrackets,
}

/// The unit `used` and `limit` are in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Characters as the platform counts them.
    Chars,
    /// X's weighted characters.
    Weighted,
    /// UTF-8 bytes.
    Bytes,
    /// Items (hashtags, links, characters found).
    Items,
}

/// One live counter of the caption studio.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Meter {
    /// The platform whose rule it is.
    pub platform: Platform,
    /// What it counts.
    pub measure: Measure,
    /// The unit.
    pub unit: Unit,
    /// How much is used.
    pub used: usize,
    /// The platform's limit.
    pub limit: usize,
    /// Ok, near or over.
    pub level: Level,
}

/// How a platform counts the characters of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counting {
    /// UTF-16 code units, as JavaScript's `length` (Instagram, Facebook,
    /// TikTok): `😀` counts 2. See [`utf16_length`].
    Utf16,
    /// twitter-text v3 weights (X). See [`x_weighted_length`].
    XWeighted,
    /// One per character, an emoji its UTF-8 bytes (Threads). See
    /// [`threads_length`].
    Threads,
    /// UTF-8 bytes (YouTube's description).
    Utf8Bytes,
    /// Unicode scalar values, Rust's `chars()` (YouTube's title).
    Scalars,
}

impl Counting {
    /// The unit a meter shows for this way of counting.
    pub const fn unit(self) -> Unit {
        match self {
            Counting::Utf16 | Counting::Threads | Counting::Scalars => Unit::Chars,
            Counting::XWeighted => Unit::Weighted,
            Counting::Utf8Bytes => Unit::Bytes,
        }
    }

    /// The length of `text` counted this way.
    pub fn length(self, text: &str) -> usize {
        match self {
            Counting::Utf16 => utf16_length(text),
            Counting::XWeighted => x_weighted_length(text),
            Counting::Threads => threads_length(text),
            Counting::Utf8Bytes => text.len(),
            Counting::Scalars => text.chars().count(),
        }
    }
}

/// A length limit and how the platform counts towards it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    /// How characters are counted.
    pub counting: Counting,
    /// The most the platform accepts.
    pub max: usize,
}

/// What one platform accepts. `None` or `false` where it sets no limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// The caption as published (YouTube: the description).
    pub caption: Option<Limit>,
    /// The post's title (YouTube's video title).
    pub title: Option<Limit>,
    /// The most hashtags in the published caption.
    pub hashtags: Option<usize>,
    /// The most links in the published caption.
    pub links: Option<usize>,
    /// Whether `<` and `>` are refused in the title and caption.
    pub no_angle_brackets: bool,
}

/// A platform that limits nothing.
const NO_RULE: Rule = Rule {
    caption: None,
    title: None,
    hashtags: None,
    links: None,
    no_angle_brackets: false,
};

/// What X counts a link as, whatever its length (it shortens every link to
/// a `t.co` address of 23 characters).
pub const X_LINK_WEIGHT: usize = 23;

/// What X counts one emoji sequence as, however many code points it has.
pub const X_EMOJI_WEIGHT: usize = 2;

/// Each platform's limits: the one table the meters, the preview and the
/// docs read.
pub const fn rule(platform: Platform) -> Rule {
    const fn limit(counting: Counting, max: usize) -> Option<Limit> {
        Some(Limit { counting, max })
    }
    match platform {
        Platform::Instagram => Rule {
            caption: limit(Counting::Utf16, 2_200),
            hashtags: Some(5),
            ..NO_RULE
        },
        Platform::Facebook => Rule {
            caption: limit(Counting::Utf16, 63_206),
            ..NO_RULE
        },
        Platform::Tiktok => Rule {
            caption: limit(Counting::Utf16, 2_200),
            ..NO_RULE
        },
        Platform::Youtube => Rule {
            caption: limit(Counting::Utf8Bytes, 5_000),
            title: limit(Counting::Scalars, 100),
            no_angle_brackets: true,
            ..NO_RULE
        },
        Platform::X => Rule {
            caption: limit(Counting::XWeighted, 280),
            ..NO_RULE
        },
        Platform::Threads => Rule {
            caption: limit(Counting::Threads, 500),
            links: Some(5),
            ..NO_RULE
        },
        Platform::Website | Platform::Whatsapp => NO_RULE,
    }
}

/// Where a feed hides the rest of a caption behind "… more".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fold {
    /// About how many characters show (an emoji sequence is one).
    pub chars: usize,
    /// How many lines show at most, when the feed also folds by lines.
    pub lines: Option<usize>,
}

/// Each platform's feed fold. These are approximations: the feeds fold by
/// width on screen, which differs by phone, font and app version; the
/// figures are what the platforms' help pages and common practice give.
/// X and Threads show a post whole; the website and WhatsApp have no feed.
pub const fn fold_rule(platform: Platform) -> Option<Fold> {
    match platform {
        Platform::Instagram | Platform::Facebook => Some(Fold {
            chars: 125,
            lines: Some(2),
        }),
        Platform::Tiktok => Some(Fold {
            chars: 100,
            lines: None,
        }),
        // The description preview under a video.
        Platform::Youtube => Some(Fold {
            chars: 157,
            lines: None,
        }),
        Platform::X | Platform::Threads | Platform::Website | Platform::Whatsapp => None,
    }
}

/// `Over` when `used` passes `limit`, `Near` from 90 % of it, else `Ok`.
/// A limit of 0 is never near: one is already over.
pub fn level(used: usize, limit: usize) -> Level {
    if used > limit {
        Level::Over
    } else if limit > 0 && used.saturating_mul(10) >= limit.saturating_mul(9) {
        Level::Near
    } else {
        Level::Ok
    }
}

/// The pieces a text is counted in: each whole emoji sequence, and every
/// other character alone. Yields the byte range and whether it is an emoji.
fn pieces(text: &str) -> impl Iterator<Item = (Range<usize>, bool)> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let c = text[pos..].chars().next()?;
        let start = pos;
        match emoji::emoji_at(text, start) {
            Some(end) => {
                pos = end;
                Some((start..end, true))
            }
            None => {
                pos += c.len_utf8();
                Some((start..pos, false))
            }
        }
    })
}

/// The length of `text` in UTF-16 code units, as JavaScript (and so
/// Instagram's, Facebook's and TikTok's clients) count: `😀` is 2.
pub fn utf16_length(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// The weight of one code point in twitter-text v3: 1 in the ranges below
/// (Latin, Greek, Cyrillic, …, general punctuation), 2 elsewhere (CJK,
/// emoji, …).
fn x_char_weight(c: char) -> usize {
    match u32::from(c) {
        0..=4351 | 8192..=8205 | 8208..=8223 | 8242..=8247 => 1,
        _ => 2,
    }
}

/// The length of `text` as X counts it (twitter-text v3 configuration,
/// emoji parsing on): every link counts [`X_LINK_WEIGHT`], every emoji
/// sequence [`X_EMOJI_WEIGHT`], every other code point its weight (1 for
/// Latin script and common punctuation, 2 for the rest, such as CJK).
///
/// twitter-text first normalises the text to NFC; this skips that (it
/// would need Unicode's composition tables in the wasm bundle). Text typed
/// in a browser is NFC already; decomposed text (`e` + U+0301) counts each
/// mark here, so the count can only come out high, never low.
pub fn x_weighted_length(text: &str) -> usize {
    let links = link_ranges(text);
    let mut next_link = links.iter().peekable();
    let mut total = 0;
    let mut pos = 0;
    while let Some(c) = text[pos..].chars().next() {
        // Links are in order and never start inside an emoji (see below);
        // dropping any behind `pos` keeps one odd case from hiding the rest.
        while next_link.next_if(|l| l.start < pos).is_some() {}
        if let Some(link) = next_link.next_if(|l| l.start == pos) {
            total += X_LINK_WEIGHT;
            pos = link.end;
            continue;
        }
        // No emoji overlaps a link: links are letters, digits and ASCII
        // punctuation, and the one emoji made of such (a keycap's digit)
        // is followed by a mark no domain has.
        match emoji::emoji_at(text, pos) {
            Some(end) => {
                total += X_EMOJI_WEIGHT;
                pos = end;
            }
            None => {
                total += x_char_weight(c);
                pos += c.len_utf8();
            }
        }
    }
    total
}

/// The length of `text` as Threads counts it: every emoji sequence its
/// UTF-8 bytes (`😀` 4, `👍🏽` 8, `👨‍👩‍👧‍👦` 25), every other character 1.
pub fn threads_length(text: &str) -> usize {
    pieces(text)
        .map(|(range, is_emoji)| if is_emoji { range.len() } else { 1 })
        .sum()
}

/// Whether `c` may be part of a hashtag's name: a letter or digit of any
/// script, `_`, a zero-width non-joiner (Persian, Indic) or a combining
/// diacritic (decomposed accents).
fn is_hashtag_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '\u{200C}' || ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Whether byte `at` falls in one of `ranges` (in order, disjoint).
fn in_ranges(ranges: &[Range<usize>], at: usize) -> bool {
    let k = ranges.partition_point(|r| r.end <= at);
    ranges.get(k).is_some_and(|r| r.start <= at)
}

/// The byte ranges of every hashtag in `text`, in order, repeats included
/// (for highlighting): `#` then letters, digits or `_`, at least one of
/// them a letter (`#2026` is a number, not a hashtag), not right after a
/// letter, digit, `_` or `&` (`abc#def`, `&#39;`), and not inside a link.
pub fn hashtag_ranges(text: &str) -> Vec<Range<usize>> {
    let links = link_ranges(text);
    let mut found = Vec::new();
    let mut prev: Option<char> = None;
    let mut skip_to = 0;
    for (i, c) in text.char_indices() {
        let starts_tag = i >= skip_to
            && c == '#'
            && !prev.is_some_and(|p| is_hashtag_char(p) || p == '&')
            && !in_ranges(&links, i);
        prev = Some(c);
        if !starts_tag {
            continue;
        }
        let name_start = i + 1;
        let name_len: usize = text[name_start..]
            .chars()
            .take_while(|&n| is_hashtag_char(n))
            .map(char::len_utf8)
            .sum();
        let name = &text[name_start..name_start + name_len];
        if name.chars().any(char::is_alphabetic) {
            found.push(i..name_start + name_len);
            skip_to = name_start + name_len;
        }
    }
    found
}

/// The distinct hashtags of `text`, `#` included, in order of first
/// appearance; repeats that differ only in case are dropped, keeping the
/// first spelling (platforms match hashtags without regard to case).
pub fn hashtags_in(text: &str) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    let mut tags = Vec::new();
    for range in hashtag_ranges(text) {
        let tag = &text[range];
        let folded = tag.to_lowercase();
        if !seen.contains(&folded) {
            seen.push(folded);
            tags.push(tag.to_owned());
        }
    }
    tags
}

/// Top-level domains a bare domain (one without `http://` or `https://`)
/// must end in to count as a link. Deliberately short: the ones this
/// office's captions use (`.go.id`, `.co.id`, `.ac.id`, `.sch.id`,
/// `.desa.id`, … all end in `.id`) and the common global ones. Links with
/// `http(s)://` accept any top-level domain.
const BARE_TLDS: &[&str] = &[
    "id", "com", "org", "net", "info", "io", "gov", "edu", "co", "me", "tv", "ly", "app", "dev",
    "xyz", "site", "online", "news", "biz", "asia", "my", "sg",
];

/// Whether `c` may be in a domain label: ASCII letters, digits, `-`, `_`;
/// with a protocol, letters of any script too (internationalised domains).
fn is_label_char(c: char, ascii_only: bool) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_' || (!ascii_only && c.is_alphanumeric())
}

/// Whether `label` is a top-level domain a link may end in.
fn is_tld(label: &str, bare: bool) -> bool {
    if bare {
        BARE_TLDS.iter().any(|t| t.eq_ignore_ascii_case(label))
    } else {
        let punycode = label.len() > 4 && label[..4].eq_ignore_ascii_case("xn--");
        punycode || (label.chars().count() >= 2 && label.chars().all(char::is_alphabetic))
    }
}

/// The end of the domain starting at byte `from`, and whether it is a
/// "short" domain (two labels, a country code other than `co` or `tv`, such
/// as `bengkayang.id`), which twitter-text links only with a path or a
/// protocol. Like twitter-text's pattern, it takes the longest run of
/// labels that ends in a valid top-level domain (`www.example.com.xyzzy`
/// yields `www.example.com`).
fn domain_end(text: &str, from: usize, bare: bool) -> Option<(usize, bool)> {
    // (start, end) of each label.
    let mut labels: Vec<(usize, usize)> = Vec::new();
    let mut pos = from;
    loop {
        let len: usize = text[pos..]
            .chars()
            .take_while(|&c| is_label_char(c, bare))
            .map(char::len_utf8)
            .sum();
        if len == 0 {
            break;
        }
        labels.push((pos, pos + len));
        pos += len;
        let dot_then_label = text[pos..].starts_with('.')
            && text[pos + 1..]
                .chars()
                .next()
                .is_some_and(|c| is_label_char(c, bare));
        if !dot_then_label {
            break;
        }
        pos += 1;
    }
    (2..=labels.len()).rev().find_map(|n| {
        let (start, end) = labels[n - 1];
        let after = text[end..].chars().next();
        // `example.com@…` is an address, `example.comé` a word.
        let boundary = !after.is_some_and(|c| c == '@' || c.is_alphanumeric());
        (boundary && is_tld(&text[start..end], bare)).then(|| {
            let tld = &text[start..end];
            let short = n == 2
                && tld.len() == 2
                && !tld.eq_ignore_ascii_case("co")
                && !tld.eq_ignore_ascii_case("tv");
            (end, short)
        })
    })
}

/// Whether `c` may be in a link's path (twitter-text's set, with letters
/// of any script).
fn is_path_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || "!*';:=+,.$/%#[]-_~@|&\u{2013}".contains(c)
        || (!c.is_ascii() && c.is_alphanumeric())
}

/// Whether a link's path may end with `c` (so `…/berita.` leaves the full
/// stop out).
fn is_path_end_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "+-=_#/".contains(c) || (!c.is_ascii() && c.is_alphanumeric())
}

/// The end of the path starting with the `/` at byte `from`: path
/// characters and balanced parentheses (`…/Bengkayang_(kabupaten)`),
/// without trailing punctuation.
fn path_end(text: &str, from: usize) -> usize {
    let mut end = from;
    let mut depth = 0usize;
    for (i, c) in text[from..].char_indices() {
        let at = from + i;
        if c == '(' {
            depth += 1;
        } else if c == ')' {
            if depth == 0 {
                break;
            }
            depth -= 1;
            if depth == 0 {
                end = at + 1;
            }
        } else if !is_path_char(c) {
            break;
        } else if depth == 0 && is_path_end_char(c) {
            end = at + c.len_utf8();
        }
    }
    end
}

/// The end of the query starting with the `?` at byte `from`, or `from`
/// when nothing after the `?` belongs to the link.
fn query_end(text: &str, from: usize) -> usize {
    let mut end = from;
    for (i, c) in text[from + 1..].char_indices() {
        let ok = c.is_ascii_alphanumeric() || "!?*'@();:&=+$/%#[]-_.,~|".contains(c);
        if !ok {
            break;
        }
        if c.is_ascii_alphanumeric() || "-_&=#/".contains(c) {
            end = from + 1 + i + c.len_utf8();
        }
    }
    end
}

/// The end of the link starting at byte `start` (whose character is `c`,
/// after `prev`), if one does.
fn link_at(text: &str, start: usize, c: char, prev: Option<char>) -> Option<usize> {
    // Not part of a word, an address (`@`) or a tag (`#`, `$`).
    if prev.is_some_and(|p| p.is_ascii_alphanumeric() || "@$#＠＃".contains(p)) {
        return None;
    }
    let rest = &text.as_bytes()[start..];
    let protocol = [&b"https://"[..], &b"http://"[..]]
        .into_iter()
        .find(|p| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p))
        .map(<[u8]>::len);
    let bare = protocol.is_none();
    if bare {
        // A bare domain starts a word of its own: not after `-_./` or a
        // letter of another script.
        if !c.is_ascii_alphanumeric()
            || prev.is_some_and(|p| p.is_alphanumeric() || "-_./".contains(p))
        {
            return None;
        }
    }
    let (mut end, short) = domain_end(text, start + protocol.unwrap_or(0), bare)?;
    // A port.
    if text[end..].starts_with(':') {
        let digits = text[end + 1..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        if digits > 0 {
            end += 1 + digits;
        }
    }
    let mut has_path = false;
    if text[end..].starts_with('/') {
        end = path_end(text, end);
        has_path = true;
    }
    if text[end..].starts_with('?') {
        end = query_end(text, end);
    }
    if bare && short && !has_path {
        return None;
    }
    Some(end)
}

/// The byte ranges of every link in `text`, in order: `http://` and
/// `https://` links, and bare domains ending in a common top-level domain
/// (`bengkayangkab.go.id/berita`, `www.example.com`), found the way
/// twitter-text finds them (simplified; see `BARE_TLDS`). A bare two-part
/// domain under a country code with no path (`bengkayang.id`) is not a
/// link, as on X.
pub fn link_ranges(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut prev = None;
    let mut skip_to = 0;
    for (i, c) in text.char_indices() {
        if i >= skip_to {
            if let Some(end) = link_at(text, i, c, prev) {
                found.push(i..end);
                skip_to = end;
            }
        }
        prev = Some(c);
    }
    found
}

/// The links of `text`, as written, in order (see [`link_ranges`]).
pub fn links_in(text: &str) -> Vec<&str> {
    link_ranges(text).into_iter().map(|r| &text[r]).collect()
}

/// Whether two strings are equal but for case.
fn eq_ignore_case(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// Whether `text` holds `tag` as a whole hashtag, whatever the case:
/// `#hariibu` holds `#HariIbu`, but `#HariIbuNasional` does not.
fn holds_hashtag(text: &str, tag: &str) -> bool {
    let Some(first) = tag.chars().next() else {
        return false;
    };
    let same = |a: char, b: char| a == b || a.to_lowercase().eq(b.to_lowercase());
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let at_start = same(c, first) && !prev.is_some_and(is_hashtag_char);
        prev = Some(c);
        if !at_start {
            continue;
        }
        let mut rest = text[i..].chars();
        let matched = tag.chars().all(|t| rest.next().is_some_and(|r| same(r, t)));
        if matched && !rest.next().is_some_and(is_hashtag_char) {
            return true;
        }
    }
    false
}

/// The caption as published: the caption, then a blank line and the
/// post's hashtags not already in it.
///
/// Trailing whitespace of the caption goes. A hashtag already in the
/// caption (as a whole hashtag, whatever its case) or repeated in the list
/// is not added again. An empty caption gives just the hashtags; no
/// hashtags give just the trimmed caption.
pub fn final_caption(caption: &str, hashtags: &[String]) -> String {
    let body = caption.trim_end_matches(is_space);
    let mut extra: Vec<&str> = Vec::new();
    for tag in hashtags {
        let tag = tag.trim_matches(is_space);
        if tag.is_empty()
            || holds_hashtag(body, tag)
            || extra.iter().any(|&t| eq_ignore_case(t, tag))
        {
            continue;
        }
        extra.push(tag);
    }
    match (body.is_empty(), extra.is_empty()) {
        (_, true) => body.to_owned(),
        (true, false) => extra.join(" "),
        (false, false) => format!("{body}\n\n{}", extra.join(" ")),
    }
}

/// Every meter of every platform chosen on `post`, in the post's platform
/// order.
///
/// Each platform (once, however often it is listed) gives, in this order,
/// those its [`rule`] sets: the title, the caption as published (see
/// [`final_caption`]), its hashtags, its links, and `<` or `>` in either.
pub fn meters(post: &PostData) -> Vec<Meter> {
    let caption = final_caption(&post.caption, &post.hashtags);
    let mut seen: Vec<Platform> = Vec::new();
    let mut out = Vec::new();
    for &platform in &post.platforms {
        if seen.contains(&platform) {
            continue;
        }
        seen.push(platform);
        let mut push = |measure, unit, used, limit| {
            out.push(Meter {
                platform,
                measure,
                unit,
                used,
                limit,
                level: level(used, limit),
            });
        };
        let r = rule(platform);
        if let Some(l) = r.title {
            push(
                Measure::Title,
                l.counting.unit(),
                l.counting.length(&post.title),
                l.max,
            );
        }
        if let Some(l) = r.caption {
            push(
                Measure::Caption,
                l.counting.unit(),
                l.counting.length(&caption),
                l.max,
            );
        }
        if let Some(max) = r.hashtags {
            push(
                Measure::Hashtags,
                Unit::Items,
                hashtags_in(&caption).len(),
                max,
            );
        }
        if let Some(max) = r.links {
            push(
                Measure::Links,
                Unit::Items,
                link_ranges(&caption).len(),
                max,
            );
        }
        if r.no_angle_brackets {
            let brackets = post
                .title
                .chars()
                .chain(caption.chars())
                .filter(|&c| c == '<' || c == '>')
                .count();
            push(Measure::AngleBrackets, Unit::Items, brackets, 0);
        }
    }
    out
}

/// Where the platform's feed folds `text` ("… more"): a byte offset into
/// `text`, or `None` when it shows whole or the platform has no fold.
///
/// The feed shows about [`Fold::chars`] characters (an emoji sequence
/// counts one) or, where it folds by lines, up to the start of the line
/// after [`Fold::lines`], whichever comes first. A fold by characters
/// moves back to just after the last space when one is within 20
/// characters, as feeds break between words. The offset is never inside an
/// emoji sequence or a character; `text[..offset]` is what shows (trim its
/// end before adding "… more").
pub fn fold_at(platform: Platform, text: &str) -> Option<usize> {
    /// How far back a fold looks for a space.
    const SPACE_WINDOW: usize = 20;
    let fold = fold_rule(platform)?;
    // (range, is whitespace) of each piece shown so far.
    let mut shown: Vec<(Range<usize>, bool)> = Vec::new();
    let mut lines = 1;
    let mut cut = None;
    for (range, _) in pieces(text) {
        let space = text[range.clone()].chars().all(is_space);
        if shown.len() == fold.chars {
            let window = shown.len().saturating_sub(SPACE_WINDOW);
            let last_space = std::iter::once((range.clone(), space))
                .chain(shown[window..].iter().rev().cloned())
                .find(|(_, s)| *s);
            cut = Some(last_space.map_or(range.start, |(r, _)| r.end));
            break;
        }
        if text[range.clone()].starts_with('\n') {
            lines += 1;
            if fold.lines.is_some_and(|max| lines > max) {
                cut = Some(range.end);
                break;
            }
        }
        shown.push((range, space));
    }
    let cut = cut?;
    // Nothing but whitespace hidden: the text shows whole.
    (!text[cut..].chars().all(is_space)).then_some(cut)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::time::parse_date;

    /// A draft post on the given platforms.
    fn post(platforms: Vec<Platform>) -> PostData {
        PostData::draft(
            "Peresmian jembatan".to_owned(),
            parse_date("2026-12-07").unwrap(),
            platforms,
        )
    }

    /// The meter of `platform` measuring `measure`.
    fn meter(meters: &[Meter], platform: Platform, measure: Measure) -> Meter {
        *meters
            .iter()
            .find(|m| m.platform == platform && m.measure == measure)
            .unwrap_or_else(|| panic!("no {measure:?} meter for {platform:?}"))
    }

    fn tags(list: &[&str]) -> Vec<String> {
        list.iter().map(|t| (*t).to_owned()).collect()
    }

    const SENTENCE: &str = "Bupati Bengkayang meresmikan jembatan di Kecamatan Sanggau Ledo.";
    const LONG_URL: &str = "https://www.bengkayangkab.go.id/berita/2026/12/07/peresmian-jembatan";

    // --- Counting -------------------------------------------------------

    #[test]
    fn utf16_counts_astral_characters_twice() {
        assert_eq!(utf16_length(SENTENCE), 64);
        assert_eq!(utf16_length("😀"), 2);
        assert_eq!(utf16_length("👍🏽"), 4);
        assert_eq!(utf16_length("é"), 1);
        assert_eq!(utf16_length(""), 0);
    }

    #[test]
    fn x_counts_latin_once_and_cjk_twice() {
        assert_eq!(x_weighted_length(SENTENCE), 64);
        assert_eq!(x_weighted_length("你好世界"), 8);
        assert_eq!(x_weighted_length("こんにちは"), 10);
        // General punctuation in the weight-1 ranges: – — ‘ ’ “ ” ′.
        assert_eq!(x_weighted_length("–—‘’“”′"), 7);
        // Outside them, the ellipsis and the euro sign weigh 2.
        assert_eq!(x_weighted_length("…"), 2);
        assert_eq!(x_weighted_length("€"), 2);
    }

    #[test]
    fn x_counts_each_emoji_sequence_two() {
        // Published twitter-text reference values.
        assert_eq!(x_weighted_length("🇮🇩"), 2);
        assert_eq!(x_weighted_length("👨‍👩‍👧‍👦"), 2);
        assert_eq!(x_weighted_length("😀"), 2);
        assert_eq!(x_weighted_length("👍🏽"), 2);
        assert_eq!(x_weighted_length("👩🏽‍💻"), 2);
        assert_eq!(x_weighted_length("1️⃣"), 2);
        assert_eq!(x_weighted_length("❤️"), 2);
        assert_eq!(
            x_weighted_length("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"),
            2
        );
        // Without emoji parsing ❤ alone weighs 2 and © 1.
        assert_eq!(x_weighted_length("❤"), 2);
        assert_eq!(x_weighted_length("©"), 1);
        assert_eq!(x_weighted_length("Merdeka! 🇮🇩🇮🇩"), 13);
    }

    #[test]
    fn x_counts_every_link_23() {
        assert_eq!(x_weighted_length(LONG_URL), 23);
        assert_eq!(x_weighted_length("https://t.co"), 23);
        assert_eq!(x_weighted_length("bengkayangkab.go.id/path"), 23);
        assert_eq!(x_weighted_length("www.example.com"), 23);
        assert_eq!(x_weighted_length("https://example.com/a😀1️⃣"), 23 + 2 + 2);
        let text = format!("Baca selengkapnya: {LONG_URL} 👍🏽");
        assert_eq!(x_weighted_length(&text), 19 + 23 + 1 + 2);
    }

    #[test]
    fn threads_counts_emoji_bytes() {
        assert_eq!(threads_length(SENTENCE), 64);
        assert_eq!(threads_length("😀"), 4);
        assert_eq!(threads_length("👍🏽"), 8);
        assert_eq!(threads_length("🇮🇩"), 8);
        assert_eq!(threads_length("👨‍👩‍👧‍👦"), 25);
        assert_eq!(threads_length("❤️"), 6);
        assert_eq!(threads_length("你好"), 2);
        assert_eq!(threads_length("Jembatan 😀"), 13);
    }

    // --- Links ----------------------------------------------------------

    #[test]
    fn links_with_and_without_protocol() {
        let text = format!(
            "Info: {LONG_URL}. Lihat juga bengkayangkab.go.id/path, \
             www.example.com dan HTTP://Example.org/a?b=1&c=2."
        );
        assert_eq!(
            links_in(&text),
            [
                LONG_URL,
                "bengkayangkab.go.id/path",
                "www.example.com",
                "HTTP://Example.org/a?b=1&c=2"
            ]
        );
    }

    #[test]
    fn link_ranges_are_byte_ranges() {
        let text = "😀 s.id/abc";
        assert_eq!(link_ranges(text), vec![5..13]);
        assert_eq!(&text[5..13], "s.id/abc");
    }

    #[test]
    fn what_is_not_a_link() {
        assert!(links_in("Kec.Sanggau Ledo, pukul 10.30 WIB, Rp10.000").is_empty());
        assert!(links_in("Surel: humas@bengkayangkab.go.id").is_empty());
        assert!(links_in("https:// kosong").is_empty());
        assert!(links_in("abc.example.unknowntld").is_empty());
        // A two-part domain under a country code needs a path (as on X).
        assert!(links_in("bengkayang.id").is_empty());
        assert_eq!(links_in("bengkayang.id/berita"), ["bengkayang.id/berita"]);
        assert_eq!(links_in("https://bengkayang.id"), ["https://bengkayang.id"]);
        assert_eq!(links_in("bengkayang.co"), ["bengkayang.co"]);
    }

    #[test]
    fn link_ends_before_trailing_punctuation() {
        assert_eq!(
            links_in("(lihat https://example.com/a)"),
            ["https://example.com/a"]
        );
        assert_eq!(
            links_in("https://id.wikipedia.org/wiki/Kabupaten_(Bengkayang)!"),
            ["https://id.wikipedia.org/wiki/Kabupaten_(Bengkayang)"]
        );
        assert_eq!(links_in("www.example.com."), ["www.example.com"]);
        assert_eq!(links_in("www.example.com.xyzzy"), ["www.example.com"]);
        assert_eq!(links_in("example.com:8080/x"), ["example.com:8080/x"]);
        assert_eq!(links_in("https://example.com?"), ["https://example.com"]);
    }

    // --- Hashtags -------------------------------------------------------

    #[test]
    fn hashtags_found_and_deduplicated() {
        let text = "#HariIbu bersama #Bengkayang2026, #hariibu lagi dan #Ünïcode_tag.";
        assert_eq!(
            hashtags_in(text),
            ["#HariIbu", "#Bengkayang2026", "#Ünïcode_tag"]
        );
        let ranges = hashtag_ranges(text);
        assert_eq!(ranges.len(), 4);
        assert_eq!(&text[ranges[1].clone()], "#Bengkayang2026");
    }

    #[test]
    fn what_is_not_a_hashtag() {
        assert!(hashtags_in("nomor #1, #2026, abc#def, &#39;, # spasi").is_empty());
        assert!(hashtags_in("https://example.com/#bagian").is_empty());
        assert!(hashtags_in("1️⃣ #️⃣").is_empty());
        assert_eq!(hashtags_in("😀#Bengkayang"), ["#Bengkayang"]);
    }

    // --- final_caption ----------------------------------------------------

    #[test]
    fn final_caption_appends_missing_hashtags() {
        let caption = "Selamat Hari Ibu! #hariibu  \n\n ";
        let out = final_caption(caption, &tags(&["#HariIbu", "#Bengkayang", "#BENGKAYANG"]));
        assert_eq!(out, "Selamat Hari Ibu! #hariibu\n\n#Bengkayang");
    }

    #[test]
    fn final_caption_compares_whole_hashtags() {
        let out = final_caption("Peringatan #HariIbuNasional", &tags(&["#HariIbu"]));
        assert_eq!(out, "Peringatan #HariIbuNasional\n\n#HariIbu");
    }

    #[test]
    fn final_caption_edge_cases() {
        assert_eq!(final_caption("", &tags(&["#A", "#B"])), "#A #B");
        assert_eq!(final_caption("  \n", &tags(&["#A"])), "#A");
        assert_eq!(final_caption("Teks  \n", &[]), "Teks");
        assert_eq!(final_caption("", &[]), "");
        assert_eq!(
            final_caption("Semua #A #B", &tags(&["#a", "#b"])),
            "Semua #A #B"
        );
    }

    // --- Levels -----------------------------------------------------------

    #[test]
    fn levels_at_90_percent_and_over() {
        assert_eq!(level(251, 280), Level::Ok);
        assert_eq!(level(252, 280), Level::Near);
        assert_eq!(level(280, 280), Level::Near);
        assert_eq!(level(281, 280), Level::Over);
        assert_eq!(level(0, 0), Level::Ok);
        assert_eq!(level(1, 0), Level::Over);
    }

    // --- meters -----------------------------------------------------------

    #[test]
    fn meters_in_platform_order_without_duplicates() {
        let p = post(vec![
            Platform::Youtube,
            Platform::Instagram,
            Platform::Website,
            Platform::X,
            Platform::Threads,
            Platform::Instagram,
            Platform::Whatsapp,
            Platform::Facebook,
            Platform::Tiktok,
        ]);
        let got: Vec<(Platform, Measure, Unit, usize)> = meters(&p)
            .iter()
            .map(|m| (m.platform, m.measure, m.unit, m.limit))
            .collect();
        assert_eq!(
            got,
            [
                (Platform::Youtube, Measure::Title, Unit::Chars, 100),
                (Platform::Youtube, Measure::Caption, Unit::Bytes, 5_000),
                (Platform::Youtube, Measure::AngleBrackets, Unit::Items, 0),
                (Platform::Instagram, Measure::Caption, Unit::Chars, 2_200),
                (Platform::Instagram, Measure::Hashtags, Unit::Items, 5),
                (Platform::X, Measure::Caption, Unit::Weighted, 280),
                (Platform::Threads, Measure::Caption, Unit::Chars, 500),
                (Platform::Threads, Measure::Links, Unit::Items, 5),
                (Platform::Facebook, Measure::Caption, Unit::Chars, 63_206),
                (Platform::Tiktok, Measure::Caption, Unit::Chars, 2_200),
            ]
        );
    }

    #[test]
    fn website_and_whatsapp_have_no_meters() {
        assert!(meters(&post(vec![Platform::Website, Platform::Whatsapp])).is_empty());
    }

    #[test]
    fn meters_count_the_final_caption() {
        let mut p = post(vec![Platform::Instagram]);
        p.caption = "Halo 😀".to_owned();
        p.hashtags = tags(&["#Bengkayang"]);
        let m = meters(&p);
        // "Halo 😀" (7 UTF-16 units) + "\n\n" + "#Bengkayang" (11).
        assert_eq!(meter(&m, Platform::Instagram, Measure::Caption).used, 20);
        assert_eq!(meter(&m, Platform::Instagram, Measure::Hashtags).used, 1);
    }

    #[test]
    fn x_at_limit_and_one_over() {
        let mut p = post(vec![Platform::X]);
        p.caption = "a".repeat(280);
        let m = meter(&meters(&p), Platform::X, Measure::Caption);
        assert_eq!((m.used, m.level), (280, Level::Near));
        p.caption = "a".repeat(281);
        let m = meter(&meters(&p), Platform::X, Measure::Caption);
        assert_eq!((m.used, m.level), (281, Level::Over));
        // 23 for the link + 1 space + 128 CJK characters at 2 = 280.
        p.caption = format!("{LONG_URL} {}", "中".repeat(128));
        let m = meter(&meters(&p), Platform::X, Measure::Caption);
        assert_eq!((m.used, m.level), (280, Level::Near));
        p.caption.push('a');
        assert_eq!(
            meter(&meters(&p), Platform::X, Measure::Caption).level,
            Level::Over
        );
    }

    #[test]
    fn threads_at_limit_and_one_over_with_emoji_bytes() {
        let mut p = post(vec![Platform::Threads]);
        // 123 emoji at 4 bytes + 8 for 👍🏽 = 500.
        p.caption = format!("{}👍🏽", "😀".repeat(123));
        let m = meter(&meters(&p), Platform::Threads, Measure::Caption);
        assert_eq!((m.used, m.level), (500, Level::Near));
        p.caption.push('.');
        let m = meter(&meters(&p), Platform::Threads, Measure::Caption);
        assert_eq!((m.used, m.level), (501, Level::Over));
    }

    #[test]
    fn threads_links_meter() {
        let mut p = post(vec![Platform::Threads]);
        p.caption = (1..=6)
            .map(|i| format!("https://example.com/{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        let m = meter(&meters(&p), Platform::Threads, Measure::Links);
        assert_eq!((m.used, m.level), (6, Level::Over));
    }

    #[test]
    fn instagram_six_hashtags_are_over() {
        let mut p = post(vec![Platform::Instagram]);
        p.caption = "Selamat Hari Ibu #HariIbu".to_owned();
        p.hashtags = tags(&["#Bengkayang", "#KalimantanBarat", "#Indonesia", "#Ibu"]);
        let m = meter(&meters(&p), Platform::Instagram, Measure::Hashtags);
        assert_eq!((m.used, m.level), (5, Level::Near));
        p.hashtags.push("#Keluarga".to_owned());
        let m = meter(&meters(&p), Platform::Instagram, Measure::Hashtags);
        assert_eq!((m.used, m.level), (6, Level::Over));
        // A repeat in other case is the same hashtag.
        p.hashtags.pop();
        p.caption.push_str(" #HARIIBU");
        let m = meter(&meters(&p), Platform::Instagram, Measure::Hashtags);
        assert_eq!(m.used, 5);
    }

    #[test]
    fn youtube_title_and_angle_brackets() {
        let mut p = post(vec![Platform::Youtube]);
        p.title = "é".repeat(100);
        let m = meters(&p);
        assert_eq!(meter(&m, Platform::Youtube, Measure::Title).used, 100);
        assert_eq!(
            meter(&m, Platform::Youtube, Measure::Title).level,
            Level::Near
        );
        assert_eq!(
            meter(&m, Platform::Youtube, Measure::AngleBrackets).level,
            Level::Ok
        );
        p.title = "a".repeat(101);
        let m = meter(&meters(&p), Platform::Youtube, Measure::Title);
        assert_eq!((m.used, m.level), (101, Level::Over));

        p.title = "Peresmian <jembatan>".to_owned();
        p.caption = "Jarak 5 < 10".to_owned();
        let m = meter(&meters(&p), Platform::Youtube, Measure::AngleBrackets);
        assert_eq!((m.used, m.limit, m.level), (3, 0, Level::Over));
    }

    #[test]
    fn youtube_description_counts_bytes() {
        let mut p = post(vec![Platform::Youtube]);
        p.caption = "😀".repeat(1_250);
        let m = meter(&meters(&p), Platform::Youtube, Measure::Caption);
        assert_eq!((m.used, m.level), (5_000, Level::Near));
        p.caption.push('a');
        let m = meter(&meters(&p), Platform::Youtube, Measure::Caption);
        assert_eq!((m.used, m.level), (5_001, Level::Over));
    }

    #[test]
    fn near_from_90_percent_on_instagram() {
        let mut p = post(vec![Platform::Instagram]);
        p.caption = "a".repeat(1_979);
        assert_eq!(
            meter(&meters(&p), Platform::Instagram, Measure::Caption).level,
            Level::Ok
        );
        p.caption.push('a');
        assert_eq!(
            meter(&meters(&p), Platform::Instagram, Measure::Caption).level,
            Level::Near
        );
    }

    // --- fold_at ------------------------------------------------------------

    #[test]
    fn short_text_and_foldless_platforms_show_whole() {
        assert_eq!(fold_at(Platform::Instagram, SENTENCE), None);
        assert_eq!(fold_at(Platform::X, &"a ".repeat(200)), None);
        assert_eq!(fold_at(Platform::Threads, &"a ".repeat(400)), None);
        assert_eq!(fold_at(Platform::Whatsapp, &"a ".repeat(400)), None);
        // Exactly at the figure, or hiding only whitespace: whole.
        assert_eq!(fold_at(Platform::Instagram, &"a".repeat(125)), None);
        assert_eq!(
            fold_at(Platform::Instagram, &format!("{}   ", "a".repeat(125))),
            None
        );
    }

    #[test]
    fn fold_at_the_figure_without_spaces() {
        let text = "a".repeat(200);
        assert_eq!(fold_at(Platform::Instagram, &text), Some(125));
        assert_eq!(fold_at(Platform::Tiktok, &text), Some(100));
        assert_eq!(fold_at(Platform::Youtube, &text), Some(157));
    }

    #[test]
    fn fold_prefers_the_last_space() {
        // Sentences of 65 characters: the last space before 125 is at 117.
        let text = format!("{SENTENCE} {SENTENCE} {SENTENCE}");
        let cut = fold_at(Platform::Facebook, &text).unwrap();
        assert_eq!(
            &text[..cut],
            format!("{SENTENCE} Bupati Bengkayang meresmikan jembatan di Kecamatan Sanggau ")
        );
        assert!(text[cut..].starts_with("Ledo."));
    }

    #[test]
    fn fold_at_the_third_line() {
        let text = "Baris satu\nBaris dua\nBaris tiga";
        let cut = fold_at(Platform::Instagram, text).unwrap();
        assert_eq!(&text[cut..], "Baris tiga");
        // TikTok folds by length only.
        assert_eq!(fold_at(Platform::Tiktok, text), None);
    }

    #[test]
    fn fold_never_splits_an_emoji() {
        let family = "👨‍👩‍👧‍👦";
        for lead in 0..4 {
            let text = format!("{}{}", "a".repeat(lead), family.repeat(130));
            let cut = fold_at(Platform::Instagram, &text).unwrap();
            assert!(text.is_char_boundary(cut));
            assert_eq!((cut - lead) % family.len(), 0, "lead {lead}: cut {cut}");
        }
        let flags = "🇮🇩".repeat(130);
        let cut = fold_at(Platform::Instagram, &flags).unwrap();
        assert_eq!(cut, 125 * "🇮🇩".len());
    }

    // --- The table ------------------------------------------------------------

    #[test]
    fn the_rule_table() {
        assert_eq!(rule(Platform::X).caption.map(|l| l.max), Some(280));
        assert_eq!(rule(Platform::Threads).caption.map(|l| l.max), Some(500));
        assert_eq!(
            rule(Platform::Facebook).caption.map(|l| l.max),
            Some(63_206)
        );
        assert_eq!(rule(Platform::Website), NO_RULE);
        assert_eq!(rule(Platform::Whatsapp), NO_RULE);
        assert_eq!(fold_rule(Platform::Threads), None);
        // Only YouTube limits the title or refuses angle brackets.
        for p in Platform::ALL {
            let youtube = p == Platform::Youtube;
            assert_eq!(rule(p).title.is_some(), youtube, "{p:?}");
            assert_eq!(rule(p).no_angle_brackets, youtube, "{p:?}");
        }
    }
}
