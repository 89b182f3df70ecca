//! Build time only: reads the message files (`locales/*.ftl`, a subset of Fluent's syntax),
//! checks them against each other, and writes what the widget carries instead of them — typed
//! Rust functions, one per message, and each language's messages already compiled into the
//! binary form `i18n.rs` reads. Nothing here runs in the browser: translations are never parsed
//! at run time.
//!
//! The subset: `# comments`; `id = text` with continuation lines (indented) joined by a line
//! break; placeables `{ $var }`, `{ "literal" }` and plural selects
//! `{ $n -> [one] … *[other] … }` (one variant per line, keys a CLDR category or a number).
//! Anything else (terms, attributes, functions) is an error that names the file and line.
//!
//! The checks, each a build error naming file, line and message: a message missing from a
//! language, or one English does not have; an argument a translation uses that English does not
//! (unknown) or one English passes that a translation drops (unused); a plural category the
//! language does not have; a select without exactly one default.
//!
//! Plain `std` only: the model crate's build script compiles this file too (`#[path]`).

use crate::locales::{LocaleInfo, Plural};
use std::fmt::Write as _;

/// One message file, parsed.
#[derive(Clone, Debug, PartialEq)]
pub struct Resource {
    /// The file's name as problems should show it.
    pub file: String,
    pub messages: Vec<Message>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub id: String,
    pub line: usize,
    pub pattern: Vec<Node>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Text(String),
    Var(String),
    Select { var: String, variants: Vec<Variant> },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    pub key: Key,
    pub default: bool,
    pub pattern: Vec<Node>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Key {
    Category(String),
    Number(usize),
}

impl Resource {
    pub fn message(&self, id: &str) -> Option<&Message> {
        self.messages.iter().find(|m| m.id == id)
    }
}

/// Parses one file's text; every syntax problem as "file:line: …".
pub fn parse(file: &str, text: &str) -> Result<Resource, Vec<String>> {
    let mut messages = Vec::new();
    let mut problems = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let number = i + 1;
        i += 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with(char::is_whitespace) {
            problems.push(format!(
                "{file}:{number}: an indented line outside a message (a message starts at the line's first column)"
            ));
            continue;
        }
        let Some((id, first)) = line.split_once('=') else {
            problems.push(format!("{file}:{number}: expected `id = text`"));
            continue;
        };
        let id = id.trim();
        if id.starts_with('-') {
            problems.push(format!(
                "{file}:{number}: `{id}`: terms (-name) are not supported; write the words in each message"
            ));
            continue;
        }
        if !valid_id(id) {
            problems.push(format!(
                "{file}:{number}: `{id}` is not a message id (a letter, then letters, digits, - or _)"
            ));
            continue;
        }
        // The value: the rest of the line, then indented lines (and a select's closing brace).
        let mut value = first.trim_start().to_string();
        while i < lines.len() {
            let next = lines[i];
            let continues = next.starts_with(char::is_whitespace) && !next.trim().is_empty()
                || next.starts_with('}');
            if !continues {
                break;
            }
            if next.trim_start().starts_with('.') {
                problems.push(format!(
                    "{file}:{}: `{id}`: attributes (.name) are not supported",
                    i + 1
                ));
            }
            if !value.is_empty() {
                value.push('\n');
            }
            value.push_str(next.trim_start());
            i += 1;
        }
        match Cursor::new(&value).pattern(false) {
            // `{ "" }` is an empty text on purpose; nothing at all is a mistake.
            Ok(pattern) if pattern.is_empty() && !value.contains('{') => {
                problems.push(format!("{file}:{number}: `{id}` has no text"));
            }
            Ok(pattern) => messages.push(Message {
                id: id.to_string(),
                line: number,
                pattern,
            }),
            Err(e) => problems.push(format!("{file}:{number}: `{id}`: {e}")),
        }
    }
    if problems.is_empty() {
        Ok(Resource {
            file: file.to_string(),
            messages,
        })
    } else {
        Err(problems)
    }
}

fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

