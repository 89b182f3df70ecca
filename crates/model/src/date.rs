//! Calendar dates as the data file writes them: checking them and saying them in words.
//!
//! Dates stay ISO text (`YYYY-MM-DD`) because ISO text sorts like time. A source may give only
//! `YYYY-MM` or `YYYY` when the record has no day; such a partial date sorts before every full
//! date inside it, which is what "on the record from that month" should mean.

/// A checked calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ymd {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

fn number(text: &str, len: usize) -> Option<u16> {
    if text.len() != len || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A full, real calendar date `YYYY-MM-DD` (no 2025-02-30).
pub fn parse_date(text: &str) -> Option<Ymd> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let year = number(y, 4)?;
    let month = u8::try_from(number(m, 2)?).ok()?;
    let day = u8::try_from(number(d, 2)?).ok()?;
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some(Ymd { year, month, day })
}

/// A full date, or a partial one (`YYYY-MM`, `YYYY`) as sources may give. Partial dates
/// come back with month or day 0.
pub fn parse_partial_date(text: &str) -> Option<Ymd> {
    match text.len() {
        4 => Some(Ymd {
            year: number(text, 4)?,
            month: 0,
            day: 0,
        }),
        7 => {
            let (y, m) = text.split_once('-')?;
            let month = u8::try_from(number(m, 2)?).ok()?;
            (1..=12).contains(&month).then_some(Ymd {
                year: number(y, 4)?,
                month,
                day: 0,
            })
        }
        _ => parse_date(text),
    }
}

/// "14 Aug 2025", "Aug 2025", "2025" (2025年8月14日 …: the date messages of locales/*.ftl);
/// the text itself if it is not a date.
pub fn date_label(text: &str) -> String {
    use crate::i18n::msg;
    match parse_partial_date(text) {
        Some(Ymd { year, month: 0, .. }) => msg::date_year(&year.to_string()),
        Some(Ymd {
            year,
            month,
            day: 0,
        }) => msg::date_month(month_name(month), &year.to_string()),
        Some(Ymd { year, month, day }) => {
            msg::date_day(&day.to_string(), month_name(month), &year.to_string())
        }
        None => text.to_string(),
    }
}

/// A month's name as dates write it ("Aug", "8月").
fn month_name(month: u8) -> &'static str {
    use crate::i18n::msg;
    match month {
        1 => msg::month_1(),
        2 => msg::month_2(),
        3 => msg::month_3(),
        4 => msg::month_4(),
        5 => msg::month_5(),
        6 => msg::month_6(),
        7 => msg::month_7(),
        8 => msg::month_8(),
        9 => msg::month_9(),
        10 => msg::month_10(),
        11 => msg::month_11(),
        _ => msg::month_12(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_calendar_dates_only() {
        assert!(parse_date("2024-02-29").is_some());
        assert!(parse_date("2025-02-29").is_none());
        assert!(parse_date("2025-04-31").is_none());
        assert!(parse_date("2025-13-01").is_none());
        assert!(parse_date("2025-1-01").is_none());
        assert!(parse_date("2025-08-14x").is_none());
        assert!(parse_date("+025-08-14").is_none());
        assert!(parse_date("2025-08").is_none());
        assert!(parse_partial_date("2025-08").is_some());
        assert!(parse_partial_date("2025").is_some());
        assert!(parse_partial_date("2025-00").is_none());
        assert!(parse_partial_date("20a5").is_none());
    }

    #[test]
    fn labels_read_like_a_newspaper() {
        assert_eq!(date_label("2025-08-14"), "14 Aug 2025");
        assert_eq!(date_label("2026-06"), "Jun 2026");
        assert_eq!(date_label("2025"), "2025");
        assert_eq!(date_label("soon"), "soon");
    }

    #[test]
    fn partial_dates_sort_before_the_days_inside_them() {
        assert!("2025-11" < "2025-11-01");
        assert!("2025-11" > "2025-10-31");
        assert!("2024" < "2024-01-01");
    }
}
