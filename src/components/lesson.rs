//! classroom: the lesson around the story — the "Before we start" card, the closing card and
//! the glossary's plain-language explanations — in the words of data/lesson.toml (checked and
//! compiled in by build/lesson.rs). A glossary term is explained at the first step whose text
//! uses it, as a keyboard-operable disclosure (a native `<details>`). The teacher notes take
//! each question's answer from the model (`story::reveal`), like the reveal itself.

use crate::model::i18n::msg;
use crate::model::{Status, World};
use yew::prelude::*;

mod words {
    include!(concat!(env!("OUT_DIR"), "/lesson.rs"));
}
pub use words::{
    BACKGROUND, CLOSING_TITLE, GLOSSARY, GROUPS, MISCONCEPTIONS, PLAN, PROMPTS, QUESTIONS,
    START_POINTS, START_TITLE, TAKEAWAYS, TRY,
};

/// Where `text` first uses one of a glossary entry's words (as a whole word, any ASCII case):
/// the byte range of that use. ASCII case-folding keeps the byte offsets of `text`.
pub fn first_use(text: &str, matches: &[&str]) -> Option<(usize, usize)> {
    let folded = text.to_ascii_lowercase();
    matches
        .iter()
        .filter_map(|word| {
            folded.match_indices(word).find_map(|(at, _)| {
                let end = at + word.len();
                let before = folded[..at].chars().next_back();
                let after = folded[end..].chars().next();
                (!before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric))
                .then_some((at, end))
            })
        })
        // The earliest use; at the same place, the longest word ("main training path").
        .min_by_key(|&(at, end)| (at, usize::MAX - end))
}

/// Whether `text` uses one of a glossary entry's words (as a whole word, any case).
pub fn uses(text: &str, matches: &[&str]) -> bool {
    first_use(text, matches).is_some()
}

/// `text` with the first use of each of `entries` (indices into `GLOSSARY`) made a glossary
/// word, whose explanation unfolds in place; `place` makes the ids unique on the page. Returns
/// the entries `text` does not use, for the next text to explain.
pub fn with_terms(text: &str, entries: &[usize], place: &str) -> (Html, Vec<usize>) {
    use super::glossary_term::GlossaryTerm;
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    let mut left = Vec::new();
    for &entry in entries {
        let Some((_, matches, _)) = GLOSSARY.get(entry) else {
            continue;
        };
        match first_use(text, matches) {
            // Two words on one stretch of text: the first keeps it, the second waits.
            Some((at, end)) if !found.iter().any(|&(a, e, _)| at < e && a < end) => {
                found.push((at, end, entry))
            }
            _ => left.push(entry),
        }
    }
    found.sort_unstable();
    let mut parts = Vec::new();
    let mut from = 0;
    for (at, end, entry) in found {
        parts.push(html! { { text[from..at].to_owned() } });
        let (_, _, explanation) = GLOSSARY[entry];
        parts.push(html! {
            <GlossaryTerm word={text[at..end].to_owned()} text={explanation}
                id={format!("term-{place}-{entry}")} />
        });
        from = end;
    }
    parts.push(html! { { text[from..].to_owned() } });
    (parts.into_iter().collect::<Html>(), left)
}

/// The words students read at a story step: its title, caption and question.
fn step_text(world: &World, index: usize) -> String {
    world.story.get(index).map_or(String::new(), |step| {
        let question = step.question.as_ref().map_or("", |q| q.prompt.as_str());
        format!("{} {} {}", step.title, step.caption, question)
    })
}

/// The words the start card explains: the statuses and the main path are on screen from the
/// first step (and the legend under the matrix names the statuses again).
const START_TERMS: [&str; 7] = [
    "Open",
    "Friction",
    "Limited",
    "Blocked",
    "Not reported",
    "Main path",
    "The two gates",
];

