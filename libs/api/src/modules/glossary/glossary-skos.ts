import { DataFactory, Writer, type BlankNode, type Literal, type NamedNode, type Quad } from 'n3';
import type { GlossaryRelationKind, GlossaryTermStatus } from '@srw/domain';

/*
 * The glossary as SKOS (Turtle and JSON-LD): the mapping is documented in
 * README ("Begrippenlijst as SKOS").
 */

const { namedNode, literal, quad, blankNode } = DataFactory;

/** Base for the glossary's identifiers (NL-SBB: one URI per concept). */
export const GLOSSARY_BASE_URI = 'https://samenwerkingsruimte.example/begrippenlijst/';

export const skosPrefixes = {
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dct: 'http://purl.org/dc/terms/',
  adms: 'http://www.w3.org/ns/adms#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  srw: `${GLOSSARY_BASE_URI}def#`,
  begrip: `${GLOSSARY_BASE_URI}id/begrip/`,
  schema: `${GLOSSARY_BASE_URI}id/schema/`,
  status: `${GLOSSARY_BASE_URI}id/status/`,
} as const;

export interface SkosTerm {
  id: string;
  prefLabel: string;
  abbreviations: string[];
  synonyms: string[];
  hiddenLabels: string[];
  jointDefinition: string;
  jointDefinitionSource: string;
  scopeNote: string;
  divergent: boolean;
  divergenceNote: string;
  status: GlossaryTermStatus;
  replacedById: string | null;
  validFrom: string | null;
  validUntil: string | null;
  reviewDate: string | null;
  maintainingGroupName: string;
  createdAt: Date;
  updatedAt: Date;
  definitions: {
    organisationCode: string;
    organisationName: string;
    text: string;
    source: string;
    explanation: string;
    example: string;
  }[];
}

export interface SkosRelation {
  termId: string;
  kind: GlossaryRelationKind;
  relatedTermId: string;
}

const skos = (local: string) => namedNode(`${skosPrefixes.skos}${local}`);
const dct = (local: string) => namedNode(`${skosPrefixes.dct}${local}`);
const rdfType = namedNode(`${skosPrefixes.rdf}type`);
const nl = (text: string) => literal(text, 'nl');

export function conceptUri(termId: string) {
  return namedNode(`${skosPrefixes.begrip}${termId}`);
}

/** The concept for one organisation's meaning of a term. */
export function organisationConceptUri(termId: string, organisationCode: string) {
  return namedNode(`${skosPrefixes.begrip}${termId}/${organisationCode.toLowerCase()}`);
}

function sourceNode(source: string) {
  return /^https?:\/\/\S+$/.test(source) ? namedNode(source) : literal(source, 'nl');
}

/**
 * The glossary as SKOS following NL-SBB: one joint concept scheme with a
 * `skos:Concept` per term, carrying the joint definition (a plain literal) and
 * each organisation's definition (a structured `skos:definition` note), plus a
 * concept scheme per organisation holding that organisation's meaning of each
 * term, linked to the joint concept (`skos:closeMatch`, or `skos:relatedMatch`
 * where the meanings diverge).
 */
