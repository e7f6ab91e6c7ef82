import 'reflect-metadata';
import fs from 'node:fs';
import { buildAppSchema, printAppSchema, SCHEMA_FILE } from './schema';

/** Writes server/schema.graphql; with --check, fails when the committed file is stale instead. */
async function main(): Promise<void> {
  const sdl = printAppSchema(await buildAppSchema());
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed !== sdl) {
      process.stderr.write('server/schema.graphql is stale: run `pnpm --filter @yah/server schema:emit` and commit it.\n');
      process.exit(1);
    }
    return;
  }
  fs.writeFileSync(SCHEMA_FILE, sdl);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
