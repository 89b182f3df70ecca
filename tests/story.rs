//! The classroom story's pure parts: step switches from the timeline, losses between two
//! evaluations, scoring, and the story's validation — on a small hand-written world so the
//! expected answers are worked out by hand, not copied from the implementation.

use chip_paths::model::story::{
    candidates, losses, question_scenarios, reveal, step_scenario, switches_at, validate_story,
};
use chip_paths::model::{
    Cause, Evaluation, Gate, Outcome, PathOutcome, Reason, Route, Status, Workload, World,
};
use chip_paths::model::{IdSet, PolicyId};

/// Three events: A on (Jan), B on (Mar), A off and C on (Jun); two story steps.
fn tiny_world() -> World {
    serde_json::from_value(serde_json::json!({
        "meta": { "title": "t", "as_of": "2025-12-31", "default_preset": "p" },
        "sources": [
            { "id": "s1", "outlet": "BIS", "title": "x", "date": "2025-01-01", "confidence": "official" }
        ],
        "policies": [
            { "id": "a", "actor": "us", "name": "A", "summary": "a", "direction": "tightens", "sources": ["s1"] },
            { "id": "b", "actor": "us", "name": "B", "summary": "b", "direction": "tightens", "sources": ["s1"] },
            { "id": "c", "actor": "china", "name": "C", "summary": "c", "direction": "tightens", "sources": ["s1"] }
        ],
        "chips": [],
        "developers": [],
        "events": [
            { "date": "2025-01-01", "title": "A on", "caption": "", "turns_on": ["a"], "sources": ["s1"] },
            { "date": "2025-03-01", "title": "B on", "caption": "", "turns_on": ["b"], "sources": ["s1"] },
            { "date": "2025-06-01", "title": "A off, C on", "caption": "", "turns_off": ["a"], "turns_on": ["c"], "sources": ["s1"] }
        ],
        "presets": [],
        "story": [
            { "date": "2025-01-01", "title": "One", "caption": "A goes on", "sources": ["s1"],
              "question": { "prompt": "If B?", "workload": "training", "policy": "b", "turn_on": true,
                            "answer": [], "answer_text": "Nobody: no developer is on the record." } },
            { "date": "2025-06-01", "title": "Two", "caption": "A goes off", "sources": ["s1"] },
            { "date": "2025-12-31", "title": "End", "caption": "As of the end", "sources": ["s1"] }
        ]
    }))
    .expect("the fixture world parses")
}

fn set(ids: &[&str]) -> IdSet<PolicyId> {
    ids.iter().copied().collect()
}

#[test]
fn switches_replay_the_events_up_to_the_date() {
    let world = tiny_world();
    assert_eq!(switches_at(&world, "2024-12-31"), set(&[]));
    assert_eq!(switches_at(&world, "2025-01-01"), set(&["a"]));
    assert_eq!(switches_at(&world, "2025-05-31"), set(&["a", "b"]));
    assert_eq!(switches_at(&world, "2025-06-01"), set(&["b", "c"]));
}

#[test]
fn a_step_shows_its_date_and_the_timeline_switches() {
    let world = tiny_world();
    let second = step_scenario(&world, 1).expect("step 2 exists");
    assert_eq!(second.date, "2025-06-01");
    assert_eq!(second.on, set(&["b", "c"]));
    let end = step_scenario(&world, 2).expect("the \"as of\" step exists");
    assert_eq!(end.on, set(&["b", "c"]));
    assert!(
        step_scenario(&world, 3).is_none(),
        "past the last step there is no scenario"
    );
}

#[test]
fn a_question_compares_the_step_with_its_switch_moved() {
    let world = tiny_world();
    let (before, after) = question_scenarios(&world, 0).expect("step 1 has a question");
    assert_eq!(before.on, set(&["a"]));
    assert_eq!(after.on, set(&["a", "b"]));
    assert_eq!(after.date, before.date);
    assert!(
        question_scenarios(&world, 1).is_none(),
        "step 2 asks nothing"
    );
}

fn path(
    developer: &str,
    workload: Workload,
    chip: &str,
    route: Route,
    status: Status,
) -> PathOutcome {
    let reasons = if status == Status::Open {
        vec![]
    } else {
        vec![std::rc::Rc::new(Reason {
            status,
            gate: Gate::UsExport,
            cause: Cause::Policy {
                policy: "b".into(),
                lifted_by: None,
            },
            text: "needs a licence".into(),
            sources: vec!["s1".into()],
        })]
    };
    PathOutcome {
        developer: developer.into(),
        workload,
        chip: chip.into(),
        route,
        reported: 0,
        main: false,
        modelled: false,
        status,
        reasons,
    }
}

