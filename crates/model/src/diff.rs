//! What changed between two evaluations, and the sentence the view shows after a toggle or a
//! date change ("Switching off … closes ByteDance's main inference path …"). Changes compare
//! each developer's MAIN path for a workload; a toggle that moves no main status still says what
//! obstacle it added or removed, for whom, on which path.

use super::date::date_label;
use super::i18n::msg;
use super::labels::path_name;
use super::outcome::{Cause, Evaluation, Outcome, PathOutcome, Reason, Scenario};
use super::story::why_nothing;
use super::types::{DeveloperId, Policy, Status, Workload, World};
use std::cmp::Ordering;
use std::rc::Rc;

/// One developer's outcome for one workload that changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub developer: DeveloperId,
    pub workload: Workload,
    /// The main path's status before and after; `None` when there is no main path.
    pub before: Option<Status>,
    pub after: Option<Status>,
    /// The main path before and after (each in its own scenario's state).
    pub before_main: Option<PathOutcome>,
    pub after_main: Option<PathOutcome>,
    /// The path whose reasons changed, as it is after the change (as it was, if it is no
    /// longer shown): the main path when its status moved or its reasons changed, else the
    /// first other path whose reasons changed. `None` when only which path is main changed.
    pub path: Option<PathOutcome>,
    /// That path's status before and after the change (`None`: it was not shown).
    pub path_before: Option<Status>,
    pub path_after: Option<Status>,
    /// Whether that path is the developer's fallback (before or after the change).
    pub fallback: bool,
    /// Reasons that appeared on that path.
    pub added: Vec<Rc<Reason>>,
    /// Reasons that disappeared from that path.
    pub removed: Vec<Rc<Reason>>,
    /// When a stockpile lost a cause but still cannot grow: its reason as it is now, what still
    /// holds (audit12 F1).
    pub still: Option<Rc<Reason>>,
}

impl Change {
    /// Better (`Less`), worse (`Greater`) or level (`Equal`: a different main path or different
    /// reasons at the same status). "No main path" ranks below Blocked.
    pub fn direction(&self) -> Ordering {
        rank(self.after).cmp(&rank(self.before))
    }

    /// The reasons that made the difference: new burdens when worse, lifted ones when better.
    pub fn reasons(&self) -> &[Rc<Reason>] {
        match self.direction() {
            Ordering::Less => &self.removed,
            _ if self.added.is_empty() => &self.removed,
            _ => &self.added,
        }
    }

    /// Whether the main path's status moved.
    pub fn moved(&self) -> bool {
        self.before != self.after
    }
}

fn rank(status: Option<Status>) -> usize {
    status.map_or(Status::COUNT, Status::index)
}

/// Outcomes that changed from `before` to `after`, in data order. Both evaluations must come
/// from the same world; outcomes are matched by developer and workload.
pub fn diff(world: &World, before: &Evaluation, after: &Evaluation) -> Vec<Change> {
    let mut changes = Vec::new();
    for old in &before.outcomes {
        let Some(new) = after.outcome(&old.developer, old.workload) else {
            continue;
        };
        if let Some(change) = compare(world, old, new) {
            changes.push(change);
        }
    }
    changes
}

fn compare(world: &World, old: &Outcome, new: &Outcome) -> Option<Change> {
    let (before_main, after_main) = (old.main(), new.main());
    let mut change = Change {
        developer: old.developer.clone(),
        workload: old.workload,
        before: old.status(),
        after: new.status(),
        before_main: before_main.cloned(),
        after_main: after_main.cloned(),
        path: None,
        path_before: None,
        path_after: None,
        fallback: false,
        added: Vec::new(),
        removed: Vec::new(),
        still: None,
    };
    // The main path whose reasons explain a move: the new one when things got better, the old
    // one otherwise.
    let main = if change.direction() == Ordering::Less {
        after_main.or(before_main)
    } else {
        before_main.or(after_main)
    };
    let same_main = before_main.map(|p| p.reported) == after_main.map(|p| p.reported);
    if change.moved() || !same_main {
        if let Some(main) = main {
            fill(world, &mut change, old, new, main.reported);
        }
        return Some(change);
    }
    // No main status moved: the first path whose reasons changed (or that appeared or went),
    // the main path first.
    let candidates = main
        .into_iter()
        .chain(&new.paths)
        .chain(&old.paths)
        .map(|p| p.reported);
    for reported in candidates {
        if fill(world, &mut change, old, new, reported) {
            return Some(change);
        }
    }
    None
}

/// Sets the change's path to the one reported at `reported`, with the reasons it gained and
/// lost; true when it gained or lost any, or appeared or went.
fn fill(world: &World, change: &mut Change, old: &Outcome, new: &Outcome, reported: usize) -> bool {
    let then = old.paths.iter().find(|p| p.reported == reported);
    let now = new.paths.iter().find(|p| p.reported == reported);
    let none: &[Rc<Reason>] = &[];
    let then_reasons = then.map_or(none, |p| &p.reasons);
    let now_reasons = now.map_or(none, |p| &p.reasons);
    change.added = missing(now_reasons, then_reasons);
    change.removed = missing(then_reasons, now_reasons);
    change.still = None;
    stockpile_causes(world, change);
    change.path = now.or(then).cloned();
    change.path_before = then.map(|p| p.status);
    change.path_after = now.map(|p| p.status);
    let is_fallback = |o: &Outcome| o.fallback().is_some_and(|f| f.reported == reported);
    change.fallback = is_fallback(old) || is_fallback(new);
    !change.added.is_empty() || !change.removed.is_empty() || then.is_none() != now.is_none()
}

