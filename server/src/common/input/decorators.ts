import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { checkCalendarDate, checkId, checkIdList, checkInstant, checkText, checkTextList, type Checked, type ListRules, type TextRules } from './text-rules';

/**
 * class-validator decorators for input and args classes. Each field gets exactly one of them: it checks
 * the value and, when it passes, writes the clean value (trimmed text, null for a blank optional) back onto
 * the instance the resolver receives. One decorator per field, because class-validator hands every
 * validator of a property the original value.
 */
function inputRule(name: string, check: (value: unknown) => Checked<unknown>, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) => {
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyKey),
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const checked = check(value);
          if (checked.ok) (args.object as Record<string, unknown>)[args.property] = checked.value;
          return checked.ok;
        },
        defaultMessage(args: ValidationArguments): string {
          const checked = check(args.value);
          return checked.ok ? `${args.property} is not valid` : `${args.property} ${checked.problem}`;
        },
      },
    });
  };
}

/** Text: trimmed, no control characters or broken surrogates, length in code points, optional format. */
export const IsText = (rules: TextRules, options?: ValidationOptions) => inputRule('isText', (value) => checkText(value, rules), options);

/** A list of texts, each as IsText with a minimum of one character. */
export const IsTextList = (itemRules: TextRules, listRules: ListRules, options?: ValidationOptions) =>
  inputRule('isTextList', (value) => checkTextList(value, itemRules, listRules), options);

/** A record id: a UUID. */
export const IsId = (options?: ValidationOptions) => inputRule('isId', checkId, options);

export const IsIdList = (max?: number, options?: ValidationOptions) => inputRule('isIdList', (value) => checkIdList(value, max), options);

/** A calendar date YYYY-MM-DD that exists. */
export const IsCalendarDate = (options?: ValidationOptions) => inputRule('isCalendarDate', checkCalendarDate, options);

/** A DateTimeISO within the years the alliance plans in. */
export const IsInstant = (options?: ValidationOptions) => inputRule('isInstant', checkInstant, options);