/// An outcome whose first listed path is the main one; the others follow best first.
fn outcome(developer: &str, workload: Workload, paths: Vec<PathOutcome>) -> Outcome {
    let mut paths = paths;
    for (i, path) in paths.iter_mut().enumerate() {
        path.reported = i;
        path.main = i == 0;
    }
    if paths.len() > 1 {
        paths[1..].sort_by_key(|p| p.status);
    }
    Outcome {
        developer: developer.into(),
        workload,
        paths,
    }
}

#[test]
fn losses_name_developers_whose_main_path_got_worse_with_the_reasons() {
    use Route::*;
    use Status::*;
    use Workload::*;
    let before = Evaluation {
        outcomes: vec![
            // x: imported chip (main) open, stockpile limited → the import is blocked, the
            // stockpile is its fallback.
            outcome(
                "x",
                Training,
                vec![
                    path("x", Training, "h20", Import, Open),
                    path("x", Training, "h800", Stockpile, Limited),
                ],
            ),
            // y: already limited; the switch does not touch it.
            outcome(
                "y",
                Training,
                vec![path("y", Training, "ascend", Domestic, Limited)],
            ),
            // z: its main import gets worse; a second open path remains, as a fallback (never
            // promoted to the main path): a loss.
            outcome(
                "z",
                Training,
                vec![
                    path("z", Training, "h20", Import, Open),
                    path("z", Training, "ppu", Domestic, Open),
                ],
            ),
            // x's inference gets worse too, but the question asks about training.
            outcome(
                "x",
                Inference,
                vec![path("x", Inference, "h20", Import, Open)],
            ),
            // w: no reported training path.
            outcome("w", Training, vec![]),
        ],
    };
    let after = Evaluation {
        outcomes: vec![
            outcome(
                "x",
                Training,
                vec![
                    path("x", Training, "h20", Import, Blocked),
                    path("x", Training, "h800", Stockpile, Limited),
                ],
            ),
            outcome(
                "y",
                Training,
                vec![path("y", Training, "ascend", Domestic, Limited)],
            ),
            outcome(
                "z",
                Training,
                vec![
                    path("z", Training, "h20", Import, Blocked),
                    path("z", Training, "ppu", Domestic, Open),
                ],
            ),
            outcome(
                "x",
                Inference,
                vec![path("x", Inference, "h20", Import, Blocked)],
            ),
            outcome("w", Training, vec![]),
        ],
    };
    let lost = losses(&before, &after, Training);
    assert_eq!(
        lost.len(),
        2,
        "x and z lose their main training path: {lost:?}"
    );
    let x = &lost[0];
    assert_eq!(x.developer, "x");
    assert_eq!((x.before, x.after), (Open, Blocked));
    assert_eq!(
        (x.lost.chip.as_str(), x.lost.route),
        ("h20", Import),
        "the lost path is the main one"
    );
    assert_eq!(
        (x.fallback.chip.as_str(), x.fallback.route),
        ("h800", Stockpile)
    );
    assert_eq!(x.lost.reasons.len(), 1);
    assert_eq!(
        x.lost.reasons[0].status, Blocked,
        "the reason is why the lost path is now blocked"
    );
    let z = &lost[1];
    assert_eq!(
        (z.developer.as_str(), z.before, z.after),
        ("z", Open, Blocked)
    );
    assert_eq!(
        (z.fallback.chip.as_str(), z.fallback.route),
        ("ppu", Domestic),
        "the better-off fallback is named, not promoted"
    );

    let lost_inference = losses(&before, &after, Inference);
    assert_eq!(
        lost_inference
            .iter()
            .map(|l| l.developer.as_str())
            .collect::<Vec<_>>(),
        ["x"]
    );
    assert_eq!(lost_inference[0].after, Blocked);
}

#[test]
fn a_switch_that_changes_nothing_loses_nobody() {
    let same = Evaluation {
        outcomes: vec![outcome(
            "x",
            Workload::Training,
            vec![path(
                "x",
                Workload::Training,
                "h20",
                Route::Import,
                Status::Friction,
            )],
        )],
    };
    assert!(losses(&same, &same, Workload::Training).is_empty());
}

#[test]
fn the_tiny_story_validates() {
    assert_eq!(validate_story(&tiny_world()), Vec::<String>::new());
}

