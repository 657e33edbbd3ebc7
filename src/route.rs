//! The app's pages and their addresses.
//!
//! Siar is served as static files from any host, often under a sub-path
//! (`/siar/`), and must survive a reload or a shared link there. A plain
//! static server knows only `index.html`, so the page lives in the URL's
//! fragment (`…/siar/#/tim`), which never reaches the server. A page's
//! own state (filters, a selected month) goes after `?` in the fragment.
//! This module is pure so that it is tested natively.

/// A page of the app, in navigation order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    /// The content calendar.
    Calendar,
    /// "Tugas saya": the coverage and posts of the member using the device.
    Tasks,
    /// The idea board.
    Ideas,
    /// The coverage and documentation register.
    Coverage,
    /// The graphic designer.
    Designer,
    /// The evaluation dashboard.
    Evaluation,
    /// Team members.
    Team,
    /// Workspace settings.
    Settings,
}

impl Page {
    /// Every page, in the order of the navigation bar.
    pub const ALL: [Page; 8] = [
        Page::Calendar,
        Page::Tasks,
        Page::Ideas,
        Page::Coverage,
        Page::Designer,
        Page::Evaluation,
        Page::Team,
        Page::Settings,
    ];

    /// The page a person lands on when the address names none.
    pub const HOME: Page = Page::Calendar;

    /// The page's path segment. Indonesian, like the people who share the
    /// links; stable, because links to it are shared.
    pub fn slug(self) -> &'static str {
        match self {
            Page::Calendar => "kalender",
            Page::Tasks => "tugas",
            Page::Ideas => "ide",
            Page::Coverage => "liputan",
            Page::Designer => "desain",
            Page::Evaluation => "evaluasi",
            Page::Team => "tim",
            Page::Settings => "pengaturan",
        }
    }

    /// The page with this slug.
    pub fn from_slug(slug: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|p| p.slug() == slug)
    }

    /// The link to this page, relative to the document (`#/tim`).
    pub fn href(self) -> String {
        format!("#/{}", self.slug())
    }
}

/// Where a URL fragment points: a page and the query after `?`, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The page, or `None` when the fragment names no known page.
    pub page: Option<Page>,
    /// The raw query after `?` (without the `?`), for the page to read.
    pub query: String,
}

/// Parses `location.hash` (`""`, `"#"`, `"#/tim"`, `"#/kalender?bulan=2026-12"`).
pub fn parse_hash(hash: &str) -> Location {
    let rest = hash.strip_prefix('#').unwrap_or(hash);
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let slug = path.trim_end_matches('/');
    Location {
        page: Page::from_slug(slug),
        query: query.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_slug_round_trips() {
        for page in Page::ALL {
            assert_eq!(parse_hash(&page.href()).page, Some(page));
        }
    }

    #[test]
    fn empty_and_unknown_fragments_name_no_page() {
        assert_eq!(parse_hash("").page, None);
        assert_eq!(parse_hash("#").page, None);
        assert_eq!(parse_hash("#/").page, None);
        assert_eq!(parse_hash("#/tidak-ada").page, None);
        assert_eq!(parse_hash("#/Tim").page, None, "slugs are case-sensitive");
    }

    #[test]
    fn query_and_trailing_slash_are_handled() {
        let loc = parse_hash("#/kalender/?bulan=2026-12&platform=instagram");
        assert_eq!(loc.page, Some(Page::Calendar));
        assert_eq!(loc.query, "bulan=2026-12&platform=instagram");
        assert_eq!(parse_hash("#tim").page, Some(Page::Team));
    }

    #[test]
    fn my_tasks_live_at_tugas_right_after_the_calendar() {
        assert_eq!(Page::Tasks.href(), "#/tugas");
        assert_eq!(parse_hash("#/tugas").page, Some(Page::Tasks));
        assert_eq!(parse_hash("#/tugas/").page, Some(Page::Tasks));
        let loc = parse_hash("#/tugas?x=1");
        assert_eq!((loc.page, loc.query.as_str()), (Some(Page::Tasks), "x=1"));
        // The intern's page sits next to the calendar in the navigation.
        assert_eq!(Page::ALL[..2], [Page::Calendar, Page::Tasks]);
    }

    #[test]
    fn slugs_are_unique() {
        let mut slugs: Vec<_> = Page::ALL.iter().map(|p| p.slug()).collect();
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), Page::ALL.len());
    }
}
