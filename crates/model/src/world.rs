//! Loading the world, looking things up by id, and reading the timeline: which switches a date
//! implies and when each policy was in force.

use super::codec;
use super::id_set::IdSet;
use super::outcome::Scenario;
use super::types::{
    Chip, ChipId, Developer, DeveloperId, IdKey, Policy, PolicyId, Preset, PresetId, Source,
    SourceId, World,
};
use super::validate::{validate, ErrorKind, LoadError};

impl World {
    /// Parses and validates a world. Every problem found is returned, each naming its entry.
    pub fn load(json: &str) -> Result<World, Vec<LoadError>> {
        checked(
            serde_json::from_str(json)
                .map_err(|e| format!("the data does not fit the schema: {e}")),
        )
    }

    /// Reads and validates a world in the binary form `build.rs` writes. (The widget reads the
    /// compiled-in one with `chip_paths::embedded::world`, which build.rs has already validated.)
    pub fn load_binary(bytes: &[u8]) -> Result<World, Vec<LoadError>> {
        checked(
            codec::decode(bytes).map_err(|e| format!("the compiled-in data cannot be read: {e}")),
        )
    }

    #[inline]
    pub fn policy(&self, id: &(impl IdKey<PolicyId> + ?Sized)) -> Option<&Policy> {
        find(&self.policies, |p| &p.id, id.key())
    }
    #[inline]
    pub fn chip(&self, id: &(impl IdKey<ChipId> + ?Sized)) -> Option<&Chip> {
        find(&self.chips, |c| &c.id, id.key())
    }
    #[inline]
    pub fn source(&self, id: &(impl IdKey<SourceId> + ?Sized)) -> Option<&Source> {
        find(&self.sources, |s| &s.id, id.key())
    }
    #[inline]
    pub fn developer(&self, id: &(impl IdKey<DeveloperId> + ?Sized)) -> Option<&Developer> {
        find(&self.developers, |d| &d.id, id.key())
    }
    #[inline]
    pub fn preset(&self, id: &(impl IdKey<PresetId> + ?Sized)) -> Option<&Preset> {
        find(&self.presets, |p| &p.id, id.key())
    }
    /// Whether a policy's switch is among the first, always shown (`meta.headline`; with none
    /// listed, every switch is).
    #[inline]
    pub fn is_headline(&self, policy: &(impl IdKey<PolicyId> + ?Sized)) -> bool {
        let policy = policy.key();
        self.meta.headline.is_empty() || self.meta.headline.iter().any(|id| id == policy)
    }

    /// The preset the widget opens at (falls back to the first preset, then to `as_of`).
    pub fn default_preset(&self) -> Option<&Preset> {
        self.preset(&self.meta.default_preset)
            .or(self.presets.first())
    }

    /// The switches a date implies: all off, then every event up to and including the date,
    /// in file order.
    pub fn switches_at(&self, date: &str) -> IdSet<PolicyId> {
        let mut on = IdSet::new();
        for event in self.events.iter().filter(|e| e.date.as_str() <= date) {
            for id in &event.turns_on {
                on.insert(id.clone());
            }
            for id in &event.turns_off {
                on.remove(id);
            }
        }
        on
    }

    /// The scenario at a date, with the switches the timeline implies.
    pub fn scenario_at(&self, date: &str) -> Scenario {
        Scenario {
            date: date.to_string(),
            on: self.switches_at(date),
        }
    }

    /// The scenario at a preset's date, or `None` for an unknown preset.
    #[inline]
    pub fn preset_scenario(&self, preset: &(impl IdKey<PresetId> + ?Sized)) -> Option<Scenario> {
        self.preset(preset).map(|p| self.scenario_at(&p.date))
    }

    /// The scenario the widget opens with.
    pub fn default_scenario(&self) -> Scenario {
        let date = self
            .default_preset()
            .map_or(self.meta.as_of.as_str(), |p| p.date.as_str());
        self.scenario_at(date)
    }

    /// The first date of the timeline (its first event, else `as_of`).
    pub fn earliest(&self) -> &str {
        self.events
            .iter()
            .map(|e| e.date.as_str())
            .min()
            .unwrap_or(&self.meta.as_of)
    }

    /// The last date of the timeline: the later of the last event and `as_of`.
    pub fn latest(&self) -> &str {
        self.events
            .iter()
            .map(|e| e.date.as_str())
            .chain(std::iter::once(self.meta.as_of.as_str()))
            .max()
            .unwrap_or(&self.meta.as_of)
    }

    /// The data's revision: the later of its "as of" date and its last dated update or
    /// correction. A pinned embed carries it (`rev=`), so that a correction made after the
    /// record's "as of" date still tells the embed's readers that the record changed (audit13
    /// E1: the December 2026 corrections moved cells without moving `as_of`).
    pub fn revision(&self) -> &str {
        self.meta
            .corrections
            .iter()
            .map(|c| c.date.as_str())
            .chain(std::iter::once(self.meta.as_of.as_str()))
            .max()
            .unwrap_or(&self.meta.as_of)
    }

    /// When a policy was in force, derived from the events: `(from, until)` ranges, `until`
    /// `None` while still in force. Hypothetical policies have none.
    #[inline]
    pub fn periods(
        &self,
        policy: &(impl IdKey<PolicyId> + ?Sized),
    ) -> Vec<(String, Option<String>)> {
        self.periods_of(policy.key())
    }