struct Cursor<'a> {
    rest: &'a str,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str) -> Self {
        Cursor { rest: text }
    }

    fn peek(&self) -> Option<char> {
        self.rest.chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.rest = &self.rest[c.len_utf8()..];
        Some(c)
    }

    fn skip_space(&mut self) {
        self.rest = self.rest.trim_start();
    }

    fn eat(&mut self, token: &str) -> bool {
        match self.rest.strip_prefix(token) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    /// Text and placeables up to the end (or, inside a variant, the end of the line).
    fn pattern(&mut self, in_variant: bool) -> Result<Vec<Node>, String> {
        let mut nodes: Vec<Node> = Vec::new();
        let mut text = String::new();
        // Where the last literal placeable in `text` ends: trimming stops there.
        let mut literal_end = 0;
        while let Some(c) = self.peek() {
            if in_variant && c == '\n' {
                break;
            }
            match c {
                '{' => {
                    self.bump();
                    match self.placeable()? {
                        // A literal is kept whole: `{ ", " }` keeps its blank at the end.
                        Node::Text(literal) => {
                            text.push_str(&literal);
                            literal_end = text.len();
                        }
                        node => {
                            literal_end = 0;
                            if !text.is_empty() {
                                nodes.push(Node::Text(std::mem::take(&mut text)));
                            }
                            nodes.push(node);
                        }
                    }
                }
                '}' => return Err("a `}` with no `{` (write { \"}\" } for the character)".into()),
                _ => {
                    text.push(c);
                    self.bump();
                }
            }
        }
        if !text.is_empty() {
            nodes.push(Node::Text(text));
        }
        // Fluent trims the pattern's trailing blanks (and leading ones, after `=` or `]`).
        if let Some(Node::Text(last)) = nodes.last_mut() {
            let trimmed = last.trim_end().len().max(literal_end.min(last.len()));
            last.truncate(trimmed);
            if last.is_empty() {
                nodes.pop();
            }
        }
        Ok(nodes)
    }

    /// After `{`: a string literal, a variable, or a select; through the closing `}`.
    fn placeable(&mut self) -> Result<Node, String> {
        self.skip_space();
        if self.eat("\"") {
            let mut literal = String::new();
            loop {
                match self.bump() {
                    Some('"') => break,
                    Some('\\') => match self.bump() {
                        Some(c @ ('"' | '\\')) => literal.push(c),
                        _ => return Err("only \\\" and \\\\ are escapes in a literal".into()),
                    },
                    Some('\n') | None => {
                        return Err("a string literal without its closing \"".into())
                    }
                    Some(c) => literal.push(c),
                }
            }
            self.skip_space();
            return if self.eat("}") {
                Ok(Node::Text(literal))
            } else {
                Err("a literal's placeable without its closing }".into())
            };
        }
        if !self.eat("$") {
            return Err(
                "only { $variable }, { \"literal\" } and { $n -> … } placeables are supported"
                    .into(),
            );
        }
        let name: String = self
            .rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        if !name.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
            return Err("a $ without a variable name".into());
        }
        self.rest = &self.rest[name.len()..];
        self.skip_space();
        if self.eat("}") {
            return Ok(Node::Var(name));
        }
        if !self.eat("->") {
            return Err(format!("${name}: expected }} or ->"));
        }
        let mut variants = Vec::new();
        loop {
            self.skip_space();
            if self.eat("}") {
                break;
            }
            let default = self.eat("*");
            if !self.eat("[") {
                return Err(format!(
                    "${name}: expected a variant [key] or the closing }}"
                ));
            }
            let Some((key, rest)) = self.rest.split_once(']') else {
                return Err(format!("${name}: a variant key without its ]"));
            };
            let key = key.trim();
            self.rest = rest;
            let key = match key.parse::<usize>() {
                Ok(n) => Key::Number(n),
                Err(_) if valid_id(key) => Key::Category(key.to_string()),
                Err(_) => return Err(format!("${name}: `[{key}]` is not a variant key")),
            };
            while self.rest.starts_with([' ', '\t']) {
                self.bump();
            }
            let pattern = self.pattern(true)?;
            variants.push(Variant {
                key,
                default,
                pattern,
            });
            if self.peek().is_none() {
                return Err(format!("${name}: a select without its closing }}"));
            }
        }
        Ok(Node::Select {
            var: name,
            variants,
        })
    }
}

/// Each variable a pattern uses, in order of first use, and whether it selects a plural
/// (which makes it a number).
fn variables(pattern: &[Node], out: &mut Vec<(String, bool)>) {
    let mut note = |name: &str, number: bool| match out.iter_mut().find(|(n, _)| n == name) {
        Some(seen) => seen.1 |= number,
        None => out.push((name.to_string(), number)),
    };
    for node in pattern {
        match node {
            Node::Text(_) => {}
            Node::Var(name) => note(name, false),
            Node::Select { var, variants } => {
                note(var, true);
                for variant in variants {
                    let mut inner = Vec::new();
                    variables(&variant.pattern, &mut inner);
                    for (name, number) in inner {
                        note(&name, number);
                    }
                }
            }
        }
    }
}

/// A message's arguments: (name, is a number), in order of first use in English.
pub fn arguments(message: &Message) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    variables(&message.pattern, &mut out);
    out
}

