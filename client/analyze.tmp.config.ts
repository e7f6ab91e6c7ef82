import fs from 'node:fs';
import { mergeConfig, type Plugin } from 'vite';
import base from './vite.config.ts';

const report: Plugin = {
  name: 'report',
  generateBundle(_o, bundle) {
    const out: Record<string, { imports: string[]; dynamicImports: string[]; modules: [string, number][] }> = {};
    for (const [file, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk') continue;
      out[file] = {
        imports: chunk.imports,
        dynamicImports: chunk.dynamicImports,
        modules: Object.entries(chunk.modules).map(([id, m]) => [id.replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, ''), m.renderedLength] as [string, number]).sort((a, b) => b[1] - a[1]),
      };
    }
    fs.writeFileSync('/tmp/fs-chunks.json', JSON.stringify(out, null, 1));
  },
};
export default mergeConfig(base, { plugins: [report], build: { outDir: '/tmp/fs-dist' } });
