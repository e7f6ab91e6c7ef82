import 'reflect-metadata';
import { prepareDatabaseTemplates } from './database-templates';

export default prepareDatabaseTemplates;