/// Checks one file's own rules (duplicates, selects, plural categories for its language).
fn check_own(resource: &Resource, locale: &LocaleInfo, problems: &mut Vec<String>) {
    let file = &resource.file;
    for (i, message) in resource.messages.iter().enumerate() {
        if let Some(first) = resource.messages[..i].iter().find(|m| m.id == message.id) {
            problems.push(format!(
                "{file}:{}: message `{}` is defined twice (first at line {})",
                message.line, message.id, first.line
            ));
        }
        check_selects(&message.pattern, file, message, locale, problems);
    }
}

fn check_selects(
    pattern: &[Node],
    file: &str,
    message: &Message,
    locale: &LocaleInfo,
    problems: &mut Vec<String>,
) {
    for node in pattern {
        let Node::Select { var, variants } = node else {
            continue;
        };
        let (line, id) = (message.line, &message.id);
        let defaults = variants.iter().filter(|v| v.default).count();
        if defaults != 1 {
            problems.push(format!(
                "{file}:{line}: message `{id}`: the select on ${var} needs exactly one *[default] variant, has {defaults}"
            ));
        }
        for variant in variants {
            if let Key::Category(name) = &variant.key {
                let known = Plural::from_name(name)
                    .is_some_and(|p| locale.plural.categories().contains(&p));
                if !known {
                    let allowed: Vec<_> = locale
                        .plural
                        .categories()
                        .iter()
                        .map(|p| p.name())
                        .collect();
                    problems.push(format!(
                        "{file}:{line}: message `{id}`: [{name}] is not a plural category of {} (it has: {}; or use a number)",
                        locale.tag,
                        allowed.join(", ")
                    ));
                }
            }
            check_selects(&variant.pattern, file, message, locale, problems);
        }
    }
}

/// Checks English and every other language against it. Empty when all is well.
pub fn check(en: &Resource, others: &[(&LocaleInfo, &Resource)]) -> Vec<String> {
    let mut problems = Vec::new();
    check_own(en, &crate::locales::LOCALES[0], &mut problems);
    for (locale, resource) in others {
        check_own(resource, locale, &mut problems);
        let file = &resource.file;
        for message in &en.messages {
            let Some(translated) = resource.message(&message.id) else {
                problems.push(format!(
                    "{file}: message `{}` is missing (English has it at {}:{})",
                    message.id, en.file, message.line
                ));
                continue;
            };
            let wanted = arguments(message);
            let used = arguments(translated);
            for (name, number) in &used {
                match wanted.iter().find(|(n, _)| n == name) {
                    None => problems.push(format!(
                        "{file}:{}: message `{}` uses an unknown argument ${name} (English passes: {})",
                        translated.line,
                        message.id,
                        names(&wanted)
                    )),
                    Some((_, false)) if *number => problems.push(format!(
                        "{file}:{}: message `{}` selects on ${name}, which English passes as text, not a number",
                        translated.line, message.id
                    )),
                    Some(_) => {}
                }
            }
            for (name, _) in &wanted {
                if !used.iter().any(|(n, _)| n == name) {
                    problems.push(format!(
                        "{file}:{}: message `{}` leaves the argument ${name} unused (English uses it at {}:{})",
                        translated.line, message.id, en.file, message.line
                    ));
                }
            }
        }
        for message in &resource.messages {
            if en.message(&message.id).is_none() {
                problems.push(format!(
                    "{file}:{}: message `{}` is not in English ({}): remove it or add it there",
                    message.line, message.id, en.file
                ));
            }
        }
    }
    problems
}

fn names(arguments: &[(String, bool)]) -> String {
    if arguments.is_empty() {
        return "none".into();
    }
    let names: Vec<String> = arguments.iter().map(|(n, _)| format!("${n}")).collect();
    names.join(", ")
}

/// A fingerprint of English's message ids and arguments: a language file built for other
/// messages (a stale cache) is refused at run time rather than showing wrong sentences.
pub fn fingerprint(en: &Resource) -> u64 {
    let mut text = String::new();
    for message in &en.messages {
        text.push_str(&message.id);
        text.push('\0');
        for (name, number) in arguments(message) {
            text.push_str(&name);
            text.push(if number { '#' } else { '$' });
        }
    }
    fnv(text.as_bytes())
}

/// FNV-1a, 64-bit: a stable hash across builds and platforms.
pub fn fnv(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x100_0000_01b3);
    }
    hash
}

