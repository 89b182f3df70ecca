//! Broken data gives clear messages naming the bad entry, one test per class of error. Each
//! test breaks one thing in a copy of the real data and expects exactly that complaint.

use chip_paths::embedded::EMBEDDED_JSON;
use chip_paths::model::{ErrorKind, LoadError, World};
use serde_json::{json, Value};

fn data() -> Value {
    serde_json::from_str(EMBEDDED_JSON).expect("embedded JSON parses")
}

fn load(value: &Value) -> Vec<LoadError> {
    World::load(&value.to_string()).err().unwrap_or_default()
}

/// Index of the entry with this id in a top-level list.
fn find(value: &Value, list: &str, id: &str) -> usize {
    value[list]
        .as_array()
        .and_then(|a| a.iter().position(|e| e["id"] == id))
        .expect("entry exists")
}

/// Breaks the data, loads it and expects one error of `kind` whose message is `message`.
fn expect_error(value: &Value, kind: ErrorKind, message: &str) {
    let errors = load(value);
    let messages: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert!(
        errors
            .iter()
            .any(|e| e.kind == kind && e.message == message),
        "expected {kind:?} “{message}”, got {messages:#?}"
    );
}

/// How a message names a path: "training, h800/stockpile".
fn path_words(path: &Value) -> String {
    let text = |key: &str| path[key].as_str().expect("a string").to_string();
    format!("{}, {}/{}", text("workload"), text("chip"), text("route"))
}

#[test]
fn the_real_data_is_valid() {
    assert!(load(&data()).is_empty(), "{:#?}", load(&data()));
}

#[test]
fn syntax_and_schema_errors() {
    let errors = World::load("{\"meta\": ").expect_err("truncated JSON");
    assert_eq!(errors[0].kind, ErrorKind::Syntax);
    let mut value = data();
    value["policies"][0]["colour"] = json!("red");
    let errors = load(&value);
    assert_eq!(errors[0].kind, ErrorKind::Syntax);
    assert!(errors[0].message.contains("colour"), "{}", errors[0]);
}

#[test]
fn unknown_chip_in_a_lift() {
    let mut value = data();
    let i = find(&value, "policies", "h20-allowed");
    value["policies"][i]["lifts"][0]["chips"] = json!(["h2O"]);
    expect_error(
        &value,
        ErrorKind::UnknownId,
        "policy \"h20-allowed\": lift 1 names unknown chip \"h2O\"",
    );
}

#[test]
fn unknown_ids_everywhere() {
    let mut value = data();
    let i = find(&value, "policies", "h20-licence");
    value["policies"][i]["effects"][0]["developers"] = json!(["deepsek"]);
    let d = find(&value, "developers", "deepseek");
    value["developers"][d]["paths"][0]["chip"] = json!("h900");
    value["developers"][d]["paths"][1]["sources"] = json!(["nowhere"]);
    value["events"][0]["turns_on"] = json!(["no-such-policy"]);
    value["meta"]["default_preset"] = json!("yesterday");
    value["meta"]["headline"] = json!(["h20-allowed", "h20-alowed", "h20-allowed"]);
    expect_error(
        &value,
        ErrorKind::UnknownId,
        "policy \"h20-licence\": effect 1 names unknown developer \"deepsek\"",
    );
    expect_error(
        &value,
        ErrorKind::UnknownId,
        "meta: headline names unknown policy \"h20-alowed\"",
    );
    expect_error(
        &value,
        ErrorKind::DuplicateId,
        "meta: headline names policy \"h20-allowed\" twice",
    );
    expect_error(
        &value,
        ErrorKind::UnknownId,
        &format!(
            "developer \"deepseek\": path 1 ({}) names unknown chip \"h900\"",
            path_words(&value["developers"][d]["paths"][0])
        ),
    );
    expect_error(
        &value,
        ErrorKind::UnknownId,
        &format!(
            "developer \"deepseek\": path 2 ({}) names unknown source \"nowhere\"",
            path_words(&value["developers"][d]["paths"][1])
        ),
    );
    expect_error(
        &value,
        ErrorKind::UnknownId,
        "event 1 (\"Already in force: iFlytek on the Entity List\") names unknown policy \"no-such-policy\"",
    );
    expect_error(
        &value,
        ErrorKind::UnknownId,
        "meta names unknown default preset \"yesterday\"",
    );
}

