// A minimal esbuild plugin for Vue single-file components (<script setup> + <template>), doing what
// @vitejs/plugin-vue does for the recipe: the template compiled ahead of time (no eval at run time,
// so the page runs under a strict CSP), with the compiler options the recipe documents.
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Plugin } from 'esbuild';
import { compileScript, parse } from 'vue/compiler-sfc';

export function vueSfc(compilerOptions: { isCustomElement: (tag: string) => boolean }): Plugin {
  return {
    name: 'vue-sfc',
    setup(build) {
      build.onLoad({ filter: /\.vue$/ }, async (args) => {
        const { descriptor, errors } = parse(await readFile(args.path, 'utf8'), { filename: args.path });
        if (errors.length) return { errors: errors.map((e) => ({ text: String(e) })) };
        const script = compileScript(descriptor, {
          id: basename(args.path),
          inlineTemplate: true,
          templateOptions: { compilerOptions },
        });
        return { contents: script.content, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}