/// A stockpile's one reason names every cause that keeps it from growing ("cannot grow while
/// Beijing asks … (Nvidia halted …)"), so a cause that comes or goes changes its text: compared
/// as texts, a stockpile that lost a cause read as "one burden more" (audit12 F1). Compared by
/// causes, the burden that came or went is the cause itself, and one that went says what still
/// holds.
fn stockpile_causes(world: &World, change: &mut Change) {
    let (Some((gone_at, gone)), Some((came_at, came))) = (
        first_stockpile(&change.removed),
        first_stockpile(&change.added),
    ) else {
        return;
    };
    if gone.0 != came.0 {
        return;
    }
    let within = |a: StockpileCauses, b: StockpileCauses| {
        a.1.iter().all(|p| b.1.contains(p)) && (!a.2 || b.2)
    };
    let (old, new) = (
        change.removed[gone_at].clone(),
        change.added[came_at].clone(),
    );
    if within(came, gone) {
        // Fewer causes: the ones that went are the burden less; the stockpile still cannot grow.
        let Some(lost) = cause_reasons(world, &old, gone, came, false) else {
            return;
        };
        change.removed[gone_at] = lost;
        change.added.remove(came_at);
        change.still = Some(new);
    } else if within(gone, came) {
        // More causes: the ones that came are the burden more.
        let Some(more) = cause_reasons(world, &new, came, gone, true) else {
            return;
        };
        change.added[came_at] = more;
        change.removed.remove(gone_at);
    }
}

/// A stockpile's causes: its chip, the policies that hold it back, whether production ended.
type StockpileCauses<'a> = (&'a crate::ChipId, &'a [crate::PolicyId], bool);

/// The first stockpile reason of `list`, with its index and causes.
fn first_stockpile(list: &[Rc<Reason>]) -> Option<(usize, StockpileCauses<'_>)> {
    list.iter().enumerate().find_map(|(i, r)| match &r.cause {
        Cause::StockpileCannotGrow {
            chip,
            blocked_by,
            production_ended,
        } => Some((i, (chip, blocked_by.as_slice(), *production_ended))),
        _ => None,
    })
}

/// The causes of a stockpile's reason `of` (with causes `all`) that `some` lacks, as one reason:
/// for a burden less, the policy effects' own words and the chip's production note ("Beijing
/// asks buyers to justify …"); for a burden more (`grows`), the stockpile's words for those
/// causes alone ("its stockpile cannot grow while Beijing asks …"; a halt alone: "Nvidia halted
/// …, so its stockpile cannot grow"). `None` when none is found.
fn cause_reasons(
    world: &World,
    of: &Reason,
    all: StockpileCauses,
    some: StockpileCauses,
    grows: bool,
) -> Option<Rc<Reason>> {
    let (chip, policies, ended) = all;
    let mut blocked = Vec::new();
    let mut whiles = Vec::new();
    let mut plain = Vec::new();
    let mut ids = Vec::new();
    let mut sources: Vec<crate::SourceId> = Vec::new();
    let mut cite = |list: &[crate::SourceId]| {
        for id in list {
            if !sources.contains(id) {
                sources.push(id.clone());
            }
        }
    };
    for id in policies.iter().filter(|p| !some.1.contains(p)) {
        // The effect that holds the stockpile back: one that blocks or stops buying this chip.
        let Some((policy, effect)) = world.policy(id).and_then(|policy| {
            policy
                .effects
                .iter()
                .find(|e| {
                    (e.status == Status::Blocked || e.stops_buying)
                        && (e.scope.chips.is_empty() || e.scope.chips.contains(chip))
                })
                .map(|e| (policy, e))
        }) else {
            continue;
        };
        cite(&effect.sources);
        cite(&policy.sources);
        ids.push(id.clone());
        plain.push(effect.reason.clone());
        if effect.status == Status::Blocked {
            blocked.push(effect.reason.as_str());
        } else {
            whiles.push(msg::stockpile_while(&effect.reason));
        }
    }
    let chip_of = world.chip(chip);
    let end = (ended && !some.2)
        .then(|| chip_of.and_then(|c| c.production_ended.as_ref()))
        .flatten();
    if let Some(end) = end {
        cite(if end.sources.is_empty() {
            chip_of.map_or(&[][..], |c| &c.sources)
        } else {
            &end.sources
        });
    }
    let note = end.map(|e| e.note.as_str());
    if ids.is_empty() && note.is_none() {
        return None;
    }
    let text = if grows {
        if !blocked.is_empty() {
            whiles.insert(
                0,
                msg::stockpile_while_blocked(&blocked.join(msg::why_separator())),
            );
        }
        let why = whiles.join(msg::stockpile_and());
        match note {
            // The halt alone is the burden more: named first, as what happened, not as a
            // stockpile that "cannot grow (…)" as if it could before (review12 R5).
            Some(note) if why.is_empty() => msg::stockpile_halted_cannot_grow(note),
            Some(note) => msg::stockpile_cannot_grow(&msg::stockpile_why_ended(&why, note)),
            None => msg::stockpile_cannot_grow(&why),
        }
    } else {
        plain.extend(note.map(str::to_string));
        plain.join(msg::why_separator())
    };
    Some(Rc::new(Reason {
        status: of.status,
        gate: of.gate,
        cause: Cause::StockpileCannotGrow {
            chip: chip.clone(),
            blocked_by: ids,
            production_ended: note.is_some(),
        },
        text,
        // The sources of the causes named, else the stockpile reason's own.
        sources: if sources.is_empty() {
            of.sources.clone()
        } else {
            sources
        },
    }))
}

/// The reasons of `these` that `those` has not (by cause and status), in order.
fn missing(these: &[Rc<Reason>], those: &[Rc<Reason>]) -> Vec<Rc<Reason>> {
    let mut out = Vec::new();
    for reason in these {
        if !contains(those, reason) {
            out.push(Rc::clone(reason));
        }
    }
    out
}

fn contains(reasons: &[Rc<Reason>], reason: &Reason) -> bool {
    reasons
        .iter()
        .any(|r| r.cause == reason.cause && r.status == reason.status)
}

