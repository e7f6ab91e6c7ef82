/** Server tests: unit tests beside the code, integration tests over HTTP (see src/test-support). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest'],
    '^.+\\.js$': ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  // sanitize-html's HTML parser ships as ES modules only: compiled to CommonJS for jest (node itself loads them as they are).
  transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm/[^/]+/node_modules/)?(htmlparser2|domhandler|domutils|dom-serializer|domelementtype|entities)/)'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  // Each integration file boots its own server and database; two cores run two at a time.
  maxWorkers: 2,
};
