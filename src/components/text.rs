//! Small wording helpers the components share: dates, routes, workloads and confidence in the
//! reader's words. Pure functions, so the components stay declarative and the tests can use them.

use crate::model::{Actor, Confidence, Route, Status, Workload};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `2025-08-14` → `14 Aug 2025`. Anything that is not an ISO date is shown as written, so a
/// broken date in the data never panics the view.
pub fn date(iso: &str) -> String {
    let mut parts = iso.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    let month = m
        .parse::<usize>()
        .ok()
        .and_then(|m| MONTHS.get(m.wrapping_sub(1)));
    match (month, d.parse::<u32>()) {
        (Some(month), Ok(day)) if y.len() == 4 => format!("{day} {month} {y}"),
        _ => iso.to_string(),
    }
}

/// The word shown next to a status icon (never colour alone).
pub fn status(status: Status) -> &'static str {
    match status {
        Status::Open => "Open",
        Status::Friction => "Friction",
        Status::Limited => "Limited",
        Status::AtRisk => "At risk",
        Status::Blocked => "Blocked",
    }
}

/// A stable, CSS-friendly key for a status.
pub fn status_key(status: Status) -> &'static str {
    match status {
        Status::Open => "open",
        Status::Friction => "friction",
        Status::Limited => "limited",
        Status::AtRisk => "at-risk",
        Status::Blocked => "blocked",
    }
}

/// How the chip reaches the developer, as it reads after the chip's name: "H20, imported".
pub fn route(route: Route) -> &'static str {
    match route {
        Route::Import => "imported",
        Route::Stockpile => "from a stockpile",
        Route::Offshore => "rented abroad",
        Route::Domestic => "bought at home",
    }
}

pub fn workload(workload: Workload) -> &'static str {
    match workload {
        Workload::Training => "Training",
        Workload::Inference => "Inference",
    }
}

pub fn workload_key(workload: Workload) -> &'static str {
    match workload {
        Workload::Training => "training",
        Workload::Inference => "inference",
    }
}

pub fn actor(actor: Actor) -> &'static str {
    match actor {
        Actor::Us => "Washington",
        Actor::China => "Beijing",
    }
}

pub fn confidence(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::Official => "official",
        Confidence::Multi => "widely reported",
        Confidence::One => "one outlet's report",
        Confidence::Disputed => "disputed",
    }
}

/// Element ids built from data ids: keep only characters that are safe in an id and a URL
/// fragment, so a hostile id in a loaded data file cannot break the page's markup.
pub fn dom_id(prefix: &str, id: &str) -> String {
    let clean: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{prefix}-{clean}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_day_month_year() {
        assert_eq!(date("2025-08-14"), "14 Aug 2025");
        assert_eq!(date("2026-01-05"), "5 Jan 2026");
    }

    #[test]
    fn malformed_dates_are_shown_as_written() {
        for bad in ["", "2025", "2025-13-01", "2025-00-10", "x-y-z", "25-08-14"] {
            assert_eq!(date(bad), bad);
        }
    }

    #[test]
    fn dom_ids_drop_unsafe_characters() {
        assert_eq!(dom_id("src", "ft-2025-08-14"), "src-ft-2025-08-14");
        assert_eq!(dom_id("src", "a\"><script>"), "src-a___script_");
    }
}

/// The chip's display name, or its id if the data lacks it.
pub fn chip_name<'a>(world: &'a crate::model::World, id: &'a str) -> &'a str {
    world
        .chips
        .iter()
        .find(|c| c.id == id)
        .map_or(id, |c| c.name.as_str())
}

pub fn developer_name<'a>(world: &'a crate::model::World, id: &'a str) -> &'a str {
    world
        .developers
        .iter()
        .find(|d| d.id == id)
        .map_or(id, |d| d.name.as_str())
}

/// A path in one line: "H20, imported — needs a purchase justification" (the worst reason).
pub fn path_line(world: &crate::model::World, path: &crate::model::PathOutcome) -> String {
    let head = format!("{}, {}", chip_name(world, &path.chip), route(path.route));
    match path.reasons.first() {
        Some(reason) => format!("{head} — {}", reason.text),
        None => head,
    }
}
