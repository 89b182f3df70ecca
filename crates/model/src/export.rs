//! The kit's downloads (issue 17): the outcomes of one view as CSV and JSON — for each developer
//! and workload the status, the main path, the fallback, and every reason with its sources
//! (outlet, date, confidence), plus the scenario (date, switches changed from the record) and the
//! data's "as of" date, which is also its revision. Plain text building, no serializer: the
//! widget's wasm carries no JSON writer, and these few shapes do not need one.
//!
//! The reader's wasm writes neither file: it hands the view's rows over as plain fields
//! (`handover`), and web/kit-export.js, fetched at the first click on CSV or JSON, writes the
//! files from them. `to_csv` and `to_json` here write the same files from the same hand-over
//! read back: the reference the module's files must equal byte for byte (examples/expected_kit.rs,
//! e2e/kit-downloads.test.mjs); they are linked only into native code (tests, examples).

use super::date::date_label;
use super::i18n::msg;
use super::labels::path_name;
use super::outcome::{Evaluation, Scenario};
use super::types::{notes_at, Status, World};

/// A switch the view has set differently from the record at its date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Changed<'a> {
    pub policy: &'a str,
    /// The policy's name, as the switch shows it.
    pub name: &'a str,
    pub on: bool,
    /// A what-if, never applied (the data's `hypothetical`): switched on, the files say so.
    pub what_if: bool,
}

/// The switches `scenario` sets differently from the record at its date, in data order.
pub fn changed_switches<'w>(world: &'w World, scenario: &Scenario) -> Vec<Changed<'w>> {
    let record = world.switches_at(&scenario.date);
    world
        .policies
        .iter()
        .filter(|p| record.contains(&p.id) != scenario.on.contains(&p.id))
        .map(|p| Changed {
            policy: &p.id,
            name: &p.name,
            on: scenario.on.contains(&p.id),
            what_if: p.hypothetical,
        })
        .collect()
}

/// The scenario in words, for the pictures' stamp: "Scenario: 14 August 2025; switches changed
/// from the record: Nvidia H20 exports to China allowed off".
pub fn scenario_line(world: &World, scenario: &Scenario) -> String {
    let date = date_label(&scenario.date);
    // The list written as it goes (no vector of words and `join` in the wasm).
    let mut switches = String::new();
    for c in changed_switches(world, scenario) {
        if !switches.is_empty() {
            switches.push_str(msg::list_separator());
        }
        // A what-if switched on says so: a picture shared alone must not read as the record.
        switches.push_str(&if c.on && c.what_if {
            msg::stamp_switch_on_what_if(c.name)
        } else if c.on {
            msg::stamp_switch_on(c.name)
        } else {
            msg::stamp_switch_off(c.name)
        });
    }
    if switches.is_empty() {
        return msg::stamp_scenario_record(&date);
    }
    msg::stamp_scenario_changed(&date, &switches)
}

/// "Source: Chip Paths, data as of 30 November 2025", for the pictures' stamp.
pub fn source_line(world: &World) -> String {
    msg::stamp_source(&date_label(&world.meta.as_of))
}

/// A file name that says what the file holds: `chip-paths-2025-08-14-h20-allowed-off.csv`.
pub fn file_name(world: &World, scenario: &Scenario, extension: &str) -> String {
    let mut name = format!("chip-paths-{}", scenario.date);
    for c in changed_switches(world, scenario) {
        name.push('-');
        name.push_str(c.policy);
        name.push_str(if c.on { "-on" } else { "-off" });
    }
    name.push('.');
    name.push_str(extension);
    name
}

/// The switches changed from the record, as the CSV's column words them in the active language:
/// "Nvidia H20 exports to China allowed: off; DeepSeek added to the Entity List: on (a what-if,
/// never applied)".
fn csv_switches(world: &World, scenario: &Scenario) -> String {
    let mut out = String::new();
    for c in changed_switches(world, scenario) {
        if !out.is_empty() {
            out.push_str(msg::csv_switch_separator());
        }
        out.push_str(&if c.on && c.what_if {
            msg::csv_switch_on_what_if(c.name)
        } else if c.on {
            msg::csv_switch_on(c.name)
        } else {
            msg::csv_switch_off(c.name)
        });
    }
    out
}

