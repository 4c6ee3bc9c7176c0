export declare const subschemaMaps: string[];
export declare const subschemaArrays: string[];
export declare const subschemaSingles: string[];
