/** The database layer's public surface: services import from here only. */
export { acquireDataDirLock, DataDirInUseError, LOCK_FILE_NAME } from './lock.ts';
export { MigrationError, migrate, rowsOf } from './migrate.ts';
export {
  type Database,
  DatabaseOpenError,
  DatabaseUnavailableError,
  type Db,
  describeUrl,
  type Executor,
  type OpenOptions,
  openDatabase,
  type Tx,
} from './open.ts';
export * from './repositories/index.ts';
export * as schema from './schema/index.ts';