    fn periods_of(&self, policy: &str) -> Vec<(String, Option<String>)> {
        let mut periods: Vec<(String, Option<String>)> = Vec::new();
        let mut on_since: Option<&str> = None;
        for event in &self.events {
            if on_since.is_none() && event.turns_on.iter().any(|id| id == policy) {
                on_since = Some(&event.date);
            }
            if let Some(from) = on_since {
                if event.turns_off.iter().any(|id| id == policy) {
                    periods.push((from.to_string(), Some(event.date.clone())));
                    on_since = None;
                }
            }
        }
        if let Some(from) = on_since {
            periods.push((from.to_string(), None));
        }
        periods
    }

    /// Whether the timeline has a policy in force at a date.
    #[inline]
    pub fn in_force(&self, policy: &(impl IdKey<PolicyId> + ?Sized), date: &str) -> bool {
        self.switches_at(date).contains(policy)
    }
}

/// The entry of `list` whose id is `id`. One function for every lookup: the typed lookups above
/// are thin shims over it, so each key type they accept adds no copy of the search to the wasm.
fn find<'a, T, I: AsRef<str>>(list: &'a [T], id_of: fn(&T) -> &I, id: &str) -> Option<&'a T> {
    list.iter().find(|entry| id_of(entry).as_ref() == id)
}

/// The world if it was read and validates; else why it could not be read, or every problem
/// validation found.
fn checked(read: Result<World, String>) -> Result<World, Vec<LoadError>> {
    let world = read.map_err(|message| vec![LoadError::new(ErrorKind::Syntax, message)])?;
    let errors = validate(&world);
    if errors.is_empty() {
        Ok(world)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_world as world;

    #[test]
    fn embedded_world_loads_and_validates() {
        let world = world();
        assert!(world.policies.len() >= 12);
        assert!(world.chips.len() >= 10);
        assert!(world.events.len() >= 20);
        for id in [
            "deepseek",
            "bytedance",
            "alibaba",
            "tencent",
            "baidu",
            "zhipu",
            "moonshot",
            "minimax",
            "iflytek",
        ] {
            assert!(world.developer(id).is_some(), "{id} missing");
        }
        for id in ["h20-allowed", "ascend-guidance", "purchase-justification"] {
            assert!(world.policy(id).is_some(), "{id} missing");
        }
    }

    #[test]
    fn switches_follow_the_events() {
        let world = world();
        // The H20 licence came on 9 Apr 2025: not the day before, yes on the day.
        assert!(!world.switches_at("2025-04-08").contains("h20-licence"));
        assert!(world.switches_at("2025-04-09").contains("h20-licence"));
        // Beijing's H200 approvals: on from 28 Jan 2026, and still on after the May 2026 summit
        // (nothing reports them withdrawn); Trump's account of China declining is its own switch.
        assert!(!world
            .switches_at("2026-01-27")
            .contains("h200-import-approvals"));
        assert!(world
            .switches_at("2026-03-01")
            .contains("h200-import-approvals"));
        assert!(world
            .switches_at("2026-05-15")
            .contains("h200-import-approvals"));
        assert!(!world
            .switches_at("2026-05-14")
            .contains("h200-china-declines"));
        assert!(world
            .switches_at("2026-05-15")
            .contains("h200-china-declines"));
        // The Diffusion Rule was dropped before it applied: a what-if, never on by date.
        assert!(!world.switches_at("2025-03-01").contains("diffusion-rule"));
        // Before the timeline nothing is on.
        assert!(world.switches_at("2020-01-01").is_empty());
        // Hypothetical switches are never on by date.
        assert!(!world
            .switches_at(world.latest())
            .contains("deepseek-listed"));
    }

    #[test]
    fn periods_are_derived_from_events() {
        let world = world();
        assert_eq!(
            world.periods("h200-import-approvals"),
            vec![("2026-01-28".to_string(), None)]
        );
        assert_eq!(
            world.periods("h200-china-declines"),
            vec![("2026-05-15".to_string(), None)]
        );
        // Licences were issued in August; the July assurance switched nothing on.
        assert_eq!(
            world.periods("h20-allowed"),
            vec![("2025-08-11".to_string(), None)]
        );
        // Turned on twice (the letter, then the rule): one period from the first.
        assert_eq!(
            world.periods("advanced-chips-licence"),
            vec![("2022-08-26".to_string(), None)]
        );
        assert!(world.periods("deepseek-listed").is_empty());
    }

    #[test]
    fn presets_and_bounds() {
        let world = world();
        let ft = world.preset("ft-report").map(|p| p.date.as_str());
        assert_eq!(ft, Some("2025-08-14"));
        assert_eq!(world.default_scenario().date, "2025-08-14");
        assert_eq!(world.earliest(), "2022-08-26");
        assert_eq!(world.latest(), world.meta.as_of);
        assert!(world.preset_scenario("no-such-preset").is_none());
    }

    #[test]
    fn unreadable_binary_is_an_error_not_a_panic() {
        let errors = World::load_binary(&codec::encode(world())[..10]).unwrap_err();
        assert_eq!(errors[0].kind, ErrorKind::Syntax);
        assert!(errors[0].to_string().contains("cannot be read"));
    }

    #[test]
    fn bad_json_is_an_error_not_a_panic() {
        let errors = World::load("{ not json").unwrap_err();
        assert_eq!(errors[0].kind, ErrorKind::Syntax);
        assert!(World::load("").is_err());
    }
}