/// The sentence (or two) the view shows after a change. After a toggle there is always one
/// (when no path changed: "… changes no developer's path: <why>", the policy's `scope_note`
/// or the classroom's reason); otherwise `None` when nothing changed. `toggled` names the
/// switch the reader flipped, its new position and the scenario after the flip. Every part is
/// a whole-sentence message of locales/*.ftl (docs/i18n.md).
pub fn describe(
    world: &World,
    changes: &[Change],
    toggled: Option<(&Policy, bool, &Scenario)>,
) -> Option<String> {
    let action = match toggled {
        Some((policy, true, _)) if policy.hypothetical => {
            msg::change_switch_on_what_if(&policy.name)
        }
        Some((policy, true, _)) => msg::change_switch_on(&policy.name),
        Some((policy, false, _)) if policy.hypothetical => {
            msg::change_switch_off_what_if(&policy.name)
        }
        Some((policy, false, _)) => msg::change_switch_off(&policy.name),
        None => msg::change_this().to_string(),
    };
    if changes.is_empty() {
        // Always with a reason: whom it reaches (its scope note), or why it reaches no path on
        // the record, as the classroom's step box says it (audit12 F6).
        let (policy, _, scenario) = toggled?;
        let why = match &policy.scope_note {
            Some(note) => note.clone(),
            None => why_nothing(world, &scenario.date, &scenario.on, policy),
        };
        return Some(msg::change_no_path_note(&action, &why));
    }
    describe_as(world, changes, &action)
}

fn describe_as(world: &World, changes: &[Change], action: &str) -> Option<String> {
    // (Plain loops rather than iterator chains: each chain is code of its own in the wasm.)
    let mut moved: Vec<&Change> = Vec::new();
    // A main path whose status held but whose burdens moved is worth a sentence too: the
    // obstacle added or removed for a developer the clauses do not name.
    let mut level: Vec<&Change> = Vec::new();
    for change in changes {
        if change.moved() {
            moved.push(change);
        } else if change.path.as_ref().is_some_and(|p| p.main) {
            level.push(change);
        }
    }
    if moved.is_empty() {
        return describe_level(world, changes, action);
    }
    // Clauses grouped by verb and workload, in a fixed order: closes, narrows, opens, eases,
    // then paths that come onto (or leave) the record as time moves.
    let mut clauses = Vec::new();
    for verb in [
        Verb::Closes,
        Verb::Narrows,
        Verb::Opens,
        Verb::Eases,
        Verb::Appears,
        Verb::Leaves,
    ] {
        let (mut training, mut inference): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
        for change in &moved {
            if Verb::of(change) == verb {
                match change.workload {
                    Workload::Training => &mut training,
                    Workload::Inference => &mut inference,
                }
                .push(name(world, &change.developer));
            }
        }
        let groups: [(&[&str], &str, usize); 2] = if training == inference {
            [(&training, msg::workloads_both(), 2), (&[], "", 0)]
        } else {
            [
                (&training, Workload::Training.word(), 1),
                (&inference, Workload::Inference.word(), 1),
            ]
        };
        for (names, workloads, per) in groups {
            if names.is_empty() {
                continue;
            }
            let (owners, n) = (possessives(names), names.len() * per);
            clauses.push(match verb {
                Verb::Closes => msg::clause_closes(&owners, workloads, n),
                Verb::Narrows => msg::clause_narrows(&owners, workloads, n),
                Verb::Opens => msg::clause_opens(&owners, workloads, n),
                Verb::Eases => msg::clause_eases(&owners, workloads, n),
                Verb::Appears => msg::clause_appears(&owners, workloads, n),
                Verb::Leaves => msg::clause_leaves(&owners, workloads, n),
            });
        }
    }
    // The detail sentence follows the biggest move (worst first for bad news); a path that
    // merely comes onto the record leads only when nothing else moved; of equals, the first.
    let mut lead = moved[0];
    let mut best = (false, 0);
    for (i, change) in moved.iter().enumerate() {
        let key = (
            !matches!(Verb::of(change), Verb::Appears | Verb::Leaves),
            rank(change.after).abs_diff(rank(change.before)),
        );
        if i == 0 || key > best {
            (lead, best) = (change, key);
        }
    }
    let (clauses, detail) = (join_clauses(&clauses), detail(world, lead));
    Some(match level_detail(world, &level) {
        Some(also) => msg::change_sentence_also(action, &clauses, &detail, &also),
        None => msg::change_sentence(action, &clauses, &detail),
    })
}

/// The sentence after a move along the timeline: "Moving to 26 Nov 2025 closes …".
pub fn describe_move(world: &World, changes: &[Change], to: &str) -> Option<String> {
    describe_as(world, changes, &msg::change_move(&date_label(to)))
}

/// The sentence for changes with any subject: "{subject} closes …" (or "… changes no main
/// path's status. …"); `None` when nothing changed. The classroom's step box words its two
/// halves (the step's own event, and what happened meanwhile) with it.
pub fn describe_with(world: &World, changes: &[Change], subject: &str) -> Option<String> {
    describe_as(world, changes, subject)
}

/// No main status moved, but reasons, other paths or which path is main did: say what obstacle
/// was added or removed, for whom, on which path.
fn describe_level(world: &World, changes: &[Change], action: &str) -> Option<String> {
    let all: Vec<&Change> = changes.iter().collect();
    let detail = level_detail(world, &all)?;
    Some(msg::change_no_main_status(action, &detail))
}