#[test]
fn validation_names_each_broken_story_step() {
    let mut world = tiny_world();
    world.story[0].sources = vec!["nope".into()];
    world.story[1].date = "2025-02-02".into();
    let question = world.story[0]
        .question
        .as_mut()
        .expect("step 1 has a question");
    question.turn_on = false; // b is off on 1 Jan: turning it off moves nothing.
    let problems = validate_story(&world);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("step 1") && p.contains("unknown source \"nope\"")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("step 2") && p.contains("neither the date of an event")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("step 1") && p.contains("already off")),
        "{problems:?}"
    );

    let mut world = tiny_world();
    let question = world.story[0]
        .question
        .as_mut()
        .expect("step 1 has a question");
    question.answer_text = " ".into();
    question.answer = vec!["nobody-we-know".into()];
    let problems = validate_story(&world);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("step 1") && p.contains("states no answer_text")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("step 1") && p.contains("unknown developer \"nobody-we-know\"")),
        "{problems:?}"
    );

    let mut world = tiny_world();
    world.story.swap(0, 1);
    world.story.pop();
    world.story[0].question = None;
    world.story[1].question.as_mut().expect("moved").policy = "ghost".into();
    let problems = validate_story(&world);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("step 2") && p.contains("earlier than the step before")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("unknown policy \"ghost\"")),
        "{problems:?}"
    );
}

// --- The real story in data/story.toml, against the real world ---

mod common;
use common::world as embedded;

#[test]
fn the_classroom_story_runs_from_2022_to_2026_and_validates() {
    let world = embedded();
    assert_eq!(validate_story(world), Vec::<String>::new());
    assert!(
        (10..=18).contains(&world.story.len()),
        "{} steps",
        world.story.len()
    );
    assert!(world.story[0].date.starts_with("2022-08"));
    assert!(world.story[world.story.len() - 1]
        .date
        .starts_with("2026-06"));
}

#[test]
fn every_story_question_has_an_answer_worth_predicting() {
    let world = embedded();
    let asked: Vec<usize> = (0..world.story.len())
        .filter(|&i| world.story[i].question.is_some())
        .collect();
    assert!(asked.len() >= 2, "at least two questions: {asked:?}");
    for index in asked {
        let reveal = reveal(world, index).expect("a question step reveals");
        let answer = reveal.answer();
        // The reveal shows the answer story.toml states; "nobody" is a real answer when the
        // record says so (the state-funded data-centre rule), and the words must say it.
        assert_eq!(answer, reveal.question.answer, "step {}", index + 1);
        assert_eq!(
            answer.is_empty(),
            reveal.question.answer_text.starts_with("Nobody"),
            "step {}: {}",
            index + 1,
            reveal.question.answer_text
        );
        let date = &world.story[index].date;
        let candidates: Vec<&str> = candidates(world, reveal.question.workload, date)
            .iter()
            .map(|d| d.id.as_str())
            .collect();
        assert!(
            answer.len() < candidates.len(),
            "step {}: everybody loses, nothing to think about",
            index + 1
        );
        for loss in &reveal.losses {
            assert!(
                candidates.contains(&loss.developer.as_str()),
                "the answer only names developers students can pick"
            );
            assert!(loss.after > loss.before);
            assert!(
                !loss.lost.reasons.is_empty(),
                "step {}: {} lost its path without a reason",
                index + 1,
                loss.developer
            );
            assert!(loss.lost.reasons.iter().all(|r| !r.sources.is_empty()));
        }
        eprintln!("step {}: {:?}", index + 1, answer);
    }
}

/// Students can only pick developers the record shows at the step's date: in Aug 2023 the
/// four platforms with A800 orders, not DeepSeek (reported from Dec 2024) or iFlytek (Oct 2023).
#[test]
fn a_question_offers_the_developers_on_the_record_at_its_date() {
    let world = embedded();
    let ids = |date: &str| -> Vec<&str> {
        candidates(world, Workload::Training, date)
            .iter()
            .map(|d| d.id.as_str())
            .collect()
    };
    assert_eq!(
        ids("2023-08-09"),
        ["bytedance", "alibaba", "tencent", "baidu"]
    );
    assert!(ids("2025-08-14").contains(&"deepseek"));
    assert!(ids("2022-10-07").is_empty());
}

// --- The step's box: its own event, and what happened meanwhile ---

