// Bundles ../frontend/triallens-chart.ts and the parts of ECharts it imports into one script.
// Usage: node build.mjs OUTFILE
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const outfile = process.argv[2];
if (!outfile) throw new Error('usage: node build.mjs OUTFILE');

const result = await build({
  entryPoints: [here('../frontend/triallens-chart.ts')],
  nodePaths: [here('node_modules')], // the entry lives outside this package
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  legalComments: 'eof',
  metafile: true,
  outfile,
});
// Vaadin's static file server sends these to browsers that accept them.
const script = readFileSync(outfile);
writeFileSync(`${outfile}.gz`, gzipSync(script, { level: 9 }));
writeFileSync(`${outfile}.br`, brotliCompressSync(script));
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(`triallens-chart: ${outfile} (${bytes} bytes; .gz and .br beside it)`);