/// What moved on one path whose status held (and who else saw the same), for
/// [`describe_level`] and after the clauses of [`describe_as`].
fn level_detail(world: &World, changes: &[&Change]) -> Option<String> {
    // A main path matters most (another path becoming main, or a new burden on it), then a
    // fallback's, then any other path's.
    let main_moved = |c: &Change| match (&c.before_main, &c.after_main) {
        (Some(before), Some(after)) => before.reported != after.reported,
        (None, after) => c.path.is_none() && after.is_some(),
        _ => false,
    };
    let first = changes
        .iter()
        .find(|c| main_moved(c) || c.path.as_ref().is_some_and(|p| p.main))
        .or_else(|| changes.iter().find(|c| c.fallback))
        .or(changes.first())?;
    let who = name(world, &first.developer);
    let workload = first.workload.word();
    let detail = match &first.path {
        _ if main_moved(first) => {
            let after = first.after_main.as_ref()?;
            let path = path_name(world, &after.chip, after.route);
            let status = after.status.word();
            if after.modelled {
                // Our assumption, said as the change sentence's own move says it (audit9 T11).
                msg::detail_moved_modelled(who, workload, &path, status)
            } else {
                msg::level_main_now(who, workload, &path, status)
            }
        }
        None => return None,
        Some(path) => {
            let name_of = path_name(world, &path.chip, path.route);
            let kind = if path.main {
                msg::path_kind_main(workload)
            } else if first.fallback {
                msg::path_kind_fallback(workload)
            } else {
                msg::path_kind_other(workload)
            };
            let status = path.status.word();
            let (added, removed) = (first.added.first(), first.removed.first());
            match (first.path_before, added, removed) {
                (None, _, _) if !first.fallback => {
                    msg::level_new_other(who, workload, &name_of, status)
                }
                // A fallback whose chip or use is our assumption says so, as a main path's
                // move onto a modelled path does (audit11 A2).
                (None, _, _) => match (first.workload, path.modelled) {
                    (Workload::Inference, false) => {
                        msg::level_new_fallback_inference(who, &name_of, status)
                    }
                    (Workload::Inference, true) => {
                        msg::level_new_fallback_inference_modelled(who, &name_of, status)
                    }
                    (_, false) => msg::level_new_fallback_training(who, &name_of, status),
                    (_, true) => msg::level_new_fallback_training_modelled(who, &name_of, status),
                },
                (Some(_), _, _) if first.path_after.is_none() => {
                    msg::level_gone(who, &kind, &name_of)
                }
                // A burden eased rather than added: a loosening's lifted reason took the place of
                // the full one (Beijing's "not permitted" became "the conditions Beijing attaches
                // to approved imports"): the burden less first, then the one more (audit12 F8).
                (Some(before), Some(added), Some(removed))
                    if before == path.status && lifts(added, removed) =>
                {
                    msg::level_stays_less_more(
                        who,
                        &kind,
                        &name_of,
                        status,
                        &removed.text,
                        &added.text,
                    )
                }
                (Some(before), Some(added), _) if before == path.status => {
                    msg::level_stays_more(who, &kind, &name_of, status, &added.text)
                }
                (Some(before), None, Some(removed)) if before == path.status => {
                    match &first.still {
                        Some(still) => msg::level_stays_less_still(
                            who,
                            &kind,
                            &name_of,
                            status,
                            &removed.text,
                            &still.text,
                        ),
                        None => msg::level_stays_less(who, &kind, &name_of, status, &removed.text),
                    }
                }
                (Some(before), Some(added), _) if before < path.status => {
                    msg::level_worse(who, &kind, &name_of, status, &added.text)
                }
                // A stockpile that may grow again, on any path, says so as a main path's does,
                // not as "one burden less: its stockpile cannot grow …" (review12 R4).
                (_, None, Some(removed))
                    if first.still.is_none()
                        && matches!(removed.cause, Cause::StockpileCannotGrow { .. }) =>
                {
                    msg::level_better_stockpile(who, &kind, &name_of, status)
                }
                (_, _, Some(removed)) => {
                    msg::level_less(who, &kind, &name_of, status, &removed.text)
                }
                _ => msg::level_now(who, &kind, &name_of, status),
            }
        }
    };
    // Others whose same path moved the same way are named, not described again: the same kind
    // of path (a fallback only with a fallback: "Likewise" gave firms a fallback they did not
    // have, review11 R4), ending at the same status (the sentence states it: review11b) and as
    // much our assumption.
    let same = |c: &&Change| {
        c.developer != first.developer
            && c.workload == first.workload
            && c.fallback == first.fallback
            && c.path_before == first.path_before
            && c.path_after == first.path_after
            && match (&c.path, &first.path) {
                (Some(a), Some(b)) => {
                    (&a.chip, a.route, a.main, a.modelled) == (&b.chip, b.route, b.main, b.modelled)
                }
                _ => false,
            }
            && c.added.first().map(|r| &r.cause) == first.added.first().map(|r| &r.cause)
            && c.removed.first().map(|r| &r.cause) == first.removed.first().map(|r| &r.cause)
    };
    let mut likewise: Vec<String> = Vec::new();
    for change in changes {
        if same(change) {
            likewise.push(name(world, &change.developer).to_string());
        }
    }
    Some(if likewise.is_empty() {
        detail
    } else {
        msg::level_likewise(&detail, &join(&likewise))
    })
}

