/** A drawn signature: SVG path data in a box of width × height CSS pixels (the common schema's `drawing`). */
export interface SignatureDrawing {
  svgPath: string;
  width: number;
  height: number;
}

/** The value of `<mk-signature>` as it goes into a record: a typed name or a drawing. */
export type SignatureValue = { method: 'typed'; typedName: string } | { method: 'drawn'; drawing: SignatureDrawing };

/** A coordinate with at most one decimal, as path data (no exponent, no trailing zeros). */
export function coordinate(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** True when `value` looks like a drawing (path data the schema's pattern accepts, positive box). */
export function isDrawing(value: unknown): value is SignatureDrawing {
  const d = value as SignatureDrawing | null;
  return (
    !!d &&
    typeof d === 'object' &&
    typeof d.svgPath === 'string' &&
    /^[MmZzLlHhVvCcSsQqTtAa0-9eE ,.+-]+$/.test(d.svgPath) &&
    d.width > 0 &&
    d.height > 0
  );
}

/**
 * Paints a drawing onto a canvas sized to its CSS box (sharp on high-density screens), scaled to fit
 * when it was drawn in a box of another size. Returns the scale from drawing units to CSS pixels.
 */
export function paintDrawing(canvas: HTMLCanvasElement, drawing: SignatureDrawing | undefined, color: string): number {
  const dpr = globalThis.devicePixelRatio || 1;
  const width = canvas.clientWidth || canvas.width;
  const height = canvas.clientHeight || canvas.height;
  const pixelsWide = Math.max(1, Math.round(width * dpr));
  const pixelsHigh = Math.max(1, Math.round(height * dpr));
  if (canvas.width !== pixelsWide) canvas.width = pixelsWide;
  if (canvas.height !== pixelsHigh) canvas.height = pixelsHigh;
  const scale = drawing ? Math.min(width / drawing.width, height / drawing.height) || 1 : 1;
  const ctx = canvas.getContext('2d');
  if (!ctx) return scale;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  if (!drawing) return scale;
  strokeStyle(ctx, dpr, scale, color);
  ctx.stroke(new Path2D(drawing.svgPath));
  return scale;
}

/** Draws one segment of a stroke in progress (drawing units), with the same pen as `paintDrawing`. */
export function paintSegment(canvas: HTMLCanvasElement, from: [number, number], to: [number, number], scale: number, color: string): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  strokeStyle(ctx, globalThis.devicePixelRatio || 1, scale, color);
  ctx.beginPath();
  ctx.moveTo(from[0], from[1]);
  ctx.lineTo(to[0] + (from[0] === to[0] && from[1] === to[1] ? 0.01 : 0), to[1]);
  ctx.stroke();
}

function strokeStyle(ctx: CanvasRenderingContext2D, dpr: number, scale: number, color: string): void {
  ctx.setTransform(dpr * scale, 0, 0, dpr * scale, 0, 0);
  ctx.lineWidth = 2.25 / scale;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = color;
}
