//! The classroom story: which switches each step sets, and "predict, then reveal" answers.
//!
//! A story step is a date from the timeline; its switches are whatever the dated events had
//! switched on by then, so the story can never disagree with the timeline. A step may ask
//! students to predict what one switch would change; the answer comes from the evaluator.
//!
//! **What "lose their path" means** (also said in each question's prompt): a developer loses
//! its path for a workload when its *main* path for that workload ends up with a worse status
//! than before the switch moved (for example Friction → Limited, or anything → Blocked).
//! Developers the record reports no path for are never in the answer.

use super::date::date_label;
use super::diff::{describe_with, diff, Change};
use super::evaluate::{evaluate, scope_reaches};
use super::id_set::IdSet;
use super::outcome::{Cause, Evaluation, Outcome, PathOutcome, Reason, Scenario};
use super::types::{
    ChipId, Developer, DeveloperId, Policy, PolicyId, Question, SourceId, Status, StoryStep,
    Workload, World,
};
use crate::diff::join;
use crate::i18n::msg;
use crate::validate::{Detail, Entry, Problem};
use std::collections::BTreeSet;

/// The policies switched on at `date`: the timeline's own answer (`World::switches_at`), so
/// a story step can never disagree with the timeline.
pub fn switches_at(world: &World, date: &str) -> IdSet<PolicyId> {
    world.switches_at(date)
}

/// The story step at `index`, if there is one.
pub fn step(world: &World, index: usize) -> Option<&StoryStep> {
    world.story.get(index)
}

/// The scenario a step shows: its date and the switches the timeline had set by then.
pub fn step_scenario(world: &World, index: usize) -> Option<Scenario> {
    let step = step(world, index)?;
    Some(Scenario {
        date: step.date.clone(),
        on: switches_at(world, &step.date),
    })
}

/// The timeline events a story step tells (indices into `world.events`): those dated on the
/// step, and those since the step before that the step cites (they share a source with it),
/// such as Beijing's 12 August 2025 notices in the 14 August step.
pub fn step_events(world: &World, index: usize) -> Vec<usize> {
    let Some(step) = step(world, index) else {
        return Vec::new();
    };
    let since = index
        .checked_sub(1)
        .and_then(|i| world.story.get(i))
        .map(|prev| prev.date.as_str());
    world
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            e.date == step.date
                || (since.is_some_and(|since| since < e.date.as_str())
                    && e.date < step.date
                    && e.sources.iter().any(|s| step.sources.contains(s)))
        })
        .map(|(i, _)| i)
        .collect()
}

/// The policies switched on at `date` had the events at `skip` (indices) not happened.
pub fn switches_without(world: &World, date: &str, skip: &[usize]) -> IdSet<PolicyId> {
    let mut on = IdSet::new();
    for (_, event) in world
        .events
        .iter()
        .enumerate()
        .filter(|(i, e)| e.date.as_str() <= date && !skip.contains(i))
    {
        for id in &event.turns_on {
            on.insert(id.clone());
        }
        for id in &event.turns_off {
            on.remove(id);
        }
    }
    on
}

/// What a story step's box says, in two halves that are never empty: what the step's own events
/// did ("Because of this event: …") and what else changed since the step before ("Meanwhile:
/// …": new chips, new reports, other events between the steps).
///
/// The halves are two diffs, so neither can take credit for the other: `because` compares the
/// step's date with its switches as they would be without the step's events and as they are
/// (only the events' switches differ); `meanwhile` compares the previous step's scenario with
/// the step's date without its events.
#[derive(Clone, Debug, PartialEq)]
pub struct StepStory {
    /// The events the step tells (indices into `world.events`), in timeline order.
    pub events: Vec<usize>,
    /// The policies those events moved, with their new position, in data order.
    pub moved: Vec<(PolicyId, bool)>,
    /// Chips whose production ends on the step's date (a chip's `production_ended`): not a
    /// rule, but the step's own news, so the box credits it to the step (audit12 F5).
    pub ended: Vec<ChipId>,
    /// What those moves, and those chips' end of production, change at the step's date.
    pub because: Vec<Change>,
    /// What changed from the previous step to the step's date, without its events.
    pub meanwhile: Vec<Change>,
    pub because_text: String,
    pub meanwhile_text: String,
}