/// Whether `added` is `removed` lifted by a loosening policy: the same policy's effect, eased.
fn lifts(added: &Reason, removed: &Reason) -> bool {
    match (&added.cause, &removed.cause) {
        (
            Cause::Policy {
                policy: a,
                lifted_by: Some(_),
            },
            Cause::Policy {
                policy: r,
                lifted_by: None,
            },
        ) => a == r,
        _ => false,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Verb {
    Closes,
    Narrows,
    Opens,
    Eases,
    /// No main path before, one now: the record starts reporting it (time, not policy).
    Appears,
    /// A main path before, none now: the record stops reporting it.
    Leaves,
}

impl Verb {
    fn of(change: &Change) -> Verb {
        match (change.before, change.after) {
            (None, Some(_)) => return Verb::Appears,
            (Some(_), None) => return Verb::Leaves,
            _ => {}
        }
        match change.direction() {
            Ordering::Greater if matches!(change.after, None | Some(Status::Blocked)) => {
                Verb::Closes
            }
            Ordering::Greater => Verb::Narrows,
            _ if matches!(change.before, None | Some(Status::Blocked)) => Verb::Opens,
            _ => Verb::Eases,
        }
    }
}

fn detail(world: &World, change: &Change) -> String {
    let who = name(world, &change.developer);
    let workload = change.workload.word();
    let Some(after) = &change.after_main else {
        return msg::detail_none(who, workload);
    };
    let path = path_name(world, &after.chip, after.route);
    let status = after.status.word();
    // A path whose chip or use is our assumption is not "reported" (the data's `modelled`), and
    // a main path that moves onto one says so too (audit9 T11).
    let modelled = after.modelled;
    if change.before_main.is_none() {
        return match (after.reasons.first(), modelled) {
            (Some(reason), false) => {
                msg::detail_reported(who, workload, &path, status, &reason.text)
            }
            (Some(reason), true) => {
                msg::detail_modelled(who, workload, &path, status, &reason.text)
            }
            (None, false) => msg::detail_reported_open(who, workload, &path),
            (None, true) => msg::detail_modelled_open(who, workload, &path),
        };
    }
    let same_path = change.before_main.as_ref().map(|p| p.reported) == Some(after.reported);
    let why = change
        .reasons()
        .first()
        .or(after.reasons.first())
        .map(|r| &**r)
        .map(|r| r.text.as_str());
    match (change.direction(), same_path, why) {
        (Ordering::Greater, true, Some(why)) => msg::detail_now(who, workload, &path, status, why),
        (_, false, _) => match (after.reasons.first(), modelled) {
            (Some(reason), false) => {
                msg::detail_moved_reason(who, workload, &path, status, &reason.text)
            }
            (Some(reason), true) => {
                msg::detail_moved_reason_modelled(who, workload, &path, status, &reason.text)
            }
            (None, false) => msg::detail_moved(who, workload, &path, status),
            (None, true) => msg::detail_moved_modelled(who, workload, &path, status),
        },
        // "Can now use" only where the path could not be used before (blocked): a stockpile
        // that was limited was in use, and what eased is that it can grow again, or that a
        // burden went ("a ban is not zero chips", audit12 F3).
        (_, _, _) if change.before == Some(Status::Blocked) && after.reasons.is_empty() => {
            msg::detail_can_use_open(who, &path)
        }
        (_, _, _) if change.before == Some(Status::Blocked) => {
            msg::detail_can_use(who, &path, status, &after.reasons[0].text)
        }
        (_, _, _) => match change.removed.first() {
            Some(lifted)
                if change.still.is_none()
                    && matches!(lifted.cause, Cause::StockpileCannotGrow { .. }) =>
            {
                msg::detail_better_stockpile(who, workload, &path, status)
            }
            Some(lifted) => msg::detail_better(who, workload, &path, status, &lifted.text),
            None => msg::detail_better_now(who, workload, &path, status),
        },
    }
}

fn name<'w>(world: &'w World, developer: &'w str) -> &'w str {
    world
        .developer(developer)
        .map_or(developer, |d| d.name.as_str())
}

/// "DeepSeek's", "DeepSeek's and Tencent's", "DeepSeek's, Tencent's and 3 others'".
fn possessives(names: &[&str]) -> String {
    if names.len() > 3 {
        let (first, second) = (msg::possessive(names[0]), msg::possessive(names[1]));
        return msg::possessive_others(&first, &second, &(names.len() - 2).to_string());
    }
    let owned: Vec<String> = names.iter().map(|n| msg::possessive(n)).collect();
    join(&owned)
}

/// "a", "a and b", "a, b and c" (the language's list words).
pub fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => msg::list_and(&init.join(msg::list_separator()), last),
    }
}

