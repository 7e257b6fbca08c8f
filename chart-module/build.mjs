// Bundles ../frontend/triallens-chart.ts and the parts of ECharts it imports into one script.
// Usage: node build.mjs OUTFILE
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

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
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(`triallens-chart: ${outfile} (${bytes} bytes)`);