/// The step's box; `None` past the end of the story.
pub fn step_story(world: &World, index: usize) -> Option<StepStory> {
    let date = step(world, index)?.date.clone();
    let events = step_events(world, index);
    let (without_on, at_on) = (
        switches_without(world, &date, &events),
        switches_at(world, &date),
    );
    let moved: Vec<(PolicyId, bool)> = world
        .policies
        .iter()
        .filter(|p| without_on.contains(&p.id) != at_on.contains(&p.id))
        .map(|p| (p.id.clone(), at_on.contains(&p.id)))
        .collect();
    // A chip whose production ends on the step's date: "without the step" is also without
    // that end (the same data, the chip still made), so the halt is the step's, not meanwhile's.
    let ended: Vec<ChipId> = world
        .chips
        .iter()
        .filter(|c| c.production_ended.as_ref().is_some_and(|e| e.date == date))
        .map(|c| c.id.clone())
        .collect();
    let still_made;
    let before_step = if ended.is_empty() {
        world
    } else {
        let mut copy = world.clone();
        for chip in &mut copy.chips {
            if ended.contains(&chip.id) {
                chip.production_ended = None;
            }
        }
        still_made = copy;
        &still_made
    };
    let without = evaluate(
        before_step,
        &Scenario {
            date: date.clone(),
            on: without_on,
        },
    );
    let with = evaluate(
        world,
        &Scenario {
            date: date.clone(),
            on: at_on.clone(),
        },
    );
    let because = diff(world, &without, &with);
    let previous = index.checked_sub(1).and_then(|i| step_scenario(world, i));
    let meanwhile = previous
        .as_ref()
        .map(|prev| diff(world, &evaluate(world, prev), &without))
        .unwrap_or_default();
    let because_text = because_text(world, &date, &at_on, &moved, &ended, &because);
    let meanwhile_text = match &previous {
        None => msg::story_starts().to_string(),
        Some(prev) => {
            let since = date_label(&prev.date);
            describe_with(world, &meanwhile, &msg::story_since(&since))
                .unwrap_or_else(|| msg::story_nothing_since(&since))
        }
    };
    Some(StepStory {
        events,
        moved,
        ended,
        because,
        meanwhile,
        because_text,
        meanwhile_text,
    })
}

/// "Switching on “A” and off “B” closes …", or why it changed no main path.
fn because_text(
    world: &World,
    date: &str,
    switches: &IdSet<PolicyId>,
    moved: &[(PolicyId, bool)],
    ended: &[ChipId],
    because: &[Change],
) -> String {
    let policies_text = policies_text(world, date, switches, moved, because);
    // The end of a chip's production on the step's date is named first (audit12 F5: the box
    // once said the halt's step changed nothing and filed it under "meanwhile").
    let ends: Vec<String> = ended
        .iter()
        .filter_map(|id| world.chip(id))
        .filter_map(|chip| {
            let end = chip.production_ended.as_ref()?;
            Some(msg::story_production_ended(&end.note, &chip.name))
        })
        .collect();
    if ends.is_empty() {
        return policies_text.unwrap_or_else(|| msg::story_no_rule().to_string());
    }
    let what = match policies_text {
        Some(text) => text,
        None => describe_with(world, because, msg::story_production_ended_subject())
            .unwrap_or_else(|| msg::story_production_ended_nothing().to_string()),
    };
    // Sentences joined as the language joins them (Chinese: no space between, review12 R6).
    let sep = msg::sentence_separator();
    format!("{}{sep}{what}", ends.join(sep))
}

/// The sentence about the switches the step's events moved; `None` when they moved none.
fn policies_text(
    world: &World,
    date: &str,
    switches: &IdSet<PolicyId>,
    moved: &[(PolicyId, bool)],
    because: &[Change],
) -> Option<String> {
    let policies: Vec<(&Policy, bool)> = moved
        .iter()
        .filter_map(|(id, on)| world.policy(id).map(|p| (p, *on)))
        .collect();
    if policies.is_empty() {
        return None;
    }
    let quoted = |list: &[&(&Policy, bool)]| {
        let names: Vec<String> = list.iter().map(|(p, _)| msg::quoted(&p.name)).collect();
        join(&names)
    };
    let on: Vec<&(&Policy, bool)> = policies.iter().filter(|(_, on)| *on).collect();
    let off: Vec<&(&Policy, bool)> = policies.iter().filter(|(_, on)| !*on).collect();
    let subject = match (on.is_empty(), off.is_empty()) {
        (false, true) => msg::story_switch_on(&quoted(&on)),
        (true, false) => msg::story_switch_off(&quoted(&off)),
        _ => msg::story_switch_on_off(&quoted(&on), &quoted(&off)),
    };
    if let Some(sentence) = describe_with(world, because, &subject) {
        return Some(sentence);
    }
    let reported = |d: &Developer| {
        d.paths.iter().any(|p| {
            let available = world.chip(&p.chip).and_then(|c| c.available.as_deref());
            p.shown_at(available, date)
        })
    };
    let why = if !world.developers.iter().any(reported) {
        msg::why_no_path_yet().to_string()
    } else if let [(policy, _)] = policies.as_slice() {
        why_nothing(world, date, switches, policy)
    } else if policies.iter().all(|(p, _)| {
        p.scope_note.is_none() && why_nothing(world, date, switches, p) == msg::why_reaches_none()
    }) {
        msg::why_none_of_them().to_string()
    } else {
        let each: Vec<String> = policies
            .iter()
            .map(|(policy, _)| {
                msg::why_for(&policy.name, &why_nothing(world, date, switches, policy))
            })
            .collect();
        each.join(msg::why_separator())
    };
    Some(msg::story_no_main_path(&subject, &why))
}