/// Ends a field of the hand-over (U+001F, the unit separator; no data text contains it).
const FIELD: char = '\u{1f}';
/// Ends a record of the hand-over (U+001E, the record separator).
const RECORD: char = '\u{1e}';

/// The view's rows for web/kit-export.js, which writes the CSV and JSON from them (the reader's
/// wasm then carries no file writer). Records, each ended by U+001E, of fields each ended by
/// U+001F; a record's first field says what it is:
/// - `S`: the scenario's date, the data's "as of" date, and the switches changed from the record
///   as the CSV words them (`csv_switches`, in the view's language) (first, once);
/// - `H`: the CSV's column headers, in the view's language (audit9 D8: a Chinese reader's CSV
///   had English headers and switch words) (second, once);
/// - `C`: a switch changed from the record: policy id, name, `1` when on (empty when off), `1`
///   when the policy is a what-if, never applied (empty when it is not);
/// - `R`: a row: developer, workload, status, main path, fallback path, fallback status (the
///   files write the fallback as `path — status`, empty when there is none), the main path
///   marked as our assumption ("Ascend 910C, bought at home (modelled)"), empty when the path is
///   reported (audit9 D1: the files gave a modelled path as if it were reported), the fallback
///   path marked so, empty when it is reported or there is none (audit11 A2), the main path's
///   evidence (`evidence`: the report as the details panel shows it at the view's date, with
///   the later reports shown by then), and `1` when the record calls the main path disputed
///   (empty when it does not) (audit11 A3: an Open row carried no citation at all);
/// - `p`: a source of the row's main path (its report's, then its later reports'): outlet,
///   date, confidence;
/// - `r`: a reason of the row before it: status, text;
/// - `s`: a source of the reason before it: outlet, date, confidence.
pub fn handover(world: &World, scenario: &Scenario, evaluation: &Evaluation) -> String {
    // One copy of the loop in the wasm, not one per record kind.
    #[inline(never)]
    fn push(out: &mut String, fields: &[&str]) {
        for f in fields {
            out.push_str(f);
            out.push(FIELD);
        }
        out.push(RECORD);
    }
    let mut out = String::new();
    let mut put = |fields: &[&str]| push(&mut out, fields);
    put(&[
        "S",
        &scenario.date,
        &world.meta.as_of,
        &csv_switches(world, scenario),
    ]);
    put(&[
        "H",
        msg::csv_developer(),
        msg::csv_workload(),
        msg::csv_status(),
        msg::csv_main_path(),
        msg::csv_main_path_evidence(),
        msg::csv_main_path_sources(),
        msg::csv_fallback(),
        msg::csv_reasons(),
        msg::csv_scenario_date(),
        msg::csv_changed(),
        msg::csv_as_of(),
    ]);
    for c in changed_switches(world, scenario) {
        let flag = |b: bool| if b { "1" } else { "" };
        put(&["C", c.policy, c.name, flag(c.on), flag(c.what_if)]);
    }
    for outcome in &evaluation.outcomes {
        let (main, fallback) = (outcome.main(), outcome.fallback());
        let developer = world.developer(&outcome.developer);
        let main_name = main.map_or_else(String::new, |p| path_name(world, &p.chip, p.route));
        // The screen's "modelled" mark on the main path, at the view's date.
        let modelled = main.is_some_and(|p| p.modelled);
        let fallback_name =
            fallback.map_or_else(String::new, |p| path_name(world, &p.chip, p.route));
        // The path the data reports, for its evidence (the details panel's claim and updates).
        let reported = main.and_then(|p| developer?.paths.get(p.reported));
        put(&[
            "R",
            developer.map_or(outcome.developer.as_str(), |d| d.name.as_str()),
            outcome.workload.label(),
            outcome
                .status()
                .filter(|_| main.is_some())
                .map_or_else(crate::i18n::msg::status_not_reported, Status::label),
            &main_name,
            &fallback_name,
            fallback.map_or("", |p| p.status.label()),
            &if modelled {
                msg::export_modelled_path(&main_name)
            } else {
                String::new()
            },
            &if fallback.is_some_and(|p| p.modelled) {
                msg::export_modelled_path(&fallback_name)
            } else {
                String::new()
            },
            &reported.map_or_else(String::new, |p| evidence(p, &scenario.date)),
            if reported.is_some_and(|p| p.disputed) {
                "1"
            } else {
                ""
            },
        ]);
        if let Some(path) = reported {
            // The report's sources, then each later report's shown by the view's date, once each.
            let mut seen: Vec<&str> = Vec::new();
            let later = notes_at(&path.updates, &scenario.date).flat_map(|n| &n.sources);
            for id in path.sources.iter().chain(later) {
                if seen.contains(&id.as_str()) {
                    continue;
                }
                seen.push(id.as_str());
                if let Some(s) = world.source(id) {
                    put(&["p", &s.outlet, &s.date, s.confidence.label()]);
                }
            }
        }
        for r in main.map(|p| p.reasons.as_slice()).unwrap_or_default() {
            put(&["r", r.status.label(), &r.text]);
            for s in r.sources.iter().filter_map(|id| world.source(id)) {
                put(&["s", &s.outlet, &s.date, s.confidence.label()]);
            }
        }
    }
    out
}

