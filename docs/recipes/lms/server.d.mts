export function startTool(options?: {
  port?: number;
  lmsOrigins?: string[];
}): Promise<{ url: string; csp: string; close(): Promise<void> }>;