fn snake(name: &str) -> String {
    const KEYWORDS: &[&str] = &[
        "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn",
        "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
        "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use",
        "where", "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final",
        "macro", "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
    ];
    let name = name.replace('-', "_").to_ascii_lowercase();
    if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

/// English's text of a pattern, for a doc comment (`{ $name }` kept as written).
fn source_text(pattern: &[Node]) -> String {
    let mut out = String::new();
    for node in pattern {
        match node {
            Node::Text(t) => out.push_str(t),
            Node::Var(v) => {
                let _ = write!(out, "{{ ${v} }}");
            }
            Node::Select { var, variants } => {
                let _ = write!(out, "{{ ${var} -> ");
                for v in variants {
                    let key = match &v.key {
                        Key::Category(c) => c.clone(),
                        Key::Number(n) => n.to_string(),
                    };
                    let star = if v.default { "*" } else { "" };
                    let _ = write!(out, "{star}[{key}] {} ", source_text(&v.pattern));
                }
                out.push('}');
            }
        }
    }
    out
}

/// The Rust source of one typed function per English message: `pub fn status_open() ->
/// String`, `pub fn change_none(action: &str) -> String`, `pub fn more(n: usize) -> String`.
/// A call with a wrong or missing argument does not compile. Each calls `runtime::format(i,
/// &[…])` with the message's index in English order.
pub fn rust_functions(en: &Resource, runtime: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// Generated from {} by ftl.rs at build time. Do not edit.",
        en.file
    );
    let _ = writeln!(out, "/// How many messages English has.");
    let _ = writeln!(out, "pub const COUNT: usize = {};", en.messages.len());
    let _ = writeln!(
        out,
        "/// English's message ids and arguments, hashed: a language file must carry the same."
    );
    let _ = writeln!(out, "pub const FINGERPRINT: u64 = {};", fingerprint(en));
    for (index, message) in en.messages.iter().enumerate() {
        let args = arguments(message);
        let params = parameters(&args);
        let values: Vec<String> = args
            .iter()
            .map(|(name, number)| {
                let kind = if *number { "Num" } else { "Str" };
                format!("{runtime}::Arg::{kind}({})", snake(name))
            })
            .collect();
        write_doc(&mut out, message);
        if args.is_empty() {
            let _ = writeln!(
                out,
                "pub fn {}() -> &'static str {{ {runtime}::text({index}) }}",
                snake(&message.id),
            );
        } else {
            let _ = writeln!(
                out,
                "pub fn {}({}) -> String {{ {runtime}::format({index}, &[{}]) }}",
                snake(&message.id),
                params.join(", "),
                values.join(", ")
            );
        }
    }
    out
}

/// A generated function's parameters: a number argument is `usize`, any other `&str`.
fn parameters(args: &[(String, bool)]) -> Vec<String> {
    args.iter()
        .map(|(name, number)| {
            let ty = if *number { "usize" } else { "&str" };
            format!("{}: {ty}", snake(name))
        })
        .collect()
}

/// A generated function's doc line: the message's id and its English source text.
fn write_doc(out: &mut String, message: &Message) {
    let doc = source_text(&message.pattern).replace('\n', " ");
    let _ = writeln!(out, "/// `{}`: {}", message.id, doc.replace('`', "'"));
}

/// The Rust source of English's messages compiled as literal code, for the English-only reader
/// bundle (the model crate without its `multilingual` feature, docs/i18n.md "Size"): a message
/// without arguments is its text (`pub fn status_open() -> &'static str { "Open" }`), one with
/// arguments is one text with a mark where each goes, filled by one function
/// (`{runtime}::fill("Open for \u{1}", &[who])`: smaller in the wasm than an array of the pieces
/// at every call), a plural select is an `if` on the number with English's rule
/// (`{runtime}::english_category`). The same signatures as
/// [`rust_functions`], so call sites compile against either; a test compares the two for every
/// message ([`rust_comparison`]).
pub fn rust_english(en: &Resource, runtime: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// Generated from {} by ftl.rs at build time (English as literal code). Do not edit.",
        en.file
    );
    let _ = writeln!(out, "/// How many messages English has.");
    let _ = writeln!(out, "pub const COUNT: usize = {};", en.messages.len());
    for message in &en.messages {
        let args = arguments(message);
        let params = parameters(&args);
        write_doc(&mut out, message);
        if args.is_empty() {
            let _ = writeln!(
                out,
                "#[inline]\npub fn {}() -> &'static str {{ {:?} }}",
                snake(&message.id),
                plain_text(&message.pattern),
            );
        } else {
            let _ = writeln!(
                out,
                "pub fn {}({}) -> String {{ {} }}",
                snake(&message.id),
                params.join(", "),
                english_expression(&message.pattern, &args, runtime)
            );
        }
    }
    out
}

