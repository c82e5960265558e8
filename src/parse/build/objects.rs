//! Collations, operators, aggregates, text search configurations and dictionaries, extended
//! statistics: kept as the
//! statements that define them, compared by a normalized form (options in any order, defaults
//! left out, names without `public.` / `pg_catalog.`, types canonical), created and dropped as
//! written. A text search configuration's `ALTER ... ADD / ALTER / DROP MAPPING` statements are
//! folded into it.

use super::*;
use crate::parse::opaque::{canonical_type, input_types, mentions, normalize, source};

/// What the builder keeps of an object to recompute its canonical form after an ALTER.
#[derive(Debug, Default)]
pub(crate) struct ObjState {
    /// `kind name(args)`, or the whole canonical text when the options are not a list.
    head: String,
    options: BTreeMap<String, String>,
    /// Text search configuration mappings: token type -> dictionaries.
    mappings: BTreeMap<String, Vec<String>>,
    /// A publication's tables (`table schema.name [columns] [where]`, by table) and schemas
    /// (`schema name`).
    members: BTreeMap<String, String>,
}

impl ObjState {
    fn canon(&self) -> String {
        let mut s = self.head.clone();
        let opts: Vec<String> = self
            .options
            .iter()
            .map(|(k, v)| format!("{k} = {v}"))
            .collect();
        s.push_str(&format!(" ({})", opts.join(", ")));
        for (t, d) in &self.mappings {
            s.push_str(&format!(" mapping {t} with {}", d.join(", ")));
        }
        for m in self.members.values() {
            s.push_str(&format!(" for {m}"));
        }
        s
    }
}

/// Solid tokens of a statement.
fn solid(toks: &[TokenWithSpan]) -> Vec<&TokenWithSpan> {
    toks.iter().filter(|t| sig(t)).collect()
}

fn closing(sol: &[&TokenWithSpan], open: usize) -> Option<usize> {
    let mut depth = 0i32;
    for (i, t) in sol.iter().enumerate().skip(open) {
        match t.token {
            Token::LParen => depth += 1,
            Token::RParen => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Tokens with the `public.` / `pg_catalog.` qualifications and an `OPERATOR( ... )` wrapper
/// taken out.
fn unqualified<'a>(toks: &[&'a TokenWithSpan]) -> Vec<&'a TokenWithSpan> {
    let mut out: Vec<&TokenWithSpan> = Vec::new();
    let mut i = 0;
    let toks: &[&TokenWithSpan] = if toks.len() > 3
        && is_kw(toks[0], "OPERATOR")
        && matches!(toks[1].token, Token::LParen)
        && matches!(toks[toks.len() - 1].token, Token::RParen)
    {
        &toks[2..toks.len() - 1]
    } else {
        toks
    };
    while i < toks.len() {
        let schema_word = matches!(&toks[i].token, Token::Word(w)
            if (w.quote_style.is_none() && (w.value.eq_ignore_ascii_case("public") || w.value.eq_ignore_ascii_case("pg_catalog")))
                || w.value == "public" || w.value == "pg_catalog");
        if schema_word && matches!(toks.get(i + 1).map(|t| &t.token), Some(Token::Period)) {
            i += 2;
            continue;
        }
        out.push(toks[i]);
        i += 1;
    }
    out
}

/// An object's name from the parts written: an event trigger's is one part, without a schema.
pub(super) fn object_name(kind: ObjectKind, parts: &[String]) -> Option<QualName> {
    match (kind, parts) {
        (ObjectKind::EventTrigger | ObjectKind::Publication, [n]) => {
            Some(QualName::new(String::new(), n.clone()))
        }
        (ObjectKind::EventTrigger | ObjectKind::Publication, _) => None,
        _ => qn_parts(parts),
    }
}

/// An operator name's text: its symbol tokens run together (`public.===` -> `===`).
fn operator_name(toks: &[&TokenWithSpan]) -> String {
    unqualified(toks)
        .iter()
        .map(|t| t.token.to_string())
        .collect::<String>()
}

/// An operator's possibly qualified name at the cursor (up to the `(` of its options or
/// argument types).
pub(super) fn read_operator_name(c: &mut Cur) -> Option<QualName> {
    let from = c.i;
    while c.peek().is_some_and(|t| !matches!(t.token, Token::LParen)) {
        c.i += 1;
    }
    let toks = &c.toks[from..c.i];
    if toks.is_empty() {
        return None;
    }
    let schema = match toks {
        [sch, dot, _, ..] if matches!(dot.token, Token::Period) => match &sch.token {
            Token::Word(w) if w.quote_style.is_none() => Some(w.value.to_lowercase()),
            Token::Word(w) => Some(w.value.clone()),
            _ => None,
        },
        _ => None,
    };
    let name = operator_name(toks);
    Some(QualName::new(
        schema.unwrap_or_else(|| DEFAULT_SCHEMA.to_string()),
        name,
    ))
}

/// An option value, canonical: a string's content, a type or name as PostgreSQL prints it
/// (without `public.`), an operator's symbol.
fn option_value(toks: &[&TokenWithSpan]) -> String {
    if let [t] = toks {
        match &t.token {
            Token::SingleQuotedString(s) | Token::EscapedStringLiteral(s) => return s.clone(),
            Token::Number(n, _) => return n.clone(),
            _ => {}
        }
    }
    let u = unqualified(toks);
    if let Some(t) = canonical_type(&u) {
        return t;
    }
    if u.iter().all(|t| !matches!(t.token, Token::Word(_))) {
        return u.iter().map(|t| t.token.to_string()).collect();
    }
    normalize(&u)
}

