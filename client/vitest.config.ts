import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts'],
      css: false,
      testTimeout: 20000,
      restoreMocks: true,
      // Test files share their worker's module cache (antd and the app load once); each file still gets a clean DOM and mocks.
      isolate: false,
    },
  }),
);