/// A pattern without variables: its text.
fn plain_text(pattern: &[Node]) -> String {
    let mut out = String::new();
    for node in pattern {
        if let Node::Text(text) = node {
            out.push_str(text);
        }
    }
    out
}

/// A Rust expression of type `String` for `pattern`, as `i18n::format` would write it in
/// English (adjacent texts joined; a variant chosen by exact number, then English's plural
/// category, then the default).
fn english_expression(pattern: &[Node], args: &[(String, bool)], runtime: &str) -> String {
    let mut pieces: Vec<String> = Vec::new();
    // Each piece's text, for a piece that is text (else `None`: an argument or a select).
    let mut texts: Vec<Option<String>> = Vec::new();
    let mut text = String::new();
    for node in pattern {
        match node {
            Node::Text(t) => {
                text.push_str(t);
                continue;
            }
            _ if !text.is_empty() => {
                pieces.push(format!("{text:?}"));
                texts.push(Some(std::mem::take(&mut text)));
            }
            _ => {}
        }
        match node {
            Node::Text(_) => {}
            Node::Var(name) => {
                let number = args.iter().any(|(n, number)| n == name && *number);
                texts.push(None);
                pieces.push(if number {
                    format!("&{}.to_string()", snake(name))
                } else {
                    snake(name)
                });
            }
            Node::Select { var, variants } => {
                let n = snake(var);
                // Exact numbers first, then English's categories; the default last (its own
                // category needs no test: no other variant has it).
                let numbered = variants.iter().filter_map(|v| match v.key {
                    Key::Number(k) => Some((format!("{n} == {k}"), v)),
                    Key::Category(_) => None,
                });
                let categories =
                    variants
                        .iter()
                        .filter(|v| !v.default)
                        .filter_map(|v| match &v.key {
                            Key::Category(c) => Plural::from_name(c).map(|p| {
                                let condition = format!(
                                    "{runtime}::english_category({n}) == {runtime}::Plural::{p:?}"
                                );
                                (condition, v)
                            }),
                            Key::Number(_) => None,
                        });
                let branches: Vec<(String, &Variant)> = numbered.chain(categories).collect();
                let default = variants.iter().find(|v| v.default);
                // Variants of text alone are `&'static str` (no String built for them).
                let literal = branches
                    .iter()
                    .map(|(_, v)| *v)
                    .chain(default)
                    .all(|v| v.pattern.iter().all(|node| matches!(node, Node::Text(_))));
                let body = |v: &Variant| {
                    if literal {
                        format!("{:?}", plain_text(&v.pattern))
                    } else {
                        english_expression(&v.pattern, args, runtime)
                    }
                };
                let mut code = String::from(if literal { "" } else { "&" });
                for (condition, variant) in &branches {
                    let _ = write!(code, "if {condition} {{ {} }} else ", body(variant));
                }
                let default = match default {
                    Some(v) => body(v),
                    None if literal => "\"\"".into(),
                    None => "String::new()".into(),
                };
                let _ = write!(code, "{{ {default} }}");
                texts.push(None);
                pieces.push(match (branches.is_empty(), literal) {
                    (true, true) => default,
                    (true, false) => format!("&{default}"),
                    (false, _) => code,
                });
            }
        }
    }
    if !text.is_empty() {
        pieces.push(format!("{text:?}"));
        texts.push(Some(text));
    }
    match pieces.as_slice() {
        [] => "String::new()".into(),
        [one] if one.starts_with('"') => format!("String::from({one})"),
        // A borrowed `String` (`&n.to_string()`, `&if …`) is the `String` itself.
        [one] => match one.strip_prefix('&') {
            Some(owned) => owned.to_string(),
            None => format!("({one}).to_string()"),
        },
        // One text with a mark (U+0001) where each argument goes, filled by one function for
        // every message: smaller in the wasm than an array of the pieces built at each call.
        _ => {
            let mut template = String::new();
            let mut values = Vec::new();
            for (piece, text) in pieces.iter().zip(&texts) {
                match text {
                    Some(text) => {
                        assert!(!text.contains('\u{1}'), "a message's text holds U+0001");
                        template.push_str(text);
                    }
                    None => {
                        template.push('\u{1}');
                        values.push(piece.as_str());
                    }
                }
            }
            format!("{runtime}::fill({template:?}, &[{}])", values.join(", "))
        }
    }
}