/// Why a policy moved at `date` (with the switches `on`) changed no path: the developers it
/// names have no path on the record yet, or whom it reaches (its scope note), or that the
/// policies it eases are switched off, or that a switched-on policy lifts it, or that it
/// reaches no path shown then. The classroom's
/// step box and the explorer's sentence after a toggle (`diff::describe`) say it alike.
pub(crate) fn why_nothing(
    world: &World,
    date: &str,
    on: &IdSet<PolicyId>,
    policy: &Policy,
) -> String {
    let mut named: Vec<&str> = Vec::new();
    let mut every_effect_names_developers = !policy.effects.is_empty();
    for effect in &policy.effects {
        every_effect_names_developers &= !effect.scope.developers.is_empty();
        for id in &effect.scope.developers {
            if !named.contains(&id.as_str()) {
                named.push(id);
            }
        }
    }
    // (Plain loops: each iterator chain is code of its own in the reader's wasm.)
    let mut unreported: Vec<String> = Vec::new();
    for id in &named {
        let Some(developer) = world.developer(id) else {
            continue;
        };
        let shown = developer.paths.iter().any(|p| {
            let available = world.chip(&p.chip).and_then(|c| c.available.as_deref());
            p.shown_at(available, date)
        });
        if !shown {
            unreported.push(developer.name.clone());
        }
    }
    if every_effect_names_developers && unreported.len() == named.len() {
        return msg::why_no_path_for(&join(&unreported));
    }
    if let Some(note) = &policy.scope_note {
        return note.clone();
    }
    // A loosening with nothing to ease: every policy it lifts is switched off.
    let mut eased: Vec<&Policy> = Vec::new();
    for lift in &policy.lifts {
        if let Some(lifted) = world.policy(&lift.policy) {
            if !eased.iter().any(|p| p.id == lifted.id) {
                eased.push(lifted);
            }
        }
    }
    if !eased.is_empty() && eased.iter().all(|p| !on.contains(&p.id)) {
        let names: Vec<String> = eased.iter().map(|p| msg::quoted(&p.name)).collect();
        return msg::why_eases_off(&join(&names), eased.len());
    }
    // A policy whose effects reach none of the paths shown at `date` changed nothing for that
    // reason, whatever lifts it (audit13 S3: "… lifts it" was said of H200 rules before any
    // H200 path was on the record).
    let reaches_a_path = world.developers.iter().any(|d| {
        d.paths.iter().any(|p| {
            let chip = world.chip(&p.chip);
            p.shown_at(chip.and_then(|c| c.available.as_deref()), date)
                && policy
                    .effects
                    .iter()
                    .any(|e| scope_reaches(&e.scope, d, chip, &p.chip, p.workload, p.route))
        })
    });
    if !reaches_a_path {
        return msg::why_reaches_none().to_string();
    }
    // A tightening that a loosening switched on lifts.
    let mut lifters: Vec<String> = Vec::new();
    for lifter in &world.policies {
        if on.contains(&lifter.id) && lifter.lifts.iter().any(|l| l.policy == policy.id) {
            lifters.push(msg::quoted(&lifter.name));
        }
    }
    if !lifters.is_empty() {
        return msg::why_lifted(&join(&lifters), lifters.len());
    }
    msg::why_reaches_none().to_string()
}

