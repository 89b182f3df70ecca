//! Words the view shows for the model's values, kept next to the model so every view and
//! every sentence says the same thing.

use super::date::date_label;
use super::outcome::PathOutcome;
use super::types::{Actor, Confidence, Direction, Gate, Origin, Route, Status, Workload, World};

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Open => "Open",
            Status::Friction => "Friction",
            Status::Limited => "Limited",
            Status::AtRisk => "At risk",
            Status::Blocked => "Blocked",
        }
    }

    /// What the status means, in one line.
    pub fn meaning(self) -> &'static str {
        match self {
            Status::Open => "no known obstacle",
            Status::Friction => "allowed, with paperwork, fees or political pressure",
            Status::Limited => {
                "works, but capped: a stockpile that cannot grow, a weak chip, scarce supply"
            }
            Status::AtRisk => "legal exposure",
            Status::Blocked => "legally unavailable",
        }
    }
}

impl Route {
    /// As it reads after a chip's name: "H20, imported".
    pub fn label(self) -> &'static str {
        match self {
            Route::Import => "imported",
            Route::Stockpile => "from a stockpile",
            Route::Offshore => "rented abroad",
            Route::Domestic => "bought at home",
        }
    }

    /// As a heading: "Import new".
    pub fn title(self) -> &'static str {
        match self {
            Route::Import => "Import new",
            Route::Stockpile => "Stockpile bought before a ban",
            Route::Offshore => "Rent abroad",
            Route::Domestic => "Buy domestic",
        }
    }
}

impl Workload {
    pub fn label(self) -> &'static str {
        match self {
            Workload::Training => "Training",
            Workload::Inference => "Inference",
        }
    }
}

impl Confidence {
    pub fn label(self) -> &'static str {
        match self {
            Confidence::Official => "official document",
            Confidence::Company => "company statement",
            Confidence::Multi => "several outlets",
            Confidence::One => "one outlet",
            Confidence::Disputed => "disputed",
        }
    }
}

impl Actor {
    pub fn label(self) -> &'static str {
        match self {
            Actor::Us => "Washington",
            Actor::China => "Beijing",
        }
    }
}

impl Direction {
    pub fn label(self) -> &'static str {
        match self {
            Direction::Tightens => "tightens",
            Direction::Loosens => "loosens",
        }
    }
}

impl Gate {
    pub fn label(self) -> &'static str {
        match self {
            Gate::UsExport => "US export permission",
            Gate::ChinaImport => "Chinese import permission",
            Gate::None => "not a gate",
        }
    }
}

impl Origin {
    pub fn label(self) -> &'static str {
        match self {
            Origin::Us => "US",
            Origin::China => "Chinese",
        }
    }
}

/// "H20, imported" — a path's chip and route.
pub fn path_name(world: &World, chip: &str, route: Route) -> String {
    let chip = world.chip(chip).map_or(chip, |c| c.name.as_str());
    format!("{chip}, {}", route.label())
}

/// The matrix cell's line: "H20, imported — needs a purchase justification" (the worst reason;
/// "and N more" when there are others).
pub fn path_summary(world: &World, path: &PathOutcome) -> String {
    let name = path_name(world, &path.chip, path.route);
    match path.reasons.as_slice() {
        [] => name,
        [only] => format!("{name} — {}", only.text),
        [first, rest @ ..] => format!("{name} — {} (and {} more)", first.text, rest.len()),
    }
}

/// When a policy was in force, in words: "since 9 Apr 2025", "15 Jan 2025 – 13 May 2025",
/// "never in force (a what-if)"; several periods are joined with commas.
pub fn in_force_label(world: &World, policy: &str) -> String {
    let periods = world.periods(policy);
    if periods.is_empty() {
        let what_if = world.policy(policy).is_some_and(|p| p.hypothetical);
        return if what_if {
            "never in force (a what-if)"
        } else {
            "never in force"
        }
        .to_string();
    }
    periods
        .iter()
        .map(|(from, until)| match until {
            Some(until) => format!("{} – {}", date_label(from), date_label(until)),
            None => format!("since {}", date_label(from)),
        })
        .collect::<Vec<_>>()
        .join(", ")
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
            main("iflytek", Workload::Training),
            "Ascend 910B, bought at home — US guidance says using these Ascend chips risks breaking US export rules"
        );
        // Several: the worst (first) and a count.
        assert_eq!(
            main("deepseek", Workload::Inference),
            "Ascend 910C, bought at home — supply is limited by SMIC's yields, high-bandwidth memory and packaging (and 1 more)"
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
            "28 Jan 2026 – 15 May 2026"
        );
        assert_eq!(
            in_force_label(world, "deepseek-listed"),
            "never in force (a what-if)"
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
