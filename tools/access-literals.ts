/**
 * Finds role and status literals that decide something outside libs/domain:
 * `actor.globalRole === 'admin'`, `g.myRole === 'chair'`, `group.status !== 'gearchiveerd'`,
 * `['chair', 'member'].includes(role)`, `switch (row.status) { case 'actief': … }`,
 * `eq(placements.status, 'actief')` and SQL text such as `m.role in ('chair', 'member')`.
 * Such a decision belongs in a named rule in libs/domain, or in the permissions the
 * service returns with a record. `check-access-literals.ts` runs this over the tree.
 */
import ts from 'typescript';

/** The access roles and the record statuses, as libs/domain defines them. */
export interface AccessVocabulary {
  globalRoles: ReadonlySet<string>;
  groupRoles: ReadonlySet<string>;
  statuses: ReadonlySet<string>;
}

export type AccessLiteralKind = 'globalRole' | 'groupRole' | 'status' | 'sql';

export interface AccessLiteralFinding {
  line: number;
  /** The expression as written, on one line. */
  text: string;
  kind: AccessLiteralKind;
}

/** What to use instead, per kind. */
export const accessLiteralRules: Record<AccessLiteralKind, string> = {
  globalRole:
    'globale rol: gebruik readsEveryGroup, isAdmin, canManageUsers, canCreateGroup of canViewAllAudit(actor) uit libs/domain/src/access/access.rules.ts',
  groupRole:
    'groepsrol: gebruik canContributeToGroup(role), canManageGroup/canViewGroupAudit(actor, role) of contributableGroups(groups) uit libs/domain/src/access/access.rules.ts, of de permissions die de service bij het record teruggeeft',
  status:
    'status: gebruik een benoemde regel van de module in libs/domain (zoals isArchivedGroupStatus(status)) of de permissions die de service bij het record teruggeeft; voor weergave een Record<Status, …>',
  sql: 'rol of status in SQL: geef de waarden als parameter uit een constante van libs/domain (zoals inArray(memberships.role, contributingGroupRoles), ne(workingGroups.status, archivedGroupStatus))',
};

/** One line of the report: a place and what to use there instead. */
export function formatFindings(file: string, findings: readonly AccessLiteralFinding[]): string[] {
  const byLine = new Map<number, AccessLiteralFinding[]>();
  for (const finding of findings) byLine.set(finding.line, [...(byLine.get(finding.line) ?? []), finding]);
  return [...byLine.entries()].map(([line, here]) => {
    const kinds = [...new Set(here.map((f) => f.kind))];
    return `${file}:${line}  ${here.map((f) => f.text).join(' · ')}\n${kinds.map((kind) => `    → ${accessLiteralRules[kind]}`).join('\n')}`;
  });
}

/** Builds the vocabulary from the domain's exports: `globalRoles`, `groupRoles` and every `…Statuses` / `…States` list. */
export function vocabularyFrom(domainExports: Record<string, unknown>): AccessVocabulary {
  const strings = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const statuses = Object.entries(domainExports)
    .filter(([name]) => /(Statuses|States)$/.test(name))
    .flatMap(([, value]) => strings(value));
  return {
    globalRoles: new Set(strings(domainExports.globalRoles)),
    groupRoles: new Set(strings(domainExports.groupRoles)),
    statuses: new Set(statuses),
  };
}

/** The files the check reads: production code of the API, the query functions and the web app. */
export function isCheckedFile(relativePath: string): boolean {
  const file = relativePath.split('\\').join('/');
  const inScope = ['libs/api/src/', 'libs/db/src/queries/', 'apps/web/src/'].some((root) => file.startsWith(root));
  if (!inScope || !/\.tsx?$/.test(file) || file.endsWith('.d.ts')) return false;
  if (/\.(test|spec|integration\.test|fixtures)\.tsx?$/.test(file)) return false;
  return !/\/(seed|testing|e2e)\//.test(file);
}

type NameKind = 'globalRole' | 'role' | 'status';

/** `globalRole`, `myRole`, `role`, `groupRole`, `…Role`; `status`, `…Status` (and their snake_case forms in SQL). */
function kindOfName(name: string): NameKind | null {
  if (name === 'globalRole' || name === 'global_role') return 'globalRole';
  if (name === 'role' || /Role$/.test(name) || /_role$/.test(name)) return 'role';
  if (name === 'status' || /Status$/.test(name) || /_status$/.test(name)) return 'status';
  return null;
}

/** The name an expression ends in: `actor.globalRole` → globalRole, `g?.status` → status, `row['status']` → status. */
function nameOf(node: ts.Expression): string | null {
  let current: ts.Expression = node;
  while (ts.isParenthesizedExpression(current) || ts.isNonNullExpression(current) || ts.isAsExpression(current))
    current = current.expression;
  if (ts.isIdentifier(current)) return current.text;
  if (ts.isPropertyAccessExpression(current)) return current.name.text;
  if (ts.isElementAccessExpression(current) && ts.isStringLiteralLike(current.argumentExpression))
    return current.argumentExpression.text;
  return null;
}