/// A path's evidence as the details panel words it at `date`: the report ("the claim"), "(disputed)"
/// when the record calls it so, and each later report shown by then ("Later (17 September
/// 2025): …").
fn evidence(path: &super::types::ReportedPath, date: &str) -> String {
    let mut out = path.claim.clone();
    if path.disputed {
        out.push_str(msg::details_disputed());
    }
    for note in notes_at(&path.updates, date) {
        out.push(' ');
        out.push_str(&msg::details_later(&date_label(&note.since), &note.text));
    }
    out
}

/// One reason of a row, with its sources `(outlet, date, confidence)`.
struct ReasonText<'a> {
    status: &'a str,
    text: &'a str,
    sources: Vec<[&'a str; 3]>,
}

/// One row of the files: a developer's outcome for a workload: developer, workload, status,
/// main path, fallback (`path — status`); the main path marked as our assumption, empty when it
/// is reported (the CSV writes it in place of the main path; the JSON says `main_path_modelled`);
/// the same for the fallback (`fallback_marked`: the CSV writes `marked — status`, the JSON says
/// `fallback_modelled`); the main path's evidence, whether it is disputed, and its sources.
struct Row<'a> {
    fields: [std::borrow::Cow<'a, str>; 5],
    marked: &'a str,
    fallback_marked: std::borrow::Cow<'a, str>,
    evidence: &'a str,
    disputed: bool,
    sources: Vec<[&'a str; 3]>,
    reasons: Vec<ReasonText<'a>>,
}

/// The hand-over read back (as web/kit-export.js reads it).
#[derive(Default)]
struct View<'a> {
    rows: Vec<Row<'a>>,
    /// The changed switches `(policy, name, on, what_if)`.
    changed: Vec<(&'a str, &'a str, bool, bool)>,
    /// The same, as the CSV words them (`csv_switches`).
    changed_words: &'a str,
    /// The CSV's column headers.
    header: Vec<&'a str>,
}

fn read(text: &str) -> View<'_> {
    let mut view = View::default();
    for record in text.split_terminator(RECORD) {
        let f: Vec<&str> = record.split_terminator(FIELD).collect();
        let at = |i: usize| f.get(i).copied().unwrap_or_default();
        let rows = &mut view.rows;
        match at(0) {
            "S" => view.changed_words = at(3),
            "H" => view.header = f[1..].to_vec(),
            "C" => view
                .changed
                .push((at(1), at(2), at(3) == "1", at(4) == "1")),
            "R" => rows.push(Row {
                fields: [
                    at(1).into(),
                    at(2).into(),
                    at(3).into(),
                    at(4).into(),
                    if at(5).is_empty() {
                        "".into()
                    } else {
                        format!("{} — {}", at(5), at(6)).into()
                    },
                ],
                marked: at(7),
                fallback_marked: if at(8).is_empty() {
                    "".into()
                } else {
                    format!("{} — {}", at(8), at(6)).into()
                },
                evidence: at(9),
                disputed: at(10) == "1",
                sources: Vec::new(),
                reasons: Vec::new(),
            }),
            "p" => {
                if let Some(row) = rows.last_mut() {
                    row.sources.push([at(1), at(2), at(3)]);
                }
            }
            "r" => {
                if let Some(row) = rows.last_mut() {
                    row.reasons.push(ReasonText {
                        status: at(1),
                        text: at(2),
                        sources: Vec::new(),
                    });
                }
            }
            "s" => {
                if let Some(reason) = rows.last_mut().and_then(|r| r.reasons.last_mut()) {
                    reason.sources.push([at(1), at(2), at(3)]);
                }
            }
            _ => {}
        }
    }
    view
}

