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

use super::evaluate::evaluate;
use super::outcome::{Evaluation, Outcome, PathOutcome, Scenario};
use super::types::{Developer, Question, Status, StoryStep, Workload, World};
use std::collections::BTreeSet;

/// The policies switched on at `date`: the timeline's own answer (`World::switches_at`), so
/// a story step can never disagree with the timeline.
pub fn switches_at(world: &World, date: &str) -> super::id_set::IdSet {
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
    pub developer: String,
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
    pub fn answer(&self) -> Vec<String> {
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

/// How a student's picks compare with the model's answer. Each list keeps a stable order:
/// `right` and `missed` in the answer's order, `wrong` in the picks' order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Score {
    /// Picked, and in the answer.
    pub right: Vec<String>,
    /// In the answer, not picked.
    pub missed: Vec<String>,
    /// Picked, not in the answer.
    pub wrong: Vec<String>,
}

impl Score {
    /// Every pick right and nothing missed.
    pub fn is_perfect(&self) -> bool {
        self.missed.is_empty() && self.wrong.is_empty()
    }
}

/// Compares picks with the answer. Duplicates in either list count once.
pub fn score(picked: &[String], answer: &[String]) -> Score {
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
        let at = format!("story step {} (\"{}\")", index + 1, step.title);
        if !event_dates.contains(step.date.as_str()) {
            problems.push(format!(
                "{at}: date {} is neither the date of an event nor the \"as of\" date",
                step.date
            ));
        }
        if index > 0 && world.story[index - 1].date > step.date {
            problems.push(format!(
                "{at}: date {} is earlier than the step before",
                step.date
            ));
        }
        if step.title.trim().is_empty() || step.caption.trim().is_empty() {
            problems.push(format!("{at}: title and caption must not be empty"));
        }
        if step.sources.is_empty() {
            problems.push(format!("{at}: cites no source"));
        }
        for id in step
            .sources
            .iter()
            .filter(|id| !source_ids.contains(id.as_str()))
        {
            problems.push(format!("{at}: unknown source \"{id}\""));
        }
        if let Some(question) = &step.question {
            if !policy_ids.contains(question.policy.as_str()) {
                problems.push(format!(
                    "{at}: question names unknown policy \"{}\"",
                    question.policy
                ));
            } else if switches_at(world, &step.date).contains(&question.policy) == question.turn_on
            {
                let state = if question.turn_on { "on" } else { "off" };
                problems.push(format!(
                    "{at}: question switches \"{}\" {state}, but it is already {state} then",
                    question.policy
                ));
            }
            if question.prompt.trim().is_empty() {
                problems.push(format!("{at}: question prompt must not be empty"));
            }
            if question.answer_text.trim().is_empty() {
                problems.push(format!(
                    "{at}: question states no answer_text (say the answer in words)"
                ));
            }
            for id in question
                .answer
                .iter()
                .filter(|id| world.developer(id).is_none())
            {
                problems.push(format!("{at}: answer names unknown developer \"{id}\""));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
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

    #[test]
    fn score_counts_duplicates_once() {
        let s = score(&ids(&["a", "a", "c", "c"]), &ids(&["a", "b", "b"]));
        assert_eq!(s.right, ids(&["a"]));
        assert_eq!(s.missed, ids(&["b"]));
        assert_eq!(s.wrong, ids(&["c"]));
    }
}
