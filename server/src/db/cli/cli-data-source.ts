import 'reflect-metadata';
import { createDataSource } from '../data-source';

/** For the TypeORM CLI (`migration:generate`): a DataSource over DATABASE_URL. */
const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to the PostgreSQL to generate the migration against.');
export default createDataSource({ url }, 2);