/// For the model crate's tests: `comparison(n)` lists, for every message, its id, its text from
/// `english::` (the literal code) and its text from `msg::` (the catalog), with every text
/// argument named after itself (`"{who}"`) and every number `n`.
pub fn rust_comparison(en: &Resource) -> String {
    let mut out = String::from(
        "pub fn comparison(n: usize) -> Vec<(&'static str, String, String)> {\n    let _ = n;\n    vec![\n",
    );
    for message in &en.messages {
        let values: Vec<String> = arguments(message)
            .iter()
            .map(|(name, number)| {
                if *number {
                    "n".to_string()
                } else {
                    format!("{:?}", format!("{{{name}}}"))
                }
            })
            .collect();
        let call = format!("{}({})", snake(&message.id), values.join(", "));
        let _ = writeln!(
            out,
            "        ({:?}, super::english::{call}.to_string(), super::msg::{call}.to_string()),",
            message.id
        );
    }
    out.push_str("    ]\n}\n");
    out
}

/// The pseudo-locale: English with every text about 40% longer (vowels doubled, so words stay
/// words and lines still break between them) and every message wrapped in ⟦ ⟧, so a string
/// shown without the markers is one that did not go through a message.
pub fn pseudo(en: &Resource) -> Resource {
    fn stretch(pattern: &[Node]) -> Vec<Node> {
        pattern
            .iter()
            .map(|node| match node {
                Node::Text(text) => Node::Text(lengthen(text)),
                Node::Var(v) => Node::Var(v.clone()),
                Node::Select { var, variants } => Node::Select {
                    var: var.clone(),
                    variants: variants
                        .iter()
                        .map(|v| Variant {
                            key: v.key.clone(),
                            default: v.default,
                            pattern: stretch(&v.pattern),
                        })
                        .collect(),
                },
            })
            .collect()
    }
    Resource {
        file: format!("{} (x-long)", en.file),
        messages: en
            .messages
            .iter()
            .map(|m| {
                let mut pattern = vec![Node::Text("⟦".into())];
                pattern.extend(stretch(&m.pattern));
                pattern.push(Node::Text("⟧".into()));
                Message {
                    id: m.id.clone(),
                    line: m.line,
                    pattern,
                }
            })
            .collect(),
    }
}

/// "Open" → "Opeen": each vowel doubled (English text is ~40% vowels), other characters kept.
pub fn lengthen(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3 / 2);
    for c in text.chars() {
        out.push(c);
        if "aeiouyAEIOUY".contains(c) {
            out.push(c.to_ascii_lowercase());
        }
    }
    out
}

// The binary form, as `i18n.rs` reads it with the model's codec: unsigned LEB128 numbers and
// length-prefixed UTF-8 strings.
fn number(n: usize, out: &mut Vec<u8>) {
    let mut rest = n;
    while rest >= 0x80 {
        out.push((rest as u8 & 0x7f) | 0x80);
        rest >>= 7;
    }
    out.push(rest as u8);
}

fn string(s: &str, out: &mut Vec<u8>) {
    number(s.len(), out);
    out.extend_from_slice(s.as_bytes());
}

/// A part: 0 text, 1 argument (its index), 2 select (argument, default variant, variants as
/// key and pattern; a key is a plural category's index in `Plural::ALL`, or 6 + a number).
fn encode_pattern(pattern: &[Node], args: &[(String, bool)], out: &mut Vec<u8>) {
    let index = |name: &str| {
        args.iter()
            .position(|(n, _)| n == name)
            .expect("checked: every argument is English's")
    };
    number(pattern.len(), out);
    for node in pattern {
        match node {
            Node::Text(text) => {
                number(0, out);
                string(text, out);
            }
            Node::Var(name) => {
                number(1, out);
                number(index(name), out);
            }
            Node::Select { var, variants } => {
                number(2, out);
                number(index(var), out);
                number(variants.iter().position(|v| v.default).unwrap_or(0), out);
                number(variants.len(), out);
                for variant in variants {
                    number(
                        match &variant.key {
                            Key::Category(name) => Plural::ALL
                                .iter()
                                .position(|p| p.name() == name)
                                .expect("checked: a known category"),
                            Key::Number(n) => 6 + n,
                        },
                        out,
                    );
                    encode_pattern(&variant.pattern, args, out);
                }
            }
        }
    }
}

/// A language file: English's fingerprint, the messages in English's order (arguments numbered
/// as English passes them), the world in this language (`world`, as `codec::encode` writes it;
/// empty for none), then the lesson's texts in the order `texts::visit_lesson_mut` visits them.
/// `resource` must have passed [`check`] against `en`.
pub fn encode(en: &Resource, resource: &Resource, world: &[u8], lesson: &[String]) -> Vec<u8> {
    let mut out = Vec::new();
    let print = fingerprint(en);
    // Two 32-bit halves: the reader's numbers are `usize`, 32 bits in the browser.
    number((print & 0xffff_ffff) as usize, &mut out);
    number((print >> 32) as usize, &mut out);
    number(en.messages.len(), &mut out);
    for message in &en.messages {
        let translated = resource
            .message(&message.id)
            .expect("checked: every message is present");
        encode_pattern(&translated.pattern, &arguments(message), &mut out);
    }
    number(usize::from(!world.is_empty()), &mut out);
    out.extend_from_slice(world);
    number(lesson.len(), &mut out);
    for text in lesson {
        string(text, &mut out);
    }
    out
}

