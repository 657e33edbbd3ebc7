//! A generator of valid plan files for benchmarks: N posts spread evenly
//! over a date range, with realistic captions, pillars, members, coverage
//! records, ideas and metrics on published posts.
//!
//! Deterministic (a fixed-seed xorshift), so the same arguments always
//! give the same file. Built from the domain's own record types and written
//! with `Plan::to_json`, so that what it writes is what Siar itself would
//! export. Used by `examples/generate_plan.rs` (the command) and by
//! `tests/generator.rs` (which checks the files import).

use chrono::{Datelike, Duration, NaiveDate};
use siar::domain::coverage::{CoverageData, CoverageStatus, Need};
use siar::domain::defaults::{default_pillars, default_workspace};
use siar::domain::id::Id;
use siar::domain::idea::{Idea, IdeaData, IdeaStage};
use siar::domain::member::{Member, MemberData, Role};
use siar::domain::plan::Plan;
use siar::domain::platform::Platform;
use siar::domain::post::{Link, Metrics, Post, PostData, PostFormat, PostStatus};
use siar::domain::record::Record;
use siar::domain::time::{Date, TimeOfDay, Timestamp};

/// What to generate.
#[derive(Clone, Debug)]
pub struct Spec {
    /// How many posts.
    pub posts: usize,
    /// The first day posts fall on.
    pub from: Date,
    /// The last day posts fall on (inclusive).
    pub to: Date,
    /// Posts on or before this day are published and carry metrics.
    pub today: Date,
}

impl Spec {
    /// `posts` posts over the three years 2024–2026, published up to
    /// 29 November 2026.
    pub fn three_years(posts: usize) -> Spec {
        Spec {
            posts,
            from: ymd(2024, 1, 1),
            to: ymd(2026, 12, 31),
            today: ymd(2026, 11, 29),
        }
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Date {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
}

/// A small, fast, deterministic random source (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn id(&mut self) -> Id {
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&self.next().to_le_bytes());
        bytes[8..].copy_from_slice(&self.next().to_le_bytes());
        Id::from_random_bytes(bytes)
    }
}

const MEMBERS: [(&str, Role); 6] = [
    ("Rina Oktaviani", Role::Admin),
    ("Yohanes Aweng", Role::Editor),
    ("Dewi Lestari", Role::Editor),
    ("Hendrikus Sahat", Role::Reviewer),
    ("Putri Amelia (magang)", Role::Intern),
    ("Agus Salim (magang)", Role::Intern),
];

const TOPICS: [&str; 16] = [
    "Bupati meresmikan jembatan gantung di Kecamatan Seluas",
    "Pelayanan KTP elektronik keliling di Desa Sungai Betung",
    "Jadwal posyandu dan imunisasi anak bulan ini",
    "Klarifikasi hoaks: bantuan sosial lewat tautan pendaftaran",
    "Tips aman bertransaksi digital untuk pelaku UMKM",
    "Rapat koordinasi penanganan banjir di Kecamatan Ledo",
    "Festival budaya Dayak Bengkayang: jadwal dan lokasi",
    "Pengumuman penerimaan beasiswa pelajar berprestasi",
    "Wakil Bupati meninjau pembangunan jalan desa",
    "Literasi digital: kenali ciri-ciri berita bohong",
    "Layanan pengaduan masyarakat lewat aplikasi resmi",
    "Musrenbang kecamatan tahun anggaran berikutnya",
    "Pasar murah menjelang hari besar keagamaan",
    "Sosialisasi pencegahan stunting bersama kader desa",
    "Capaian vaksinasi dan pemeriksaan kesehatan gratis",
    "Perbaikan jaringan internet di kantor desa terpencil",
];

const PLACES: [&str; 8] = [
    "Aula Kantor Bupati Bengkayang",
    "Kecamatan Seluas",
    "Kecamatan Ledo",
    "Desa Sungai Betung",
    "Lapangan Kantor Bupati",
    "Kecamatan Sanggau Ledo",
    "Gedung Pancasila",
    "Kecamatan Jagoi Babang",
];

const CAPTION_BODY: &str = "Pemerintah Kabupaten Bengkayang terus berkomitmen \
memberikan pelayanan terbaik bagi seluruh masyarakat. Kegiatan ini dihadiri \
oleh perangkat daerah terkait, tokoh masyarakat, dan warga sekitar. \
Informasi lengkap dapat dilihat di situs resmi pemerintah daerah dan akun \
media sosial Diskominfo. Mari bersama-sama menyebarkan informasi yang benar \
dan bermanfaat. Jika menemukan informasi yang meragukan, laporkan melalui \
kanal pengaduan resmi.";

const HASHTAGS: [&str; 8] = [
    "#Bengkayang",
    "#DiskominfoBengkayang",
    "#BengkayangMaju",
    "#InfoPublik",
    "#KalimantanBarat",
    "#LiterasiDigital",
    "#CekFakta",
    "#PelayananPublik",
];

const FORMATS: [PostFormat; 6] = [
    PostFormat::Photo,
    PostFormat::Carousel,
    PostFormat::Reel,
    PostFormat::Infographic,
    PostFormat::Video,
    PostFormat::Article,
];

const PLATFORM_SETS: [&[Platform]; 5] = [
    &[Platform::Instagram, Platform::Facebook],
    &[Platform::Instagram],
    &[Platform::Facebook, Platform::X, Platform::Threads],
    &[Platform::Tiktok, Platform::Instagram],
    &[Platform::Website, Platform::Facebook],
];

