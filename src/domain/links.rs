//! Whether text from a plan file may be shown as a link.
//!
//! Imported and typed URLs are checked when they enter (`validate`,
//! `coverage_check`), and the page checks again where it makes an `<a>`:
//! only an absolute `http` or `https` URL becomes a link. Anything else
//! (`javascript:`, `data:`, `file:`, a relative path) is shown as text.

use super::validate::rules;

/// True when `url` may be the `href` of a link that opens outside the app:
/// an absolute `http`/`https` URL with a host, at most 2,048 characters,
/// without whitespace or control characters.
pub fn may_link(url: &str) -> bool {
    rules::url(url).is_none()
}

#[cfg(test)]
mod tests {
    use super::may_link;

    #[test]
    fn web_urls_are_links() {
        assert!(may_link("https://bengkayangkab.go.id/berita/1"));
        assert!(may_link("http://example.org"));
        assert!(may_link("HTTPS://EXAMPLE.ORG/a?b=c#d"));
        assert!(may_link("https://[::1]:8080/x"));
    }

    #[test]
    fn other_schemes_and_odd_text_are_not() {
        for url in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            "blob:https://example.org/1",
            "//example.org/x",
            "/relative/path",
            "#/kalender",
            "https://",
            "https:///path",
            "https://exa mple.org",
            "https://example.org/\nx",
            "",
        ] {
            assert!(!may_link(url), "{url:?} must not be a link");
        }
        let long = format!("https://example.org/{}", "a".repeat(2_048));
        assert!(!may_link(&long));
    }
}
