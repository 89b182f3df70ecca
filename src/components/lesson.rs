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

/// The lesson's words in the active language: a language file carries the lesson's texts
/// (`language_files.rs`, `Catalog::lesson_texts`), in the order of `words::TEXTS`; without them (English, a
/// developer's own data) the lesson is English. Indices (`words::AT_*`) are the same in every
/// language, so a glossary entry is one number everywhere.
#[derive(Clone)]
pub struct Words(Option<&'static crate::model::i18n::Catalog>);

impl Words {
    /// The lesson in the language messages are in now.
    pub fn current() -> Words {
        let catalog = crate::model::i18n::catalog();
        let fits = catalog.lesson_texts.len() == words::TEXTS.len();
        Words(fits.then_some(catalog))
    }

    fn text(&self, i: usize) -> &str {
        match &self.0 {
            Some(catalog) => &catalog.lesson_texts[i],
            None => words::TEXTS[i],
        }
    }

    fn list(&self, (from, to): (usize, usize)) -> Vec<&str> {
        (from..to).map(|i| self.text(i)).collect()
    }

    /// Glossary entry `entry`'s term as shown.
    pub fn term(&self, entry: usize) -> &str {
        words::AT_GLOSSARY
            .get(entry)
            .map_or("", |&(t, _, _)| self.text(t))
    }

    /// The words that count as a use of glossary entry `entry`.
    pub fn matches(&self, entry: usize) -> Vec<&str> {
        words::AT_GLOSSARY
            .get(entry)
            .map_or(Vec::new(), |&(_, m, _)| self.list(m))
    }

    /// Glossary entry `entry`'s explanation.
    pub fn explanation(&self, entry: usize) -> &str {
        words::AT_GLOSSARY
            .get(entry)
            .map_or("", |&(_, _, e)| self.text(e))
    }
}

/// Whether `a` and `b` side by side are inside one word: both letters or digits of a script
/// that spaces its words. Chinese and Japanese do not, so a glossary word written in them (实体
/// 清单) is a use wherever it stands, and so is a Latin word beside them (H20芯片).
fn one_word(a: char, b: char) -> bool {
    let spaced = |c: char| c.is_alphanumeric() && !is_cjk(c);
    spaced(a) && spaced(b)
}

/// Han ideographs, kana and the CJK punctuation and full-width forms.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FDF | 0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

/// Where `text` first uses one of a glossary entry's words (as a whole word, any ASCII case;
/// in a script without spaces, anywhere): the byte range of that use. ASCII case-folding keeps
/// the byte offsets of `text`.
pub fn first_use(text: &str, matches: &[&str]) -> Option<(usize, usize)> {
    let folded = text.to_ascii_lowercase();
    matches
        .iter()
        .filter(|word| !word.is_empty())
        .filter_map(|word| {
            let word = word.to_ascii_lowercase();
            let (first, last) = (word.chars().next()?, word.chars().next_back()?);
            folded.match_indices(word.as_str()).find_map(|(at, _)| {
                let end = at + word.len();
                let before = folded[..at].chars().next_back();
                let after = folded[end..].chars().next();
                (!before.is_some_and(|b| one_word(b, first))
                    && !after.is_some_and(|a| one_word(last, a)))
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
    let words = Words::current();
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    let mut left = Vec::new();
    for &entry in entries {
        if entry >= GLOSSARY.len() {
            continue;
        }
        match first_use(text, &words.matches(entry)) {
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
        let explanation = words.explanation(entry).to_owned();
        parts.push(html! {
            <GlossaryTerm word={text[at..end].to_owned()} text={explanation}
                id={format!("term-{place}-{entry}")} />
        });
        from = end;
    }
    parts.push(html! { { text[from..].to_owned() } });
    (parts.into_iter().collect::<Html>(), left)
}

/// The words students read at a story step: its title, caption and question, and its box
/// ("Because of this event: …", "Meanwhile: …"), which may be the first to name a term (the
/// Entity List at the first step, "fallback" when a path moves).
pub fn step_text(world: &World, index: usize) -> String {
    world.story.get(index).map_or(String::new(), |step| {
        let question = step.question.as_ref().map_or("", |q| q.prompt.as_str());
        let told = crate::model::story::step_story(world, index);
        let (because, meanwhile) = told.as_ref().map_or(("", ""), |t| {
            (t.because_text.as_str(), t.meanwhile_text.as_str())
        });
        format!(
            "{} {} {} {} {}",
            step.title, step.caption, question, because, meanwhile
        )
    })
}

/// The words the start card explains: the statuses, the main path and its "modelled" mark are
/// on screen from the first step (and the legend under the matrix names the statuses again).
/// The mark is a badge, never a word of a step's text, so only the start card can explain it.
pub const START_TERMS: [&str; 8] = [
    "Open",
    "Friction",
    "Limited",
    "Blocked",
    "Not reported",
    "Main path",
    "Modelled",
    "The two gates",
];

/// The glossary entries first used at story step `index`, but for the start card's (a status
/// word in a sentence, "both gates open", is not the status).
pub fn first_used_at(world: &World, index: usize) -> Vec<usize> {
    let words = Words::current();
    // Each step's text once: a step's box takes three evaluations.
    let texts: Vec<String> = (0..=index).map(|i| step_text(world, i)).collect();
    GLOSSARY
        .iter()
        .enumerate()
        .filter(|(_, (term, _, _))| !START_TERMS.contains(term))
        .filter(|(entry, _)| {
            let matches = words.matches(*entry);
            let at = |i: usize| uses(&texts[i], &matches);
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
    let words = Words::current();
    html! {
        <div class="lesson__words">
            <p class="lesson__words-head">{ heading.to_owned() }</p>
            <ul class="lesson__terms">
                { for entries.iter().filter(|&&i| i < GLOSSARY.len()).map(|&i| html! {
                    <li key={i}>
                        <details class="term">
                            <summary class="term__name">{ words.term(i).to_owned() }</summary>
                            <p class="term__text">{ words.explanation(i).to_owned() }</p>
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
/// `modelled`: the matrix shows a modelled path, whose "*" (the presenter's mark) the legend
/// then explains.
pub fn matrix_legend(statuses: &[Status], modelled: bool) -> Html {
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
            if modelled {
                <div class="lesson__legend-item lesson__legend-item--modelled" key="modelled">
                    <dt><span aria-hidden="true">{ "* " }</span>{ msg::modelled() }</dt>
                    <dd>{ msg::gloss_modelled() }</dd>
                </div>
            }
        </dl>
    }
}

/// The "Before we start" card: what the lesson is about, the developers in one line each (from
/// the data), and the words every step uses.
pub fn start_card(world: &World, onstart: Callback<MouseEvent>) -> Html {
    let words = Words::current();
    let statuses: Vec<usize> = GLOSSARY
        .iter()
        .enumerate()
        .filter(|(_, (term, _, _))| START_TERMS.contains(term))
        .map(|(i, _)| i)
        .collect();
    let developers: Vec<String> = world
        .developers
        .iter()
        .map(|d| match &d.known_for {
            Some(known) => msg::lesson_developer_known(&d.name, known),
            None => d.name.clone(),
        })
        .collect();
    html! {
        <section class="story story--start" aria-labelledby="story-title" data-step="0">
            <div class="story__head" aria-live="polite" aria-atomic="true">
                <p class="story__where"><span class="story__count">{ msg::lesson_step_zero() }</span></p>
                <h2 class="story__title" id="story-title">{ words.text(words::AT_START_TITLE).to_owned() }</h2>
            </div>
            <ul class="lesson__points">
                { for words.list(words::AT_START_POINTS).into_iter().map(|p| html! { <li>{ p.to_owned() }</li> }) }
            </ul>
            <p class="lesson__developers">
                <strong>{ msg::lesson_developers() }</strong>
                { msg::lesson_developers_list(&developers.join(msg::list_separator())) }
            </p>
            { glossary_terms(&statuses, msg::lesson_read_cell()) }
            <nav class="story__nav" aria-label={msg::story_steps()}>
                <button type="button" class="button button--primary story__next"
                    aria-keyshortcuts="ArrowRight PageDown Space" onclick={onstart}>
                    { msg::lesson_start() }<span aria-hidden="true">{ " →" }</span>
                </button>
            </nav>
        </section>
    }
}

/// The closing card, under the last step: three takeaways, two questions to discuss, and the
/// way into the explorer at the same date.
pub fn closing_card(ontry: Callback<MouseEvent>) -> Html {
    let words = Words::current();
    let items = |span| {
        words
            .list(span)
            .into_iter()
            .map(|t| html! { <li>{ t.to_owned() }</li> })
            .collect::<Html>()
    };
    html! {
        <section class="lesson__closing" aria-labelledby="closing-title">
            <h3 id="closing-title" class="lesson__closing-title">{ words.text(words::AT_CLOSING_TITLE).to_owned() }</h3>
            <ol class="lesson__takeaways">{ items(words::AT_TAKEAWAYS) }</ol>
            <p class="lesson__discuss-head"><strong>{ msg::lesson_discuss() }</strong></p>
            <ul class="lesson__questions">{ items(words::AT_QUESTIONS) }</ul>
            <button type="button" class="button button--primary lesson__try" onclick={ontry}>
                { words.text(words::AT_TRY).to_owned() }
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
        msg::sheet_nobody().to_string()
    } else {
        names.join(msg::list_separator())
    }
}

/// The teacher notes: the plan, each question's answer (from the model), common
/// misconceptions, background, discussion prompts and how to give groups their own links.
pub fn teacher_notes(world: &World) -> Html {
    teacher_notes_at(world, None)
}

/// The teacher notes with the presenter's step marked (the notes' own window, `?mode=notes`):
/// `at` is the step as a link numbers it (0 the start card). The answer of that step's question
/// is marked "on the projector now" (`aria-current="step"`); at a step without a question, the
/// next question's answer is marked "next question".
pub fn teacher_notes_at(world: &World, at: Option<usize>) -> Html {
    use crate::model::path_name;
    use crate::model::story::reveal;
    let words = Words::current();
    let list = |span| {
        html! {
            <ul>{ for words.list(span).into_iter().map(|i| html! { <li>{ i.to_owned() }</li> }) }</ul>
        }
    };
    let answers: Vec<_> = (0..world.story.len())
        .filter_map(|i| reveal(world, i).map(|r| (i, r)))
        .collect();
    // The answer on the projector now (a link's step number), else the next one to come.
    let now = at.filter(|&at| answers.iter().any(|(i, _)| i + 1 == at));
    let next = at
        .filter(|_| now.is_none())
        .and_then(|at| answers.iter().map(|(i, _)| i + 1).find(|&n| n > at));
    html! {
        <section class="notes" id="teacher-notes" aria-labelledby="notes-title" tabindex="-1">
            <h2 id="notes-title">{ msg::presenter_notes() }</h2>
            <p class="notes__print">{ msg::notes_print() }</p>
            <h3>{ msg::notes_plan() }</h3>
            { list(words::AT_PLAN) }
            <p>{ msg::notes_keys() }</p>
            <h3>{ msg::notes_answers() }</h3>
            <ol class="notes__answers">
                { for answers.into_iter().map(|(i, result)| html! {
                    <li key={i} class={classes!("notes__answer", (now == Some(i + 1)).then_some("notes__answer--now"), (next == Some(i + 1)).then_some("notes__answer--next"))}
                        data-step={(i + 1).to_string()} aria-current={(now == Some(i + 1)).then_some("step")}>
                        if now == Some(i + 1) {
                            <p class="notes__mark">{ msg::notes_now() }</p>
                        } else if next == Some(i + 1) {
                            <p class="notes__mark">{ msg::notes_next() }</p>
                        }
                        <p><strong>{ msg::notes_step(&(i + 1).to_string()) }</strong>{ &result.question.prompt }</p>
                        <p>
                            <strong>{ msg::notes_answer() }</strong>
                            <span class="notes__names">{ answer_names(world, &result) }</span>
                            { msg::notes_answer_then() }{ &result.question.answer_text }
                        </p>
                        if !result.losses.is_empty() {
                            <ul>
                                { for result.losses.iter().map(|loss| {
                                    let name = world.developer(&loss.developer).map_or(loss.developer.as_str(), |d| d.name.as_str());
                                    let why = loss.lost.reasons.first().map_or("", |r| r.text.as_str());
                                    html! {
                                        <li key={loss.developer.as_str()}>
                                            { msg::notes_loss(name,
                                                &path_name(world, &loss.lost.chip, loss.lost.route),
                                                loss.before.label(), loss.after.label(), why) }
                                        </li>
                                    }
                                }) }
                            </ul>
                        }
                    </li>
                }) }
            </ol>
            <h3>{ msg::notes_misconceptions() }</h3>
            { list(words::AT_MISCONCEPTIONS) }
            <h3>{ msg::notes_background() }</h3>
            { list(words::AT_BACKGROUND) }
            <h3>{ msg::notes_prompts() }</h3>
            { list(words::AT_PROMPTS) }
            <h3>{ msg::notes_groups() }</h3>
            <p>{ words.text(words::AT_GROUPS).to_owned() }</p>
        </section>
    }
}