function literalOf(node: ts.Expression): string | null {
  let current: ts.Expression = node;
  while (ts.isParenthesizedExpression(current)) current = current.expression;
  return ts.isStringLiteralLike(current) ? current.text : null;
}

/** Which rule a literal compared with a name of this kind breaks, or null when the literal is no access role or status. */
function classify(nameKind: NameKind, literal: string, vocabulary: AccessVocabulary): AccessLiteralKind | null {
  if (nameKind === 'status') return vocabulary.statuses.has(literal) ? 'status' : null;
  if (nameKind === 'globalRole') return vocabulary.globalRoles.has(literal) ? 'globalRole' : null;
  if (vocabulary.groupRoles.has(literal)) return 'groupRole';
  return vocabulary.globalRoles.has(literal) ? 'globalRole' : null;
}

const comparisons = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/** `role = 'chair'`, `g.status <> 'gearchiveerd'`, `decisions.status in ('vastgesteld', 'vervangen')`. */
const sqlComparison = /\b(?:\w+\.)?(\w+)\s*(?:=|<>|!=)\s*'([^']*)'/g;
const sqlIn = /\b(?:\w+\.)?(\w+)\s+(?:not\s+)?in\s*\(([^)]*)\)/gi;

function sqlFindings(text: string, vocabulary: AccessVocabulary): boolean {
  for (const match of text.matchAll(sqlComparison)) {
    const kind = kindOfName(match[1] ?? '');
    if (kind && classify(kind, match[2] ?? '', vocabulary)) return true;
  }
  for (const match of text.matchAll(sqlIn)) {
    const kind = kindOfName(match[1] ?? '');
    const literals = [...(match[2] ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');
    if (kind && literals.some((literal) => classify(kind, literal, vocabulary))) return true;
  }
  return false;
}

/** The role and status literals that decide something in one source file. */
export function findAccessLiterals(
  fileName: string,
  source: string,
  vocabulary: AccessVocabulary,
): AccessLiteralFinding[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const findings: AccessLiteralFinding[] = [];
  const report = (node: ts.Node, found: AccessLiteralKind) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    findings.push({ line: line + 1, text: node.getText(file).replace(/\s+/g, ' ').slice(0, 160), kind: found });
  };
  /** `name <op> 'literal'` (either way round) or `name, 'literal'` as the arguments of eq/ne. */
  const pair = (a: ts.Expression, b: ts.Expression): AccessLiteralKind | null => {
    for (const [named, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const name = nameOf(named);
      const literal = literalOf(other);
      const nameKind = name ? kindOfName(name) : null;
      if (nameKind && literal !== null) {
        const found = classify(nameKind, literal, vocabulary);
        if (found) return found;
      }
    }
    return null;
  };
  /** `name` against an array literal of strings: `['a', 'b'].includes(name)`, `inArray(col, ['a'])`. */
  const inList = (list: ts.Expression, named: ts.Expression): AccessLiteralKind | null => {
    const name = nameOf(named);
    const nameKind = name ? kindOfName(name) : null;
    if (!nameKind || !ts.isArrayLiteralExpression(list)) return null;
    for (const element of list.elements) {
      const literal = ts.isExpression(element) ? literalOf(element) : null;
      const found = literal === null ? null : classify(nameKind, literal, vocabulary);
      if (found) return found;
    }
    return null;
  };

  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && comparisons.has(node.operatorToken.kind)) {
      const found = pair(node.left, node.right);
      if (found) report(node, found);
    } else if (ts.isSwitchStatement(node)) {
      const name = nameOf(node.expression);
      const nameKind = name ? kindOfName(name) : null;
      for (const clause of node.caseBlock.clauses) {
        const literal = ts.isCaseClause(clause) ? literalOf(clause.expression) : null;
        const found = nameKind && literal !== null ? classify(nameKind, literal, vocabulary) : null;
        if (found) report(clause, found);
      }
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const [first, second] = node.arguments;
      let found: AccessLiteralKind | null = null;
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'includes' && first)
        found = inList(callee.expression, first);
      else if (ts.isIdentifier(callee) && (callee.text === 'eq' || callee.text === 'ne') && first && second)
        found = pair(first, second);
      else if (
        ts.isIdentifier(callee) &&
        (callee.text === 'inArray' || callee.text === 'notInArray') &&
        first &&
        second
      )
        found = inList(second, first);
      if (found) report(node, found);
    } else if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file).startsWith('sql')) {
      const template = node.template;
      const text = ts.isNoSubstitutionTemplateLiteral(template)
        ? template.text
        : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)].join(' ${…} ');
      if (sqlFindings(text, vocabulary)) report(node, 'sql');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}
