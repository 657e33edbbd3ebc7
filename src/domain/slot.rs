//! Slots: the recurring weekly posting schedule.

use serde::{Deserialize, Serialize};

use crate::domain::id::Id;
use crate::domain::platform::Platform;
use crate::domain::post::PostFormat;
use crate::domain::record::{Record, RecordData, RecordKind};
use crate::domain::time::TimeOfDay;

pub use crate::domain::time::IsoWeekday;

/// The fields of a slot: "every Monday at 09:00, a carousel on Instagram
/// and Facebook for Kegiatan Pimpinan".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SlotData {
    /// The day of the week, 1 = Monday … 7 = Sunday.
    pub weekday: IsoWeekday,
    /// The time, in the workspace's time zone.
    pub time: TimeOfDay,
    /// Where; the validator requires at least one.
    #[serde(default)]
    pub platforms: Vec<Platform>,
    /// The pillar the slot is for, if any.
    #[serde(default)]
    pub pillar_id: Option<Id>,
    /// The usual format, if any.
    ///
    /// Left out when unset rather than written as `null`: the schema lets a
    /// slot's `format` be missing but not `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<PostFormat>,
}

/// A slot record.
pub type Slot = Record<SlotData>;

impl RecordData for SlotData {
    const KIND: RecordKind = RecordKind::Slot;

    /// Slots have no name; the UI labels them by weekday and time.
    fn title(&self) -> &str {
        ""
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn weekday_and_time_are_required_and_format_may_be_left_out() {
        let slot: SlotData = serde_json::from_value(json!({
            "weekday": 1, "time": "09:00", "platforms": ["instagram"], "format": null,
        }))
        .unwrap();
        assert_eq!(
            (slot.weekday.number(), slot.time.to_string()),
            (1, "09:00".into())
        );
        assert_eq!(slot.format, None);
        let out = serde_json::to_value(&slot).unwrap();
        assert!(out.get("format").is_none(), "{out}");
        assert_eq!(out["pillar_id"], json!(null));
        for bad in [
            json!({"weekday": 0, "time": "09:00"}),
            json!({"weekday": 1, "time": "9:00"}),
            json!({"weekday": 1}),
            json!({"time": "09:00"}),
        ] {
            assert!(
                serde_json::from_value::<SlotData>(bad.clone()).is_err(),
                "{bad}"
            );
        }
    }
}
