//! Reading the registry's CSV files: a header row, data rows with their line numbers, and the
//! `#` comment lines (which carry a file's sources and notes).

use crate::error::RowError;

/// A parsed CSV text. Fields are trimmed; empty lines and `#` lines are not rows.
#[derive(Debug)]
pub(crate) struct Table {
    /// Column names, in file order.
    pub header: Vec<String>,
    /// Data rows: (1-based line number where the row starts, fields).
    pub rows: Vec<(usize, Vec<String>)>,
    /// Comment lines: (1-based line number, text after `#`, trimmed).
    pub comments: Vec<(usize, String)>,
}

impl Table {
    /// Reads `text`. A row whose field count differs from the header's is an error; the header
    /// must be present and must not repeat a column.
    pub fn read(text: &str) -> Result<Self, Vec<RowError>> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut header: Option<Vec<String>> = None;
        let mut rows = Vec::new();
        let mut comments = Vec::new();
        let mut errors = Vec::new();
        let mut header_line = 1;
        for record in records(text) {
            match record {
                Record::Comment(line, body) => comments.push((line, body)),
                Record::Fields(line, fields) => match &header {
                    None => {
                        header_line = line;
                        header = Some(fields);
                    }
                    Some(h) if h.len() != fields.len() => errors.push(RowError::new(
                        line,
                        format!(
                            "expected {} fields (as in the header), found {}",
                            h.len(),
                            fields.len()
                        ),
                    )),
                    Some(_) => rows.push((line, fields)),
                },
                Record::Bad(line, reason) => errors.push(RowError::new(line, reason)),
            }
        }
        let Some(header) = header else {
            errors.push(RowError::new(1, "no header row"));
            return Err(errors);
        };
        for (i, name) in header.iter().enumerate() {
            if header[..i].contains(name) {
                errors.push(RowError::new(
                    header_line,
                    format!("column '{name}' appears twice in the header"),
                ));
            }
        }
        if errors.is_empty() {
            Ok(Self {
                header,
                rows,
                comments,
            })
        } else {
            Err(errors)
        }
    }

    /// Index of a column by name.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }

    /// Checks the header: every `required` column present, no column outside
    /// `required` + `optional`. Errors are reported on the header's line.
    pub fn check_columns(
        &self,
        text: &str,
        required: &[&str],
        optional: &[&str],
    ) -> Result<(), Vec<RowError>> {
        let line = first_row_line(text);
        let mut errors = Vec::new();
        for r in required {
            if self.column(r).is_none() {
                errors.push(RowError::new(
                    line,
                    format!("header lacks the required column '{r}'"),
                ));
            }
        }
        for h in &self.header {
            if !required.contains(&h.as_str()) && !optional.contains(&h.as_str()) {
                let mut known: Vec<&str> = required.iter().chain(optional).copied().collect();
                known.sort_unstable();
                errors.push(RowError::new(
                    line,
                    format!("unknown column '{h}' (known columns: {})", known.join(", ")),
                ));
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// One logical line of a CSV text.
enum Record {
    /// A `#` line: its number and the text after `#`, trimmed.
    Comment(usize, String),
    /// A row: the line it starts on and its fields, trimmed.
    Fields(usize, Vec<String>),
    /// A row that is not valid CSV.
    Bad(usize, String),
}

/// Splits `text` into records (RFC 4180: comma-separated, fields optionally in double quotes,
/// `""` for a quote inside quotes, quoted fields may span lines). Blank lines are skipped and
/// lines starting with `#` are comments. Line numbers are 1-based and count every line.
fn records(text: &str) -> Vec<Record> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    while chars.peek().is_some() {
        let start = line;
        // Blank line, or comment line.
        let rest: String = chars.clone().take_while(|&c| c != '\n').collect();
        if rest.trim().is_empty() || rest.trim_start().starts_with('#') {
            for _ in 0..rest.chars().count() {
                chars.next();
            }
            chars.next(); // the newline
            if let Some(body) = rest.trim_start().strip_prefix('#') {
                out.push(Record::Comment(start, body.trim().to_string()));
            }
            line += 1;
            continue;
        }
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut quoted = false; // inside quotes
        let mut was_quoted = false; // the current field was quoted (and closed)
        let mut bad = None;
        loop {
            let Some(c) = chars.next() else {
                if quoted {
                    bad = Some("a quoted field is not closed (missing '\"')".to_string());
                }
                break;
            };
            if quoted {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => {
                        quoted = false;
                        was_quoted = true;
                    }
                    '\n' => {
                        line += 1;
                        field.push('\n');
                    }
                    '\r' if chars.peek() == Some(&'\n') => {}
                    _ => field.push(c),
                }
                continue;
            }
            match c {
                ',' => {
                    fields.push(std::mem::take(&mut field));
                    was_quoted = false;
                }
                '\n' => {
                    line += 1;
                    break;
                }
                '\r' if chars.peek() == Some(&'\n') => {}
                '"' if field.trim().is_empty() && !was_quoted => {
                    field.clear();
                    quoted = true;
                }
                _ if was_quoted && !c.is_whitespace() => {
                    bad.get_or_insert_with(|| {
                        "text after a closing quote; put the whole field in quotes".to_string()
                    });
                }
                _ => field.push(c),
            }
        }
        fields.push(field);
        match bad {
            Some(reason) => out.push(Record::Bad(start, reason)),
            None => out.push(Record::Fields(
                start,
                fields.into_iter().map(|f| f.trim().to_string()).collect(),
            )),
        }
    }
    out
}

/// Line number of the first line that is neither blank nor a comment (the header line).
fn first_row_line(text: &str) -> usize {
    text.lines()
        .position(|l| {
            let t = l.trim();
            !t.is_empty() && !t.starts_with('#')
        })
        .map_or(1, |i| i + 1)
}

/// A row as a lookup from column name to trimmed value ("" when absent).
pub(crate) struct Row<'a> {
    pub line: usize,
    header: &'a [String],
    fields: &'a [String],
}

