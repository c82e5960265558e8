//! Row-level security, policies and privileges: `ALTER TABLE ... ENABLE|DISABLE|FORCE|NO FORCE
//! ROW LEVEL SECURITY`, `REPLICA IDENTITY`, `CREATE POLICY`, `GRANT`, `REVOKE` and `ALTER DEFAULT
//! PRIVILEGES`, applied to the model in file order like every other statement.

use super::*;

/// Every privilege `ALL [PRIVILEGES]` stands for, by the kind of object (PostgreSQL 15).
fn all_privileges(object: &GrantObject) -> &'static [&'static str] {
    match object {
        GrantObject::Table(_) => &[
            "DELETE",
            "INSERT",
            "REFERENCES",
            "SELECT",
            "TRIGGER",
            "TRUNCATE",
            "UPDATE",
        ],
        GrantObject::Column(..) => &["INSERT", "REFERENCES", "SELECT", "UPDATE"],
        GrantObject::Sequence(_) => &["SELECT", "UPDATE", "USAGE"],
        GrantObject::Routine(_) => &["EXECUTE"],
        GrantObject::Schema(_) => &["CREATE", "USAGE"],
        GrantObject::Type(_) => &["USAGE"],
    }
}

/// A policy's `TO` roles as the model keeps them: PUBLIC upper case, names folded, sorted.
fn policy_roles(owners: &[ast::Owner]) -> Vec<String> {
    let mut roles: Vec<String> = owners
        .iter()
        .map(|o| match o {
            ast::Owner::Ident(i)
                if i.quote_style.is_none() && i.value.eq_ignore_ascii_case("public") =>
            {
                "PUBLIC".to_string()
            }
            ast::Owner::Ident(i) => fold(i),
            ast::Owner::CurrentRole => "CURRENT_ROLE".to_string(),
            ast::Owner::CurrentUser => "CURRENT_USER".to_string(),
            ast::Owner::SessionUser => "SESSION_USER".to_string(),
        })
        .collect();
    roles.sort();
    roles.dedup();
    roles
}

/// The privileges PostgreSQL gives PUBLIC on a new object of this kind.
pub(crate) fn public_defaults(object: &GrantObject) -> &'static [&'static str] {
    match object {
        GrantObject::Routine(_) => &["EXECUTE"],
        GrantObject::Type(_) => &["USAGE"],
        // (and CREATE before PostgreSQL 15)
        GrantObject::Schema(s) if s == DEFAULT_SCHEMA => &["USAGE"],
        _ => &[],
    }
}

/// Whether a default privilege every schema gets (`ALTER DEFAULT PRIVILEGES` without `IN
/// SCHEMA`) is built in: PUBLIC's EXECUTE on functions and USAGE on types, and everything on
/// its objects for the role itself. Revoking one is an entry of its own.
fn built_in_default(role: &Option<String>, kind: &str, grantee: &str, privilege: &str) -> bool {
    match grantee {
        "PUBLIC" => matches!(
            (kind, privilege),
            ("FUNCTIONS", "EXECUTE") | ("TYPES", "USAGE")
        ),
        g => role.as_deref() == Some(g) && all_default_privileges(kind).contains(&privilege),
    }
}

/// `ALL` for default privileges, by `ON` kind.
fn all_default_privileges(kind: &str) -> &'static [&'static str] {
    match kind {
        "TABLES" => all_privileges(&GrantObject::Table(QualName::public(""))),
        "SEQUENCES" => all_privileges(&GrantObject::Sequence(QualName::public(""))),
        "FUNCTIONS" => &["EXECUTE"],
        "TYPES" => &["USAGE"],
        _ => &["CREATE", "USAGE"],
    }
}

