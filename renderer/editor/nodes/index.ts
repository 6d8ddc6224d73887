import { GwHeadingNode } from './heading-node';
import { GwLeadNode } from './lead-node';
import { GwMarkNode } from './mark-node';
import { GwTableNode } from './table-node';

/** Every custom node the editor registers. */
export const EDITOR_NODES = [GwHeadingNode, GwLeadNode, GwMarkNode, GwTableNode];