/// A CSV field, always quoted, quotes doubled (RFC 4180).
fn push_field(out: &mut String, text: &str) {
    out.push('"');
    // By hand: `str::replace` links a pattern searcher into the wasm.
    for c in text.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
}

/// The CSV: UTF-8 with a byte-order mark (so spreadsheets read it as UTF-8), every field quoted,
/// CRLF line ends, one row per developer and workload; the scenario and the data's date repeat
/// on every row so each row stands alone when filtered or sorted.
pub fn to_csv(world: &World, scenario: &Scenario, evaluation: &Evaluation) -> String {
    let text = handover(world, scenario, evaluation);
    let view = read(&text);
    let changed = view.changed_words;
    let mut out = String::from("\u{feff}");
    let mut line = |fields: &[&str]| {
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_field(&mut out, f);
        }
        out.push_str("\r\n");
    };
    line(&view.header);
    let sources = |list: &[[&str; 3]]| {
        list.iter()
            .map(|[outlet, date, confidence]| format!("[{outlet}, {date}, {confidence}]"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    for row in view.rows {
        let reasons = row
            .reasons
            .iter()
            .map(|r| format!("{}: {} {}", r.status, r.text, sources(&r.sources)))
            .collect::<Vec<_>>()
            .join(" | ");
        let [developer, workload, status, main, fallback] = &row.fields;
        line(&[
            developer,
            workload,
            status,
            if row.marked.is_empty() {
                main
            } else {
                row.marked
            },
            row.evidence,
            &sources(&row.sources),
            if row.fallback_marked.is_empty() {
                fallback
            } else {
                &row.fallback_marked
            },
            &reasons,
            &scenario.date,
            changed,
            &world.meta.as_of,
        ]);
    }
    out
}

/// A JSON string literal.
fn push_json(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            // Control characters as `\u00XX`, by hand (no padded hex formatting in the wasm).
            c if (c as u32) < 0x20 => {
                let hex = |n: u32| char::from(b"0123456789abcdef"[n as usize & 15]);
                out.push_str("\\u00");
                out.push(hex(c as u32 >> 4));
                out.push(hex(c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A JSON list of sources: `[{outlet, date, confidence}]`.
fn push_sources(o: &mut String, sources: &[[&str; 3]]) {
    o.push('[');
    for (k, [outlet, date, confidence]) in sources.iter().enumerate() {
        if k > 0 {
            o.push(',');
        }
        o.push_str("{\"outlet\":");
        push_json(o, outlet);
        o.push_str(",\"date\":");
        push_json(o, date);
        o.push_str(",\"confidence\":");
        push_json(o, confidence);
        o.push('}');
    }
    o.push(']');
}

/// The JSON: `{ "scenario": {date, changed: [{policy, name, on, what_if}]}, "data_as_of", "outcomes":
/// [{developer, workload, status, main_path, main_path_modelled, main_path_disputed,
/// main_path_evidence, main_path_sources: [{outlet, date, confidence}], fallback,
/// fallback_modelled, reasons: [{status, text, sources: [{outlet, date, confidence}]}]}] }`,
/// UTF-8 (no byte-order mark: JSON forbids one).
pub fn to_json(world: &World, scenario: &Scenario, evaluation: &Evaluation) -> String {
    let text = handover(world, scenario, evaluation);
    let View { rows, changed, .. } = read(&text);
    let mut o = String::from("{\"scenario\":{\"date\":");
    push_json(&mut o, &scenario.date);
    o.push_str(",\"changed\":[");
    for (i, (policy, name, on, what_if)) in changed.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        o.push_str("{\"policy\":");
        push_json(&mut o, policy);
        o.push_str(",\"name\":");
        push_json(&mut o, name);
        o.push_str(if *on { ",\"on\":true" } else { ",\"on\":false" });
        // A what-if, never applied (a policy the data marks `hypothetical`).
        o.push_str(if *what_if {
            ",\"what_if\":true}"
        } else {
            ",\"what_if\":false}"
        });
    }
    o.push_str("]},\"data_as_of\":");
    push_json(&mut o, &world.meta.as_of);
    o.push_str(",\"outcomes\":[");
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        for (key, value) in [
            "{\"developer\":",
            ",\"workload\":",
            ",\"status\":",
            ",\"main_path\":",
            ",\"fallback\":",
        ]
        .iter()
        .zip(&row.fields)
        {
            o.push_str(key);
            push_json(&mut o, value);
            // Right after the main path: whether it is our assumption (audit9 D1), whether the
            // record calls it disputed, its evidence and sources (audit11 A3).
            if key.contains("main_path") {
                o.push_str(if row.marked.is_empty() {
                    ",\"main_path_modelled\":false"
                } else {
                    ",\"main_path_modelled\":true"
                });
                o.push_str(if row.disputed {
                    ",\"main_path_disputed\":true"
                } else {
                    ",\"main_path_disputed\":false"
                });
                o.push_str(",\"main_path_evidence\":");
                push_json(&mut o, row.evidence);
                o.push_str(",\"main_path_sources\":");
                push_sources(&mut o, &row.sources);
            }
            // Right after the fallback: whether it is our assumption (audit11 A2).
            if key.contains("fallback") {
                o.push_str(if row.fallback_marked.is_empty() {
                    ",\"fallback_modelled\":false"
                } else {
                    ",\"fallback_modelled\":true"
                });
            }
        }
        o.push_str(",\"reasons\":[");
        for (j, r) in row.reasons.iter().enumerate() {
            if j > 0 {
                o.push(',');
            }
            o.push_str("{\"status\":");
            push_json(&mut o, r.status);
            o.push_str(",\"text\":");
            push_json(&mut o, r.text);
            o.push_str(",\"sources\":");
            push_sources(&mut o, &r.sources);
            o.push('}');
        }
        o.push_str("]}");
    }
    o.push_str("]}");
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate::evaluate;

    #[test]
    fn the_stamp_names_the_date_the_changed_switches_and_the_data() {
        let world = world();
        let record = world.default_scenario();
        let line = scenario_line(&world, &record);
        assert_eq!(
            line,
            format!(
                "Scenario: {}; every switch as on the record",
                date_label(&record.date)
            )
        );
        let id = world.meta.headline[0].clone();
        let mut on = record.on.clone();
        let was_on = !on.insert(id.clone());
        if was_on {
            on.remove(&id);
        }
        let flipped = Scenario {
            date: record.date.clone(),
            on,
        };
        let name = &world.policy(&id).unwrap().name;
        assert_eq!(
            scenario_line(&world, &flipped),
            format!(
                "Scenario: {}; switches changed from the record: {name} {}",
                date_label(&record.date),
                if was_on { "off" } else { "on" }
            )
        );
        // Two switches: in data order, with the list's separator between them.
        let second = world.meta.headline[1].clone();
        let mut two = flipped.clone();
        let second_was_on = !two.on.insert(second.clone());
        if second_was_on {
            two.on.remove(&second);
        }
        let word = |on: bool| if on { "on" } else { "off" };
        let mut words = [
            (
                world.policies.iter().position(|p| p.id == id),
                name.clone(),
                !was_on,
            ),
            (
                world.policies.iter().position(|p| p.id == second),
                world.policy(&second).unwrap().name.clone(),
                !second_was_on,
            ),
        ];
        words.sort_by_key(|w| w.0);
        assert_eq!(
            scenario_line(&world, &two),
            format!(
                "Scenario: {}; switches changed from the record: {} {}, {} {}",
                date_label(&record.date),
                words[0].1,
                word(words[0].2),
                words[1].1,
                word(words[1].2)
            )
        );
        assert_eq!(
            source_line(&world),
            format!(
                "Source: Chip Paths, data as of {}",
                date_label(&world.meta.as_of)
            )
        );
    }

    fn world() -> World {
        crate::test_world().clone()
    }

    /// audit9 D3: a what-if switched on (DeepSeek's listing, on hold on the record) left the page
    /// as "DeepSeek added to the Entity List on", as if it had happened. The stamp, the CSV and
    /// the JSON now say it is a what-if, never applied; a real switch reads as before.
    #[test]
    fn a_what_if_switched_on_leaves_the_page_marked_as_one() {
        let world = world();
        let policy = world.policy("deepseek-listed").expect("the what-if");
        assert!(policy.hypothetical);
        let mut scenario = world.default_scenario();
        assert!(scenario.on.insert(policy.id.clone()), "off on the record");
        let evaluation = evaluate(&world, &scenario);
        let name = &policy.name;
        assert_eq!(
            scenario_line(&world, &scenario),
            format!(
                "Scenario: {}; switches changed from the record: {name} on (a what-if, never \
                 applied)",
                date_label(&scenario.date)
            )
        );
        let csv = to_csv(&world, &scenario, &evaluation);
        let row = csv.split("\r\n").nth(1).expect("a row");
        assert!(
            row.contains(&format!("\"{name}: on (a what-if, never applied)\"")),
            "{row}"
        );
        let json: serde_json::Value =
            serde_json::from_str(&to_json(&world, &scenario, &evaluation)).expect("valid JSON");
        assert_eq!(
            json["scenario"]["changed"],
            serde_json::json!([{ "policy": "deepseek-listed", "name": name, "on": true, "what_if": true }])
        );
        // A switch of the record flipped is no what-if.
        let id = world.meta.headline[0].clone();
        let mut real = world.default_scenario();
        if !real.on.remove(&id) {
            real.on.insert(id.clone());
        }
        let evaluation = evaluate(&world, &real);
        assert!(!scenario_line(&world, &real).contains("what-if"));
        assert!(!to_csv(&world, &real, &evaluation).contains("what-if"));
        let json: serde_json::Value =
            serde_json::from_str(&to_json(&world, &real, &evaluation)).expect("valid JSON");
        assert_eq!(json["scenario"]["changed"][0]["what_if"], false);
    }

    /// audit9 D1: the files gave every main path alike, so a spreadsheet read our assumption (the
    /// data's `modelled`, the screen's mark) as a reported fact. The CSV marks it in the main
    /// path's field, the JSON says `main_path_modelled`; at every preset's date, each row as the
    /// data says, and some of each kind.
    #[test]
    fn the_files_say_which_main_paths_are_our_assumption() {
        let world = world();
        let (mut marked, mut plain) = (0, 0);
        for preset in &world.presets {
            let scenario = world.scenario_at(&preset.date);
            let evaluation = evaluate(&world, &scenario);
            let csv = to_csv(&world, &scenario, &evaluation);
            let json: serde_json::Value =
                serde_json::from_str(&to_json(&world, &scenario, &evaluation)).expect("JSON");
            let lines: Vec<&str> = csv.trim_end().split("\r\n").skip(1).collect();
            for ((outcome, line), row) in evaluation
                .outcomes
                .iter()
                .zip(&lines)
                .zip(json["outcomes"].as_array().expect("outcomes"))
            {
                let Some(main) = outcome.main() else {
                    assert_eq!(row["main_path_modelled"], false);
                    continue;
                };
                let name = path_name(&world, &main.chip, main.route);
                let modelled = world
                    .developer(&outcome.developer)
                    .and_then(|d| d.paths.get(main.reported))
                    .is_some_and(|p| p.modelled_at(&preset.date));
                assert_eq!(row["main_path"], name.as_str());
                assert_eq!(row["main_path_modelled"], modelled, "{line}");
                let field = format!(",\"{name} (modelled)\",");
                assert_eq!(line.contains(&field), modelled, "{line}");
                if modelled {
                    marked += 1;
                } else {
                    assert!(line.contains(&format!(",\"{name}\",")), "{line}");
                    plain += 1;
                }
            }
        }
        assert!(marked > 0 && plain > 0, "{marked} marked, {plain} reported");
    }

    /// audit11 A3: the files gave the reasons for a path's status with their sources, but not
    /// the evidence that the developer uses the path, so an Open row cited nothing. Each row now
    /// carries its main path's report as the details panel shows it at the view's date (the
    /// claim, "(disputed)", the later reports shown by then), that report's and the later
    /// reports' sources, and whether it is disputed: at every preset's and every event's date,
    /// judged from the data.
    #[test]
    fn each_row_carries_its_main_paths_evidence_and_sources() {
        let world = world();
        let mut dates: Vec<&str> = world.presets.iter().map(|p| p.date.as_str()).collect();
        dates.extend(world.events.iter().map(|e| e.date.as_str()));
        let (mut open_cited, mut later, mut disputed) = (0, 0, 0);
        for date in dates {
            let scenario = world.scenario_at(date);
            let evaluation = evaluate(&world, &scenario);
            let json: serde_json::Value =
                serde_json::from_str(&to_json(&world, &scenario, &evaluation)).expect("JSON");
            let csv = to_csv(&world, &scenario, &evaluation);
            for ((outcome, row), line) in evaluation
                .outcomes
                .iter()
                .zip(json["outcomes"].as_array().expect("outcomes"))
                .zip(csv.trim_end().split("\r\n").skip(1))
            {
                let Some(main) = outcome.main() else {
                    assert_eq!(row["main_path_evidence"], "");
                    assert_eq!(row["main_path_sources"], serde_json::json!([]));
                    continue;
                };
                let path = &world.developer(&outcome.developer).unwrap().paths[main.reported];
                let evidence = row["main_path_evidence"].as_str().expect("evidence");
                assert!(evidence.starts_with(&path.claim), "{evidence}");
                assert_eq!(
                    evidence.contains(" (disputed)"),
                    path.disputed,
                    "{evidence}"
                );
                assert_eq!(row["main_path_disputed"], path.disputed);
                let shown: Vec<_> = path
                    .updates
                    .iter()
                    .filter(|u| u.since.as_str() <= date)
                    .collect();
                for u in &path.updates {
                    assert_eq!(
                        evidence.contains(&u.text),
                        shown.contains(&u),
                        "{date}: {evidence}"
                    );
                }
                let mut ids: Vec<&str> = path.sources.iter().map(|s| s.as_str()).collect();
                for id in shown.iter().flat_map(|u| &u.sources) {
                    if !ids.contains(&id.as_str()) {
                        ids.push(id);
                    }
                }
                let expected: Vec<serde_json::Value> = ids
                    .iter()
                    .filter_map(|id| world.source(*id))
                    .map(|s| {
                        serde_json::json!({
                            "outlet": s.outlet, "date": s.date, "confidence": s.confidence.label()
                        })
                    })
                    .collect();
                assert!(!expected.is_empty(), "{date}: {evidence}");
                assert_eq!(row["main_path_sources"], serde_json::Value::from(expected));
                // The CSV's two columns, quoted, right after the main path.
                let mut field = String::new();
                push_field(&mut field, evidence);
                assert!(line.contains(&format!(",{field},\"[")), "{line}");
                open_cited += usize::from(main.reasons.is_empty());
                later += usize::from(!shown.is_empty());
                disputed += usize::from(path.disputed);
            }
        }
        assert!(
            open_cited > 0 && later > 0,
            "{open_cited} open rows cited, {later} updated, {disputed} disputed"
        );
        // The data's one disputed path is not main at these dates: a world where one is.
        let mut world = world;
        let scenario = world.default_scenario();
        let main = evaluate(&world, &scenario).outcomes[0]
            .main()
            .expect("a main")
            .reported;
        let who = world.developers[0].id.clone();
        world.developers[0].paths[main].disputed = true;
        let evaluation = evaluate(&world, &scenario);
        let json: serde_json::Value =
            serde_json::from_str(&to_json(&world, &scenario, &evaluation)).expect("JSON");
        let row = &json["outcomes"][0];
        assert_eq!(evaluation.outcomes[0].developer, who);
        assert_eq!(row["main_path_disputed"], true);
        let claim = &world.developers[0].paths[main].claim;
        let evidence = row["main_path_evidence"].as_str().expect("evidence");
        assert!(
            evidence.starts_with(&format!("{claim} (disputed)")),
            "{evidence}"
        );
        assert_eq!(json["outcomes"][1]["main_path_disputed"], false);
    }

    #[test]
    fn the_csv_has_a_bom_a_header_and_a_quoted_row_per_cell() {
        let world = world();
        let scenario = world.default_scenario();
        let evaluation = evaluate(&world, &scenario);
        let csv = to_csv(&world, &scenario, &evaluation);
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 1 + evaluation.outcomes.len());
        assert!(lines[1..]
            .iter()
            .all(|l| l.starts_with('"') && l.ends_with('"')));
    }

    #[test]
    fn the_json_parses_with_every_outcome_and_its_sources() {
        let world = world();
        let scenario = world.default_scenario();
        let evaluation = evaluate(&world, &scenario);
        let json: serde_json::Value =
            serde_json::from_str(&to_json(&world, &scenario, &evaluation)).expect("valid JSON");
        let outcomes = json["outcomes"].as_array().expect("outcomes");
        assert_eq!(outcomes.len(), evaluation.outcomes.len());
        assert_eq!(json["data_as_of"], world.meta.as_of.as_str());
        let sources = outcomes
            .iter()
            .flat_map(|o| o["reasons"].as_array().unwrap())
            .flat_map(|r| r["sources"].as_array().unwrap())
            .count();
        assert!(sources > 0, "reasons carry their sources");
    }

    #[test]
    fn the_handover_has_a_record_per_row_reason_and_source_with_their_fields() {
        let world = world();
        let mut scenario = world.default_scenario();
        let id = world.meta.headline[0].clone();
        if !scenario.on.remove(&id) {
            scenario.on.insert(id);
        }
        let evaluation = evaluate(&world, &scenario);
        let text = handover(&world, &scenario, &evaluation);
        let records: Vec<Vec<&str>> = text
            .split_terminator(RECORD)
            .map(|r| r.split_terminator(FIELD).collect())
            .collect();
        let count = |tag: &str, fields: usize| {
            let of_tag: Vec<_> = records.iter().filter(|r| r[0] == tag).collect();
            assert!(
                of_tag.iter().all(|r| r.len() == fields),
                "{tag}: {fields} fields"
            );
            of_tag.len()
        };
        assert_eq!(
            records[0],
            [
                "S",
                &scenario.date,
                &world.meta.as_of,
                &csv_switches(&world, &scenario)
            ]
        );
        assert_eq!(count("S", 4), 1);
        assert_eq!(records[1][0], "H");
        assert_eq!(count("H", 12), 1);
        assert_eq!(count("C", 5), 1, "the one switch flipped");
        assert_eq!(count("R", 11), evaluation.outcomes.len());
        let reasons: Vec<_> = evaluation
            .outcomes
            .iter()
            .filter_map(|o| o.main())
            .flat_map(|p| &p.reasons)
            .collect();
        assert_eq!(count("r", 3), reasons.len());
        let sources = reasons
            .iter()
            .flat_map(|r| &r.sources)
            .filter(|id| world.source(id).is_some())
            .count();
        assert!(sources > 0);
        assert_eq!(count("s", 4), sources);
        let path_sources = count("p", 4);
        assert!(path_sources > 0, "the main paths' own sources");
        assert_eq!(
            records.len(),
            2 + 1 + evaluation.outcomes.len() + path_sources + reasons.len() + sources
        );
    }

    #[test]
    fn quotes_are_doubled_and_json_is_escaped() {
        let mut out = String::new();
        push_field(&mut out, "say \"no\", twice");
        assert_eq!(out, "\"say \"\"no\"\", twice\"");
        let mut out = String::new();
        push_json(&mut out, "a \"b\" \\ c\n");
        assert_eq!(out, "\"a \\\"b\\\" \\\\ c\\u000a\"");
    }

    #[test]
    fn the_file_name_says_the_date_and_the_switches_changed() {
        let world = world();
        let mut scenario = world.default_scenario();
        assert_eq!(
            file_name(&world, &scenario, "csv"),
            format!("chip-paths-{}.csv", scenario.date)
        );
        let id = world.meta.headline[0].clone();
        let was_on = scenario.on.contains(&id);
        if was_on {
            scenario.on.remove(&id);
        } else {
            scenario.on.insert(id.clone());
        }
        let suffix = if was_on { "off" } else { "on" };
        assert_eq!(
            file_name(&world, &scenario, "json"),
            format!("chip-paths-{}-{id}-{suffix}.json", scenario.date)
        );
    }
}
