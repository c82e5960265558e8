//! `CREATE DOMAIN` and `ALTER DOMAIN`, read at token level (sqlparser 0.63 reads no `NOT NULL`
//! on a domain), their parts parsed by sqlparser; composite types (`CREATE TYPE name AS (...)`).

use super::*;

/// Where a domain's clauses start: words at parenthesis depth 0.
const CLAUSES: &[&str] = &["COLLATE", "DEFAULT", "CONSTRAINT", "NOT", "NULL", "CHECK"];

impl Builder<'_> {
    /// Whether the file already defines type `q` (an enum, a domain or a composite type).
    fn is_user_type(&self, q: &QualName) -> bool {
        self.schema.enums.contains_key(q)
            || self.schema.domains.contains_key(q)
            || self.schema.composites.contains_key(q)
    }

    /// `CREATE TYPE name AS (attribute type [COLLATE c], ...)`.
    pub(super) fn composite_type(
        &mut self,
        s: &Stmt,
        name: QualName,
        attributes: &[ast::UserDefinedTypeCompositeAttributeDef],
    ) -> R<()> {
        if self.is_user_type(&name) {
            return Err(self.err_at(s, format!("type {name} is defined twice")));
        }
        let mut out: Vec<Attribute> = Vec::new();
        for a in attributes {
            let mut ty = declared_type_ref(&a.data_type).map_err(|m| self.err_at(s, m))?;
            let q = QualName::public(ty.name.clone());
            if ty.schema.is_none() && builtin_alias(&ty.name).is_none() && self.is_user_type(&q) {
                ty.schema = Some(DEFAULT_SCHEMA.to_string());
            }
            let attr = fold(&a.name);
            if out.iter().any(|o| o.name == attr) {
                return Err(self.err_at(
                    s,
                    format!("attribute {attr} of type {name} is written twice"),
                ));
            }
            out.push(Attribute {
                name: attr,
                ty,
                collation: a.collation.as_ref().map(collation_name),
            });
        }
        self.schema.composites.insert(
            name.clone(),
            CompositeType {
                name,
                attributes: out,
                comment: None,
            },
        );
        Ok(())
    }

    /// `ALTER TYPE t action, ...` of a composite type, the cursor after the name: `ADD
    /// ATTRIBUTE a type [COLLATE c]`, `DROP ATTRIBUTE [IF EXISTS] a`, `ALTER ATTRIBUTE a [SET
    /// DATA] TYPE type [COLLATE c]` (each may end in CASCADE / RESTRICT), `RENAME ATTRIBUTE a TO
    /// b`, `RENAME TO u`.
    pub(super) fn alter_composite(&mut self, q: &QualName, c: &mut Cur) -> R<()> {
        let (al, acol) = c.pos();
        if c.kw("RENAME") {
            if c.kw("TO") {
                let new = c
                    .ident()
                    .ok_or_else(|| self.err(al, acol, "expected the new name"))?;
                self.expect_end(c, "ALTER TYPE ... RENAME TO")?;
                let nq = QualName::new(q.schema.clone(), new);
                if self.is_user_type(&nq) {
                    return Err(self.err(al, acol, format!("type {nq} already exists")));
                }
                let mut t = self.schema.composites.remove(q).expect("checked");
                t.name = nq.clone();
                self.schema.composites.insert(nq.clone(), t);
                self.retype_references(q, &nq);
                return Ok(());
            }
            c.kw("ATTRIBUTE");
            let old = c.ident();
            let new = c.kw("TO").then(|| c.ident()).flatten();
            let (Some(old), Some(new)) = (old, new) else {
                return Err(self.err(al, acol, "expected RENAME ATTRIBUTE a TO b"));
            };
            c.kw("CASCADE");
            c.kw("RESTRICT");
            self.expect_end(c, "ALTER TYPE ... RENAME ATTRIBUTE")?;
            let t = self.schema.composites.get_mut(q).expect("checked");
            if t.attributes.iter().any(|a| a.name == new) {
                return Err(self.err(
                    al,
                    acol,
                    format!("attribute {new} of type {q} already exists"),
                ));
            }
            let Some(a) = t.attributes.iter_mut().find(|a| a.name == old) else {
                return Err(self.err(
                    al,
                    acol,
                    format!("attribute {old} of type {q} does not exist"),
                ));
            };
            a.name = new;
            return Ok(());
        }
        loop {
            let (l, col) = c.pos();
            if c.kw("ADD") {
                c.kw("ATTRIBUTE");
                let name = c
                    .ident()
                    .ok_or_else(|| self.err(l, col, "expected an attribute name"))?;
                let (ty, collation) = self.attribute_type(c, l, col)?;
                let t = self.schema.composites.get_mut(q).expect("checked");
                if t.attributes.iter().any(|a| a.name == name) {
                    return Err(self.err(
                        l,
                        col,
                        format!("attribute {name} of type {q} already exists"),
                    ));
                }
                t.attributes.push(Attribute {
                    name,
                    ty,
                    collation,
                });
            } else if c.kw("DROP") {
                c.kw("ATTRIBUTE");
                let if_exists = c.kw("IF") && c.kw("EXISTS");
                let name = c
                    .ident()
                    .ok_or_else(|| self.err(l, col, "expected an attribute name"))?;
                c.kw("CASCADE");
                c.kw("RESTRICT");
                let t = self.schema.composites.get_mut(q).expect("checked");
                let before = t.attributes.len();
                t.attributes.retain(|a| a.name != name);
                if t.attributes.len() == before && !if_exists {
                    return Err(self.err(
                        l,
                        col,
                        format!("attribute {name} of type {q} does not exist"),
                    ));
                }
            } else if c.kw("ALTER") {
                c.kw("ATTRIBUTE");
                let name = c
                    .ident()
                    .ok_or_else(|| self.err(l, col, "expected an attribute name"))?;
                if c.kw("SET") && !c.kw("DATA") {
                    return Err(self.err(l, col, "expected SET DATA TYPE"));
                }
                if !c.kw("TYPE") {
                    return Err(self.err(l, col, "expected TYPE"));
                }
                let (ty, collation) = self.attribute_type(c, l, col)?;
                let t = self.schema.composites.get_mut(q).expect("checked");
                let Some(a) = t.attributes.iter_mut().find(|a| a.name == name) else {
                    return Err(self.err(
                        l,
                        col,
                        format!("attribute {name} of type {q} does not exist"),
                    ));
                };
                a.ty = ty;
                a.collation = collation;
            } else {
                let what = c.peek().map(|t| t.token.to_string()).unwrap_or_default();
                return Err(self.err(
                    l,
                    col,
                    format!("unsupported statement: ALTER TYPE ... {what} (of composite type {q})"),
                ));
            }
            if matches!(c.peek().map(|t| &t.token), Some(Token::Comma)) {
                c.i += 1;
                continue;
            }
            return self.expect_end(c, "ALTER TYPE");
        }
    }

    /// `type [COLLATE c] [CASCADE | RESTRICT]` of an attribute action, up to its `,` or the end.
    fn attribute_type(&self, c: &mut Cur, l: usize, col: usize) -> R<(TypeRef, Option<String>)> {
        let start = c.i;
        let mut depth = 0i32;
        while let Some(t) = c.peek() {
            match t.token {
                Token::LParen | Token::LBracket => depth += 1,
                Token::RParen | Token::RBracket => depth -= 1,
                Token::Comma | Token::EOF if depth == 0 => break,
                _ if depth == 0
                    && ["COLLATE", "CASCADE", "RESTRICT"]
                        .iter()
                        .any(|k| is_kw(t, k)) =>
                {
                    break;
                }
                _ => {}
            }
            c.i += 1;
        }
        let ty_toks = c.toks[start..c.i].to_vec();
        if ty_toks.is_empty() {
            return Err(self.err(l, col, "expected a type"));
        }
        let ty = self.parse_type_text(l, col, &self.tokens_text(&ty_toks))?;
        let collation = if c.kw("COLLATE") {
            let parts = c
                .qualified()
                .ok_or_else(|| self.err(l, col, "expected a collation name"))?;
            let n = ObjectName::from(
                parts
                    .iter()
                    .map(|p| ast::Ident::with_quote('"', p.clone()))
                    .collect::<Vec<_>>(),
            );
            Some(collation_name(&n))
        } else {
            None
        };
        c.kw("CASCADE");
        c.kw("RESTRICT");
        Ok((ty, collation))
    }

    /// Columns and attributes of type `from` now name type `to` (a type renamed).
    pub(super) fn retype_references(&mut self, from: &QualName, to: &QualName) {
        let is_it = |t: &TypeRef| {
            t.name == from.name && t.schema.as_deref().unwrap_or(DEFAULT_SCHEMA) == from.schema
        };
        self.schema.tables.update(
            |t| t.columns.iter().any(|c| is_it(&c.ty)),
            |t| {
                for col in &mut t.columns {
                    if is_it(&col.ty) {
                        col.ty.name = to.name.clone();
                    }
                }
            },
        );
        for ct in self.schema.composites.values_mut() {
            for a in &mut ct.attributes {
                if is_it(&a.ty) {
                    a.ty.name = to.name.clone();
                }
            }
        }
    }

    fn tokens_text(&self, toks: &[&TokenWithSpan]) -> String {
        let owned: Vec<TokenWithSpan> = toks.iter().map(|t| (*t).clone()).collect();
        super::super::opaque::source(self.src(), &owned)
    }

    fn parse_type_text(&self, l: usize, col: usize, text: &str) -> R<TypeRef> {
        let dt = Parser::new(&self.dialect)
            .try_with_sql(text)
            .and_then(|mut p| p.parse_data_type())
            .map_err(|e| self.err(l, col, format!("cannot read the type `{text}`: {e}")))?;
        let mut t = declared_type_ref(&dt).map_err(|m| self.err(l, col, m))?;
        let q = QualName::public(t.name.clone());
        if t.schema.is_none() && builtin_alias(&t.name).is_none() && self.is_user_type(&q) {
            t.schema = Some(DEFAULT_SCHEMA.to_string());
        }
        Ok(t)
    }

    fn domain_expr_text(&self, l: usize, col: usize, text: &str) -> R<SqlExpr> {
        Parser::new(&self.dialect)
            .try_with_sql(text)
            .and_then(|mut p| p.parse_expr())
            .map_err(|e| self.err(l, col, format!("cannot read the expression `{text}`: {e}")))
    }

    /// The tokens from `c.i` up to the next clause word at depth 0 (or the end).
    fn clause_tokens<'a>(&self, c: &mut Cur<'a>) -> Vec<&'a TokenWithSpan> {
        let start = c.i;
        let mut depth = 0i32;
        while let Some(t) = c.peek() {
            match t.token {
                Token::LParen | Token::LBracket => depth += 1,
                Token::RParen | Token::RBracket => depth -= 1,
                Token::SemiColon | Token::EOF if depth == 0 => break,
                _ if depth == 0 && CLAUSES.iter().any(|k| is_kw(t, k)) && c.i > start => break,
                _ => {}
            }
            c.i += 1;
        }
        c.toks[start..c.i].to_vec()
    }

    /// `CHECK (expr) [NOT VALID]` at the cursor, the CHECK keyword read.
    fn domain_check(&self, c: &mut Cur) -> R<DomainCheck> {
        let (l, col) = c.pos();
        if !matches!(c.peek().map(|t| &t.token), Some(Token::LParen)) {
            return Err(self.err(l, col, "expected ( after CHECK"));
        }
        let Some(inner) = c.group() else {
            return Err(self.err(l, col, "unbalanced parentheses in CHECK"));
        };
        let text = self.tokens_text(inner);
        let e = self.domain_expr_text(l, col, &text)?;
        let not_valid = c.kw("NOT") && c.kw("VALID");
        Ok(DomainCheck {
            expr: make_expr(
                &e,
                Ctx {
                    col_type: None,
                    columns: None,
                },
            ),
            not_valid,
        })
    }

    fn domain_check_name(
        &self,
        domain: &QualName,
        checks: &BTreeMap<String, DomainCheck>,
    ) -> String {
        choose_name(&domain.name, None, "check", |n| {
            self.con_taken(&domain.schema, n) || checks.contains_key(n)
        })
    }

    /// `CREATE DOMAIN name [AS] type [COLLATE c] [DEFAULT e] [[CONSTRAINT n] NOT NULL | NULL |
    /// CHECK (e) [NOT VALID]] ...`.
    pub(super) fn create_domain(&mut self, s: &Stmt) -> R<()> {
        let mut c = Cur::new(s.toks);
        c.kw("CREATE");
        c.kw("DOMAIN");
        let (l, col) = c.pos();
        let parts = c
            .qualified()
            .ok_or_else(|| self.err(l, col, "expected a domain name"))?;
        let name = qn_parts(&parts).ok_or_else(|| self.err(l, col, "bad domain name"))?;
        if self.is_user_type(&name) {
            return Err(self.err_at(s, format!("type {name} is defined twice")));
        }
        c.kw("AS");
        let (l, col) = c.pos();
        let ty = self.clause_tokens(&mut c);
        if ty.is_empty() {
            return Err(self.err(l, col, "expected the domain's base type"));
        }
        let base = self.parse_type_text(l, col, &self.tokens_text(&ty))?;
        let mut d = Domain {
            name: name.clone(),
            base,
            collation: None,
            default: None,
            not_null: false,
            checks: BTreeMap::new(),
            comment: None,
        };
        let mut named = Vec::new();
        while !c.at_end() && !matches!(c.peek().map(|t| &t.token), Some(Token::SemiColon)) {
            let (l, col) = c.pos();
            if c.kw("COLLATE") {
                let t = self.clause_tokens(&mut c);
                d.collation = Some(self.tokens_text(&t));
            } else if c.kw("DEFAULT") {
                let t = self.clause_tokens(&mut c);
                let e = self.domain_expr_text(l, col, &self.tokens_text(&t))?;
                d.default = Some(make_expr(
                    &e,
                    Ctx {
                        col_type: Some(&d.base),
                        columns: None,
                    },
                ));
            } else {
                let cname = if c.kw("CONSTRAINT") {
                    let (l, col) = c.pos();
                    Some(
                        c.ident()
                            .ok_or_else(|| self.err(l, col, "expected a constraint name"))?,
                    )
                } else {
                    None
                };
                if c.kw("NOT") && c.kw("NULL") {
                    d.not_null = true;
                } else if c.kw("NULL") {
                    d.not_null = false;
                } else if c.kw("CHECK") {
                    let check = self.domain_check(&mut c)?;
                    let n = match cname {
                        Some(n) => n,
                        None => self.domain_check_name(&name, &d.checks),
                    };
                    if d.checks.insert(n.clone(), check).is_some() {
                        return Err(self.err(
                            l,
                            col,
                            format!("constraint {n} of domain {name} is defined twice"),
                        ));
                    }
                    named.push(n);
                } else {
                    let what = c.peek().map(|t| t.token.to_string()).unwrap_or_default();
                    return Err(self.err(l, col, format!("unexpected `{what}` in CREATE DOMAIN")));
                }
            }
        }
        for n in named {
            self.add_con(&name.schema, &n);
        }
        self.schema.domains.insert(name, d);
        Ok(())
    }

    /// `ALTER DOMAIN name` with `SET DEFAULT e | DROP DEFAULT | SET NOT NULL | DROP NOT NULL |
    /// ADD [CONSTRAINT n] CHECK (e) [NOT VALID] | DROP CONSTRAINT [IF EXISTS] n | VALIDATE
    /// CONSTRAINT n | RENAME CONSTRAINT a TO b | OWNER TO r`.
    pub(super) fn alter_domain(&mut self, s: &Stmt) -> R<()> {
        let mut c = Cur::new(s.toks);
        c.kw("ALTER");
        c.kw("DOMAIN");
        let (l, col) = c.pos();
        let parts = c
            .qualified()
            .ok_or_else(|| self.err(l, col, "expected a domain name"))?;
        let name = qn_parts(&parts).ok_or_else(|| self.err(l, col, "bad domain name"))?;
        let Some(mut d) = self.schema.domains.get(&name).cloned() else {
            // pg_dump --clean --if-exists writes `ALTER DOMAIN d DROP CONSTRAINT IF EXISTS c`
            // before it drops the domain: for a domain not created yet there is nothing to drop.
            let mut rest = Cur::new(s.toks);
            rest.i = c.i;
            if rest.kw("DROP") && rest.kw("CONSTRAINT") && rest.kw("IF") && rest.kw("EXISTS") {
                return Ok(());
            }
            return Err(self.err(l, col, format!("ALTER DOMAIN of unknown domain {name}")));
        };
        let (l, col) = c.pos();
        if c.kw("SET") {
            if c.kw("DEFAULT") {
                let t = self.clause_tokens(&mut c);
                let e = self.domain_expr_text(l, col, &self.tokens_text(&t))?;
                d.default = Some(make_expr(
                    &e,
                    Ctx {
                        col_type: Some(&d.base),
                        columns: None,
                    },
                ));
            } else if c.kw("NOT") && c.kw("NULL") {
                d.not_null = true;
            } else {
                return Err(self.err(l, col, "expected SET DEFAULT or SET NOT NULL"));
            }
        } else if c.kw("DROP") {
            if c.kw("DEFAULT") {
                d.default = None;
            } else if c.kw("NOT") && c.kw("NULL") {
                d.not_null = false;
            } else if c.kw("CONSTRAINT") {
                let if_exists = c.kw("IF") && c.kw("EXISTS");
                let (l, col) = c.pos();
                let n = c
                    .ident()
                    .ok_or_else(|| self.err(l, col, "expected a constraint name"))?;
                if d.checks.remove(&n).is_some() {
                    self.drop_con(&name.schema, &n);
                } else if !if_exists {
                    return Err(self.err(
                        l,
                        col,
                        format!("constraint {n} of domain {name} does not exist"),
                    ));
                }
            } else {
                return Err(self.err(
                    l,
                    col,
                    "expected DROP DEFAULT, DROP NOT NULL or DROP CONSTRAINT",
                ));
            }
        } else if c.kw("ADD") {
            let cname = if c.kw("CONSTRAINT") {
                let (l, col) = c.pos();
                Some(
                    c.ident()
                        .ok_or_else(|| self.err(l, col, "expected a constraint name"))?,
                )
            } else {
                None
            };
            if c.kw("NOT") && c.kw("NULL") {
                d.not_null = true;
            } else if c.kw("CHECK") {
                let check = self.domain_check(&mut c)?;
                let n = match cname {
                    Some(n) => n,
                    None => self.domain_check_name(&name, &d.checks),
                };
                if d.checks.insert(n.clone(), check).is_some() {
                    return Err(self.err(
                        l,
                        col,
                        format!("constraint {n} of domain {name} already exists"),
                    ));
                }
                self.add_con(&name.schema, &n);
            } else {
                return Err(self.err(l, col, "expected CHECK or NOT NULL"));
            }
        } else if c.kw("VALIDATE") && c.kw("CONSTRAINT") {
            let (l, col) = c.pos();
            let n = c
                .ident()
                .ok_or_else(|| self.err(l, col, "expected a constraint name"))?;
            let Some(check) = d.checks.get_mut(&n) else {
                return Err(self.err(
                    l,
                    col,
                    format!("constraint {n} of domain {name} does not exist"),
                ));
            };
            check.not_valid = false;
        } else if c.kw("RENAME") && c.kw("CONSTRAINT") {
            let (l, col) = c.pos();
            let from = c
                .ident()
                .ok_or_else(|| self.err(l, col, "expected a constraint name"))?;
            c.kw("TO");
            let to = c
                .ident()
                .ok_or_else(|| self.err(l, col, "expected the new name"))?;
            let Some(check) = d.checks.remove(&from) else {
                return Err(self.err(
                    l,
                    col,
                    format!("constraint {from} of domain {name} does not exist"),
                ));
            };
            d.checks.insert(to.clone(), check);
            self.drop_con(&name.schema, &from);
            self.add_con(&name.schema, &to);
        } else if c.kw("OWNER") {
            return Ok(());
        } else {
            let what = c.peek().map(|t| t.token.to_string()).unwrap_or_default();
            return Err(self.err(l, col, format!("unsupported ALTER DOMAIN action `{what}`")));
        }
        self.schema.domains.insert(name, d);
        Ok(())
    }
}