/// The policies a reason is owed to: its own, the one that lifted it, the ones that stop a
/// stockpile growing. Empty for a chip's own weakness, supply or production.
pub fn reason_policies(reason: &Reason) -> Vec<&PolicyId> {
    match &reason.cause {
        Cause::Policy { policy, lifted_by } => {
            std::iter::once(policy).chain(lifted_by.as_ref()).collect()
        }
        Cause::StockpileCannotGrow { blocked_by, .. } => blocked_by.iter().collect(),
        Cause::ChipFitness { .. } | Cause::ChipSupply { .. } | Cause::ProductionEnded { .. } => {
            Vec::new()
        }
    }
}

/// A step's question as two scenarios: the step as it is, and the step with the question's
/// switch moved. `None` when the step has no question.
pub fn question_scenarios(world: &World, index: usize) -> Option<(Scenario, Scenario)> {
    let question = step(world, index)?.question.as_ref()?;
    let before = step_scenario(world, index)?;
    Some((before.clone(), toggled(before, question)))
}

fn toggled(mut scenario: Scenario, question: &Question) -> Scenario {
    if question.turn_on {
        scenario.on.insert(question.policy.clone());
    } else {
        scenario.on.remove(&question.policy);
    }
    scenario
}

/// One developer whose main path got worse, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loss {
    pub developer: DeveloperId,
    /// The main path's status before and after the switch moved.
    pub before: Status,
    pub after: Status,
    /// The main path, as it is after the switch moved: its reasons say why it got worse.
    pub lost: PathOutcome,
    /// The outcome's fallback after the switch moved (a better-off other path), else the main
    /// path itself.
    pub fallback: PathOutcome,
}

/// Developers whose main path for `workload` is worse in `after` than in `before`, in the
/// evaluation's (data-file) order.
pub fn losses(before: &Evaluation, after: &Evaluation, workload: Workload) -> Vec<Loss> {
    let find = |evaluation: &'_ Evaluation, developer: &str| -> Option<Outcome> {
        evaluation.outcome(developer, workload).cloned()
    };
    before
        .outcomes
        .iter()
        .filter(|o| o.workload == workload)
        .filter_map(|old| {
            let old_main = old.main()?;
            let new = find(after, &old.developer)?;
            let new_main = new.main()?;
            if new_main.status <= old_main.status {
                return None;
            }
            Some(Loss {
                developer: old.developer.clone(),
                before: old_main.status,
                after: new_main.status,
                lost: new_main.clone(),
                fallback: new.fallback().unwrap_or(new_main).clone(),
            })
        })
        .collect()
}

/// What the reveal shows for a step's question: the question, the evaluations with the switch
/// as it is and moved, and who lost their path.
#[derive(Clone, Debug, PartialEq)]
pub struct Reveal {
    pub question: Question,
    pub before: Evaluation,
    pub after: Evaluation,
    pub losses: Vec<Loss>,
}

impl Reveal {
    /// The developers who lose their path: the answer students are scored against.
    pub fn answer(&self) -> Vec<DeveloperId> {
        self.losses.iter().map(|l| l.developer.clone()).collect()
    }
}

/// Evaluates a step's question; `None` when the step has no question.
pub fn reveal(world: &World, index: usize) -> Option<Reveal> {
    let question = step(world, index)?.question.clone()?;
    let (before, after) = question_scenarios(world, index)?;
    let before = evaluate(world, &before);
    let after = evaluate(world, &after);
    let losses = losses(&before, &after, question.workload);
    Some(Reveal {
        question,
        before,
        after,
        losses,
    })
}

/// The sources a step's question rests on, for the printed answer key (audit9 D4: a "Nobody"
/// answer has no lost path whose reasons could cite anything): the question's policy's sources,
/// then the answer's own (`sources` in the data: what its words state), each once. Not the
/// step's: a question asks about the event after its step, whose caption cites other reports
/// (review9). Empty when the step has no question.
pub fn question_sources(world: &World, index: usize) -> Vec<SourceId> {
    let Some(step) = step(world, index) else {
        return Vec::new();
    };
    let Some(question) = &step.question else {
        return Vec::new();
    };
    let policy = world.policy(&question.policy).map(|p| &p.sources[..]);
    let mut sources: Vec<SourceId> = Vec::new();
    for id in policy.unwrap_or(&[]).iter().chain(&question.sources) {
        if !sources.contains(id) {
            sources.push(id.clone());
        }
    }
    sources
}