/// The glossary entries first used at story step `index`, but for the start card's (a status
/// word in a sentence, "both gates open", is not the status).
pub fn first_used_at(world: &World, index: usize) -> Vec<usize> {
    GLOSSARY
        .iter()
        .enumerate()
        .filter(|(_, (term, _, _))| !START_TERMS.contains(term))
        .filter(|(_, (_, matches, _))| {
            let at = |i: usize| uses(&step_text(world, i), matches);
            at(index) && !(0..index).any(at)
        })
        .map(|(i, _)| i)
        .collect()
}

/// A row of disclosures, one per glossary entry (indices into `GLOSSARY`).
pub fn glossary_terms(entries: &[usize], heading: &str) -> Html {
    if entries.is_empty() {
        return Html::default();
    }
    html! {
        <div class="lesson__words">
            <p class="lesson__words-head">{ heading.to_owned() }</p>
            <ul class="lesson__terms">
                { for entries.iter().filter_map(|&i| GLOSSARY.get(i)).map(|(term, _, text)| html! {
                    <li key={*term}>
                        <details class="term">
                            <summary class="term__name">{ *term }</summary>
                            <p class="term__text">{ *text }</p>
                        </details>
                    </li>
                }) }
            </ul>
        </div>
    }
}

/// A status in a word or two, for the legend pinned under the matrix in the presenter view:
/// two entries a line in the matrix's 26em (docs/classroom.md has the figures). Short forms of
/// `Status::meaning` and of the glossary's entries (which the start card and the words in the
/// text explain in full), saying nothing they do not.
fn status_gloss(status: Status) -> &'static str {
    match status {
        Status::Open => msg::gloss_open(),
        Status::Friction => msg::gloss_friction(),
        Status::Limited => msg::gloss_limited(),
        Status::AtRisk => msg::gloss_at_risk(),
        Status::Blocked => msg::gloss_blocked(),
    }
}

/// The matrix's legend in the classroom: each status shown (`statuses`, in order) and "Not
/// reported", one line each, pinned under the matrix in the presenter view.
pub fn matrix_legend(statuses: &[Status]) -> Html {
    use super::status_badge::status_badge;
    html! {
        <dl class="lesson__legend" aria-label={msg::legend_label()}>
            { for statuses.iter().map(|&status| html! {
                <div class="lesson__legend-item" key={status.slug()}>
                    <dt>{ status_badge(status) }</dt>
                    <dd>{ status_gloss(status) }</dd>
                </div>
            }) }
            <div class="lesson__legend-item" key="none">
                <dt><span class="matrix__none">{ msg::status_not_reported() }</span></dt>
                <dd>{ msg::gloss_none() }</dd>
            </div>
        </dl>
    }
}

/// The "Before we start" card: what the lesson is about, the developers in one line each (from
/// the data), and the words every step uses.
pub fn start_card(world: &World, onstart: Callback<MouseEvent>) -> Html {
    let statuses: Vec<usize> = GLOSSARY
        .iter()
        .enumerate()
        .filter(|(_, (term, _, _))| START_TERMS.contains(term))
        .map(|(i, _)| i)
        .collect();
    html! {
        <section class="story story--start" aria-labelledby="story-title" data-step="0">
            <div class="story__head" aria-live="polite" aria-atomic="true">
                <p class="story__where"><span class="story__count">{ "Step 0: the lesson" }</span></p>
                <h2 class="story__title" id="story-title">{ START_TITLE }</h2>
            </div>
            <ul class="lesson__points">
                { for START_POINTS.iter().map(|p| html! { <li>{ *p }</li> }) }
            </ul>
            <p class="lesson__developers">
                <strong>{ "The developers: " }</strong>
                { world.developers.iter().map(|d| match &d.known_for {
                    Some(known) => format!("{} ({known})", d.name),
                    None => d.name.clone(),
                }).collect::<Vec<_>>().join(", ") }
                { "." }
            </p>
            { glossary_terms(&statuses, "How to read a cell (choose a word):") }
            <nav class="story__nav" aria-label="Story steps">
                <button type="button" class="button button--primary story__next"
                    aria-keyshortcuts="ArrowRight PageDown Space" onclick={onstart}>
                    { "Start the story" }<span aria-hidden="true">{ " →" }</span>
                </button>
            </nav>
        </section>
    }
}