/// Clauses, not names: "closes a, and eases b" in the language's own way of chaining verb
/// phrases (Chinese joins nouns with 和 but clauses with ，并).
fn join_clauses(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => msg::clause_and(&init.join(msg::clause_separator()), last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate::evaluate;
    use crate::outcome::Scenario;

    use crate::test_world as world;

    /// Every change between consecutive event dates, with the later date.
    fn every_move(world: &World) -> Vec<(&str, Change)> {
        let mut dates: Vec<&str> = world.events.iter().map(|e| e.date.as_str()).collect();
        dates.sort_unstable();
        dates.dedup();
        dates
            .windows(2)
            .flat_map(|pair| {
                moved(world, pair[0], pair[1])
                    .1
                    .into_iter()
                    .map(move |c| (pair[1], c))
            })
            .collect()
    }

    /// The record at `to` and what changed from the record at `from` (a move along the
    /// timeline).
    fn moved(world: &World, from: &str, to: &str) -> (Evaluation, Vec<Change>) {
        let before = evaluate(world, &world.scenario_at(from));
        let after = evaluate(world, &world.scenario_at(to));
        let changes = diff(world, &before, &after);
        (after, changes)
    }

    /// Toggles one switch at the FT-report preset; returns the changes and the sentence.
    fn toggle(id: &str, on: bool) -> (Vec<Change>, Option<String>) {
        let world = world();
        let before: Scenario = world.preset_scenario("ft-report").expect("preset");
        let mut after = before.clone();
        if on {
            after.on.insert(id.to_string());
        } else {
            after.on.remove(id);
        }
        let changes = diff(world, &evaluate(world, &before), &evaluate(world, &after));
        let policy = world.policy(id).expect("policy");
        let sentence = describe(world, &changes, Some((policy, on, &after)));
        (changes, sentence)
    }

    #[cfg(feature = "multilingual")] // Chinese needs the catalog.
    #[test]
    fn the_sentence_in_chinese_is_built_from_chinese_messages() {
        crate::i18n::use_language_from_files("zh-CN");
        let (_, eased) = toggle("purchase-justification", false);
        let (_, licence) = toggle("h20-licence", true);
        crate::i18n::set_english();
        let eased = eased.expect("a sentence");
        // The policy's name and the developers' names are data text (English until the data's
        // translations are swapped in); every word around them is Chinese.
        assert_eq!(
            eased,
            "关闭“Beijing asks firms to justify Nvidia purchases”：减轻ByteDance、Alibaba和Tencent\
             的主要推理路径所受的阻碍。ByteDance的主要推理路径（H20，来自库存）现为“畅通”：其库存可以再次增加。"
        );
        assert_eq!(
            licence.as_deref(),
            Some(
                "打开“H20 needs a licence”不改变任何开发商的路径：“Nvidia H20 exports allowed”解除了它。"
            )
        );
    }

    #[test]
    fn nothing_changed_gives_no_sentence_unless_toggled() {
        let world = world();
        let eval = evaluate(world, &world.default_scenario());
        let changes = diff(world, &eval, &eval);
        assert!(changes.is_empty());
        assert_eq!(describe(world, &changes, None), None);
        // After a toggle there is always a sentence, even when no path changed.
        let (changes, sentence) = toggle("h20-licence", true);
        assert!(changes.is_empty());
        assert_eq!(
            sentence.as_deref(),
            Some(
                "Switching on “H20 needs a licence” changes no developer's path: “Nvidia H20 \
                 exports allowed” lifts it."
            )
        );
    }

    #[test]
    fn h20_off_at_the_ft_report_changes_no_main_status_and_says_why() {
        // On 14 Aug 2025 Beijing was already discouraging H20 purchases, so the platforms' H20
        // fleets could not grow anyway: stopping exports again adds a burden, moves no status.
        let (changes, sentence) = toggle("h20-allowed", false);
        let sentence = sentence.expect("a sentence");
        assert!(
            sentence.starts_with(
                "Switching off “Nvidia H20 exports allowed” changes no main path's status. \
                 ByteDance's main inference path (H20, from a stockpile) stays limited, with one \
                 burden more: its stockpile cannot grow while new imports are blocked (needs a US \
                 export licence, required indefinitely since April 2025). Likewise"
            ),
            "{sentence}"
        );
        assert!(
            sentence.ends_with("Likewise for Alibaba and Tencent."),
            "{sentence}"
        );
        assert!(changes.iter().all(|c| !c.moved()));
        let bytedance = changes
            .iter()
            .find(|c| c.developer == "bytedance")
            .expect("bytedance");
        assert!(bytedance.added.iter().any(|r| matches!(
            &r.cause,
            crate::Cause::StockpileCannotGrow { blocked_by, .. }
                if blocked_by.iter().any(|p| p == "h20-licence")
        )));
    }

    #[test]
    fn loosening_reads_as_easing() {
        let (_, sentence) = toggle("us-chips-training-guidance", false);
        assert_eq!(
            sentence.as_deref(),
            Some(
                "Switching off “US warns against US chips serving Chinese models” eases \
                 ByteDance's and Alibaba's main training paths. ByteDance's main training path \
                 (Nvidia GPUs (models not reported), rented abroad) is now open, with one burden \
                 less: US guidance warns against US chips abroad training or running Chinese \
                 models."
            )
        );
    }

    /// facts.md §6: the Ascend guidance is "GP10 legal risk for anyone with US exposure". Of the
    /// developers counted as exposed, only ByteDance is reported on Ascend (the 910B, mainly for
    /// inference: Reuters, 30 Sep 2024), and not as its main path (audit12 F2): switching the
    /// guidance moves no cell, and the sentence names that one path and the burden it loses.
    #[test]
    fn the_ascend_guidance_moves_no_cell_and_names_bytedances_ascend_path() {
        let (changes, sentence) = toggle("ascend-guidance", false);
        assert!(changes.iter().all(|c| !c.moved()), "{changes:?}");
        assert_eq!(
            changes
                .iter()
                .map(|c| (c.developer.as_str(), c.workload))
                .collect::<Vec<_>>(),
            [("bytedance", Workload::Inference)]
        );
        let name = &world().policy("ascend-guidance").expect("policy").name;
        let sentence = sentence.expect("a sentence");
        assert!(
            sentence.starts_with(&format!(
                "Switching off “{name}” changes no main path's status. ByteDance's other \
                 inference path (Ascend 910B, bought at home) "
            )),
            "{sentence}"
        );
        assert!(
            sentence.contains(
                "US guidance says using these Ascend chips risks breaking US export rules"
            ),
            "{sentence}"
        );
    }

    #[test]
    fn dropping_purchase_justification_lets_the_h20_fleets_grow() {
        let (changes, sentence) = toggle("purchase-justification", false);
        assert_eq!(
            changes
                .iter()
                .filter(|c| c.moved())
                .map(|c| (c.developer.as_str(), c.before, c.after))
                .collect::<Vec<_>>(),
            [
                ("bytedance", Some(Status::Limited), Some(Status::Open)),
                ("alibaba", Some(Status::Limited), Some(Status::Open)),
                ("tencent", Some(Status::Limited), Some(Status::Open)),
            ]
        );
        assert!(
            sentence.as_deref().is_some_and(|s| s.starts_with(
                "Switching off “Beijing asks firms to justify Nvidia purchases” eases \
                 ByteDance's, Alibaba's and Tencent's main inference paths."
            )),
            "{sentence:?}"
        );
    }

    #[test]
    fn a_burden_added_to_another_path_is_named_for_everyone_it_reaches() {
        let (changes, sentence) = toggle("customs-checks", true);
        assert!(changes.iter().all(|c| !c.moved()));
        // The switch's name comes from the data (hedged there: a one-source report).
        let name = &world().policy("customs-checks").expect("policy").name;
        assert_eq!(
            sentence.as_deref(),
            Some(
                format!(
                    "Switching on “{name}” changes no main path's status. \
                     ByteDance's other inference path (H20, imported) stays limited, with one \
                     burden more: customs reportedly inspects the shipments. Likewise for Alibaba and Tencent."
                )
                .as_str()
            )
        );
    }

    #[test]
    fn a_policy_that_reaches_no_path_says_whom_it_reaches() {
        let (changes, sentence) = toggle("state-dc-domestic", true);
        assert!(changes.is_empty());
        let sentence = sentence.expect("a sentence");
        let name = &world().policy("state-dc-domestic").expect("policy").name;
        assert!(
            sentence.starts_with(&format!(
                "Switching on “{name}” changes no developer's path: it covers new state-funded \
                 data-centre projects, not private firms' own fleets"
            )),
            "{sentence}"
        );
    }

    #[test]
    fn a_new_blocker_of_a_stockpile_is_named() {
        let (_, sentence) = toggle("deepseek-listed", true);
        let sentence = sentence.expect("a sentence");
        assert!(sentence.starts_with(
            "Switching on the what-if “DeepSeek added to the Entity List” changes no main path's \
             status. DeepSeek's main training path (H800, from a stockpile) stays limited"
        ));
        assert!(
            sentence.contains("DeepSeek would be on the US Entity List"),
            "{sentence}"
        );
    }

    #[test]
    fn moving_along_the_timeline() {
        let world = world();
        let (after, changes) = moved(world, "2025-11-26", "2026-01-28");
        let sentence = describe_move(world, &changes, "2026-01-28").expect("a sentence");
        // Zhipu's Ascend training is reported from 14 Jan 2026: time, not a policy, brings it.
        // Which Ascend is our assumption (modelled), so the sentence does not say "reported on".
        let status = after
            .outcome("zhipu", Workload::Training)
            .and_then(|o| o.main())
            .expect("Zhipu's main training path")
            .status;
        assert!(
            sentence.starts_with(&format!(
                "Moving to 28 Jan 2026 puts Zhipu's main training path on the record. Zhipu's \
                 training now shows on Ascend 910B, bought at home ({}",
                status.word()
            )),
            "{sentence}"
        );
    }

    /// The same move in Chinese: a modelled path "shows as" (显示为) the chip, as the English
    /// "shows on", never "uses" (使用), which would assert what the record does not (audit9 Z1).
    #[cfg(feature = "multilingual")] // Chinese needs the catalog.
    #[test]
    fn a_modelled_path_is_not_said_to_be_used_in_chinese() {
        let world = world();
        let (_, changes) = moved(world, "2025-11-26", "2026-01-28");
        crate::i18n::use_language_from_files("zh-CN");
        let sentence = describe_move(world, &changes, "2026-01-28");
        crate::i18n::set_english();
        let sentence = sentence.expect("a sentence");
        assert!(
            sentence.contains("Zhipu的训练路径现在显示为Ascend 910B"),
            "{sentence}"
        );
        assert!(!sentence.contains("现在使用"), "{sentence}");
        assert!(sentence.contains("而非已报道的事实"), "{sentence}");
    }

    /// Where a path appears whose chip or use is our assumption (`modelled`), the sentence says
    /// so instead of "reported" (review of issue 15 found "is now reported on" for ByteDance's
    /// modelled A800 training). Every move between consecutive event dates is checked.
    #[test]
    fn a_modelled_path_is_not_called_reported() {
        let world = world();
        let mut seen = (0, 0);
        for (to, change) in every_move(world) {
            let (None, Some(main)) = (&change.before_main, &change.after_main) else {
                continue;
            };
            let words = detail(world, &change);
            if main.modelled {
                seen.0 += 1;
                assert!(!words.contains("reported on"), "{to}: {words}");
                assert!(words.contains("is our assumption"), "{to}: {words}");
            } else {
                seen.1 += 1;
                assert!(words.contains("is now reported on"), "{to}: {words}");
            }
        }
        assert!(
            seen.0 > 0 && seen.1 > 0,
            "both kinds occur in the data: {seen:?}"
        );
    }

    /// audit9 T11: on 14 Aug 2025 (the FT's report, the opening date) DeepSeek's main inference
    /// path moves from its H20s to Huawei's Ascend; the FT names no Ascend model, so the 910C is
    /// our assumption (`modelled`) and the sentence must say so, as it does for a path that comes
    /// onto the record. Every main-path move between consecutive event dates is checked too.
    #[test]
    fn a_move_along_the_timeline_names_a_main_path_that_moved_before_other_paths() {
        // 12 -> 14 Aug 2025: no main status moves, but DeepSeek's main inference path moves onto
        // the Ascend 910C (our assumption); the sentence once named only a new training path.
        let world = world();
        let (_, changes) = moved(world, "2025-08-12", "2025-08-14");
        let sentence = describe_move(world, &changes, "2025-08-14").expect("a sentence");
        assert!(
            sentence.contains(
                "DeepSeek's main inference path is now Ascend 910C, bought at home (limited); which \
                 chip, which use or since when is our assumption, not a reported fact."
            ),
            "{sentence}"
        );
    }

    /// audit11 A2: a new fallback whose path is our assumption (`modelled`) says so, as a main
    /// path's move onto one does; a reported one does not. The view: 14 Aug 2025 with Beijing's
    /// purchase justification off, where DeepSeek's inference falls back on H20s from a
    /// stockpile (modelled); the move: from the same view without that path.
    /// "Likewise for X" after a sentence about a fallback names only firms whose same path is
    /// their fallback too: on the record at 28 Jan 2026 Tencent gains an H200 training fallback,
    /// while Alibaba's H200 path, no better than its main path, is not one (review11 R4).
    #[test]
    fn likewise_names_only_firms_whose_path_is_the_same_kind() {
        let world = world();
        let mut checked = 0;
        let mut dates: Vec<&str> = world.events.iter().map(|e| e.date.as_str()).collect();
        dates.sort_unstable();
        dates.dedup();
        for pair in dates.windows(2) {
            let (_, changes) = moved(world, pair[0], pair[1]);
            let Some(sentence) = describe_move(world, &changes, pair[1]) else {
                continue;
            };
            let Some((_, named)) = sentence.split_once("Likewise for ") else {
                continue;
            };
            if !sentence.contains(" fallback") {
                continue;
            }
            let workload = if sentence.contains("training fallback") {
                Workload::Training
            } else {
                Workload::Inference
            };
            for developer in &world.developers {
                if !named.contains(developer.name.as_str()) {
                    continue;
                }
                // The named firm's own change is about its fallback too (one that is new, or
                // was one before it moved, as the sentence's first firm's).
                assert!(
                    changes.iter().any(|c| c.developer == developer.id
                        && c.workload == workload
                        && c.fallback),
                    "{}: {sentence}: {} has no {workload:?} fallback that moved",
                    pair[1],
                    developer.name
                );
                checked += 1;
            }
        }
        // The move the review found, said of Tencent alone (the loop above passes vacuously
        // when no fallback sentence names others, so the case is checked by name too).
        let (_, changes) = moved(world, "2026-01-15", "2026-01-28");
        let sentence = describe_move(world, &changes, "2026-01-28").expect("a sentence");
        assert!(
            sentence.contains("Tencent now has a training fallback: H200, imported")
                && !sentence.contains("Likewise for Alibaba"),
            "{sentence} ({checked} named others)"
        );
    }

    /// "Likewise for X" names only firms whose path ends at the status the sentence states: at
    /// the data's last date, the stop order on the RTX Pro 6000D switched off leaves the firms'
    /// RTX paths at different statuses (review11b: "Likewise for Alibaba" said limited where
    /// Alibaba's is friction).
    #[test]
    fn likewise_names_only_firms_whose_path_ends_at_the_same_status() {
        let world = world();
        let mut scenario = world.scenario_at(&world.meta.as_of);
        let before = evaluate(world, &scenario);
        assert!(scenario.on.remove("rtx-stop-order"), "in force at as_of");
        let after = evaluate(world, &scenario);
        let sentence = describe(world, &diff(world, &before, &after), None).expect("a sentence");
        let rtx_status = |developer: &DeveloperId| {
            after
                .outcome(developer.as_str(), Workload::Inference)
                .and_then(|o| o.paths.iter().find(|p| p.chip == "rtx-pro-6000d"))
                .map(|p| p.status)
        };
        // The sentence describes one firm's RTX path ("… is now S"), then names the others.
        let (described, rest) = sentence
            .split_once("'s other inference path (RTX Pro 6000D, imported) is now ")
            .expect("a sentence about an RTX path");
        let said = rest.split([',', '.']).next().expect("a status");
        let firm = |n: &str| {
            world
                .developers
                .iter()
                .find(|d| n.ends_with(d.name.as_str()))
        };
        let first = firm(described).expect("the firm described");
        assert_eq!(
            rtx_status(&first.id).map(|s| s.word()),
            Some(said),
            "{sentence}"
        );
        let statuses: Vec<_> = world
            .developers
            .iter()
            .filter_map(|d| rtx_status(&d.id))
            .collect();
        assert!(
            statuses.iter().any(|s| s.word() != said),
            "the case needs firms at different statuses: {sentence}"
        );
        if let Some((_, named)) = sentence.split_once("Likewise for ") {
            for developer in world
                .developers
                .iter()
                .filter(|d| named.contains(d.name.as_str()))
            {
                assert_eq!(
                    rtx_status(&developer.id).map(|s| s.word()),
                    Some(said),
                    "{}: {sentence}",
                    developer.name
                );
            }
        }
    }

    #[test]
    fn a_new_modelled_fallback_says_it_is_our_assumption() {
        let world = world();
        let mut scenario = world.scenario_at("2025-08-14");
        assert!(
            scenario.on.remove("purchase-justification"),
            "on at the date"
        );
        let after = evaluate(world, &scenario);
        let outcome = after
            .outcome("deepseek", Workload::Inference)
            .expect("DeepSeek's inference");
        let fallback = outcome.fallback().expect("a fallback").clone();
        assert!(world.developer("deepseek").expect("deepseek").paths[fallback.reported].modelled);
        let without = |modelled: bool| {
            let mut before = after.clone();
            let mut after = after.clone();
            for eval in [&mut before, &mut after] {
                for o in &mut eval.outcomes {
                    if o.developer == "deepseek" && o.workload == Workload::Inference {
                        for p in &mut o.paths {
                            if p.reported == fallback.reported {
                                p.modelled = modelled;
                            }
                        }
                    }
                }
            }
            for o in &mut before.outcomes {
                if o.developer == "deepseek" && o.workload == Workload::Inference {
                    o.paths.retain(|p| p.reported != fallback.reported);
                }
            }
            describe(world, &diff(world, &before, &after), None).expect("a sentence")
        };
        assert_eq!(
            without(true),
            "This change changes no main path's status. DeepSeek now has an inference \
             fallback: H20, from a stockpile (open); which chip, which use or since when is our \
             assumption, not a reported fact."
        );
        // The same path were it reported: the plain sentence.
        assert_eq!(
            without(false),
            "This change changes no main path's status. DeepSeek now has an inference \
             fallback: H20, from a stockpile (open)."
        );
    }

    #[test]
    fn a_main_path_that_moves_onto_a_modelled_path_says_it_is_modelled() {
        let world = world();
        let (_, changes) = moved(world, "2025-08-12", "2025-08-14");
        let deepseek = changes
            .iter()
            .find(|c| c.developer == "deepseek" && c.workload == Workload::Inference)
            .expect("DeepSeek's inference changes on 14 Aug 2025");
        let (Some(old), Some(new)) = (&deepseek.before_main, &deepseek.after_main) else {
            panic!("a main path before and after: {deepseek:?}");
        };
        assert_ne!(old.reported, new.reported, "the main path moves");
        assert!(world.developer("deepseek").expect("deepseek").paths[new.reported].modelled);
        assert_eq!(
            detail(world, deepseek),
            "DeepSeek's main inference path is now Ascend 910C, bought at home (limited: supply is \
             limited by SMIC's yields, high-bandwidth memory and packaging); which chip, which use \
             or since when is our assumption, not a reported fact."
        );

        let mut seen = (0, 0);
        for (to, change) in every_move(world) {
            let (Some(old), Some(new)) = (&change.before_main, &change.after_main) else {
                continue;
            };
            if old.reported == new.reported {
                continue;
            }
            let words = detail(world, &change);
            let says = words.contains("is our assumption");
            if new.modelled {
                seen.0 += 1;
                assert!(says, "{to}: {words}");
            } else {
                seen.1 += 1;
                assert!(!says, "{to}: {words}");
            }
        }
        assert!(seen.0 > 0, "a move onto a modelled path occurs: {seen:?}");
    }

    #[test]
    fn many_names_are_summarised() {
        assert_eq!(possessives(&["A"]), "A's");
        assert_eq!(possessives(&["A", "B"]), "A's and B's");
        assert_eq!(possessives(&["A", "B", "C"]), "A's, B's and C's");
        assert_eq!(
            possessives(&["A", "B", "C", "D", "E"]),
            "A's, B's and 3 others'"
        );
    }
}
