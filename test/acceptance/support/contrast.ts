// Measures text contrast on a page as WCAG 2.2 defines it, from computed styles: for every visible piece of
// text (through shadow roots, form controls' values included), its colour against the backgrounds painted
// behind it, composited up to the page's canvas. Nothing is assumed about the theme.
import type { Page } from 'puppeteer-core';

export interface LowContrast {
  text: string;
  color: string;
  background: string;
  ratio: number;
  required: number;
}

/** The texts under `selector` whose contrast is below AA (4.5:1, or 3:1 for large text), and how many were measured. */
export async function lowContrast(page: Page, selector: string): Promise<{ measured: number; failures: LowContrast[] }> {
  return page.evaluate((selector) => {
    type Rgba = [number, number, number, number];
    // Computed colours are rgb()/rgba(), or color(srgb r g b / a) with channels 0..1 (from color-mix()).
    const parse = (value: string): Rgba => {
      const srgb = /color\(srgb ([^)]+)\)/.exec(value);
      const m = srgb ?? /rgba?\(([^)]+)\)/.exec(value);
      if (!m) return [0, 0, 0, 0];
      const [r, g, b, a = '1'] = m[1]!
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      const scale = srgb ? 255 : 1;
      return [r! * scale, g! * scale, b! * scale, Number(a)];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const ratio = (a: Rgba, b: Rgba) => {
      const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (l1! + 0.05) / (l2! + 0.05);
    };
    const parentOf = (el: Element): Element | null =>
      el.assignedSlot ?? el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    // The canvas: what the browser paints behind the root element (white, unless the page or forced colours say otherwise).
    const canvasOf = (): Rgba => {
      const probe = document.createElement('div');
      probe.style.setProperty('background-color', 'Canvas');
      document.body.append(probe);
      const canvas = parse(getComputedStyle(probe).backgroundColor);
      probe.remove();
      return canvas[3] ? canvas : [255, 255, 255, 1];
    };
    const canvas = canvasOf();
    const backgroundOf = (el: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let node: Element | null = el; node; node = parentOf(node)) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] === 1) break;
      }
      return layers.reduceRight((below, layer) => over(layer, below), canvas);
    };
    const texts: Element[] = [];
    const walk = (root: Element | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
        const isValue =
          (el instanceof HTMLInputElement && !['checkbox', 'radio', 'hidden'].includes(el.type) && el.value) ||
          (el instanceof HTMLTextAreaElement && el.value);
        if ((ownText || isValue) && el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) texts.push(el);
      }
    };
    for (const host of document.querySelectorAll(selector)) {
      if (host.shadowRoot) walk(host.shadowRoot);
      walk(host);
    }
    const failures = [];
    for (const el of texts) {
      if ((el as HTMLInputElement).disabled || el.closest('[aria-disabled="true"]')) continue; // inactive components are exempt
      const style = getComputedStyle(el);
      const background = backgroundOf(el);
      const color = over(parse(style.color), background);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      // A symbol hidden from screen readers (★ ● ▲ beside a level's label) is a graphical object: 3:1.
      const graphic = el.getAttribute('aria-hidden') === 'true';
      const required = large || graphic ? 3 : 4.5;
      const measured = ratio(color, background);
      if (measured < required) {
        const text = ((el as HTMLInputElement).value || el.textContent || '').trim().slice(0, 60);
        failures.push({
          text,
          color: style.color,
          background: `rgba(${background.map((c) => Math.round(c * 100) / 100).join(', ')})`,
          ratio: Math.round(measured * 100) / 100,
          required,
        });
      }
    }
    return { measured: texts.length, failures };
  }, selector);
}
