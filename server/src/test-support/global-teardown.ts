import { dropDatabaseTemplates } from './database-templates';

export default dropDatabaseTemplates;
