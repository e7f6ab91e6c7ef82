/** ES-module-only packages the server loads (through require(esm) in Node) that jest must compile. */
const ESM_ONLY = [
  // sanitize-html's parser
  'htmlparser2', 'domhandler', 'domutils', 'dom-serializer', 'domelementtype', 'entities',
  // uploads (tus) and sniffing the type of uploaded bytes
  '@tus\\+[a-z0-9-]+', 'srvx', 'file-type', 'strtok3', 'token-types', '@tokenizer\\+[a-z]+', 'uint8array-extras', '@borewit\\+text-codec',
].join('|');

/** Server tests: unit tests beside the code, integration tests over HTTP (see src/test-support). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'], [`/node_modules/\\.pnpm/(${ESM_ONLY})@.+\\.m?js$`]: ['@swc/jest'] },
  // These ship only as ES modules: compiled to CommonJS for jest.
  transformIgnorePatterns: [`^(?!.*/node_modules/\\.pnpm/(${ESM_ONLY})@).*/node_modules/`],
  // file-type offers its Node build only under the `import` and `module-sync` conditions, which jest's require does not use.
  moduleNameMapper: { '^file-type$': '<rootDir>/node_modules/file-type/index.js' },
  setupFiles: ['reflect-metadata'],
  // One migrated, demo-loaded database per kind per run, copied for every test server (see src/test-support/database-templates.ts).
  globalSetup: '<rootDir>/src/test-support/global-setup.ts',
  globalTeardown: '<rootDir>/src/test-support/global-teardown.ts',
  testTimeout: 60000,
  // Each integration file boots its own server and database; two cores run two at a time.
  maxWorkers: 2,
};