#[test]
fn duplicate_ids() {
    let mut value = data();
    let chip = value["chips"][0].clone();
    value["chips"].as_array_mut().expect("chips").push(chip);
    expect_error(
        &value,
        ErrorKind::DuplicateId,
        "chip \"a100\" is defined twice",
    );
}

#[test]
fn bad_ids() {
    let mut value = data();
    value["presets"][0]["id"] = json!("Oct 2022");
    expect_error(
        &value,
        ErrorKind::BadId,
        "preset \"Oct 2022\": ids use only lowercase letters, digits and -",
    );
}

#[test]
fn unparseable_dates() {
    let mut value = data();
    value["events"][3]["date"] = json!("2023-02-30");
    let nvidia = find(&value, "sources", "nvidia-8k-2022-08");
    value["sources"][nvidia]["date"] = json!("Aug 2022");
    value["meta"]["as_of"] = json!("2026-6-30");
    let title = value["events"][3]["title"]
        .as_str()
        .expect("title")
        .to_string();
    expect_error(
        &value,
        ErrorKind::BadDate,
        &format!("event 4 (\"{title}\") has date \"2023-02-30\", not a real YYYY-MM-DD date"),
    );
    expect_error(
        &value,
        ErrorKind::BadDate,
        "source \"nvidia-8k-2022-08\" has date \"Aug 2022\", not YYYY-MM-DD, YYYY-MM or YYYY",
    );
    expect_error(
        &value,
        ErrorKind::BadDate,
        "meta has date \"2026-6-30\", not a real YYYY-MM-DD date",
    );
}

#[test]
fn policies_point_the_way_they_say() {
    let mut value = data();
    let t = find(&value, "policies", "h20-licence");
    value["policies"][t]["lifts"] = json!([{ "policy": "h800-rule" }]);
    let l = find(&value, "policies", "h20-allowed");
    value["policies"][l]["effects"] =
        json!([{ "gate": "us-export", "status": "friction", "reason": "paperwork" }]);
    let a = find(&value, "policies", "h200-import-approvals");
    value["policies"][a]["lifts"][0]["policy"] = json!("h20-allowed");
    expect_error(
        &value,
        ErrorKind::Direction,
        "policy \"h20-licence\" tightens but has lifts; only loosening policies lift",
    );
    expect_error(
        &value,
        ErrorKind::Direction,
        "policy \"h20-allowed\" loosens but has effects; only tightening policies have effects",
    );
    expect_error(
        &value,
        ErrorKind::Direction,
        "policy \"h200-import-approvals\": lift 1 lifts \"h20-allowed\", which is not a tightening policy",
    );
}

#[test]
fn when_lifted_must_be_better() {
    let mut value = data();
    let t = find(&value, "policies", "h20-licence");
    value["policies"][t]["effects"][0]["when_lifted"] = json!("blocked");
    expect_error(
        &value,
        ErrorKind::WhenLifted,
        "policy \"h20-licence\": effect 1: when_lifted \"blocked\" is not better than its status \"blocked\"",
    );
}

#[test]
fn a_reason_without_a_source() {
    let mut value = data();
    let p = find(&value, "policies", "purchase-justification");
    value["policies"][p]["sources"] = json!([]);
    let c = find(&value, "chips", "h20");
    value["chips"][c]["training"]["sources"] = json!([]);
    value["chips"][c]["sources"] = json!([]);
    let d = find(&value, "developers", "tencent");
    value["developers"][d]["paths"][0]["sources"] = json!([]);
    expect_error(
        &value,
        ErrorKind::NoSources,
        "policy \"purchase-justification\": effect 1 gives a reason without sources",
    );
    expect_error(
        &value,
        ErrorKind::NoSources,
        "chip \"h20\": training gives a reason without sources",
    );
    expect_error(
        &value,
        ErrorKind::NoSources,
        &format!(
            "developer \"tencent\": path 1 ({}) has no sources",
            path_words(&value["developers"][d]["paths"][0])
        ),
    );
}

#[test]
fn presets_and_story_inside_the_timeline() {
    let mut value = data();
    let p = find(&value, "presets", "ft-report");
    value["presets"][p]["date"] = json!("2030-01-01");
    value["story"][0]["date"] = json!("2020-01-01");
    expect_error(
        &value,
        ErrorKind::OutsideTimeline,
        "preset \"ft-report\" is dated 2030-01-01, outside the timeline 2022-08-26 to 2026-06-27",
    );
    expect_error(
        &value,
        ErrorKind::OutsideTimeline,
        "story step 1 is dated 2020-01-01, outside the timeline 2022-08-26 to 2026-06-27",
    );
}