export function buildGlossaryQuads(terms: readonly SkosTerm[], relations: readonly SkosRelation[]): Quad[] {
  const quads: Quad[] = [];
  const add = (s: NamedNode | BlankNode, p: NamedNode, o: NamedNode | BlankNode | Literal) => quads.push(quad(s, p, o));
  const scheme = namedNode(`${skosPrefixes.schema}gezamenlijk`);
  add(scheme, rdfType, skos('ConceptScheme'));
  add(scheme, skos('prefLabel'), nl('Gezamenlijke begrippenlijst Defensie–Politie'));
  const organisationSchemes = new Map<string, string>();
  for (const term of terms)
    for (const d of term.definitions) organisationSchemes.set(d.organisationCode, d.organisationName);
  for (const [code, name] of [...organisationSchemes].sort()) {
    const orgScheme = namedNode(`${skosPrefixes.schema}${code.toLowerCase()}`);
    add(orgScheme, rdfType, skos('ConceptScheme'));
    add(orgScheme, skos('prefLabel'), nl(`Begrippen in het spraakgebruik van ${name}`));
    add(orgScheme, dct('publisher'), literal(name));
  }
  const known = new Set(terms.map((t) => t.id));
  for (const term of terms) {
    const concept = conceptUri(term.id);
    add(concept, rdfType, skos('Concept'));
    add(concept, skos('inScheme'), scheme);
    add(concept, skos('prefLabel'), nl(term.prefLabel));
    for (const label of [...term.abbreviations, ...term.synonyms]) add(concept, skos('altLabel'), nl(label));
    for (const label of term.hiddenLabels) add(concept, skos('hiddenLabel'), nl(label));
    if (term.jointDefinition) add(concept, skos('definition'), nl(term.jointDefinition));
    if (term.jointDefinitionSource) add(concept, dct('source'), sourceNode(term.jointDefinitionSource));
    if (term.scopeNote) add(concept, skos('scopeNote'), nl(term.scopeNote));
    if (term.divergent) {
      add(
        concept,
        namedNode(`${skosPrefixes.srw}afwijkendeBetekenis`),
        literal('true', namedNode(`${skosPrefixes.xsd}boolean`)),
      );
      if (term.divergenceNote) add(concept, skos('editorialNote'), nl(term.divergenceNote));
    }
    add(concept, namedNode(`${skosPrefixes.adms}status`), namedNode(`${skosPrefixes.status}${term.status}`));
    if (term.replacedById && known.has(term.replacedById))
      add(concept, dct('isReplacedBy'), conceptUri(term.replacedById));
    if (term.validFrom)
      add(
        concept,
        namedNode(`${skosPrefixes.srw}geldigVanaf`),
        literal(term.validFrom, namedNode(`${skosPrefixes.xsd}date`)),
      );
    if (term.validUntil)
      add(
        concept,
        namedNode(`${skosPrefixes.srw}geldigTot`),
        literal(term.validUntil, namedNode(`${skosPrefixes.xsd}date`)),
      );
    if (term.reviewDate)
      add(
        concept,
        namedNode(`${skosPrefixes.srw}herzieningsdatum`),
        literal(term.reviewDate, namedNode(`${skosPrefixes.xsd}date`)),
      );
    // Each organisation's meaning on the joint concept itself, as the SKOS
    // Primer's structured note: the text (rdf:value, language-tagged) with its
    // source and the organisation that holds it.
    for (const definition of term.definitions) {
      const note = blankNode(`def-${term.id}-${definition.organisationCode.toLowerCase()}`);
      add(concept, skos('definition'), note);
      add(note, namedNode(`${skosPrefixes.rdf}value`), nl(definition.text));
      add(note, dct('creator'), literal(definition.organisationName));
      add(note, namedNode(`${skosPrefixes.srw}organisatie`), literal(definition.organisationCode));
      if (definition.source) add(note, dct('source'), sourceNode(definition.source));
      if (definition.explanation) add(note, skos('note'), nl(definition.explanation));
    }
    add(concept, dct('creator'), literal(term.maintainingGroupName));
    add(concept, dct('created'), literal(term.createdAt.toISOString(), namedNode(`${skosPrefixes.xsd}dateTime`)));
    add(concept, dct('modified'), literal(term.updatedAt.toISOString(), namedNode(`${skosPrefixes.xsd}dateTime`)));
    for (const definition of term.definitions) {
      const orgConcept = organisationConceptUri(term.id, definition.organisationCode);
      add(orgConcept, rdfType, skos('Concept'));
      add(
        orgConcept,
        skos('inScheme'),
        namedNode(`${skosPrefixes.schema}${definition.organisationCode.toLowerCase()}`),
      );
      add(orgConcept, skos('prefLabel'), nl(term.prefLabel));
      add(orgConcept, skos('definition'), nl(definition.text));
      if (definition.source) add(orgConcept, dct('source'), sourceNode(definition.source));
      if (definition.explanation) add(orgConcept, skos('note'), nl(definition.explanation));
      if (definition.example) add(orgConcept, skos('example'), nl(definition.example));
      add(orgConcept, term.divergent ? skos('relatedMatch') : skos('closeMatch'), concept);
    }
  }
  for (const relation of relations) {
    if (!known.has(relation.termId) || !known.has(relation.relatedTermId)) continue;
    const from = conceptUri(relation.termId);
    const to = conceptUri(relation.relatedTermId);
    // SKOS relations are stated in both directions, as NL-SBB asks.
    if (relation.kind === 'related') {
      add(from, skos('related'), to);
      add(to, skos('related'), from);
    } else {
      add(from, skos(relation.kind), to);
      add(to, skos(relation.kind === 'broader' ? 'narrower' : 'broader'), from);
    }
  }
  return dedupeQuads(quads);
}

function dedupeQuads(quads: Quad[]): Quad[] {
  const seen = new Set<string>();
  return quads.filter((q) => {
    const key = `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}:${q.object.termType === 'Literal' ? `${q.object.language}|${q.object.datatype.value}` : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function quadsToTurtle(quads: readonly Quad[]): Promise<string> {
  const writer = new Writer({ prefixes: { ...skosPrefixes } });
  writer.addQuads([...quads]);
  return new Promise((resolve, reject) =>
    writer.end((error: Error | null, result: string) => (error ? reject(error) : resolve(result))),
  );
}

type JsonLdValue = { '@id': string } | { '@value': string; '@language'?: string; '@type'?: string };

function compact(iri: string): string {
  for (const [prefix, base] of Object.entries(skosPrefixes)) {
    if (iri.startsWith(base) && iri.length > base.length) return `${prefix}:${iri.slice(base.length)}`;
  }
  return iri;
}

/** JSON-LD (a flattened @graph) with the same prefixes as @context. */
export function quadsToJsonLd(quads: readonly Quad[]): string {
  const nodes = new Map<string, Record<string, JsonLdValue[] | string | string[]>>();
  for (const q of quads) {
    const id = compact(q.subject.value);
    const node = nodes.get(id) ?? { '@id': id };
    nodes.set(id, node);
    if (q.predicate.value === `${skosPrefixes.rdf}type`) {
      const types = (node['@type'] as string[] | undefined) ?? [];
      node['@type'] = [...types, compact(q.object.value)];
      continue;
    }
    const predicate = compact(q.predicate.value);
    let value: JsonLdValue;
    if (q.object.termType === 'NamedNode') value = { '@id': compact(q.object.value) };
    else if (q.object.termType === 'Literal' && q.object.language)
      value = { '@value': q.object.value, '@language': q.object.language };
    else if (q.object.termType === 'Literal' && q.object.datatype.value !== `${skosPrefixes.xsd}string`) {
      value = { '@value': q.object.value, '@type': compact(q.object.datatype.value) };
    } else value = { '@value': q.object.value };
    const values = (node[predicate] as JsonLdValue[] | undefined) ?? [];
    node[predicate] = [...values, value];
  }
  return `${JSON.stringify({ '@context': { ...skosPrefixes }, '@graph': [...nodes.values()] }, null, 2)}\n`;
}
