import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { graphqlDocuments } from './build/graphql-documents.plugin.ts';

// The API server the dev server and `vite preview` forward to (`pnpm start` serves both on :4000).
const api = process.env.YAH_API_URL ?? 'http://localhost:4000';

/** Writes a brotli (.br) and a gzip (.gz) copy beside every script and style of the build: the server sends those. */
function precompress(): Plugin {
  return {
    name: 'yah-precompress',
    apply: 'build',
    writeBundle({ dir }) {
      const assets = path.join(dir ?? 'dist', 'assets');
      for (const name of fs.readdirSync(assets).filter((file) => /\.(js|css|svg|json)$/.test(file))) {
        const bytes = fs.readFileSync(path.join(assets, name));
        fs.writeFileSync(path.join(assets, `${name}.br`), brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        fs.writeFileSync(path.join(assets, `${name}.gz`), gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [
    graphqlDocuments({
      gqlFile: fileURLToPath(new URL('./src/__generated__/gql.ts', import.meta.url)),
      graphqlFile: fileURLToPath(new URL('./src/__generated__/graphql.ts', import.meta.url)),
    }),
    react(),
    precompress(),
  ],
  resolve: {
    alias: {
      // The shared package is CommonJS once built: the client compiles its TypeScript source instead.
      '@yah/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true },
      '/healthz': { target: api },
      '/readyz': { target: api },
      '/uploads': { target: api },
      '/files': { target: api },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/healthz': { target: api },
      '/readyz': { target: api },
      '/uploads': { target: api },
      '/files': { target: api },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|@graphql-typed-document-node)[\\/]/, priority: 20 },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|dayjs)[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
});
