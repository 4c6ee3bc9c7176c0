// Builds the Angular recipe the way the Angular CLI does for production, without the CLI: the
// templates compiled ahead of time by ngtsc (with strict template type checking), then bundled by
// esbuild, with Angular's linker finishing the partially compiled declarations in @angular/*
// packages. Nothing is left for a JIT compiler, so the page needs no `unsafe-eval`.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { transformAsync } from '@babel/core';
import { createCompilerHost, formatDiagnostics, performCompilation, readConfiguration } from '@angular/compiler-cli';
import linkerPlugin from '@angular/compiler-cli/linker/babel';
import { build, type Plugin } from 'esbuild';

/**
 * Compiles `tsconfig.json` in `recipe` with ngtsc; returns the JavaScript emitted for the recipe's own
 * files, by source path.
 * `edit` may change a source file as it is read (to show what the compiler says without a setting).
 */
export function compileAngular(recipe: string, edit?: (fileName: string, text: string) => string): Map<string, string> {
  const config = readConfiguration(join(recipe, 'tsconfig.json'));
  if (config.errors.length) throw new Error(formatDiagnostics(config.errors));
  const emitted = new Map<string, string>();
  const host = createCompilerHost({ options: config.options });
  if (edit) {
    const readFile = host.readFile.bind(host);
    host.readFile = (fileName) => {
      const text = readFile(fileName);
      return text === undefined ? text : edit(fileName, text);
    };
  }
  // In memory, and only the recipe's own files: the Mentorkit sources it imports are bundled from their
  // TypeScript by esbuild like any other dependency.
  host.writeFile = (fileName, text, _bom, _onError, sources) => {
    const source = sources?.[0]?.fileName;
    if (fileName.endsWith('.js') && source?.startsWith(recipe + '/')) emitted.set(source, text);
  };
  const { diagnostics } = performCompilation({ rootNames: config.rootNames, options: config.options, host });
  if (diagnostics.length) throw new Error(formatDiagnostics(diagnostics));
  return emitted;
}

function angularAot(recipe: string): Plugin {
  return {
    name: 'angular-aot',
    setup(build) {
      const emitted = compileAngular(recipe);
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (!args.path.startsWith(recipe + '/')) return undefined;
        const contents = emitted.get(args.path);
        if (contents === undefined) throw new Error(`ngtsc emitted nothing for ${args.path}`);
        return { contents, loader: 'js', resolveDir: dirname(args.path) };
      });
      build.onLoad({ filter: /[\\/]@angular[\\/].*\.mjs$/ }, async (args) => {
        const code = await readFile(args.path, 'utf8');
        if (!code.includes('ɵɵngDeclare')) return { contents: code, loader: 'js' };
        const linked = await transformAsync(code, {
          filename: args.path,
          configFile: false,
          babelrc: false,
          compact: false,
          plugins: [linkerPlugin],
        });
        return { contents: linked!.code!, loader: 'js' };
      });
    },
  };
}

/** The recipe as one minified ES module, built from `main.ts`. */
export async function bundleAngularRecipe(recipe: string): Promise<string> {
  const bundle = await build({
    entryPoints: [join(recipe, 'main.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
    conditions: ['source'],
    tsconfig: join(recipe, '..', '..', '..', 'tsconfig.base.json'),
    plugins: [angularAot(recipe)],
    define: { ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false' },
  });
  return bundle.outputFiles[0]!.text;
}