#[test]
fn events_in_date_order_and_no_hypothetical_switches() {
    let mut value = data();
    value["events"][2]["date"] = json!("2022-01-01");
    value["events"][4]["turns_on"] = json!(["deepseek-listed"]);
    let errors = load(&value);
    assert!(
        errors
            .iter()
            .any(|e| e.kind == ErrorKind::EventOrder && e.message.starts_with("event 3 ")),
        "{errors:#?}"
    );
    assert!(
        errors.iter().any(|e| e.kind == ErrorKind::Hypothetical && e.message.contains("\"deepseek-listed\"")),
        "{errors:#?}"
    );
}

#[test]
fn links_must_be_https() {
    let mut value = data();
    let s = find(&value, "sources", "deepseek-v3-paper");
    value["sources"][s]["url"] = json!("javascript:alert(1)");
    expect_error(
        &value,
        ErrorKind::BadUrl,
        "source \"deepseek-v3-paper\" has link \"javascript:alert(1)\", not an https address",
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let mut value = data();
    value["chips"][0]["sources"] = json!(["a", "b"]);
    value["events"][0]["sources"] = json!([]);
    assert!(load(&value).len() >= 3);
}

#[test]
fn story_step_out_of_order_is_a_load_error() {
    let mut value = data();
    let steps = value["story"].as_array_mut().expect("the story has steps");
    assert!(steps.len() >= 2, "the story has at least two steps");
    steps.swap(0, 1);
    let title = value["story"][1]["title"]
        .as_str()
        .expect("a title")
        .to_owned();
    let date = value["story"][1]["date"]
        .as_str()
        .expect("a date")
        .to_owned();
    expect_error(
        &value,
        ErrorKind::Story,
        &format!("story step 2 (\"{title}\"): date {date} is earlier than the step before"),
    );
}

/// Title of the event at index `i`.
fn title(value: &Value, i: usize) -> String {
    value["events"][i]["title"]
        .as_str()
        .expect("a title")
        .to_string()
}

#[test]
fn moving_one_event_late_blames_that_event_not_its_neighbour() {
    let mut value = data();
    let k = 10;
    value["events"][k]["date"] = json!("2025-12-31");
    let late = value["events"][k + 1]["date"]
        .as_str()
        .expect("a date")
        .to_string();
    assert!(
        late.as_str() < "2025-12-31",
        "the event moved past its neighbour"
    );
    let errors = load(&value);
    let order: Vec<&LoadError> = errors
        .iter()
        .filter(|e| e.kind == ErrorKind::EventOrder)
        .collect();
    assert_eq!(order.len(), 1, "{errors:#?}");
    assert!(
        order[0].message.starts_with(&format!(
            "event {} (\"{}\") on 2025-12-31 is out of date order",
            k + 1,
            title(&value, k)
        )),
        "{errors:#?}"
    );
}

#[test]
fn moving_one_event_to_2099_names_it_twice_and_nothing_else() {
    let mut value = data();
    let k = 10;
    value["events"][k]["date"] = json!("2099-01-01");
    let entry = format!("event {} (\"{}\")", k + 1, title(&value, k));
    let errors = load(&value);
    expect_error(
        &value,
        ErrorKind::BadDate,
        &format!("{entry} is dated 2099-01-01, after the record's as_of date 2026-06-27"),
    );
    assert!(
        errors
            .iter()
            .filter(|e| e.kind == ErrorKind::EventOrder || e.kind == ErrorKind::BadDate)
            .all(|e| e.message.starts_with(&entry)),
        "only the moved event is blamed: {errors:#?}"
    );
}

#[test]
fn a_last_event_in_9999_is_after_the_as_of_date() {
    let mut value = data();
    let last = value["events"].as_array().expect("events").len() - 1;
    value["events"][last]["date"] = json!("9999-12-31");
    expect_error(
        &value,
        ErrorKind::BadDate,
        &format!(
            "event {} (\"{}\") is dated 9999-12-31, after the record's as_of date 2026-06-27",
            last + 1,
            title(&value, last)
        ),
    );
}

#[test]
fn an_event_the_day_after_as_of_is_refused_and_on_as_of_is_fine() {
    let mut value = data();
    let last = value["events"].as_array().expect("events").len() - 1;
    value["events"][last]["date"] = json!("2026-06-27");
    assert!(
        !load(&value).iter().any(|e| e.kind == ErrorKind::BadDate),
        "{:#?}",
        load(&value)
    );
    value["events"][last]["date"] = json!("2026-06-28");
    expect_error(
        &value,
        ErrorKind::BadDate,
        &format!(
            "event {} (\"{}\") is dated 2026-06-28, after the record's as_of date 2026-06-27",
            last + 1,
            title(&value, last)
        ),
    );
}

#[test]
fn an_event_before_1990_is_refused() {
    let mut value = data();
    value["events"][0]["date"] = json!("0000-01-01");
    expect_error(
        &value,
        ErrorKind::BadDate,
        &format!(
            "event 1 (\"{}\") is dated 0000-01-01, before 1990-01-01",
            title(&value, 0)
        ),
    );
}

#[test]
fn source_dates_lie_between_1990_and_as_of() {
    let mut value = data();
    let a = find(&value, "sources", "nvidia-8k-2022-08");
    let b = find(&value, "sources", "deepseek-v3-paper");
    let c = find(&value, "sources", "bis-2022-10-07");
    value["sources"][a]["date"] = json!("0000");
    value["sources"][b]["date"] = json!("9999-01-01");
    value["sources"][c]["date"] = json!("2026-07");
    expect_error(
        &value,
        ErrorKind::BadDate,
        "source \"nvidia-8k-2022-08\" has date \"0000\", before 1990-01-01",
    );
    expect_error(
        &value,
        ErrorKind::BadDate,
        "source \"deepseek-v3-paper\" has date \"9999-01-01\", after the record's as_of date 2026-06-27",
    );
    expect_error(
        &value,
        ErrorKind::BadDate,
        "source \"bis-2022-10-07\" has date \"2026-07\", after the record's as_of date 2026-06-27",
    );
    // A partial date counts from the start of its period: 1990 and 2026-06 are within bounds.
    value["sources"][a]["date"] = json!("1990");
    value["sources"][b]["date"] = json!("2026-06");
    value["sources"][c]["date"] = json!("2026");
    assert!(load(&value).is_empty(), "{:#?}", load(&value));
}

#[test]
fn the_as_of_date_has_bounds_too() {
    let mut value = data();
    value["meta"]["as_of"] = json!("9999-12-31");
    expect_error(
        &value,
        ErrorKind::BadDate,
        "meta has as_of date \"9999-12-31\", outside 1990-01-01 to 2099-12-31",
    );
}

#[test]
fn path_and_note_dates_are_on_the_record() {
    let mut value = data();
    let d = find(&value, "developers", "deepseek");
    value["developers"][d]["paths"][0]["since"] = json!("1900");
    let c = find(&value, "chips", "h20");
    value["chips"][c]["available"] = json!("2027");
    let words = path_words(&value["developers"][d]["paths"][0]);
    expect_error(
        &value,
        ErrorKind::BadDate,
        &format!(
            "developer \"deepseek\": path 1 ({words}) has since date \"1900\", before 1990-01-01"
        ),
    );
    expect_error(
        &value,
        ErrorKind::BadDate,
        "chip \"h20\" has available date \"2027\", after the record's as_of date 2026-06-27",
    );
}

#[test]
fn an_event_that_turns_a_policy_on_and_off_at_once() {
    let mut value = data();
    value["events"][5]["turns_on"] = json!(["h20-licence"]);
    value["events"][5]["turns_off"] = json!(["h20-licence"]);
    expect_error(
        &value,
        ErrorKind::EventSwitches,
        &format!(
            "event 6 (\"{}\") turns \"h20-licence\" both on and off",
            title(&value, 5)
        ),
    );
}

#[test]
fn a_duplicated_event_is_named() {
    let mut value = data();
    let copy = value["events"][7].clone();
    value["events"]
        .as_array_mut()
        .expect("events")
        .insert(8, copy);
    expect_error(
        &value,
        ErrorKind::EventSwitches,
        &format!(
            "event 9 (\"{}\") repeats event 8: the same date, title and switches",
            title(&value, 8)
        ),
    );
    // The same date and title with other switches is a different event.
    value["events"][8]["turns_on"] = json!(["deepseek-listed-no-such"]);
    assert!(
        !load(&value)
            .iter()
            .any(|e| e.kind == ErrorKind::EventSwitches),
        "{:#?}",
        load(&value)
    );
}

#[test]
fn an_empty_id_names_its_place() {
    let mut value = data();
    value["sources"][2]["id"] = json!("");
    expect_error(&value, ErrorKind::BadId, "source 3 has an empty id");
}
