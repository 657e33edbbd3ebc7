//! Content prompts for "Beri saya ide": a built-in library of prompts for
//! a regency government's public communication (`data/prompts.json`,
//! embedded), the coming special days as dated prompts, and a seeded pick
//! that favours the pillars that are thin this week.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::domain::holidays::upcoming;
use crate::domain::id::Id;
use crate::domain::platform::Platform;
use crate::domain::post::PostFormat;
use crate::domain::special_day::SpecialDay;
use crate::domain::time::Date;

/// The built-in prompt library, embedded in the app.
const DATA: &str = include_str!("../../data/prompts.json");

/// One content prompt of the library.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prompt {
    /// A stable slug, e.g. `layanan-ktp-el-langkah`: what "never the same
    /// prompt twice in a row" compares.
    pub id: String,
    /// The default pillar it belongs to.
    pub pillar_id: Id,
    /// The prompt in Indonesian.
    pub id_text: String,
    /// The prompt in English.
    pub en_text: String,
    /// The suggested shape of the post.
    pub format: PostFormat,
    /// The suggested platforms.
    pub platforms: Vec<Platform>,
}

/// The built-in library, read once, in the file's order (grouped by
/// pillar). A file that failed to parse would show no prompts rather than
/// stop the app; a test makes sure it parses.
pub fn library() -> &'static [Prompt] {
    static PARSED: OnceLock<Vec<Prompt>> = OnceLock::new();
    PARSED.get_or_init(|| serde_json::from_str(DATA).unwrap_or_default())
}

/// A special day coming up, offered as a prompt tied to its date. The UI
/// words it ("Hari Guru Nasional, 25 November: …").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatedPrompt {
    /// The day.
    pub date: Date,
    /// The special day's name.
    pub name: String,
}

/// The special days in the `days` days from `today` on (today included),
/// built-in and the workspace's, as dated prompts in date order: the same
/// days as the calendar's "coming up" list ([`upcoming`]).
pub fn special_day_prompts(
    workspace_days: &[SpecialDay],
    today: Date,
    days: u32,
) -> Vec<DatedPrompt> {
    upcoming(workspace_days, today, days)
        .into_iter()
        .map(|mark| DatedPrompt {
            date: mark.date,
            name: mark.name,
        })
        .collect()
}

