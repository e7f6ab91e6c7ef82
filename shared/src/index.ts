export * from './roles';
export * from './members';
export * from './limits';
export * from './errors';
export * from './coverage';
export * from './notifications';
export * from './resources';
