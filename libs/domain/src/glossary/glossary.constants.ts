/** Editorial status of a term (NL-SBB style): drafted, proposed, set, replaced or withdrawn. */
export const glossaryTermStatuses = ['in_bewerking', 'voorgesteld', 'vastgesteld', 'vervangen', 'vervallen'] as const;
export type GlossaryTermStatus = (typeof glossaryTermStatuses)[number];

/** Retired terms stay reachable by link but are hidden from default lists. */
export const retiredGlossaryStatuses: readonly GlossaryTermStatus[] = ['vervangen', 'vervallen'];

/** Relations as seen from the term that holds them (SKOS broader/narrower/related). */
export const glossaryRelationKinds = ['broader', 'narrower', 'related'] as const;
export type GlossaryRelationKind = (typeof glossaryRelationKinds)[number];

export const glossaryCommentKinds = ['comment', 'proposal'] as const;
export type GlossaryCommentKind = (typeof glossaryCommentKinds)[number];

export const glossaryCommentStatuses = ['open', 'verwerkt', 'afgewezen'] as const;
export type GlossaryCommentStatus = (typeof glossaryCommentStatuses)[number];

/** Manual status changes; `vastgesteld` is reached only through co-approval. */
export const manualGlossaryStatuses = ['in_bewerking', 'voorgesteld', 'vervangen', 'vervallen'] as const;
export type ManualGlossaryStatus = (typeof manualGlossaryStatuses)[number];