impl<'a> Row<'a> {
    pub fn new(table: &'a Table, line: usize, fields: &'a [String]) -> Self {
        Self {
            line,
            header: &table.header,
            fields,
        }
    }

    pub fn get(&self, column: &str) -> &'a str {
        self.header
            .iter()
            .position(|h| h == column)
            .and_then(|i| self.fields.get(i))
            .map_or("", String::as_str)
    }

    pub fn opt(&self, column: &str) -> Option<String> {
        let v = self.get(column);
        (!v.is_empty()).then(|| v.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_numbers_count_comments_and_blank_lines() {
        let text = "# title\n# source: x\na,b\n1,2\n\n# between\n3,\"4\n5\"\n6,7\n";
        let t = Table::read(text).unwrap();
        assert_eq!(t.header, vec!["a", "b"]);
        let lines: Vec<usize> = t.rows.iter().map(|r| r.0).collect();
        assert_eq!(lines, vec![4, 7, 9]);
        assert_eq!(t.rows[1].1[1], "4\n5");
        assert_eq!(
            t.comments,
            vec![
                (1, "title".into()),
                (2, "source: x".into()),
                (6, "between".into())
            ]
        );
    }

    #[test]
    fn quotes_crlf_and_bad_quoting() {
        let t = Table::read("a,b\r\n\"x, \"\"y\"\"\",2\r\n").unwrap();
        assert_eq!(
            t.rows,
            vec![(2, vec!["x, \"y\"".to_string(), "2".to_string()])]
        );
        let err = Table::read("a,b\n\"x\"y,2\n3,\"4\n").unwrap_err();
        assert_eq!(err[0].line, 2);
        assert!(err[0].reason.contains("closing quote"));
        assert_eq!(err[1].line, 3);
        assert!(err[1].reason.contains("not closed"));
    }

    #[test]
    fn wrong_field_count_is_reported_with_its_line() {
        let err = Table::read("a,b\n1,2\n1,2,3\n").unwrap_err();
        assert_eq!(
            err,
            vec![RowError::new(
                3,
                "expected 2 fields (as in the header), found 3"
            )]
        );
    }

    #[test]
    fn columns_are_checked() {
        let text = "# c\nx,y\n";
        let t = Table::read(text).unwrap();
        let err = t.check_columns(text, &["x", "z"], &[]).unwrap_err();
        assert_eq!(err.len(), 2);
        assert!(err.iter().all(|e| e.line == 2));
        assert!(err[0].reason.contains("'z'"));
        assert!(err[1].reason.contains("unknown column 'y'"));
    }
}