/// The step a question asks about: the first later step at which the timeline has moved the
/// question's switch the way the question does (the H20-licence question, asked on 25 February
/// 2025, is about the 9 April 2025 step). The printed sheets head a question with that step's
/// title (audit9 D9: they used the title of the step the question is asked on, the one before).
/// `None` when the step has no question or no later step moves its switch (a what-if).
pub fn question_step(world: &World, index: usize) -> Option<usize> {
    let question = step(world, index)?.question.as_ref()?;
    (index + 1..world.story.len()).find(|&later| {
        step_scenario(world, later)
            .is_some_and(|s| s.on.contains(&question.policy) == question.turn_on)
    })
}

/// The developers a question at `date` can be about: those the record shows a path for the
/// workload at that date, in data-file order. (A developer with no path then cannot lose one,
/// and "keeps its path" would be false of it.)
pub fn candidates<'w>(world: &'w World, workload: Workload, date: &str) -> Vec<&'w Developer> {
    world
        .developers
        .iter()
        .filter(|d| {
            d.paths.iter().any(|p| {
                let available = world.chip(&p.chip).and_then(|c| c.available.as_deref());
                p.workload == workload && p.shown_at(available, date)
            })
        })
        .collect()
}

/// The pick that says "nobody's main path gets worse" (not a developer id: ids are data).
pub const NOBODY: &str = "nobody";

/// How a student's picks compare with the model's answer. Each list keeps a stable order:
/// `right` and `missed` in the answer's order, `wrong` in the picks' order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Score {
    /// Picked, and in the answer.
    pub right: Vec<DeveloperId>,
    /// In the answer, not picked.
    pub missed: Vec<DeveloperId>,
    /// Picked, not in the answer.
    pub wrong: Vec<DeveloperId>,
}

impl Score {
    /// Every pick right and nothing missed.
    pub fn is_perfect(&self) -> bool {
        self.missed.is_empty() && self.wrong.is_empty()
    }
}

/// Compares picks with the answer. Duplicates in either list count once.
pub fn score(picked: &[DeveloperId], answer: &[DeveloperId]) -> Score {
    // The lists are a handful of developers: slice lookups, not sets collected from them
    // (collecting a set sorts, and each sort costs kilobytes of wasm).
    let mut seen = BTreeSet::new();
    let mut result = Score::default();
    for id in answer.iter().filter(|id| seen.insert(*id)) {
        if picked.contains(id) {
            result.right.push(id.clone());
        } else {
            result.missed.push(id.clone());
        }
    }
    let mut seen = BTreeSet::new();
    result.wrong = picked
        .iter()
        .filter(|id| seen.insert(*id) && !answer.contains(id))
        .cloned()
        .collect();
    result
}

/// Problems with the story, one sentence each; empty when it is sound. Checks that each step
/// is dated on an event of the timeline (or the record's "as of" date), in order, cites known sources, and that a question
/// names a known policy whose switch actually moves at that step.
pub fn validate_story(world: &World) -> Vec<String> {
    story_problems(world).iter().map(Problem::word).collect()
}

