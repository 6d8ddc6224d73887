// Structure recognition: raw paragraphs from a reader → drafts. See recognize.ts.
export { recognize } from './recognize';
export { parseMarker, parseNumberingLabel, type Marker, type MarkerKind } from './markers';
export { metaFromTitle, docTypeOf, periodOf, unitOf } from './title-meta';
export { sectionKindsOf } from './section-kinds';
export { isDateLine } from './dates';
