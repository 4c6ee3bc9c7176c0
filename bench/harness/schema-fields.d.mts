/** A workload's schema as the tree the one-LitElement form renders (see schema-fields.mjs). */
export interface SchemaNode {
  group: boolean;
  path: string[];
  title: string;
  children?: SchemaNode[];
  pointer?: string;
  required?: boolean;
  control?: 'text' | 'textarea' | 'number' | 'date' | 'checkbox' | 'select' | 'radio';
  options?: string[];
}
export declare function schemaTree(schema: object, ui: Record<string, string>): SchemaNode;
export declare function valueAt(data: unknown, path: string[]): unknown;
export declare function setValueAt(data: object, path: string[], value: unknown): void;