/// A parenthesized `key = value, ...` list: keys lower-cased, values canonical.
fn option_map(sol: &[&TokenWithSpan]) -> Option<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    let mut depth = 0i32;
    let mut from = 0;
    let mut parts = Vec::new();
    for (i, t) in sol.iter().enumerate() {
        match t.token {
            Token::LParen => depth += 1,
            Token::RParen => depth -= 1,
            Token::Comma if depth == 0 => {
                parts.push(&sol[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    if from < sol.len() {
        parts.push(&sol[from..]);
    }
    for p in parts {
        let key = match &p.first()?.token {
            Token::Word(w) => w.value.to_lowercase(),
            _ => return None,
        };
        let value = if p.len() > 2 && matches!(p[1].token, Token::Eq) {
            option_value(&p[2..])
        } else if p.len() == 1 {
            "true".to_string()
        } else {
            return None;
        };
        out.insert(key, value);
    }
    Some(out)
}

/// Options at their defaults and synonyms, folded so that a hand-written statement and
/// pg_dump's equal each other.
fn fold_defaults(kind: ObjectKind, o: &mut BTreeMap<String, String>) {
    match kind {
        ObjectKind::Collation => {
            if o.get("provider").is_some_and(|p| p == "libc") {
                o.remove("provider");
            }
            if o.get("deterministic").is_some_and(|d| d == "true") {
                o.remove("deterministic");
            }
            o.remove("version");
            if let (Some(a), Some(b)) = (o.get("lc_collate"), o.get("lc_ctype"))
                && a == b
                && !o.contains_key("locale")
            {
                let l = a.clone();
                o.remove("lc_collate");
                o.remove("lc_ctype");
                o.insert("locale".into(), l);
            }
        }
        ObjectKind::Operator => {
            if let Some(p) = o.remove("procedure") {
                o.insert("function".into(), p);
            }
        }
        ObjectKind::Aggregate => {
            for (k, default) in [("parallel", "unsafe"), ("finalfunc_modify", "read_only")] {
                if o.get(k).is_some_and(|v| v == default) {
                    o.remove(k);
                }
            }
        }
        ObjectKind::TextSearchConfiguration
        | ObjectKind::TextSearchDictionary
        | ObjectKind::TextSearchParser
        | ObjectKind::TextSearchTemplate
        | ObjectKind::Statistics
        | ObjectKind::EventTrigger
        | ObjectKind::Publication => {}
    }
}

/// The tables and schemas of a publication at the cursor (`TABLE [ONLY] t [*] [(columns)]
/// [WHERE (...)], t2, TABLES IN SCHEMA s, ...`): each as its key, its canonical text and the
/// table it names.
fn publication_members(c: &mut Cur) -> Option<Vec<(String, String, Option<QualName>)>> {
    let mut out = Vec::new();
    let mut schemas = false;
    loop {
        if c.kw("TABLES") {
            if !(c.kw("IN") && c.kw("SCHEMA")) {
                return None;
            }
            schemas = true;
        } else if c.kw("TABLE") {
            schemas = false;
        }
        if schemas {
            let s = if c.kw("CURRENT_SCHEMA") {
                DEFAULT_SCHEMA.to_string()
            } else {
                c.ident()?
            };
            let key = format!("schema {}", crate::dialect::postgres::quote_ident(&s));
            out.push((key.clone(), key, None));
        } else {
            c.kw("ONLY");
            let t = qn_parts(&c.qualified()?)?;
            if matches!(c.peek().map(|t| &t.token), Some(Token::Mul)) {
                c.i += 1;
            }
            let from = c.i;
            if matches!(c.peek().map(|t| &t.token), Some(Token::LParen)) {
                c.group()?;
            }
            if c.kw("WHERE") {
                c.group()?;
            }
            let key = format!("table {}", crate::dialect::postgres::qualified(&t));
            let rest = &c.toks[from..c.i];
            let text = if rest.is_empty() {
                key.clone()
            } else {
                format!("{key} {}", normalize(&unqualified(rest)))
            };
            out.push((key, text, Some(t)));
        }
        if matches!(c.peek().map(|t| &t.token), Some(Token::Comma)) {
            c.i += 1;
            continue;
        }
        return Some(out);
    }
}

/// A publication's options at their defaults left out: `publish` (all four operations) and
/// `publish_via_partition_root` (false).
fn fold_publication_options(o: &mut BTreeMap<String, String>) {
    if let Some(p) = o.get("publish") {
        let mut ops: Vec<String> = p
            .split(',')
            .map(|x| x.trim().to_lowercase())
            .filter(|x| !x.is_empty())
            .collect();
        ops.sort();
        ops.dedup();
        if ops == ["delete", "insert", "truncate", "update"] {
            o.remove("publish");
        } else {
            o.insert("publish".into(), ops.join(", "));
        }
    }
    if let Some(v) = o.get("publish_via_partition_root") {
        let on = matches!(v.to_lowercase().as_str(), "true" | "on" | "1" | "yes");
        if on {
            o.insert("publish_via_partition_root".into(), "true".into());
        } else {
            o.remove("publish_via_partition_root");
        }
    }
}

/// The statements that make a publication with the state `st` (after a table it listed was
/// dropped).
fn publication_sql(name: &QualName, st: &ObjState) -> String {
    let q = crate::dialect::postgres::quote_ident(&name.name);
    let mut sql = format!("CREATE PUBLICATION {q}");
    if st.head.ends_with(" for all tables") {
        sql.push_str(" FOR ALL TABLES");
    }
    if !st.options.is_empty() {
        let opts: Vec<String> = st
            .options
            .iter()
            .map(|(k, v)| format!("{k} = {}", crate::dialect::postgres::quote_literal(v)))
            .collect();
        sql.push_str(&format!(" WITH ({})", opts.join(", ")));
    }
    for m in st.members.values() {
        let m = m
            .strip_prefix("table ")
            .map(|t| format!("TABLE ONLY {t}"))
            .or_else(|| {
                m.strip_prefix("schema ")
                    .map(|s| format!("TABLES IN SCHEMA {s}"))
            })
            .unwrap_or_default();
        sql.push_str(&format!(";\nALTER PUBLICATION {q} ADD {m}"));
    }
    sql
}

/// The identity of an operator (`(left, right)`) or aggregate (`(types)`) from the argument
/// list of a `DROP` or `COMMENT`.
pub(super) fn args_identity(kind: ObjectKind, inner: &[&TokenWithSpan]) -> String {
    match kind {
        ObjectKind::Operator => {
            let parts: Vec<String> = inner
                .split(|t| matches!(t.token, Token::Comma))
                .map(|p| {
                    if p.len() == 1 && is_kw(p[0], "NONE") {
                        "NONE".to_string()
                    } else {
                        canonical_type(p).unwrap_or_else(|| normalize(p))
                    }
                })
                .collect();
            format!("({})", parts.join(", "))
        }
        ObjectKind::Aggregate => {
            if inner.len() == 1 && matches!(inner[0].token, Token::Mul) {
                "(*)".to_string()
            } else {
                format!("({})", input_types(inner))
            }
        }
        _ => String::new(),
    }
}

impl Builder<'_> {
    /// `CREATE COLLATION / OPERATOR / [OR REPLACE] AGGREGATE / TEXT SEARCH CONFIGURATION /
    /// TEXT SEARCH DICTIONARY`.
    pub(super) fn create_object(&mut self, s: &Stmt) -> R<()> {
        let sol = solid(s.toks);
        let mut i = 1;
        let or_replace = is_kw(sol[1], "OR");
        if or_replace {
            i = 3;
        }
        let kind = if is_kw(sol[i], "COLLATION") {
            i += 1;
            ObjectKind::Collation
        } else if is_kw(sol[i], "OPERATOR") {
            i += 1;
            ObjectKind::Operator
        } else if is_kw(sol[i], "AGGREGATE") {
            i += 1;
            ObjectKind::Aggregate
        } else {
            i += 3;
            match sol[i - 1].token.to_string().to_uppercase().as_str() {
                "CONFIGURATION" => ObjectKind::TextSearchConfiguration,
                "PARSER" => ObjectKind::TextSearchParser,
                "TEMPLATE" => ObjectKind::TextSearchTemplate,
                _ => ObjectKind::TextSearchDictionary,
            }
        };
        let bad = |b: &Self, what: &str| b.err_at(s, format!("CREATE {}: {what}", kind.sql()));
        let if_not_exists = sol.get(i).is_some_and(|t| is_kw(t, "IF"));
        if if_not_exists {
            i += 3;
        }
        // the name (an operator's is a run of symbol tokens)
        let (name, after) = if kind == ObjectKind::Operator {
            let open = (i..sol.len())
                .find(|&j| matches!(sol[j].token, Token::LParen))
                .ok_or_else(|| bad(self, "expected ( options )"))?;
            let mut c = Cur::from_solid(sol[i..open].to_vec());
            let q = read_operator_name(&mut c).ok_or_else(|| bad(self, "expected a name"))?;
            (q, open)
        } else {
            let mut c = Cur::from_solid(sol[i..].to_vec());
            let parts = c.qualified().ok_or_else(|| bad(self, "expected a name"))?;
            (
                qn_parts(&parts).ok_or_else(|| bad(self, "bad name"))?,
                i + c.i,
            )
        };
        let mut j = after;
        let mut args = String::new();
        if kind == ObjectKind::Aggregate {
            if !matches!(sol.get(j).map(|t| &t.token), Some(Token::LParen)) {
                return Err(bad(self, "expected the argument list"));
            }
            let close = closing(&sol, j).ok_or_else(|| bad(self, "unbalanced parentheses"))?;
            // the old syntax `CREATE AGGREGATE name (BASETYPE = ..., ...)` has no argument list
            let inner = &sol[j + 1..close];
            let old_style = inner.len() > 1 && matches!(inner[1].token, Token::Eq);
            if !old_style {
                args = args_identity(kind, inner);
                j = close + 1;
            }
        }
        let mut state = ObjState::default();
        let open = j;
        if sol.get(open).is_some_and(|t| is_kw(t, "FROM")) && kind == ObjectKind::Collation {
            state.head = format!("collation {name} from {}", option_value(&sol[open + 1..]));
        } else {
            if !matches!(sol.get(open).map(|t| &t.token), Some(Token::LParen)) {
                return Err(bad(self, "expected ( options )"));
            }
            let close = closing(&sol, open).ok_or_else(|| bad(self, "unbalanced parentheses"))?;
            if close + 1 != sol.len() {
                return Err(self.err(
                    sol[close + 1].span.start.line as usize,
                    sol[close + 1].span.start.column as usize,
                    format!("unexpected text after CREATE {}", kind.sql()),
                ));
            }
            let mut opts = option_map(&sol[open + 1..close])
                .ok_or_else(|| bad(self, "malformed option list"))?;
            if kind == ObjectKind::Operator {
                let side = |o: &BTreeMap<String, String>, k: &str| {
                    o.get(k).cloned().unwrap_or_else(|| "NONE".to_string())
                };
                args = format!("({}, {})", side(&opts, "leftarg"), side(&opts, "rightarg"));
            }
            fold_defaults(kind, &mut opts);
            if kind == ObjectKind::Aggregate && args.is_empty() {
                // old syntax: the input type is BASETYPE
                let base = opts.remove("basetype").unwrap_or_default();
                args = if base == "\"any\"" || base == "any" {
                    "(*)".to_string()
                } else {
                    format!("({base})")
                };
            }
            state.head = format!("{} {name}{args}", kind.sql().to_lowercase());
            state.options = opts;
        }
        let (mentions, _) = mentions(&sol[after..]);
        let obj = OpaqueObject {
            args,
            mentions: mentions.into_iter().filter(|m| *m != name).collect(),
            ..self.created_object(s, kind, name.clone(), &state)
        };
        self.insert_object(obj, state, if_not_exists, or_replace)
            .map_err(|m| bad(self, &m))
    }

    /// The object statement `s` creates, defined by its text and compared by `state`'s
    /// canonical form, without arguments, mentions or comment (the callers add theirs).
    fn created_object(
        &self,
        s: &Stmt,
        kind: ObjectKind,
        name: QualName,
        state: &ObjState,
    ) -> OpaqueObject {
        OpaqueObject {
            kind,
            name,
            args: String::new(),
            definition: Definition {
                sql: source(self.src(), s.toks),
                canon: state.canon(),
            },
            mentions: Vec::new(),
            words: Vec::new(),
            comment: None,
        }
    }

    /// Adds a created object with its state. When one with its key exists already, it is kept
    /// with `IF NOT EXISTS` and replaced with `OR REPLACE`; otherwise the message says it is
    /// defined twice.
    fn insert_object(
        &mut self,
        obj: OpaqueObject,
        state: ObjState,
        if_not_exists: bool,
        or_replace: bool,
    ) -> Result<(), String> {
        let key = obj.key();
        if self.schema.objects.contains_key(&key) {
            if if_not_exists {
                return Ok(());
            }
            if !or_replace {
                return Err(format!("{key} is defined twice"));
            }
        }
        self.schema.objects.insert(key.clone(), obj);
        self.obj_states.insert(key, state);
        Ok(())
    }

    /// The key of the object an `ALTER` names at the cursor (just after the kind's words),
    /// which must exist.
    fn altered_object_key(&self, c: &mut Cur, kind: ObjectKind) -> R<String> {
        let (l, col) = c.pos();
        let q = c
            .qualified()
            .and_then(|p| object_name(kind, &p))
            .ok_or_else(|| self.err(l, col, "expected a name"))?;
        let key = crate::model::object_key(kind, &q, "");
        if !self.schema.objects.contains_key(&key) {
            let shown = if q.schema.is_empty() {
                q.name
            } else {
                q.to_string()
            };
            return Err(self.err(l, col, format!("ALTER {} of unknown {shown}", kind.sql())));
        }
        Ok(key)
    }

    /// Appends the `ALTER` statement `s` to the definition of the object `key` (which the
    /// caller checked exists) and recomputes its canonical form from its state.
    fn append_alter(&mut self, s: &Stmt, key: &str) -> &mut OpaqueObject {
        let canon = self
            .obj_states
            .get(key)
            .map(ObjState::canon)
            .unwrap_or_default();
        let sql = source(self.src(), s.toks);
        let obj = self
            .schema
            .objects
            .get_mut(key)
            .expect("checked by the caller");
        obj.definition.sql = format!("{};\n{sql}", obj.definition.sql);
        obj.definition.canon = canon;
        obj
    }

    /// `CREATE STATISTICS [IF NOT EXISTS] name [(kind, ...)] ON column_or_expression, ... FROM
    /// table`. Compared by the kinds (sorted; all three is the same as none written, as
    /// PostgreSQL prints it), the normalized `ON` list and the table.
    pub(super) fn create_statistics(&mut self, s: &Stmt) -> R<()> {
        let sol = solid(s.toks);
        let bad = |b: &Self, what: &str| b.err_at(s, format!("CREATE STATISTICS: {what}"));
        let mut i = 2;
        let if_not_exists = sol.get(i).is_some_and(|t| is_kw(t, "IF"));
        if if_not_exists {
            i += 3;
        }
        if sol
            .get(i)
            .is_none_or(|t| is_kw(t, "ON") || matches!(t.token, Token::LParen))
        {
            return Err(bad(
                self,
                "give the statistics object a name (gen compares objects by name)",
            ));
        }
        let mut c = Cur::from_solid(sol[i..].to_vec());
        let name = c
            .qualified()
            .and_then(|p| qn_parts(&p))
            .ok_or_else(|| bad(self, "expected a name"))?;
        let mut j = i + c.i;
        let mut kinds: Vec<String> = Vec::new();
        if matches!(sol.get(j).map(|t| &t.token), Some(Token::LParen)) {
            let close = closing(&sol, j).ok_or_else(|| bad(self, "unbalanced parentheses"))?;
            for k in sol[j + 1..close].split(|t| matches!(t.token, Token::Comma)) {
                kinds.push(normalize(k));
            }
            j = close + 1;
        }
        kinds.sort();
        kinds.dedup();
        if kinds == ["dependencies", "mcv", "ndistinct"] {
            kinds.clear();
        }
        if !sol.get(j).is_some_and(|t| is_kw(t, "ON")) {
            return Err(bad(self, "expected ON columns FROM table"));
        }
        let mut depth = 0i32;
        let from = (j + 1..sol.len())
            .find(|&k| {
                match sol[k].token {
                    Token::LParen => depth += 1,
                    Token::RParen => depth -= 1,
                    _ => {}
                }
                depth == 0 && is_kw(sol[k], "FROM")
            })
            .ok_or_else(|| bad(self, "expected FROM table"))?;
        let on = &sol[j + 1..from];
        let mut c = Cur::from_solid(sol[from + 1..].to_vec());
        let table = c
            .qualified()
            .and_then(|p| qn_parts(&p))
            .ok_or_else(|| bad(self, "expected a table name after FROM"))?;
        if !c.at_end() {
            return Err(bad(self, "unexpected text after the table name"));
        }
        // PostgreSQL keeps the plain columns as a set (printed in column order) and the
        // expressions after them in their order
        let mut columns: Vec<String> = Vec::new();
        let mut exprs: Vec<String> = Vec::new();
        let mut depth = 0i32;
        for item in on.split(|t| {
            match t.token {
                Token::LParen => depth += 1,
                Token::RParen => depth -= 1,
                _ => {}
            }
            depth == 0 && matches!(t.token, Token::Comma)
        }) {
            match item {
                [t] if matches!(t.token, Token::Word(_)) => columns.push(normalize(item)),
                _ => exprs.push(normalize(&unqualified(item))),
            }
        }
        columns.sort();
        columns.extend(exprs);
        let state = ObjState {
            head: format!(
                "statistics {name} ({}) on {} from {table}",
                kinds.join(", "),
                columns.join(", ")
            ),
            ..Default::default()
        };
        let (mut mentions, words) = mentions(on);
        mentions.retain(|m| *m != name);
        mentions.push(table);
        let obj = OpaqueObject {
            mentions,
            words,
            ..self.created_object(s, ObjectKind::Statistics, name, &state)
        };
        self.insert_object(obj, state, if_not_exists, false)
            .map_err(|m| bad(self, &m))
    }

    /// `CREATE EVENT TRIGGER name ON event [WHEN TAG IN ('...', ...) [AND ...]] EXECUTE
    /// { FUNCTION | PROCEDURE } f()`. Compared by the normalized text after the name (`PROCEDURE`
    /// read as `FUNCTION`, tags in upper case, `public.` left out) and whether it is enabled.
    pub(super) fn create_event_trigger(&mut self, s: &Stmt) -> R<()> {
        let sol = solid(s.toks);
        let bad = |b: &Self, what: &str| b.err_at(s, format!("CREATE EVENT TRIGGER: {what}"));
        let name = match sol.get(3).map(|t| &t.token) {
            Some(Token::Word(w)) if !is_kw(sol[3], "ON") => {
                if w.quote_style.is_some() {
                    w.value.clone()
                } else {
                    w.value.to_lowercase()
                }
            }
            _ => return Err(bad(self, "expected a name")),
        };
        if !sol.get(4).is_some_and(|t| is_kw(t, "ON")) {
            return Err(bad(self, "expected ON event"));
        }
        let rest = unqualified(&sol[4..]);
        let mut canon = Vec::with_capacity(rest.len());
        for t in &rest {
            canon.push(match &t.token {
                Token::Word(w)
                    if w.quote_style.is_none() && w.value.eq_ignore_ascii_case("procedure") =>
                {
                    "function".to_string()
                }
                Token::SingleQuotedString(v) => {
                    format!("'{}'", v.to_uppercase().replace('\'', "''"))
                }
                _ => normalize(&[*t]),
            });
        }
        let state = ObjState {
            head: format!(
                "event trigger {} {}",
                crate::dialect::postgres::quote_ident(&name),
                canon.join(" ")
            ),
            ..Default::default()
        };
        let (mentions, _) = mentions(&sol[4..]);
        let obj = OpaqueObject {
            mentions,
            ..self.created_object(
                s,
                ObjectKind::EventTrigger,
                QualName::new(String::new(), name),
                &state,
            )
        };
        self.insert_object(obj, state, false, false)
            .map_err(|m| bad(self, &m))
    }

    /// `ALTER EVENT TRIGGER name { DISABLE | ENABLE [ REPLICA | ALWAYS ] }`.
    pub(super) fn alter_event_trigger(&mut self, s: &Stmt) -> R<()> {
        let mut c = Cur::new(s.toks);
        c.kw("ALTER");
        c.kw("EVENT");
        c.kw("TRIGGER");
        let key = self.altered_object_key(&mut c, ObjectKind::EventTrigger)?;
        let state = if c.kw("DISABLE") {
            Some("disabled")
        } else if c.kw("ENABLE") {
            if c.kw("REPLICA") {
                Some("replica")
            } else if c.kw("ALWAYS") {
                Some("always")
            } else {
                Some("origin")
            }
        } else {
            None
        };
        let Some(state) = state.filter(|_| c.at_end()) else {
            return Err(self.err_at(
                s,
                "unsupported statement: ALTER EVENT TRIGGER (only ENABLE / DISABLE are read; rename it in the schema file with a drop and a create)",
            ));
        };
        let st = self.obj_states.entry(key.clone()).or_default();
        if state == "origin" {
            st.options.remove("enabled");
        } else {
            st.options.insert("enabled".into(), state.to_string());
        }
        self.append_alter(s, &key);
        Ok(())
    }

    /// `CREATE PUBLICATION name [FOR ALL TABLES | FOR TABLE [ONLY] t [(columns)] [WHERE
    /// (...)], ... | FOR TABLES IN SCHEMA s, ...] [WITH (option = value, ...)]`. Compared by
    /// whether it takes all tables, its tables and schemas as a set, and its options (defaults
    /// left out); pg_dump adds the tables with `ALTER PUBLICATION ... ADD TABLE`, folded in.
    pub(super) fn create_publication(&mut self, s: &Stmt) -> R<()> {
        let sol = solid(s.toks);
        let bad = |b: &Self, what: &str| b.err_at(s, format!("CREATE PUBLICATION: {what}"));
        let mut c = Cur::from_solid(sol[2..].to_vec());
        let name = c
            .ident()
            .map(|n| QualName::new(String::new(), n))
            .ok_or_else(|| bad(self, "expected a name"))?;
        let mut state = ObjState::default();
        let mut all_tables = false;
        let mut mentions = Vec::new();
        if c.kw("FOR") {
            if c.kw("ALL") {
                if !c.kw("TABLES") {
                    return Err(bad(self, "expected FOR ALL TABLES"));
                }
                all_tables = true;
            } else {
                let members = publication_members(&mut c).ok_or_else(|| {
                    bad(
                        self,
                        "expected TABLE name, ... or TABLES IN SCHEMA name, ...",
                    )
                })?;
                for (key, text, table) in members {
                    state.members.insert(key, text);
                    mentions.extend(table);
                }
            }
        }
        if c.kw("WITH") {
            let rest = &c.toks[c.i..];
            let close = (matches!(rest.first().map(|t| &t.token), Some(Token::LParen)))
                .then(|| closing(rest, 0))
                .flatten()
                .ok_or_else(|| bad(self, "expected WITH (option = value, ...)"))?;
            state.options =
                option_map(&rest[1..close]).ok_or_else(|| bad(self, "malformed option list"))?;
            c.i += close + 1;
        }
        if !c.at_end() {
            return Err(bad(self, "unexpected text"));
        }
        fold_publication_options(&mut state.options);
        state.head = format!(
            "publication {}{}",
            crate::dialect::postgres::quote_ident(&name.name),
            if all_tables { " for all tables" } else { "" }
        );
        mentions.sort();
        mentions.dedup();
        let obj = OpaqueObject {
            mentions,
            ..self.created_object(s, ObjectKind::Publication, name, &state)
        };
        self.insert_object(obj, state, false, false)
            .map_err(|m| bad(self, &m))
    }

    /// `ALTER PUBLICATION name { ADD | SET | DROP } { TABLE ... | TABLES IN SCHEMA ... }, ...`
    /// and `ALTER PUBLICATION name SET (option = value, ...)`.
    pub(super) fn alter_publication(&mut self, s: &Stmt) -> R<()> {
        let mut c = Cur::new(s.toks);
        c.kw("ALTER");
        c.kw("PUBLICATION");
        let key = self.altered_object_key(&mut c, ObjectKind::Publication)?;
        let bad = |b: &Self| {
            b.err_at(
                s,
                "unsupported or malformed ALTER PUBLICATION (ADD / SET / DROP of tables and schemas and SET (options) are read)",
            )
        };
        let mut st = self.obj_states.remove(&key).unwrap_or_default();
        let mut added = Vec::new();
        let verb = if c.kw("ADD") {
            "ADD"
        } else if c.kw("DROP") {
            "DROP"
        } else if c.kw("SET") {
            "SET"
        } else {
            ""
        };
        let options = verb == "SET" && matches!(c.peek().map(|t| &t.token), Some(Token::LParen));
        let members = if verb.is_empty() || options {
            None
        } else {
            publication_members(&mut c)
        };
        if options {
            let rest = &c.toks[c.i..];
            let Some(opts) = closing(rest, 0).and_then(|close| {
                c.i += close + 1;
                option_map(&rest[1..close])
            }) else {
                self.obj_states.insert(key, st);
                return Err(bad(self));
            };
            st.options.extend(opts);
            fold_publication_options(&mut st.options);
        } else {
            let Some(members) = members else {
                self.obj_states.insert(key, st);
                return Err(bad(self));
            };
            if verb == "SET" {
                st.members.clear();
            }
            for (k, text, table) in members {
                if verb == "DROP" {
                    st.members.remove(&k);
                } else {
                    st.members.insert(k, text);
                    added.extend(table);
                }
            }
        }
        if !c.at_end() {
            self.obj_states.insert(key, st);
            return Err(bad(self));
        }
        self.obj_states.insert(key.clone(), st);
        let obj = self.append_alter(s, &key);
        for t in added {
            if !obj.mentions.contains(&t) {
                obj.mentions.push(t);
            }
        }
        Ok(())
    }

    /// A table dropped leaves the publications that list it, and the statistics objects on it
    /// go with it.
    pub(super) fn objects_forget_table(&mut self, table: &QualName) {
        let member = format!("table {}", crate::dialect::postgres::qualified(table));
        let keys: Vec<String> = self
            .schema
            .objects
            .values()
            .filter(|o| o.mentions.contains(table))
            .map(|o| o.key())
            .collect();
        for key in keys {
            let Some(o) = self.schema.objects.get_mut(&key) else {
                continue;
            };
            match o.kind {
                ObjectKind::Statistics => {
                    self.schema.objects.remove(&key);
                    self.obj_states.remove(&key);
                }
                ObjectKind::Publication => {
                    o.mentions.retain(|m| m != table);
                    if let Some(st) = self.obj_states.get_mut(&key)
                        && st.members.remove(&member).is_some()
                    {
                        o.definition.canon = st.canon();
                        o.definition.sql = publication_sql(&o.name, st);
                    }
                }
                _ => {}
            }
        }
    }

    /// A column dropped takes the statistics objects that name it along.
    pub(super) fn objects_forget_column(&mut self, table: &QualName, column: &str) {
        self.schema.objects.retain(|key, o| {
            let gone = o.kind == ObjectKind::Statistics
                && o.mentions.contains(table)
                && o.words.iter().any(|w| w == column);
            if gone {
                self.obj_states.remove(key);
            }
            !gone
        });
    }

    /// `ALTER STATISTICS name SET STATISTICS n` (`-1`: the default again).
    pub(super) fn alter_statistics(&mut self, s: &Stmt) -> R<()> {
        let mut c = Cur::new(s.toks);
        c.kw("ALTER");
        c.kw("STATISTICS");
        let key = self.altered_object_key(&mut c, ObjectKind::Statistics)?;
        let target = if c.kw("SET") && c.kw("STATISTICS") {
            c.int()
        } else {
            None
        };
        let Some(target) = target.filter(|_| c.at_end()) else {
            return Err(self.err_at(
                s,
                "unsupported statement: ALTER STATISTICS (only SET STATISTICS n is read)",
            ));
        };
        let st = self.obj_states.entry(key.clone()).or_default();
        if target < 0 {
            st.options.remove("target");
        } else {
            st.options.insert("target".into(), target.to_string());
        }
        self.append_alter(s, &key);
        Ok(())
    }

    /// `ALTER TEXT SEARCH CONFIGURATION c ADD MAPPING FOR t, ... WITH d, ...` (also `ALTER
    /// MAPPING`, `DROP MAPPING [IF EXISTS] FOR t, ...`) and `ALTER TEXT SEARCH DICTIONARY d
    /// (option = value, ...)`.
    pub(super) fn alter_object(&mut self, s: &Stmt) -> R<()> {
        let mut c = Cur::new(s.toks);
        c.kw("ALTER");
        c.kw("TEXT");
        c.kw("SEARCH");
        let kind = if c.kw("CONFIGURATION") {
            ObjectKind::TextSearchConfiguration
        } else if c.kw("DICTIONARY") {
            ObjectKind::TextSearchDictionary
        } else {
            let w = c.ident().unwrap_or_default().to_uppercase();
            return Err(self.err_at(s, format!("unsupported statement: ALTER TEXT SEARCH {w}")));
        };
        let key = self.altered_object_key(&mut c, kind)?;
        let (al, acol) = c.pos();
        let bad = |b: &Self| {
            b.err(
                al,
                acol,
                format!("unsupported or malformed ALTER {}", kind.sql()),
            )
        };
        let names = |c: &mut Cur| -> Vec<String> {
            let mut v = Vec::new();
            while let Some(p) = c.qualified() {
                let p: Vec<String> = p
                    .into_iter()
                    .filter(|x| x != "public" && x != "pg_catalog")
                    .collect();
                v.push(p.join("."));
                if matches!(c.peek().map(|t| &t.token), Some(Token::Comma)) {
                    c.i += 1;
                } else {
                    break;
                }
            }
            v
        };
        let mut st = self.obj_states.remove(&key).unwrap_or_default();
        let state = &mut st;
        match kind {
            ObjectKind::TextSearchConfiguration => {
                if c.kw("ADD") || c.kw("ALTER") {
                    let adding = is_kw(c.toks[c.i - 1], "ADD");
                    if !c.kw("MAPPING") {
                        return Err(bad(self));
                    }
                    if c.kw("REPLACE") {
                        let old = names(&mut c);
                        if !c.kw("WITH") {
                            return Err(bad(self));
                        }
                        let new = names(&mut c);
                        let (Some(old), Some(new)) = (old.first(), new.first()) else {
                            return Err(bad(self));
                        };
                        for d in state.mappings.values_mut() {
                            for x in d.iter_mut() {
                                if x == old {
                                    *x = new.clone();
                                }
                            }
                        }
                    } else {
                        if !c.kw("FOR") {
                            return Err(bad(self));
                        }
                        let types = names(&mut c);
                        if !c.kw("WITH") {
                            return Err(bad(self));
                        }
                        let dicts = names(&mut c);
                        for t in types {
                            if adding && state.mappings.contains_key(&t) {
                                return Err(self.err(
                                    al,
                                    acol,
                                    format!("mapping for token type {t} already exists"),
                                ));
                            }
                            state.mappings.insert(t, dicts.clone());
                        }
                    }
                } else if c.kw("DROP") {
                    if !c.kw("MAPPING") {
                        return Err(bad(self));
                    }
                    let if_exists = c.kw("IF") && c.kw("EXISTS");
                    if !c.kw("FOR") {
                        return Err(bad(self));
                    }
                    for t in names(&mut c) {
                        if state.mappings.remove(&t).is_none() && !if_exists {
                            return Err(self.err(
                                al,
                                acol,
                                format!("mapping for token type {t} does not exist"),
                            ));
                        }
                    }
                } else {
                    return Err(bad(self));
                }
            }
            _ => {
                let sol: Vec<&TokenWithSpan> = c.toks[c.i..].to_vec();
                if !matches!(sol.first().map(|t| &t.token), Some(Token::LParen)) {
                    return Err(bad(self));
                }
                let close = closing(&sol, 0).ok_or_else(|| bad(self))?;
                let opts = option_map(&sol[1..close]).ok_or_else(|| bad(self))?;
                state.options.extend(opts);
                c.i += close + 1;
            }
        }
        if !c.at_end() {
            return Err(bad(self));
        }
        self.obj_states.insert(key.clone(), st);
        self.append_alter(s, &key);
        Ok(())
    }

    /// `DROP COLLATION / OPERATOR / AGGREGATE / TEXT SEARCH ...`: whether it existed.
    pub(super) fn drop_object(
        &mut self,
        kind: ObjectKind,
        q: &QualName,
        args: Option<&str>,
        line: usize,
        col: usize,
    ) -> R<bool> {
        let keys: Vec<String> = self
            .schema
            .objects
            .values()
            .filter(|o| o.kind == kind && &o.name == q && args.is_none_or(|a| a == o.args))
            .map(|o| o.key())
            .collect();
        if keys.len() > 1 {
            return Err(self.err(
                line,
                col,
                format!("{} {q} is not unique: give its argument types", kind.sql()),
            ));
        }
        for k in &keys {
            self.schema.objects.remove(k);
            self.obj_states.remove(k);
        }
        Ok(!keys.is_empty())
    }
}

impl Builder<'_> {
    /// `COMMENT ON { COLLATION c | AGGREGATE a(args) | OPERATOR o(l, r) | TEXT SEARCH {
    /// CONFIGURATION | DICTIONARY } x } IS 'text' | NULL` (token level: sqlparser reads none of
    /// these).
    pub(super) fn comment_on_object(&mut self, s: &Stmt) -> R<()> {
        let mut c = Cur::new(s.toks);
        c.kw("COMMENT");
        c.kw("ON");
        let (l, col) = c.pos();
        let bad = |b: &Self, what: &str| {
            b.err(
                l,
                col,
                format!("COMMENT ON {what}: expected a name, then IS 'text' or IS NULL"),
            )
        };
        fn args_of<'a>(c: &mut Cur<'a>) -> Option<Vec<&'a TokenWithSpan>> {
            if !matches!(c.peek().map(|t| &t.token), Some(Token::LParen)) {
                return None;
            }
            let from = c.i;
            let mut depth = 0;
            while let Some(t) = c.peek() {
                c.i += 1;
                match t.token {
                    Token::LParen => depth += 1,
                    Token::RParen => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
            }
            Some(c.toks[from + 1..c.i - 1].to_vec())
        }
        let kind = if c.kw("COLLATION") {
            ObjectKind::Collation
        } else if c.kw("AGGREGATE") {
            ObjectKind::Aggregate
        } else if c.kw("OPERATOR") {
            ObjectKind::Operator
        } else if c.kw("TEXT") && c.kw("SEARCH") && c.kw("CONFIGURATION") {
            ObjectKind::TextSearchConfiguration
        } else if c.toks.get(c.i - 1).is_some_and(|t| is_kw(t, "SEARCH")) && c.kw("DICTIONARY") {
            ObjectKind::TextSearchDictionary
        } else if c.toks.get(c.i - 1).is_some_and(|t| is_kw(t, "SEARCH")) && c.kw("PARSER") {
            ObjectKind::TextSearchParser
        } else if c.toks.get(c.i - 1).is_some_and(|t| is_kw(t, "SEARCH")) && c.kw("TEMPLATE") {
            ObjectKind::TextSearchTemplate
        } else if c.kw("STATISTICS") {
            ObjectKind::Statistics
        } else if c.kw("EVENT") && c.kw("TRIGGER") {
            ObjectKind::EventTrigger
        } else if c.kw("PUBLICATION") {
            ObjectKind::Publication
        } else {
            let w: Vec<String> = c.toks[2..c.toks.len().min(5)]
                .iter()
                .map(|t| t.token.to_string().to_uppercase())
                .collect();
            return Err(self.err_at(
                s,
                format!("unsupported statement: COMMENT ON {}", w.join(" ")),
            ));
        };
        let q = if kind == ObjectKind::Operator {
            read_operator_name(&mut c)
        } else {
            c.qualified().and_then(|p| object_name(kind, &p))
        }
        .ok_or_else(|| bad(self, kind.sql()))?;
        let args = args_of(&mut c).map(|a| args_identity(kind, &a));
        if !c.kw("IS") {
            return Err(bad(self, "the object"));
        }
        let text = if c.kw("NULL") {
            None
        } else {
            match c.peek().map(|t| &t.token) {
                Some(Token::SingleQuotedString(v))
                | Some(Token::EscapedStringLiteral(v))
                | Some(Token::NationalStringLiteral(v)) => {
                    let v = v.clone();
                    c.i += 1;
                    Some(v)
                }
                Some(Token::DollarQuotedString(d)) => {
                    let v = d.value.clone();
                    c.i += 1;
                    Some(v)
                }
                _ => return Err(bad(self, "the object")),
            }
        };
        self.expect_end(&c, "COMMENT ON ... IS")?;
        let missing = |b: &Self, what: String| {
            b.err(
                l,
                col,
                format!("COMMENT ON {what}: no such object in the file"),
            )
        };
        let keys: Vec<String> = self
            .schema
            .objects
            .values()
            .filter(|o| o.kind == kind && o.name == q && args.as_ref().is_none_or(|a| *a == o.args))
            .map(|o| o.key())
            .collect();
        match keys.as_slice() {
            [k] => self.schema.objects.get_mut(k).expect("listed").comment = text,
            _ => return Err(missing(self, format!("{} {q}", kind.sql()))),
        }
        Ok(())
    }
}
