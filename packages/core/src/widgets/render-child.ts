import type { RenderContext, RenderedField } from '../form/render-field.js';
import type { FieldNode } from '../schema/field-tree.js';

/** The form's field renderer, handed to a widget so it can render the fields inside it. */
export type RenderChild = (node: FieldNode, pointer: string, ctx: RenderContext, options?: { bare?: boolean }) => RenderedField;
