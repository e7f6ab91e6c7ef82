/** Server tests: unit tests beside the code, integration tests over HTTP (see src/test-support). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  // Each integration file boots its own server and database; two cores run two at a time.
  maxWorkers: 2,
};