/// SplitMix64: a tiny, well-mixed generator, enough to shuffle prompts
/// the same way for the same seed on every platform.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        // Multiply-shift: the high half of a 64×64 product is below n.
        ((u128::from(self.next()) * n as u128) >> 64) as usize
    }

    /// Fisher–Yates shuffle.
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// "Beri saya ide": up to `count` distinct prompts of `library`, the same
/// ones in the same order for the same arguments.
///
/// Prompts of the `thin_pillars` come first, taken in turn from each thin
/// pillar in the order given (so two thin pillars both get a prompt before
/// either gets a second), each pillar's prompts in shuffled order; then
/// the other prompts, shuffled. The prompt whose id is `last` (the one
/// shown before) is never first: it goes to the very end, even past the
/// others, so it comes back only when `count` asks for the whole library.
pub fn pick<'a>(
    library: &'a [Prompt],
    thin_pillars: &[Id],
    last: Option<&str>,
    seed: u64,
    count: usize,
) -> Vec<&'a Prompt> {
    let mut rng = SplitMix64(seed);
    let is_last = |p: &Prompt| last == Some(p.id.as_str());

    let mut buckets: Vec<Vec<&Prompt>> = Vec::new();
    for (n, pillar) in thin_pillars.iter().enumerate() {
        if thin_pillars[..n].contains(pillar) {
            continue;
        }
        let mut bucket: Vec<&Prompt> = library
            .iter()
            .filter(|p| &p.pillar_id == pillar && !is_last(p))
            .collect();
        rng.shuffle(&mut bucket);
        buckets.push(bucket);
    }
    let mut order: Vec<&Prompt> = Vec::with_capacity(library.len());
    let longest = buckets.iter().map(Vec::len).max().unwrap_or(0);
    for round in 0..longest {
        order.extend(buckets.iter().filter_map(|b| b.get(round).copied()));
    }

    let mut others: Vec<&Prompt> = library
        .iter()
        .filter(|p| !thin_pillars.contains(&p.pillar_id) && !is_last(p))
        .collect();
    rng.shuffle(&mut others);
    order.extend(others);
    order.extend(library.iter().filter(|p| is_last(p)));

    // A library with a repeated id would otherwise offer it twice.
    let mut seen: Vec<&str> = Vec::new();
    order
        .into_iter()
        .filter(|p| {
            let fresh = !seen.contains(&p.id.as_str());
            if fresh {
                seen.push(&p.id);
            }
            fresh
        })
        .take(count)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::defaults::default_pillars;
    use crate::domain::schedule::fixtures::{date, id, special_day};
    use crate::domain::text::NAME_MAX_CHARS;

    fn default_ids() -> Vec<Id> {
        default_pillars().into_iter().map(|p| p.id).collect()
    }

    #[test]
    fn library_parses_and_covers_every_default_pillar() {
        let parsed: Vec<Prompt> = serde_json::from_str(DATA).expect("data/prompts.json parses");
        let lib = library();
        assert_eq!(lib, parsed.as_slice());
        assert!(lib.len() >= 60, "only {} prompts", lib.len());

        let pillars = default_ids();
        for pillar in &pillars {
            let n = lib.iter().filter(|p| &p.pillar_id == pillar).count();
            assert!(n >= 6, "{pillar} has only {n} prompts");
        }
        let mut ids: Vec<&str> = lib.iter().map(|p| p.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), lib.len(), "prompt ids must be unique");

        for p in lib {
            assert!(pillars.contains(&p.pillar_id), "{}: unknown pillar", p.id);
            assert!(Id::parse(&p.id).is_some(), "{}: not a valid slug", p.id);
            for text in [&p.id_text, &p.en_text] {
                assert_eq!(text.trim(), text.as_str(), "{}: untrimmed text", p.id);
                assert!(!text.is_empty(), "{}: empty text", p.id);
                assert!(
                    text.chars().count() <= NAME_MAX_CHARS,
                    "{}: text over {NAME_MAX_CHARS} characters (it becomes an idea's title)",
                    p.id
                );
            }
            assert!(!p.platforms.is_empty(), "{}: no platforms", p.id);
            let mut platforms = p.platforms.clone();
            platforms.sort_unstable();
            platforms.dedup();
            assert_eq!(
                platforms.len(),
                p.platforms.len(),
                "{}: platform twice",
                p.id
            );
        }
        // The kinds of prompt the field study asked for are there.
        for wanted in [
            "Profil layanan: langkah mengurus KTP-el, dari antre sampai jadi",
            "Fakta atau hoaks? Klarifikasi pesan berantai minggu ini",
            "Sebelum-sesudah: perbaikan jalan di kecamatan",
        ] {
            assert!(lib.iter().any(|p| p.id_text == wanted), "{wanted}");
        }
    }

    #[test]
    fn special_days_become_dated_prompts() {
        let local = [special_day(
            "s1",
            "11-28",
            "Hari Jadi Kabupaten Contoh",
            "local",
        )];
        let prompts = special_day_prompts(&local, date("2026-11-24"), 7);
        assert!(prompts.contains(&DatedPrompt {
            date: date("2026-11-25"),
            name: "Hari Guru Nasional".into(),
        }));
        assert!(prompts.contains(&DatedPrompt {
            date: date("2026-11-28"),
            name: "Hari Jadi Kabupaten Contoh".into(),
        }));
        assert!(prompts.windows(2).all(|w| w[0].date <= w[1].date));
        assert!(prompts
            .iter()
            .all(|p| (date("2026-11-24")..=date("2026-11-30")).contains(&p.date)));
        assert!(special_day_prompts(&local, date("2026-11-24"), 0).is_empty());
    }

    fn ids<'a>(picked: &[&'a Prompt]) -> Vec<&'a str> {
        picked.iter().map(|p| p.id.as_str()).collect()
    }

    #[test]
    fn pick_puts_thin_pillars_first_in_turn() {
        let lib = library();
        let hoax = id("pillar-klarifikasi-hoaks");
        let umkm = id("pillar-budaya-wisata-umkm");
        let in_hoax = lib.iter().filter(|p| p.pillar_id == hoax).count();
        let in_umkm = lib.iter().filter(|p| p.pillar_id == umkm).count();
        let thin = [hoax.clone(), umkm.clone()];
        for seed in 0..50 {
            let all = pick(lib, &thin, None, seed, lib.len());
            assert_eq!(all.len(), lib.len(), "everything, once");
            let first = in_hoax + in_umkm;
            assert!(all[..first].iter().all(|p| thin.contains(&p.pillar_id)));
            assert!(all[first..].iter().all(|p| !thin.contains(&p.pillar_id)));
            let four = pick(lib, &thin, None, seed, 4);
            let pillars: Vec<&Id> = four.iter().map(|p| &p.pillar_id).collect();
            assert_eq!(pillars, [&hoax, &umkm, &hoax, &umkm], "taken in turn");
        }
        // No thin pillar: any prompts, still distinct.
        let some = pick(lib, &[], None, 7, 10);
        let mut unique = ids(&some);
        unique.sort_unstable();
        unique.dedup();
        assert_eq!((some.len(), unique.len()), (10, 10));
        assert!(pick(lib, &thin, None, 7, 0).is_empty());
        assert!(pick(&[], &thin, None, 7, 3).is_empty());
    }

    #[test]
    fn pick_never_repeats_the_last_prompt_first() {
        let lib = library();
        let thin = [id("pillar-pengumuman")];
        for seed in 0..200 {
            let first = pick(lib, &thin, None, seed, 1)[0];
            // The next press of the button, with the same or a new seed.
            for next_seed in [seed, seed + 1] {
                let again = pick(lib, &thin, Some(&first.id), next_seed, 3);
                assert_ne!(again[0].id, first.id, "seed {seed} → {next_seed}");
                assert_eq!(again[0].pillar_id, thin[0], "still thin first");
                assert!(!ids(&again).contains(&first.id.as_str()));
            }
        }
        // A thin pillar whose only prompt was the last one: the last one
        // still does not come first, and comes back only at the very end.
        let only: Vec<Prompt> = lib
            .iter()
            .filter(|p| p.pillar_id == thin[0])
            .take(1)
            .chain(lib.iter().filter(|p| p.pillar_id != thin[0]).take(3))
            .cloned()
            .collect();
        let picked = pick(&only, &thin, Some(&only[0].id), 1, 4);
        assert_ne!(picked[0].id, only[0].id);
        assert_eq!(picked[3].id, only[0].id);
    }

    #[test]
    fn pick_is_deterministic_per_seed_and_varies_across_seeds() {
        let lib = library();
        let thin = [id("pillar-layanan-publik")];
        for seed in [0, 1, 42, u64::MAX] {
            assert_eq!(
                ids(&pick(lib, &thin, Some("capaian-satu-angka"), seed, 5)),
                ids(&pick(lib, &thin, Some("capaian-satu-angka"), seed, 5))
            );
        }
        let mut firsts: Vec<&str> = (0..30)
            .map(|seed| pick(lib, &thin, None, seed, 1)[0].id.as_str())
            .collect();
        firsts.sort_unstable();
        firsts.dedup();
        assert!(firsts.len() >= 4, "seeds barely vary: {firsts:?}");
        let orders: Vec<Vec<&str>> = (0..10).map(|s| ids(&pick(lib, &[], None, s, 8))).collect();
        assert!(orders.iter().any(|o| o != &orders[0]));
    }
}
