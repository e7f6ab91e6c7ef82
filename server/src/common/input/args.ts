import { createParameterDecorator, ID, type ParameterDecorator } from 'type-graphql';
import { badInput } from '../errors';
import { checkId, checkIdList, checkText, type Checked, type TextRules } from './text-rules';

type ArgTypeFunc = NonNullable<NonNullable<Parameters<typeof createParameterDecorator>[1]>['arg']>['typeFunc'];

/**
 * Plain (scalar) resolver arguments through the same rules as input classes: `@TextArg('search', rules)`
 * instead of `@Arg('search', () => String)`. type-graphql validates only class-typed arguments, so these
 * check the value themselves and hand the resolver the clean one; a bad value is BAD_USER_INPUT naming the field.
 */
interface ArgDeclaration {
  nullable?: boolean;
  description?: string;
}

function checkedValue<T>(name: string, value: unknown, check: (value: unknown) => Checked<T>): T | null | undefined {
  if (value === undefined || value === null) return value;
  const checked = check(value);
  if (!checked.ok) throw badInput(`${name}: ${name} ${checked.problem}`, 'VALIDATION', { [name]: `${name} ${checked.problem}` });
  return checked.value;
}

function checkedArg<T>(name: string, typeFunc: ArgTypeFunc, declaration: ArgDeclaration, check: (value: unknown) => Checked<T>): ParameterDecorator {
  return createParameterDecorator(
    ({ args }) => checkedValue(name, (args as Record<string, unknown>)[name], check),
    { arg: { name, typeFunc, options: { nullable: declaration.nullable ?? false, description: declaration.description } } },
  );
}

/** A String argument: trimmed, no control characters, length in code points (see TextRules). */
export const TextArg = (name: string, rules: TextRules, declaration: ArgDeclaration = {}) => checkedArg(name, () => String, declaration, (value) => checkText(value, rules));

/** An ID argument: a UUID, or BAD_USER_INPUT. */
export const IdArg = (name: string, declaration: ArgDeclaration = {}) => checkedArg(name, () => ID, declaration, checkId);

/** A [ID!]! argument: UUIDs only, at most `max` of them. */
export const IdListArg = (name: string, max?: number, declaration: ArgDeclaration = {}) => checkedArg(name, () => [ID], declaration, (value) => checkIdList(value, max));

/**
 * A subscription's `topics` that first checks its ID argument: type-graphql runs argument decorators (`@IdArg`) only
 * when an event is sent, so without this a malformed id would be taken at subscribe time and never answered.
 */
export const topicCheckingId =
  (topic: string, name: string) =>
  ({ args }: { args: Record<string, unknown> }): string => {
    checkedValue(name, args[name], checkId);
    return topic;
  };
