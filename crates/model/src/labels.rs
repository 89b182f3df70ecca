//! Words the view shows for the model's values, kept next to the model so every view and
//! every sentence says the same thing.

use super::date::date_label;
use super::i18n::msg;
use super::outcome::PathOutcome;
use super::types::{Actor, Confidence, Direction, Gate, Origin, Route, Status, Workload, World};

// Every word here is a message of locales/*.ftl (docs/i18n.md), in the reader's language.

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Open => msg::status_open(),
            Status::Friction => msg::status_friction(),
            Status::Limited => msg::status_limited(),
            Status::AtRisk => msg::status_at_risk(),
            Status::Blocked => msg::status_blocked(),
        }
    }

    /// The status inside a sentence ("… is now limited"): lower case in English, without
    /// `str::to_lowercase`, whose Unicode tables cost the reader ~12 KB of wasm.
    pub fn word(self) -> &'static str {
        match self {
            Status::Open => msg::status_open_in_text(),
            Status::Friction => msg::status_friction_in_text(),
            Status::Limited => msg::status_limited_in_text(),
            Status::AtRisk => msg::status_at_risk_in_text(),
            Status::Blocked => msg::status_blocked_in_text(),
        }
    }

    /// What the status means, in one line.
    pub fn meaning(self) -> &'static str {
        match self {
            Status::Open => msg::meaning_open(),
            Status::Friction => msg::meaning_friction(),
            Status::Limited => msg::meaning_limited(),
            Status::AtRisk => msg::meaning_at_risk(),
            Status::Blocked => msg::meaning_blocked(),
        }
    }
}

impl Route {
    /// As it reads after a chip's name: "H20, imported".
    pub fn label(self) -> &'static str {
        match self {
            Route::Import => msg::route_import(),
            Route::Stockpile => msg::route_stockpile(),
            Route::Offshore => msg::route_offshore(),
            Route::Domestic => msg::route_domestic(),
        }
    }

    /// As a heading: "Import new".
    pub fn title(self) -> &'static str {
        match self {
            Route::Import => msg::route_title_import(),
            Route::Stockpile => msg::route_title_stockpile(),
            Route::Offshore => msg::route_title_offshore(),
            Route::Domestic => msg::route_title_domestic(),
        }
    }
}

impl Workload {
    pub fn label(self) -> &'static str {
        match self {
            Workload::Training => msg::workload_training(),
            Workload::Inference => msg::workload_inference(),
        }
    }

    /// As it reads inside a sentence: "training".
    pub fn word(self) -> &'static str {
        match self {
            Workload::Training => msg::workload_training_lower(),
            Workload::Inference => msg::workload_inference_lower(),
        }
    }
}

impl Confidence {
    pub fn label(self) -> &'static str {
        match self {
            Confidence::Official => msg::confidence_official(),
            Confidence::Company => msg::confidence_company(),
            Confidence::Multi => msg::confidence_multi(),
            Confidence::One => msg::confidence_one(),
            Confidence::Disputed => msg::confidence_disputed(),
        }
    }
}

impl Actor {
    pub fn label(self) -> &'static str {
        match self {
            Actor::Us => msg::actor_us(),
            Actor::China => msg::actor_china(),
        }
    }
}

impl Direction {
    pub fn label(self) -> &'static str {
        match self {
            Direction::Tightens => msg::direction_tightens(),
            Direction::Loosens => msg::direction_loosens(),
        }
    }
}

impl Gate {
    pub fn label(self) -> &'static str {
        match self {
            Gate::UsExport => msg::gate_us_export(),
            Gate::ChinaImport => msg::gate_china_import(),
            Gate::None => msg::gate_none(),
        }
    }
}

impl Origin {
    pub fn label(self) -> &'static str {
        match self {
            Origin::Us => msg::origin_us(),
            Origin::China => msg::origin_china(),
        }
    }
}

/// "H20, imported" — a path's chip and route.
pub fn path_name(world: &World, chip: &str, route: Route) -> String {
    let chip = world.chip(chip).map_or(chip, |c| c.name.as_str());
    msg::path_name(chip, route.label())
}

