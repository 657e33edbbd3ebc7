//! A page's query string, the part after `?` in the URL fragment
//! (`#/kalender?bulan=2026-12&platform=instagram`), as key–value pairs.
//!
//! Filters live in the URL so that a filtered view can be shared; the
//! values are what people type (Indonesian words, spaces, `&`, emoji), so
//! they are percent-encoded on the way out and decoded on the way in.

/// The pairs of a query string, in order: split on `&`, then on the first
/// `=`, each side percent-decoded with `+` read as a space. Empty segments
/// (`a=1&&b=2`) and pairs with an empty key are skipped; a segment without
/// `=` is a key with an empty value. A `%` not followed by two hex digits
/// is kept as it is, and bytes that do not form UTF-8 become U+FFFD, so
/// any text a person pastes reads without failing.
pub fn parse(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|segment| !segment.is_empty())
        .filter_map(|segment| {
            let (key, value) = segment.split_once('=').unwrap_or((segment, ""));
            let key = decode(key);
            (!key.is_empty()).then(|| (key, decode(value)))
        })
        .collect()
}

/// The query string of `pairs`, the inverse of [`parse`]: `key=value`
/// joined by `&`, every byte but the unreserved characters of RFC 3986
/// (`A-Z a-z 0-9 - . _ ~`) percent-encoded as UTF-8 (a space as `%20`).
pub fn format(pairs: &[(String, String)]) -> String {
    let mut out = String::new();
    for (i, (key, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        encode_into(&mut out, key);
        out.push('=');
        encode_into(&mut out, value);
    }
    out
}

/// Appends `s` percent-encoded.
fn encode_into(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0x0f)]));
        }
    }
}

/// Percent-decodes `s`, reading `+` as a space.
fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut bytes = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let escaped = match b[i] {
            b'%' => hex(b.get(i + 1)).zip(hex(b.get(i + 2))),
            _ => None,
        };
        match (b[i], escaped) {
            (_, Some((hi, lo))) => {
                bytes.push((hi << 4) | lo);
                i += 3;
            }
            (b'+', None) => {
                bytes.push(b' ');
                i += 1;
            }
            (other, None) => {
                bytes.push(other);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The value of one hex digit.
fn hex(b: Option<&u8>) -> Option<u8> {
    char::from(*b?)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn round_trip_of_what_people_type() {
        let list = pairs(&[
            ("cari", "Hari Jadi Kabupaten Bengkayang"),
            ("cari", "a&b=c%d+e"),
            ("cari", "🎉 Selamat! #BumiSebalo"),
            ("platform", "instagram"),
            ("kosong", ""),
            ("kunci dengan spasi", "nilai/é?#"),
        ]);
        let text = format(&list);
        assert!(
            text.bytes()
                .all(|b| b.is_ascii_graphic() && b != b'+' && b != b'#'),
            "{text}"
        );
        assert_eq!(parse(&text), list);
    }

    #[test]
    fn format_encodes_all_but_unreserved() {
        let list = pairs(&[("cari", "Hari Ibu"), ("a-b.c_d~", "é&=")]);
        assert_eq!(format(&list), "cari=Hari%20Ibu&a-b.c_d~=%C3%A9%26%3D");
        assert_eq!(format(&[]), "");
    }

    #[test]
    fn parse_is_forgiving() {
        assert_eq!(
            parse("a=1&&b=&c&=skip&d=x=y&e=%zz%4&f=a+b%2Bc"),
            pairs(&[
                ("a", "1"),
                ("b", ""),
                ("c", ""),
                ("d", "x=y"),
                ("e", "%zz%4"),
                ("f", "a b+c"),
            ])
        );
        assert!(parse("").is_empty());
        assert!(parse("&&&").is_empty());
        // A lone or broken UTF-8 byte does not fail the page.
        assert_eq!(parse("x=%FF%41"), pairs(&[("x", "\u{fffd}A")]));
        assert_eq!(parse("x=%e2%9c%93"), pairs(&[("x", "✓")]));
    }
}

// Native only: proptest needs an OS random source.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod proptests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn format_then_parse_is_identity(list in proptest::collection::vec(("\\PC+", "\\PC*"), 0..6)) {
            let list: Vec<(String, String)> = list;
            prop_assert_eq!(parse(&format(&list)), list);
        }

        #[test]
        fn parse_never_panics(s in "\\PC*") {
            let _ = parse(&s);
        }
    }
}