/// Ids of messages only build scripts word (the data file's problems: `build.rs` words them
/// into problems.bin in every language). The widget never formats them.
pub const BUILD_ONLY: &[&str] = &["problem-", "entry-"];

/// `resource` as the widget carries it: every message in place (same ids, same order), but the
/// build-only ones ([`BUILD_ONLY`]) empty, so their text costs the reader nothing.
pub fn for_widget(resource: &Resource) -> Resource {
    let mut resource = resource.clone();
    for message in &mut resource.messages {
        if BUILD_ONLY
            .iter()
            .any(|prefix| message.id.starts_with(prefix))
        {
            message.pattern.clear();
        }
    }
    resource
}

/// Every language's messages from `dir` (`locales/`): English, then each registered language
/// in [`crate::locales::LOCALES`] order — from its file, or generated from English for a
/// pseudo-locale — all parsed and checked. A `.ftl` file of no registered language, or a
/// registered language without its file, is a problem too.
pub fn load_all(
    dir: &std::path::Path,
) -> Result<Vec<(&'static LocaleInfo, Resource)>, Vec<String>> {
    let mut problems = Vec::new();
    let mut resources = Vec::new();
    for locale in crate::locales::LOCALES {
        if locale.pseudo {
            continue;
        }
        let path = dir.join(format!("{}.ftl", locale.tag));
        let shown = format!("locales/{}.ftl", locale.tag);
        match std::fs::read_to_string(&path) {
            Ok(text) => match parse(&shown, &text) {
                Ok(resource) => resources.push((locale, resource)),
                Err(p) => problems.extend(p),
            },
            Err(e) => problems.push(format!(
                "{shown}: cannot be read ({e}): every language in locales.rs needs its file"
            )),
        }
    }
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(tag) = name.strip_suffix(".ftl") {
                if crate::locales::locale_info(tag).is_none_or(|l| l.pseudo) {
                    problems.push(format!("locales/{name}: no language `{tag}` is registered: add one line for it to LOCALES in crates/model/src/locales.rs"));
                }
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let Some((_, en)) = resources.iter().find(|(l, _)| l.tag == "en").cloned() else {
        return Err(vec!["locales/en.ftl: English is missing".into()]);
    };
    for locale in crate::locales::LOCALES.iter().filter(|l| l.pseudo) {
        let mut long = pseudo(&en);
        long.file = format!("{} (generated from locales/en.ftl)", locale.tag);
        resources.push((locale, long));
    }
    let others: Vec<(&LocaleInfo, &Resource)> = resources
        .iter()
        .filter(|(l, _)| l.tag != "en")
        .map(|(l, r)| (*l, r))
        .collect();
    let problems = check(&en, &others);
    if problems.is_empty() {
        // LOCALES order, English first.
        resources.sort_by_key(|(l, _)| crate::locales::LOCALES.iter().position(|x| x.tag == l.tag));
        Ok(resources)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locales::locale_info;

    fn en() -> Resource {
        parse(
            "en.ftl",
            "# a comment\n\
             hello = Hello, { $name }!\n\
             paths = { $n ->\n    [one] one path\n   *[other] { $n } paths\n}\n\
             brace = a { \"{\" } brace\n",
        )
        .expect("parses")
    }

    fn zh(text: &str) -> Vec<String> {
        let zh = parse("zh-CN.ftl", text).expect("parses");
        check(&en(), &[(locale_info("zh-CN").unwrap(), &zh)])
    }

    const ZH_OK: &str = "hello = 你好，{ $name }！\npaths = { $n ->\n *[other] { $n } 条路径\n}\nbrace = 一个 { \"{\" }\n";

    #[test]
    fn the_subset_parses() {
        let en = en();
        assert_eq!(
            en.messages[0].pattern,
            vec![
                Node::Text("Hello, ".into()),
                Node::Var("name".into()),
                Node::Text("!".into())
            ]
        );
        assert_eq!(arguments(&en.messages[1]), vec![("n".to_string(), true)]);
        assert_eq!(en.messages[2].pattern, vec![Node::Text("a { brace".into())]);
        let r = parse("en.ftl", "sep = { \", \" }\n").unwrap();
        assert_eq!(r.messages[0].pattern, vec![Node::Text(", ".into())]);
        assert!(zh(ZH_OK).is_empty(), "{:?}", zh(ZH_OK));
    }

    #[test]
    fn a_missing_message_is_named() {
        let problems = zh("hello = 你好，{ $name }！\nbrace = x\n");
        assert_eq!(
            problems,
            ["zh-CN.ftl: message `paths` is missing (English has it at en.ftl:3)"]
        );
    }

    #[test]
    fn an_extra_message_is_named() {
        let problems = zh(&format!("{ZH_OK}extra = 多余\n"));
        assert_eq!(
            problems,
            ["zh-CN.ftl:6: message `extra` is not in English (en.ftl): remove it or add it there"]
        );
    }

    #[test]
    fn an_unknown_argument_is_named() {
        let problems = zh(&ZH_OK.replace("{ $name }", "{ $nmae }"));
        assert_eq!(
            problems,
            [
                "zh-CN.ftl:1: message `hello` uses an unknown argument $nmae (English passes: $name)",
                "zh-CN.ftl:1: message `hello` leaves the argument $name unused (English uses it at en.ftl:2)"
            ]
        );
    }

    #[test]
    fn an_unused_argument_is_named() {
        let problems = zh(&ZH_OK.replace("{ $name }", "朋友"));
        assert_eq!(
            problems,
            ["zh-CN.ftl:1: message `hello` leaves the argument $name unused (English uses it at en.ftl:2)"]
        );
    }

    #[test]
    fn a_plural_category_the_language_lacks_is_named() {
        let problems = zh(&ZH_OK.replace(" *[other]", "  [one] 一条\n *[other]"));
        assert_eq!(
            problems,
            ["zh-CN.ftl:2: message `paths`: [one] is not a plural category of zh-CN (it has: other; or use a number)"]
        );
        let problems = zh(&ZH_OK.replace(" *[other]", " [other]"));
        assert_eq!(
            problems,
            ["zh-CN.ftl:2: message `paths`: the select on $n needs exactly one *[default] variant, has 0"]
        );
    }

    #[test]
    fn syntax_outside_the_subset_is_named() {
        let errors = |text: &str| parse("x.ftl", text).unwrap_err();
        assert_eq!(
            errors("-brand = Chip Paths\n"),
            ["x.ftl:1: `-brand`: terms (-name) are not supported; write the words in each message"]
        );
        assert_eq!(
            errors("a = { NUMBER($n) }\n"),
            ["x.ftl:1: `a`: only { $variable }, { \"literal\" } and { $n -> … } placeables are supported"]
        );
        assert_eq!(
            errors("a = b }\n"),
            ["x.ftl:1: `a`: a `}` with no `{` (write { \"}\" } for the character)"]
        );
        assert_eq!(errors("a =\n"), ["x.ftl:1: `a` has no text"]);
    }

    #[test]
    fn duplicates_are_named() {
        let en = parse("en.ftl", "a = x\na = y\n").unwrap();
        assert_eq!(
            check(&en, &[]),
            ["en.ftl:2: message `a` is defined twice (first at line 1)"]
        );
    }

    #[test]
    fn continuation_lines_join_with_a_line_break() {
        let r = parse("en.ftl", "a =\n    one\n    two\n").unwrap();
        assert_eq!(r.messages[0].pattern, vec![Node::Text("one\ntwo".into())]);
    }

    #[test]
    fn functions_are_typed_by_use() {
        let code = rust_functions(&en(), "rt");
        assert!(
            code.contains(
                "pub fn hello(name: &str) -> String { rt::format(0, &[rt::Arg::Str(name)]) }"
            ),
            "{code}"
        );
        assert!(
            code.contains("pub fn paths(n: usize) -> String { rt::format(1, &[rt::Arg::Num(n)]) }"),
            "{code}"
        );
        assert!(code.contains("pub const COUNT: usize = 3;"));
    }

    #[test]
    fn pseudo_is_longer_and_marked() {
        let long = pseudo(&en());
        assert_eq!(
            long.messages[0].pattern,
            vec![
                Node::Text("⟦".into()),
                Node::Text("Heelloo, ".into()),
                Node::Var("name".into()),
                Node::Text("!".into()),
                Node::Text("⟧".into())
            ]
        );
        let text = "Switching off the licence closes DeepSeek's main training path";
        let ratio = lengthen(text).chars().count() as f64 / text.chars().count() as f64;
        assert!((1.3..1.5).contains(&ratio), "{ratio}");
        assert!(check(&en(), &[(locale_info("x-long").unwrap(), &long)]).is_empty());
    }
}
