// Bundles the Phaen GLSP diagram client into static files under dist/.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const outdir = 'dist';
const started = performance.now();
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const result = await esbuild.build({
    entryPoints: { 'phaen-diagram': 'src/index.ts' },
    outdir,
    bundle: true,
    minify: true,
    sourcemap: false,
    target: 'es2020',
    platform: 'browser',
    format: 'iife',
    legalComments: 'none',
    // CSS imported from TS (ours and GLSP's own) ends up in dist/phaen-diagram.css
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
    assetNames: '[name]-[hash]',
    tsconfig: 'tsconfig.json',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    metafile: true
});
copyFileSync('src/index.html', join(outdir, 'index.html'));

const millis = Math.round(performance.now() - started);
let total = 0;
for (const name of readdirSync(outdir).sort()) {
    const size = statSync(join(outdir, name)).size;
    total += size;
    console.log(`  ${name.padEnd(32)} ${(size / 1024).toFixed(1).padStart(8)} KiB`);
}
console.log(`dist/ total ${(total / 1024).toFixed(1)} KiB, built in ${millis} ms` +
    (result.warnings.length ? `, ${result.warnings.length} warning(s)` : ''));