/// Every step of the real story: each change the box credits to the step's event is owed to a
/// policy that event moved (a reason it added or removed names that policy), the sentence names
/// the moved switches and no other, and neither half is ever empty.
#[test]
fn a_steps_box_credits_its_event_only_with_what_its_policies_caused() {
    use chip_paths::model::story::{reason_policies, step_story};
    let world = embedded();
    for index in 0..world.story.len() {
        let at = format!("step {} ({})", index + 1, world.story[index].title);
        let story = step_story(world, index).expect("every step has a box");
        let moved: Vec<&str> = story.moved.iter().map(|(id, _)| id.as_str()).collect();
        // A moved policy that lifts another (H20 licences granted lift "H20 needs a licence")
        // causes what the lifted one's reasons say, too.
        let mut owed_to_event = moved.clone();
        for id in &moved {
            let policy = world.policy(id).expect("a known policy");
            owed_to_event.extend(policy.lifts.iter().map(|l| l.policy.as_str()));
        }
        for change in &story.because {
            let reasons: Vec<_> = change.added.iter().chain(&change.removed).collect();
            assert!(
                !reasons.is_empty(),
                "{at}: {} changed without a reason that moved",
                change.developer
            );
            for reason in reasons {
                // A chip whose production ends on the step's date is the step's news too.
                let ended_here = match &reason.cause {
                    Cause::StockpileCannotGrow {
                        chip,
                        production_ended: true,
                        ..
                    }
                    | Cause::ProductionEnded { chip } => story.ended.contains(chip),
                    _ => false,
                };
                let owed = reason_policies(reason);
                assert!(
                    ended_here || owed.iter().any(|p| owed_to_event.contains(&p.as_str())),
                    "{at}: the box credits the event with \"{}\" for {}, owed to {owed:?}, \
                     not to the event's {moved:?}",
                    reason.text,
                    change.developer
                );
            }
            // A policy never brings a path onto (or off) the record: that is time's doing.
            assert_eq!(
                change.before.is_some(),
                change.after.is_some(),
                "{at}: {}",
                change.developer
            );
        }
        assert!(
            !story.because_text.contains(" puts ")
                && !story.because_text.contains("off the record"),
            "{at}: {}",
            story.because_text
        );
        for policy in &world.policies {
            let named = story.because_text.contains(&format!("“{}”", policy.name));
            assert_eq!(
                named,
                moved.contains(&policy.id.as_str()),
                "{at}: names “{}”? {}",
                policy.name,
                story.because_text
            );
        }
        if moved.is_empty() && story.ended.is_empty() {
            assert!(story.because.is_empty(), "{at}");
            assert!(
                story.because_text.starts_with("This event changes no rule"),
                "{at}"
            );
        }
        assert!(!story.meanwhile_text.trim().is_empty(), "{at}");
        if index > 0 {
            let since = chip_paths::model::date_label(&world.story[index - 1].date);
            assert!(
                story.meanwhile_text.contains(&since),
                "{at}: {}",
                story.meanwhile_text
            );
        }
        eprintln!(
            "{at}\n  BECAUSE: {}\n  MEANWHILE: {}",
            story.because_text, story.meanwhile_text
        );
    }
}

/// audit9 T11: the step of 14 Aug 2025 (the FT's report) tells, under "Meanwhile", that
/// DeepSeek's main inference path moved to the Ascend 910C, which is our modelling assumption
/// (the FT names no Ascend model): the box says so, as the page's change sentence does.
#[test]
fn the_meanwhile_of_14_aug_2025_says_deepseeks_ascend_910c_is_modelled() {
    use chip_paths::model::story::step_story;
    let world = embedded();
    let index = world
        .story
        .iter()
        .position(|s| s.date == "2025-08-14")
        .expect("a story step on 14 Aug 2025");
    let story = step_story(world, index).expect("its box");
    assert!(
        story.meanwhile_text.contains(
            "DeepSeek's main inference path is now Ascend 910C, bought at home (limited: supply \
             is limited by SMIC's yields, high-bandwidth memory and packaging); which chip, which use \
             or since when is our assumption, not a reported fact."
        ),
        "{}",
        story.meanwhile_text
    );
}

/// audit12 F5: a step dated on a chip's end of production (the H20's halt, 22 Aug 2025) names
/// it in its BECAUSE line, with what it does to the paths, and does not file it under
/// "meanwhile" (the box once said the step's event changed nothing and credited the halt to
/// what happened since the step before).
#[test]
fn a_step_on_a_chips_end_of_production_names_it_as_the_steps_own() {
    use chip_paths::model::story::step_story;
    let world = embedded();
    let mut seen = 0;
    for index in 0..world.story.len() {
        let date = &world.story[index].date;
        let story = step_story(world, index).expect("every step has a box");
        for chip in &world.chips {
            let Some(end) = chip.production_ended.as_ref().filter(|e| &e.date == date) else {
                continue;
            };
            seen += 1;
            let at = format!("step {} ({date}), {}", index + 1, chip.name);
            assert!(story.ended.contains(&chip.id), "{at}");
            assert!(
                story.because_text.starts_with(&format!("{}. ", end.note))
                    && story
                        .because_text
                        .contains(&format!("{} stockpiles can no longer grow", chip.name)),
                "{at}: {}",
                story.because_text
            );
            assert!(
                !story.because_text.contains("This event changes no rule"),
                "{at}: {}",
                story.because_text
            );
            assert!(
                !story.meanwhile_text.contains(&end.note),
                "{at}: {}",
                story.meanwhile_text
            );
        }
    }
    assert!(
        seen > 0,
        "the story has a step on a chip's end of production"
    );
}
