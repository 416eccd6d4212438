/** Where a rule's docs page is, relative to bcp's package folder (and so to the published copy on the web). */
export const ruleDocsPath = (id: string): string => `docs/rules/${id}.md`;