/// A role name as PostgreSQL stores it in an ACL: `PUBLIC`, or the folded identifier.
fn grantee(c: &mut Cur) -> Option<String> {
    c.kw("GROUP");
    let t = c.peek()?;
    if let Token::Word(w) = &t.token
        && w.quote_style.is_none()
        && w.value.eq_ignore_ascii_case("public")
    {
        c.i += 1;
        return Some("PUBLIC".to_string());
    }
    for kw in ["CURRENT_USER", "CURRENT_ROLE", "SESSION_USER"] {
        if c.kw(kw) {
            return Some(kw.to_string());
        }
    }
    c.ident()
}

/// A comma-separated list read by `item` until it stops matching.
fn list<T>(c: &mut Cur, mut item: impl FnMut(&mut Cur) -> Option<T>) -> Option<Vec<T>> {
    let mut v = vec![item(c)?];
    while matches!(c.peek().map(|t| &t.token), Some(Token::Comma)) {
        c.i += 1;
        v.push(item(c)?);
    }
    Some(v)
}

/// `(a, b)` after a privilege: the columns it is limited to.
fn column_list(c: &mut Cur) -> Option<Vec<String>> {
    if !matches!(c.peek().map(|t| &t.token), Some(Token::LParen)) {
        return Some(Vec::new());
    }
    c.i += 1;
    let cols = list(c, |c| c.ident())?;
    matches!(c.peek().map(|t| &t.token), Some(Token::RParen)).then(|| c.i += 1)?;
    Some(cols)
}

/// One privilege as written (`SELECT`, `ALL PRIVILEGES`, `UPDATE (a, b)`): its name (`ALL` for
/// all) and its columns.
fn privilege(c: &mut Cur) -> Option<(String, Vec<String>)> {
    let name = match &c.peek()?.token {
        Token::Word(w) if w.quote_style.is_none() => w.value.to_uppercase(),
        _ => return None,
    };
    c.i += 1;
    if name == "ALL" {
        c.kw("PRIVILEGES");
    }
    Some((name, column_list(c)?))
}