/// The story's problems as kinds with their values ([`validate_story`] words them).
pub fn story_problems(world: &World) -> Vec<Problem> {
    let mut problems = Vec::new();
    // Sets filled by `extend` (one insert each) rather than `collect`, which sorts first and
    // so costs a sort instance in the wasm; the sets are the same.
    let mut source_ids: BTreeSet<&str> = BTreeSet::new();
    source_ids.extend(world.sources.iter().map(|s| s.id.as_str()));
    // A step is a moment of the timeline, or the end of the record ("where things stand").
    let mut event_dates: BTreeSet<&str> = BTreeSet::new();
    event_dates.extend(world.events.iter().map(|e| e.date.as_str()));
    event_dates.insert(world.meta.as_of.as_str());
    let mut policy_ids: BTreeSet<&str> = BTreeSet::new();
    policy_ids.extend(world.policies.iter().map(|p| p.id.as_str()));
    for (index, step) in world.story.iter().enumerate() {
        let at = Entry::StoryStepTitled(index + 1, step.title.clone());
        let mut problem = |detail: Detail| problems.push(Problem::new(at.clone(), detail));
        let date = || step.date.clone();
        if !event_dates.contains(step.date.as_str()) {
            problem(Detail::StepDate { date: date() });
        }
        if index > 0 && world.story[index - 1].date > step.date {
            problem(Detail::StepEarlier { date: date() });
        }
        if step.title.trim().is_empty() || step.caption.trim().is_empty() {
            problem(Detail::StepEmpty);
        }
        if step.sources.is_empty() {
            problem(Detail::StepNoSource);
        }
        for id in step
            .sources
            .iter()
            .filter(|id| !source_ids.contains(id.as_str()))
        {
            problem(Detail::StepUnknownSource { id: id.to_string() });
        }
        if let Some(question) = &step.question {
            for id in question
                .sources
                .iter()
                .filter(|id| !source_ids.contains(id.as_str()))
            {
                problem(Detail::StepUnknownSource { id: id.to_string() });
            }
            let policy = || question.policy.to_string();
            if !policy_ids.contains(question.policy.as_str()) {
                problem(Detail::QuestionUnknownPolicy { policy: policy() });
            } else if switches_at(world, &step.date).contains(&question.policy) == question.turn_on
            {
                problem(Detail::QuestionAlready {
                    policy: policy(),
                    on: question.turn_on,
                });
            }
            if question.prompt.trim().is_empty() {
                problem(Detail::QuestionNoPrompt);
            }
            if question.answer_text.trim().is_empty() {
                problem(Detail::QuestionNoAnswer);
            }
            for id in question
                .answer
                .iter()
                .filter(|id| world.developer(id).is_none())
            {
                problem(Detail::AnswerUnknownDeveloper {
                    developer: id.to_string(),
                });
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<DeveloperId> {
        list.iter().map(|&s| s.into()).collect()
    }

    #[test]
    fn score_sorts_picks_into_right_missed_and_wrong() {
        let s = score(
            &ids(&["deepseek", "tencent"]),
            &ids(&["deepseek", "bytedance"]),
        );
        assert_eq!(s.right, ids(&["deepseek"]));
        assert_eq!(s.missed, ids(&["bytedance"]));
        assert_eq!(s.wrong, ids(&["tencent"]));
        assert!(!s.is_perfect());
    }

    #[test]
    fn score_of_an_empty_answer_and_no_picks_is_perfect() {
        let s = score(&[], &[]);
        assert!(s.is_perfect());
        assert!(s.right.is_empty());
    }

    /// audit9 D9: each question of the story is about the step after the one it is asked on,
    /// the step whose event moves the question's switch; not about the step it is asked on.
    #[test]
    fn a_question_is_about_the_step_that_moves_its_switch() {
        let world = crate::test_world();
        let about: Vec<(&str, &str)> = world
            .story
            .iter()
            .enumerate()
            .filter(|(_, s)| s.question.is_some())
            .map(|(index, s)| {
                let later = question_step(world, index).expect("a later step moves the switch");
                (s.date.as_str(), world.story[later].date.as_str())
            })
            .collect();
        assert_eq!(
            about,
            [
                ("2025-02-25", "2025-04-09"),
                ("2025-04-09", "2025-05-13"),
                ("2025-08-11", "2025-08-14"),
                ("2025-09-17", "2025-11-26"),
            ]
        );
        // A step without a question asks about nothing.
        assert_eq!(question_step(world, 0), None);
    }

    /// review9: the answer key cited the sources of the step before a question (the H20
    /// licence under the Ascend answer), not what the answer rests on.
    #[test]
    fn a_question_cites_what_its_answer_rests_on_not_its_steps_caption() {
        let world = crate::test_world();
        let index = world
            .story
            .iter()
            .position(|s| {
                s.question
                    .as_ref()
                    .is_some_and(|q| q.policy == "ascend-guidance")
            })
            .expect("the Ascend question");
        let question = world.story[index].question.as_ref().expect("question");
        let policy = world.policy(&question.policy).expect("policy");
        let sources = question_sources(world, index);
        let has = |id: &str| sources.iter().any(|s| s == id);
        assert!(
            has("fr-2019-iflytek") && has("deepseek-v3-paper"),
            "{sources:?}"
        );
        let caption_only: Vec<_> = world.story[index]
            .sources
            .iter()
            .filter(|id| !question.sources.contains(id) && !policy.sources.contains(id))
            .collect();
        assert!(
            !caption_only.is_empty(),
            "the step's caption cites other reports"
        );
        assert!(caption_only.iter().all(|id| !has(id)), "{sources:?}");
    }

    #[test]
    fn score_counts_duplicates_once() {
        let s = score(&ids(&["a", "a", "c", "c"]), &ids(&["a", "b", "b"]));
        assert_eq!(s.right, ids(&["a"]));
        assert_eq!(s.missed, ids(&["b"]));
        assert_eq!(s.wrong, ids(&["c"]));
    }
}