fn at(date: Date, hour: u32) -> Timestamp {
    let millis = date
        .and_hms_opt(hour, 0, 0)
        .expect("a valid hour")
        .and_utc()
        .timestamp_millis();
    Timestamp::from_unix_millis(millis).expect("a timestamp in range")
}

/// A whole plan as described by `spec`.
pub fn plan(spec: &Spec) -> Plan {
    let mut rng = Rng(0x5EED_0FB3_0CA9_u64 ^ spec.posts as u64);
    let created = at(spec.from, 0);
    let mut plan = Plan::new(default_workspace(), at(spec.today, 9));
    plan.exported_by = Some("siar-bench".into());
    plan.pillars = default_pillars();
    plan.members = MEMBERS
        .iter()
        .map(|(name, role)| {
            Member::new(
                rng.id(),
                created,
                MemberData {
                    name: (*name).into(),
                    role: *role,
                    active: true,
                },
            )
        })
        .collect();
    let pillar_ids: Vec<Id> = plan.pillars.iter().map(|p| p.id.clone()).collect();
    let member_ids: Vec<Id> = plan.members.iter().map(|m| m.id.clone()).collect();
    let days = (spec.to - spec.from).num_days().max(0) + 1;

    // About one coverage for every five posts, each followed by posts.
    let coverage_count = (spec.posts / 5).max(1);
    for i in 0..coverage_count {
        let date = spec.from + Duration::days(i as i64 * days / coverage_count as i64);
        let covered = date <= spec.today;
        let title = format!("Liputan: {}", rng.pick(&TOPICS));
        plan.coverage.push(Record::new(
            rng.id(),
            at(date - Duration::days(3), 2),
            CoverageData {
                title,
                date,
                time: TimeOfDay::new(8 + rng.below(6) as u8, 0),
                location: (*rng.pick(&PLACES)).into(),
                officials: "Bupati Bengkayang".into(),
                crew_ids: vec![rng.pick(&member_ids).clone()],
                needs: vec![Need::Photo, Need::Video],
                status: if covered {
                    CoverageStatus::Covered
                } else {
                    CoverageStatus::Planned
                },
                links: if covered {
                    vec![link("Folder dokumentasi", i)]
                } else {
                    Vec::new()
                },
                notes: String::new(),
            },
        ));
    }

    for i in 0..spec.posts {
        let date = spec.from + Duration::days(i as i64 * days / spec.posts.max(1) as i64);
        let published = date <= spec.today;
        let topic = rng.pick(&TOPICS);
        let platforms = rng.pick(&PLATFORM_SETS).to_vec();
        let hashtags: Vec<String> = (0..3).map(|_| (*rng.pick(&HASHTAGS)).into()).collect();
        let mut hashtags_dedup = Vec::new();
        for tag in hashtags {
            if !hashtags_dedup.contains(&tag) {
                hashtags_dedup.push(tag);
            }
        }
        let coverage = &plan.coverage[(i / 5).min(plan.coverage.len() - 1)];
        let reach = 400 + rng.below(12_000) as u64;
        let data = PostData {
            title: format!("{topic} ({})", date.day()),
            date,
            time: TimeOfDay::new(7 + rng.below(13) as u8, [0, 15, 30, 45][rng.below(4)]),
            platforms,
            format: Some(*rng.pick(&FORMATS)),
            pillar_id: Some(rng.pick(&pillar_ids).clone()),
            status: if published {
                PostStatus::Published
            } else {
                *rng.pick(&[PostStatus::Draft, PostStatus::Review, PostStatus::Scheduled])
            },
            caption: format!(
                "{topic}.\n\n{CAPTION_BODY}\n\n{}\n\n#Bengkayang #DiskominfoBengkayang",
                rng.pick(&PLACES)
            ),
            hashtags: hashtags_dedup,
            assignee_id: Some(rng.pick(&member_ids).clone()),
            coverage_id: Some(coverage.id.clone()),
            idea_id: None,
            links: vec![link("Bahan", i)],
            approval: None,
            published_url: published.then(|| format!("https://www.instagram.com/p/siar{i:06}/")),
            published_at: published.then(|| at(date, 10)),
            metrics: published.then(|| Metrics {
                reach: Some(reach),
                impressions: Some(reach + rng.below(5_000) as u64),
                views: None,
                likes: Some(rng.below(800) as u64),
                comments: Some(rng.below(60) as u64),
                shares: Some(rng.below(90) as u64),
                saves: Some(rng.below(40) as u64),
                recorded_at: at(date + Duration::days(7), 9),
                extra: Default::default(),
            }),
            notes: String::new(),
        };
        plan.posts
            .push(Post::new(rng.id(), at(date - Duration::days(5), 3), data));
    }

    for i in 0..(spec.posts / 50).max(1) {
        let data = IdeaData {
            title: format!("Ide: {}", rng.pick(&TOPICS)),
            description: format!("Catatan ide nomor {i}"),
            pillar_id: Some(rng.pick(&pillar_ids).clone()),
            stage: IdeaStage::default(),
            target_date: None,
            tags: Vec::new(),
            post_id: None,
        };
        plan.ideas.push(Idea::new(rng.id(), created, data));
    }
    plan
}

fn link(label: &str, n: usize) -> Link {
    Link {
        label: label.into(),
        url: format!("https://drive.example.org/bengkayang/{n:06}"),
        extra: Default::default(),
    }
}