impl Builder<'_> {
    /// `ALTER TABLE` actions on row-level security and replica identity. `Ok(false)`: not one.
    pub(super) fn table_security_op(
        &mut self,
        s: &Stmt,
        tq: &QualName,
        op: &AlterTableOperation,
    ) -> R<bool> {
        let table = self
            .schema
            .tables
            .get_mut(tq)
            .expect("the caller checked the table");
        match op {
            AlterTableOperation::EnableRowLevelSecurity => table.row_security = true,
            AlterTableOperation::DisableRowLevelSecurity => table.row_security = false,
            AlterTableOperation::ForceRowLevelSecurity => table.force_row_security = true,
            AlterTableOperation::NoForceRowLevelSecurity => table.force_row_security = false,
            AlterTableOperation::ReplicaIdentity { identity } => {
                table.replica_identity = match identity {
                    ast::ReplicaIdentity::Default => ReplicaIdentity::Default,
                    ast::ReplicaIdentity::Full => ReplicaIdentity::Full,
                    ast::ReplicaIdentity::Nothing => ReplicaIdentity::Nothing,
                    ast::ReplicaIdentity::Index(i) => {
                        let name = fold(i);
                        if !self.schema.table_has_index(tq, &name) {
                            return Err(self.err_at(
                                s,
                                format!("REPLICA IDENTITY USING INDEX: {tq} has no index {name}"),
                            ));
                        }
                        let table = self.schema.tables.get_mut(tq).expect("checked above");
                        table.replica_identity = ReplicaIdentity::Index(name);
                        return Ok(true);
                    }
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `CREATE POLICY name ON table [AS PERMISSIVE|RESTRICTIVE] [FOR cmd] [TO roles] [USING (e)]
    /// [WITH CHECK (e)]`.
    pub(super) fn create_policy(&mut self, s: &Stmt) -> R<()> {
        let Statement::CreatePolicy(p) = self.parse_stmt(s, s.toks.to_vec())? else {
            return Err(self.err_at(s, "unsupported form of CREATE POLICY"));
        };
        let table = self.qual(s, &p.table_name)?;
        let Some(t) = self.schema.tables.get(&table) else {
            return Err(self.err_at(s, format!("CREATE POLICY on unknown table {table}")));
        };
        let cols = col_types(t);
        let expr = |e: &Option<SqlExpr>| {
            e.as_ref().map(|e| {
                make_expr(
                    e,
                    Ctx {
                        col_type: None,
                        columns: Some(&cols),
                    },
                )
            })
        };
        let roles = match &p.to {
            None => vec!["PUBLIC".to_string()],
            Some(owners) => policy_roles(owners),
        };
        let policy = Policy {
            table: table.clone(),
            name: fold(&p.name),
            permissive: !matches!(p.policy_type, Some(ast::CreatePolicyType::Restrictive)),
            command: match p.command {
                None | Some(ast::CreatePolicyCommand::All) => "ALL",
                Some(ast::CreatePolicyCommand::Select) => "SELECT",
                Some(ast::CreatePolicyCommand::Insert) => "INSERT",
                Some(ast::CreatePolicyCommand::Update) => "UPDATE",
                Some(ast::CreatePolicyCommand::Delete) => "DELETE",
            }
            .to_string(),
            roles,
            using: expr(&p.using),
            with_check: expr(&p.with_check),
            comment: None,
        };
        let key = policy.key();
        if self.schema.policies.contains_key(&key) {
            return Err(self.err_at(
                s,
                format!("policy {} on {table} is defined twice", policy.name),
            ));
        }
        self.schema.policies.insert(key, policy);
        Ok(())
    }

    /// `ALTER POLICY p ON t [TO roles] [USING (...)] [WITH CHECK (...)]` and `RENAME TO q`.
    pub(super) fn alter_policy(&mut self, s: &Stmt) -> R<()> {
        let Statement::AlterPolicy(p) = self.parse_stmt(s, s.toks.to_vec())? else {
            return Err(self.err_at(s, "unsupported form of ALTER POLICY"));
        };
        let table = self.qual(s, &p.table_name)?;
        let name = fold(&p.name);
        let key = format!("{table}.{name}");
        let Some(t) = self.schema.tables.get(&table) else {
            return Err(self.err_at(s, format!("ALTER POLICY on unknown table {table}")));
        };
        if !self.schema.policies.contains_key(&key) {
            return Err(self.err_at(s, format!("policy {name} on {table} does not exist")));
        }
        match &p.operation {
            ast::AlterPolicyOperation::Rename { new_name } => {
                let new = fold(new_name);
                let new_key = format!("{table}.{new}");
                if self.schema.policies.contains_key(&new_key) {
                    return Err(self.err_at(s, format!("policy {new} on {table} already exists")));
                }
                let mut policy = self.schema.policies.remove(&key).expect("checked");
                policy.name = new;
                self.schema.policies.insert(new_key, policy);
            }
            ast::AlterPolicyOperation::Apply {
                to,
                using,
                with_check,
            } => {
                let cols = col_types(t);
                let expr = |e: &SqlExpr| {
                    make_expr(
                        e,
                        Ctx {
                            col_type: None,
                            columns: Some(&cols),
                        },
                    )
                };
                let (using, with_check) = (using.as_ref().map(expr), with_check.as_ref().map(expr));
                let policy = self.schema.policies.get_mut(&key).expect("checked");
                if let Some(to) = to {
                    policy.roles = policy_roles(to);
                }
                if using.is_some() {
                    policy.using = using;
                }
                if with_check.is_some() {
                    policy.with_check = with_check;
                }
            }
        }
        Ok(())
    }

    /// The objects `ON [kind] names` (or `ON ALL kinds IN SCHEMA s`) names, at the cursor.
    fn grant_objects(&self, s: &Stmt, c: &mut Cur) -> R<Vec<GrantObject>> {
        let (l, col) = c.pos();
        let bad = |this: &Self, m: &str| this.err(l, col, m.to_string());
        if c.kw("ALL") {
            let kind = match &c.peek().map(|t| t.token.to_string().to_uppercase()) {
                Some(k)
                    if ["TABLES", "SEQUENCES", "FUNCTIONS", "PROCEDURES", "ROUTINES"]
                        .contains(&k.as_str()) =>
                {
                    c.i += 1;
                    k.clone()
                }
                _ => {
                    return Err(bad(
                        self,
                        "expected TABLES, SEQUENCES, FUNCTIONS, PROCEDURES or ROUTINES after ON ALL",
                    ));
                }
            };
            if !(c.kw("IN") && c.kw("SCHEMA")) {
                return Err(bad(self, "expected IN SCHEMA"));
            }
            let schemas =
                list(c, |c| c.ident()).ok_or_else(|| bad(self, "expected schema names"))?;
            let mut out = Vec::new();
            for sch in &schemas {
                match kind.as_str() {
                    "TABLES" => {
                        out.extend(
                            self.schema
                                .tables
                                .keys()
                                .chain(self.schema.views.keys())
                                .filter(|q| &q.schema == sch)
                                .map(|q| GrantObject::Table(q.clone())),
                        );
                    }
                    "SEQUENCES" => out.extend(
                        self.schema
                            .sequences
                            .keys()
                            .filter(|q| &q.schema == sch)
                            .map(|q| GrantObject::Sequence(q.clone())),
                    ),
                    k => out.extend(
                        self.schema
                            .routines
                            .iter()
                            .filter(|(_, r)| {
                                &r.name.schema == sch
                                    && match k {
                                        "FUNCTIONS" => !r.procedure,
                                        "PROCEDURES" => r.procedure,
                                        _ => true,
                                    }
                            })
                            .map(|(key, _)| GrantObject::Routine(key.clone())),
                    ),
                }
            }
            return Ok(out);
        }
        let kind = [
            "TABLE",
            "SEQUENCE",
            "FUNCTION",
            "PROCEDURE",
            "ROUTINE",
            "SCHEMA",
            "TYPE",
            "DOMAIN",
        ]
        .into_iter()
        .find(|k| c.kw(k));
        if kind.is_none()
            && let Some(k) = [
                "DATABASE",
                "LANGUAGE",
                "TABLESPACE",
                "FOREIGN",
                "LARGE",
                "PARAMETER",
            ]
            .into_iter()
            .find(|k| c.peek().is_some_and(|t| is_kw(t, k)))
        {
            return Err(bad(
                self,
                &format!(
                    "unsupported statement: GRANT/REVOKE ON {k} (privileges on {} are not modelled)",
                    k.to_lowercase()
                ),
            ));
        }
        let mut out = Vec::new();
        loop {
            let (l, col) = c.pos();
            let parts = c
                .qualified()
                .ok_or_else(|| self.err(l, col, "expected an object name"))?;
            match kind {
                Some("SCHEMA") => {
                    let [n] = parts.as_slice() else {
                        return Err(self.err(l, col, "a schema name has one part"));
                    };
                    out.push(GrantObject::Schema(n.clone()));
                }
                Some("FUNCTION" | "PROCEDURE" | "ROUTINE") => {
                    let q =
                        qn_parts(&parts).ok_or_else(|| self.err(l, col, "bad function name"))?;
                    out.push(GrantObject::Routine(self.routine_at(c, &q, l, col)?));
                }
                Some("TYPE" | "DOMAIN") => {
                    let q = qn_parts(&parts).ok_or_else(|| self.err(l, col, "bad type name"))?;
                    out.push(GrantObject::Type(q));
                }
                Some("SEQUENCE") => {
                    let q =
                        qn_parts(&parts).ok_or_else(|| self.err(l, col, "bad sequence name"))?;
                    out.push(GrantObject::Sequence(q));
                }
                _ => {
                    let q = qn_parts(&parts).ok_or_else(|| self.err(l, col, "bad table name"))?;
                    if self.schema.sequences.contains_key(&q) {
                        out.push(GrantObject::Sequence(q));
                    } else if self.schema.tables.contains_key(&q)
                        || self.schema.views.contains_key(&q)
                    {
                        out.push(GrantObject::Table(q));
                    } else {
                        return Err(self.err(l, col, format!("privileges on unknown table {q}")));
                    }
                }
            }
            if matches!(c.peek().map(|t| &t.token), Some(Token::Comma)) {
                c.i += 1;
            } else {
                break;
            }
        }
        let _ = s;
        Ok(out)
    }

    /// The key of routine `q` named at the cursor, with its optional `(argument types)` read
    /// (needed when the name is overloaded).
    pub(super) fn routine_at(&self, c: &mut Cur, q: &QualName, l: usize, col: usize) -> R<String> {
        let args = if matches!(c.peek().map(|t| &t.token), Some(Token::LParen)) {
            let inner = c.group().unwrap_or_default().to_vec();
            Some(super::super::opaque::input_types(&inner))
        } else {
            None
        };
        let found: Vec<&String> = self
            .schema
            .routines
            .iter()
            .filter(|(_, r)| {
                &r.name == q
                    && args
                        .as_ref()
                        .is_none_or(|a| *a == super::super::opaque::input_types_of_args(&r.args))
            })
            .map(|(k, _)| k)
            .collect();
        match found.as_slice() {
            [k] => Ok((*k).clone()),
            [] => Err(self.err(l, col, format!("unknown function {q}"))),
            _ => Err(self.err(
                l,
                col,
                format!("function {q} is overloaded: name its argument types"),
            )),
        }
    }

    /// `GRANT privileges ON objects TO grantees [WITH GRANT OPTION] [GRANTED BY r]` and
    /// `REVOKE [GRANT OPTION FOR] privileges ON objects FROM grantees [CASCADE | RESTRICT]`.
    /// Role grants (`GRANT role TO role`) are cluster-wide: not part of a schema.
    pub(super) fn grant(&mut self, s: &Stmt, revoke: bool) -> R<()> {
        let mut c = Cur::new(s.toks);
        c.i += 1;
        let option_only = revoke && c.kw("GRANT") && c.kw("OPTION") && c.kw("FOR");
        let (l, col) = c.pos();
        let privs =
            list(&mut c, privilege).ok_or_else(|| self.err(l, col, "expected privileges"))?;
        if !c.kw("ON") {
            return Err(self.err_at(
                s,
                "unsupported statement: GRANT/REVOKE of roles (role membership is cluster-wide, not part of a schema)",
            ));
        }
        let objects = self.grant_objects(s, &mut c)?;
        if !(c.kw(if revoke { "FROM" } else { "TO" })) {
            let (l, col) = c.pos();
            return Err(self.err(
                l,
                col,
                if revoke {
                    "expected FROM"
                } else {
                    "expected TO"
                },
            ));
        }
        let (l, col) = c.pos();
        let grantees =
            list(&mut c, grantee).ok_or_else(|| self.err(l, col, "expected role names"))?;
        let grantable = !revoke && c.kw("WITH") && c.kw("GRANT") && c.kw("OPTION");
        if c.kw("GRANTED") && c.kw("BY") {
            grantee(&mut c);
        }
        c.kw("CASCADE");
        c.kw("RESTRICT");
        if !c.at_end() && !matches!(c.peek().map(|t| &t.token), Some(Token::SemiColon)) {
            let (l, col) = c.pos();
            return Err(self.err(l, col, "unexpected text after the grantees"));
        }
        let mut entries = Vec::new();
        for object in &objects {
            for (name, cols) in &privs {
                let targets: Vec<GrantObject> = if cols.is_empty() {
                    vec![object.clone()]
                } else {
                    let GrantObject::Table(t) = object else {
                        return Err(self.err_at(s, "column privileges are for tables only"));
                    };
                    cols.iter()
                        .map(|c| GrantObject::Column(t.clone(), c.clone()))
                        .collect()
                };
                for target in targets {
                    let names: Vec<String> = if name == "ALL" {
                        all_privileges(&target)
                            .iter()
                            .map(|p| p.to_string())
                            .collect()
                    } else {
                        if !all_privileges(&target).contains(&name.as_str()) {
                            return Err(self.err_at(
                                s,
                                format!(
                                    "privilege {name} does not apply to {}",
                                    grant_object_kind(&target)
                                ),
                            ));
                        }
                        vec![name.clone()]
                    };
                    for privilege in names {
                        entries.push((target.clone(), privilege));
                    }
                }
            }
        }
        for (object, privilege) in entries {
            for g in &grantees {
                self.apply_privilege(
                    object.clone(),
                    g,
                    &privilege,
                    revoke,
                    grantable,
                    option_only,
                );
            }
        }
        Ok(())
    }

    fn apply_privilege(
        &mut self,
        object: GrantObject,
        grantee: &str,
        privilege: &str,
        revoke: bool,
        grantable: bool,
        option_only: bool,
    ) {
        let entry = |grantable| Grant {
            object: object.clone(),
            grantee: grantee.to_string(),
            privilege: privilege.to_string(),
            grantable,
        };
        let is_default = grantee == "PUBLIC" && public_defaults(&object).contains(&privilege);
        let held = [entry(true), entry(false)]
            .into_iter()
            .find(|g| self.schema.grants.contains(g));
        if let Some(g) = &held {
            self.schema.grants.remove(g);
        }
        let held_option = held.as_ref().is_some_and(|g| g.grantable);
        if revoke {
            if option_only {
                // The privilege stays, without its grant option.
                if held.is_some() && !is_default {
                    self.schema.grants.insert(entry(false));
                }
            } else if is_default {
                self.schema.revoked_defaults.insert(entry(false));
            }
            return;
        }
        if is_default {
            self.schema.revoked_defaults.remove(&entry(false));
        }
        let grantable = grantable || held_option;
        // A default privilege without the grant option is the default itself: nothing to record.
        if grantable || !is_default {
            self.schema.grants.insert(entry(grantable));
        }
    }

    /// `ALTER DEFAULT PRIVILEGES [FOR ROLE r] [IN SCHEMA s] GRANT|REVOKE ... ON kind TO|FROM ...`.
    pub(super) fn alter_default_privileges(&mut self, s: &Stmt) -> R<()> {
        let mut c = Cur::new(s.toks);
        c.kw("ALTER");
        c.kw("DEFAULT");
        c.kw("PRIVILEGES");
        let mut roles = vec![None];
        let mut schemas = vec![None];
        loop {
            if c.kw("FOR") {
                if !(c.kw("ROLE") || c.kw("USER")) {
                    let (l, col) = c.pos();
                    return Err(self.err(l, col, "expected ROLE"));
                }
                let (l, col) = c.pos();
                roles = list(&mut c, grantee)
                    .ok_or_else(|| self.err(l, col, "expected role names"))?
                    .into_iter()
                    .map(Some)
                    .collect();
            } else if c.kw("IN") {
                c.kw("SCHEMA");
                let (l, col) = c.pos();
                schemas = list(&mut c, |c| c.ident())
                    .ok_or_else(|| self.err(l, col, "expected schema names"))?
                    .into_iter()
                    .map(Some)
                    .collect();
            } else {
                break;
            }
        }
        let revoke = if c.kw("GRANT") {
            false
        } else if c.kw("REVOKE") {
            true
        } else {
            let (l, col) = c.pos();
            return Err(self.err(l, col, "expected GRANT or REVOKE"));
        };
        let option_only = revoke && c.kw("GRANT") && c.kw("OPTION") && c.kw("FOR");
        let (l, col) = c.pos();
        let privs =
            list(&mut c, privilege).ok_or_else(|| self.err(l, col, "expected privileges"))?;
        if !c.kw("ON") {
            let (l, col) = c.pos();
            return Err(self.err(l, col, "expected ON"));
        }
        let (l, col) = c.pos();
        let kind = [
            "TABLES",
            "SEQUENCES",
            "FUNCTIONS",
            "ROUTINES",
            "TYPES",
            "SCHEMAS",
        ]
        .into_iter()
        .find(|k| c.kw(k))
        .ok_or_else(|| {
            self.err(
                l,
                col,
                "expected TABLES, SEQUENCES, FUNCTIONS, ROUTINES, TYPES or SCHEMAS",
            )
        })?;
        let kind = if kind == "ROUTINES" {
            "FUNCTIONS"
        } else {
            kind
        };
        if !c.kw(if revoke { "FROM" } else { "TO" }) {
            let (l, col) = c.pos();
            return Err(self.err(
                l,
                col,
                if revoke {
                    "expected FROM"
                } else {
                    "expected TO"
                },
            ));
        }
        let (l, col) = c.pos();
        let grantees =
            list(&mut c, grantee).ok_or_else(|| self.err(l, col, "expected role names"))?;
        let grantable = !revoke && c.kw("WITH") && c.kw("GRANT") && c.kw("OPTION");
        for role in &roles {
            for schema in &schemas {
                for (p, _) in &privs {
                    let names: Vec<&str> = if p == "ALL" {
                        all_default_privileges(kind).to_vec()
                    } else {
                        vec![p.as_str()]
                    };
                    for privilege in names {
                        for g in &grantees {
                            let entry = |grantable| DefaultPrivilege {
                                role: role.clone(),
                                schema: schema.clone(),
                                kind: kind.to_string(),
                                grantee: g.clone(),
                                privilege: privilege.to_string(),
                                grantable,
                            };
                            let held = [entry(true), entry(false)]
                                .into_iter()
                                .find(|e| self.schema.default_privileges.contains(e));
                            if let Some(e) = &held {
                                self.schema.default_privileges.remove(e);
                            }
                            if schema.is_none() && built_in_default(role, kind, g, privilege) {
                                // as for an object's built-in privileges: a revoke is recorded,
                                // a grant (without the grant option) restores the default
                                if revoke && !option_only {
                                    self.schema.revoked_default_privileges.insert(entry(false));
                                    continue;
                                }
                                self.schema.revoked_default_privileges.remove(&entry(false));
                                if !revoke
                                    && !grantable
                                    && !held.as_ref().is_some_and(|e| e.grantable)
                                {
                                    continue;
                                }
                            }
                            if revoke {
                                if option_only && held.is_some() {
                                    self.schema.default_privileges.insert(entry(false));
                                }
                            } else {
                                let grantable = grantable || held.is_some_and(|e| e.grantable);
                                self.schema.default_privileges.insert(entry(grantable));
                            }
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

fn grant_object_kind(o: &GrantObject) -> &'static str {
    match o {
        GrantObject::Table(_) => "a table",
        GrantObject::Column(..) => "a column",
        GrantObject::Sequence(_) => "a sequence",
        GrantObject::Routine(_) => "a function",
        GrantObject::Schema(_) => "a schema",
        GrantObject::Type(_) => "a type",
    }
}

impl Builder<'_> {
    /// `COMMENT ON {VIEW | MATERIALIZED VIEW | FUNCTION | PROCEDURE | ROUTINE} name [(args)] IS
    /// ...` and `COMMENT ON {TRIGGER | RULE | POLICY} name ON table IS ...` (token level: sqlparser
    /// reads neither argument lists nor `ON table`).
    pub(super) fn comment_on_definition(&mut self, s: &Stmt) -> R<()> {
        let mut c = Cur::new(s.toks);
        c.kw("COMMENT");
        c.kw("ON");
        let (l, col) = c.pos();
        let kind = if c.kw("MATERIALIZED") && c.kw("VIEW") {
            "VIEW"
        } else {
            [
                "VIEW",
                "FUNCTION",
                "PROCEDURE",
                "ROUTINE",
                "TRIGGER",
                "RULE",
                "POLICY",
            ]
            .into_iter()
            .find(|k| c.kw(k))
            .ok_or_else(|| self.err(l, col, "unsupported COMMENT ON target"))?
        };
        let (l, col) = c.pos();
        let parts = c
            .qualified()
            .ok_or_else(|| self.err(l, col, "expected a name"))?;
        let on_table = |this: &Self, c: &mut Cur| -> R<QualName> {
            let (l, col) = c.pos();
            if !c.kw("ON") {
                return Err(this.err(l, col, "expected ON table"));
            }
            let t = c.qualified().and_then(|p| qn_parts(&p));
            t.ok_or_else(|| this.err(l, col, "expected a table name"))
        };
        enum Target {
            View(QualName),
            Routine(String),
            Trigger(String),
            Policy(String),
        }
        let target = match kind {
            "VIEW" => {
                Target::View(qn_parts(&parts).ok_or_else(|| self.err(l, col, "bad view name"))?)
            }
            "TRIGGER" | "RULE" | "POLICY" => {
                let [name] = parts.as_slice() else {
                    return Err(self.err(
                        l,
                        col,
                        format!("a {} name has one part", kind.to_lowercase()),
                    ));
                };
                let table = on_table(self, &mut c)?;
                match kind {
                    "POLICY" => Target::Policy(format!("{table}.{name}")),
                    _ => Target::Trigger(Trigger::key_of(&table, name, kind == "RULE")),
                }
            }
            _ => {
                let q = qn_parts(&parts).ok_or_else(|| self.err(l, col, "bad function name"))?;
                Target::Routine(self.routine_at(&mut c, &q, l, col)?)
            }
        };
        let (vl, vcol) = c.pos();
        if !c.kw("IS") {
            return Err(self.err(vl, vcol, "expected IS 'text' or IS NULL"));
        }
        let text = match c.peek().map(|t| &t.token) {
            Some(Token::SingleQuotedString(v)) | Some(Token::EscapedStringLiteral(v)) => {
                Some(v.clone())
            }
            Some(Token::DollarQuotedString(d)) => Some(d.value.clone()),
            Some(Token::Word(w))
                if w.quote_style.is_none() && w.value.eq_ignore_ascii_case("null") =>
            {
                None
            }
            _ => return Err(self.err(vl, vcol, "expected IS 'text' or IS NULL")),
        };
        let (what, slot) = match target {
            Target::View(q) => (
                "view",
                self.schema.views.get_mut(&q).map(|o| &mut o.comment),
            ),
            Target::Routine(k) => (
                "function",
                self.schema.routines.get_mut(&k).map(|o| &mut o.comment),
            ),
            Target::Trigger(k) => (
                if kind == "RULE" { "rule" } else { "trigger" },
                self.schema.triggers.get_mut(&k).map(|o| &mut o.comment),
            ),
            Target::Policy(k) => (
                "policy",
                self.schema.policies.get_mut(&k).map(|o| &mut o.comment),
            ),
        };
        let Some(slot) = slot else {
            return Err(self.err(l, col, format!("COMMENT ON {kind}: unknown {what}")));
        };
        *slot = text;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::parse::opaque::input_types_of_args;

    #[test]
    fn argument_types_leave_out_modes_names_and_defaults() {
        assert_eq!(
            input_types_of_args("i integer, t text [ ] default '{}'"),
            input_types_of_args("integer, text[]")
        );
        assert_eq!(
            input_types_of_args("integer, double precision"),
            "integer, double precision"
        );
        assert_eq!(input_types_of_args("in a int, out b int"), "integer");
        assert_eq!(input_types_of_args(""), "");
    }
}
