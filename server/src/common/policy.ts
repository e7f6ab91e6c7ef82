import { forbidden } from './errors';
import type { ErrorReason } from '@yah/shared';

/** Throws FORBIDDEN unless a policy rule holds. Rules live in each feature's `<x>.policy.ts`. */
export function authorize(allowed: boolean, message?: string, reason?: ErrorReason): void {
  if (!allowed) throw forbidden(message, reason);
}
