import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';

/**
 * react-pdf's document tree (what its reconciler builds and @react-pdf/layout reads), built straight
 * from our JSX without React's reconciler: the document components are pure functions of the model
 * (no state, no effects), so calling them is all a render needs.
 */

export type TPdfTextInstance = { type: 'TEXT_INSTANCE'; value: string };
export type TPdfElement = { type: string; box: Record<string, number>; style: object; props: Record<string, unknown>; children: TPdfNode[]; lines?: unknown[] };
export type TPdfNode = TPdfElement | TPdfTextInstance;

const TEXT_PARENTS = new Set(['TEXT', 'LINK', 'TSPAN', 'NOTE']);

/** A component may return a ready node (see page-number slots) instead of React elements. */
const RAW = Symbol.for('hosting-readiness.pdf-node');
export const rawPdfNode = (node: TPdfElement): ReactNode => ({ [RAW]: node }) as unknown as ReactNode;
const isRaw = (value: unknown): value is { [RAW]: TPdfElement } => typeof value === 'object' && value !== null && RAW in value;

export function toPdfNodes(node: ReactNode, parentType = 'ROOT'): TPdfNode[] {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (typeof node === 'string' || typeof node === 'number') {
    // react-pdf drops (with a warning) text outside <Text>: here it is a bug in the document components.
    if (!TEXT_PARENTS.has(parentType)) throw new Error(`PDF: text "${String(node).slice(0, 40)}" outside <Text> (in ${parentType})`);
    return [{ type: 'TEXT_INSTANCE', value: String(node) }];
  }
  if (Array.isArray(node)) return node.flatMap((child: ReactNode) => toPdfNodes(child, parentType));
  if (isRaw(node)) return [node[RAW]];
  if (!isValidElement(node)) throw new Error('PDF: unsupported child in the document tree');
  const { type, props } = node as ReactElement<{ children?: ReactNode; style?: object } & Record<string, unknown>>;
  if (type === Fragment) return toPdfNodes(props.children, parentType);
  if (typeof type === 'function') return toPdfNodes((type as (p: typeof props) => ReactNode)(props), parentType);
  if (typeof type !== 'string') throw new Error('PDF: unsupported element type in the document tree');
  const { children, style, ...rest } = props;
  return [{ type, box: {}, style: style ?? {}, props: rest, children: toPdfNodes(children, type) }];
}