/// The matrix cell's line: "H20, imported — needs a purchase justification" (the worst reason;
/// "and N more" when there are others).
pub fn path_summary(world: &World, path: &PathOutcome) -> String {
    let name = path_name(world, &path.chip, path.route);
    match path.reasons.as_slice() {
        [] => name,
        [only] => msg::path_summary_one(&name, &only.text),
        [first, rest @ ..] => msg::path_summary_more(&name, &first.text, &rest.len().to_string()),
    }
}

/// When a policy was in force, in words: "since 9 Apr 2025", "15 Jan 2025 – 13 May 2025",
/// "never applied (a what-if)"; several periods are joined with commas.
pub fn in_force_label(world: &World, policy: &str) -> String {
    let periods = world.periods(policy);
    if periods.is_empty() {
        let what_if = world.policy(policy).is_some_and(|p| p.hypothetical);
        return if what_if {
            msg::in_force_never_what_if().to_string()
        } else {
            msg::in_force_never().to_string()
        };
    }
    periods
        .iter()
        .map(|(from, until)| match until {
            Some(until) => msg::in_force_period(&date_label(from), &date_label(until)),
            None => msg::in_force_since(&date_label(from)),
        })
        .collect::<Vec<_>>()
        .join(msg::list_separator())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_read_in_order() {
        let labels: Vec<_> = Status::ALL.iter().map(|s| s.label()).collect();
        assert_eq!(
            labels,
            ["Open", "Friction", "Limited", "At risk", "Blocked"]
        );
        assert!(Status::ALL.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn path_summary_names_chip_route_and_worst_reason_of_the_main_path() {
        use crate::evaluate::evaluate;
        let world = crate::test_world();
        let eval = evaluate(world, &world.default_scenario());
        let main = |developer: &str, workload: Workload| {
            let outcome = eval.outcome(developer, workload).expect("outcome");
            path_summary(world, outcome.main().expect("a main path"))
        };
        // One reason.
        assert_eq!(
            main("deepseek", Workload::Inference),
            "Ascend 910C, bought at home — supply is limited by SMIC's yields, high-bandwidth memory and packaging"
        );
        // Several: the worst (first) and a count (DeepSeek's Ascend training, weak and scarce).
        let ascend = eval
            .outcome("deepseek", Workload::Training)
            .and_then(|o| o.paths.iter().find(|p| p.chip == "ascend-910c"))
            .expect("DeepSeek's Ascend training");
        assert_eq!(ascend.reasons.len(), 2);
        assert_eq!(
            path_summary(world, ascend),
            format!(
                "Ascend 910C, bought at home — {} (and 1 more)",
                ascend.reasons[0].text
            )
        );
        // No reasons: just the path (Baidu's Kunlun inference, Nov 2025).
        let nov = evaluate(world, &world.scenario_at("2025-11-26"));
        let kunlun = nov
            .outcome("baidu", Workload::Inference)
            .and_then(|o| o.main())
            .expect("baidu inference");
        assert_eq!(path_summary(world, kunlun), "Kunlun P800, bought at home");
    }

    #[test]
    fn in_force_periods_in_words() {
        let world = crate::test_world();
        assert_eq!(in_force_label(world, "h20-licence"), "since 9 Apr 2025");
        assert_eq!(
            in_force_label(world, "h200-import-approvals"),
            "since 28 Jan 2026"
        );
        assert_eq!(
            in_force_label(world, "deepseek-listed"),
            "never applied (a what-if)"
        );
    }

    #[test]
    fn other_labels() {
        assert_eq!(Confidence::Multi.label(), "several outlets");
        assert_eq!(Actor::Us.label(), "Washington");
        assert_eq!(Actor::China.label(), "Beijing");
        assert_eq!(Route::Import.label(), "imported");
        assert_eq!(Workload::from_slug("inference"), Some(Workload::Inference));
        assert_eq!(Workload::from_slug("Inference"), None);
    }
}