/// The closing card, under the last step: three takeaways, two questions to discuss, and the
/// way into the explorer at the same date.
pub fn closing_card(ontry: Callback<MouseEvent>) -> Html {
    html! {
        <section class="lesson__closing" aria-labelledby="closing-title">
            <h3 id="closing-title" class="lesson__closing-title">{ CLOSING_TITLE }</h3>
            <ol class="lesson__takeaways">
                { for TAKEAWAYS.iter().map(|t| html! { <li>{ *t }</li> }) }
            </ol>
            <p class="lesson__discuss-head"><strong>{ "Discuss:" }</strong></p>
            <ul class="lesson__questions">
                { for QUESTIONS.iter().map(|q| html! { <li>{ *q }</li> }) }
            </ul>
            <button type="button" class="button button--primary lesson__try" onclick={ontry}>
                { TRY }
            </button>
        </section>
    }
}

/// A question's answer in words, from the model: the developers whose main path gets worse,
/// in the reveal's order, or "Nobody" (the same list the reveal scores against).
pub fn answer_names(world: &World, result: &crate::model::story::Reveal) -> String {
    let names: Vec<&str> = result
        .losses
        .iter()
        .map(|l| {
            world
                .developer(&l.developer)
                .map_or(l.developer.as_str(), |d| d.name.as_str())
        })
        .collect();
    if names.is_empty() {
        "Nobody".to_string()
    } else {
        names.join(", ")
    }
}

/// The teacher notes: the plan, each question's answer (from the model), common
/// misconceptions, background, discussion prompts and how to give groups their own links.
pub fn teacher_notes(world: &World) -> Html {
    use crate::model::path_name;
    use crate::model::story::reveal;
    let list = |items: &[&str]| {
        html! {
            <ul>{ for items.iter().map(|i| html! { <li>{ *i }</li> }) }</ul>
        }
    };
    let answers = (0..world.story.len()).filter_map(|i| reveal(world, i).map(|r| (i, r)));
    html! {
        <section class="notes" id="teacher-notes" aria-labelledby="notes-title">
            <h2 id="notes-title">{ "Teacher notes" }</h2>
            <p class="notes__print">{ "Print this page (Ctrl+P or ⌘P) to get these notes on paper." }</p>
            <h3>{ "A 20-minute lesson" }</h3>
            { list(PLAN) }
            <p>{ "Keys: → or Space next step, ← back, Home and End first and last step; a presentation clicker works too." }</p>
            <h3>{ "The questions and their answers" }</h3>
            <ol class="notes__answers">
                { for answers.map(|(i, result)| html! {
                    <li key={i} class="notes__answer" data-step={(i + 1).to_string()}>
                        <p><strong>{ format!("Step {}: ", i + 1) }</strong>{ &result.question.prompt }</p>
                        <p>
                            <strong>{ "Answer: " }</strong>
                            <span class="notes__names">{ answer_names(world, &result) }</span>
                            { ". " }{ &result.question.answer_text }
                        </p>
                        if !result.losses.is_empty() {
                            <ul>
                                { for result.losses.iter().map(|loss| {
                                    let name = world.developer(&loss.developer).map_or(loss.developer.as_str(), |d| d.name.as_str());
                                    let why = loss.lost.reasons.first().map_or("", |r| r.text.as_str());
                                    html! {
                                        <li key={loss.developer.as_str()}>
                                            { format!("{name}: {} goes from {} to {}: {why}.",
                                                path_name(world, &loss.lost.chip, loss.lost.route),
                                                loss.before.label(), loss.after.label()) }
                                        </li>
                                    }
                                }) }
                            </ul>
                        }
                    </li>
                }) }
            </ol>
            <h3>{ "Common misconceptions" }</h3>
            { list(MISCONCEPTIONS) }
            <h3>{ "Background for the teacher" }</h3>
            { list(BACKGROUND) }
            <h3>{ "Discussion prompts" }</h3>
            { list(PROMPTS) }
            <h3>{ "Giving groups different scenarios" }</h3>
            <p>{ GROUPS }</p>
        </section>
    }
}
