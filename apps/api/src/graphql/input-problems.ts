import { LocalizedText, reasonOf, VALIDATION_TEXTS } from '@zyklus/common';
import {
  ASTNode,
  DocumentNode,
  getNamedType,
  GraphQLInputType,
  GraphQLLeafType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  typeFromAST,
  TypeInfo,
  ValueNode,
  VariableDefinitionNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * One value GraphQL cannot accept, named the way class-validator names fields: the path inside
 * an input object argument (`bundesland`, `days.1.endsAt`), or the argument itself for scalar
 * and enum arguments and for a missing input (`status`, `input`).
 */
export interface InputProblem {
  field: string;
  message: LocalizedText;
  /** Stable, machine-readable why, as class-validator's would be (`REQUIRED`, `UNKNOWN_FIELD`). */
  reason: string;
  /** The node graphql-js blames for the same problem (to match its validation errors). */
  node: ASTNode;
}

interface Options {
  /** Whether texts may list an enum's values (not in production: that reveals the schema). */
  listEnumValues: boolean;
}

/** Where a value sits: its argument and the path inside it. */
interface Place {
  argument: string;
  path: readonly string[];
}

const fieldOf = (place: Place): string =>
  place.path.length ? place.path.join('.') : place.argument;

const at = (place: Place, segment: string | number): Place => ({
  argument: place.argument,
  path: [...place.path, String(segment)],
});

/** The place of an argument's value: input objects are named by their fields, like class-validator. */
function argumentPlace(name: string, type: GraphQLInputType): Place {
  return { argument: name, path: isInputObjectType(getNamedType(type)) ? [] : [name] };
}

/** A problem as class-validator's constraint `name` would describe it. */
interface Problem {
  message: LocalizedText;
  reason: string;
}

const problem = (name: string, ...constraints: unknown[]): Problem => ({
  message: VALIDATION_TEXTS[name]!(constraints),
  reason: reasonOf(name),
});

function leafText(type: GraphQLLeafType, options: Options): Problem {
  const text = problem;
  if (isEnumType(type)) {
    return options.listEnumValues
      ? text(
          'isEnum',
          type.getValues().map((v) => v.name),
        )
      : text('isKnownValue');
  }
  switch (type.name) {
    case 'String':
      return text('isString');
    case 'Int':
      return text('isInt');
    case 'Float':
      return text('isNumber');
    case 'Boolean':
      return text('isBoolean');
    case 'ID':
      return text('isUUID');
    case 'LocalDate':
      return text('isLocalDate');
    case 'LocalTime':
      return text('isLocalTime');
    case 'DateTime':
      return text('isDateTime');
    default:
      return text('isWellFormed');
  }
}

const MISSING = (): Problem => problem('isDefined');
const UNKNOWN_FIELD = (): Problem => problem('whitelistValidation');
const NOT_AN_OBJECT = (): Problem => problem('isObject');

/** Walks values as graphql-js coerces them and collects what it would refuse. */
class Checker {
  readonly problems: InputProblem[] = [];
  /** Where each variable is first used, to name its problems after the argument. */
  readonly usages = new Map<string, Place>();
  /**
   * Variables used where a value is required. A nullable variable may stand there when the
   * argument or field has a default, but an explicit null is then still refused.
   */
  readonly required = new Set<string>();

  constructor(private readonly options: Options) {}

  add(place: Place, { message, reason }: Problem, node: ASTNode): void {
    this.problems.push({ field: fieldOf(place), message, reason, node });
  }

  /** A literal written in the document (variables are only noted where they are used). */
  literal(type: GraphQLInputType, value: ValueNode, place: Place): void {
    if (value.kind === Kind.VARIABLE) {
      if (!this.usages.has(value.name.value)) this.usages.set(value.name.value, place);
      if (isNonNullType(type)) this.required.add(value.name.value);
      return;
    }
    if (isNonNullType(type)) {
      if (value.kind === Kind.NULL) return this.add(place, MISSING(), value);
      return this.literal(type.ofType, value, place);
    }
    if (value.kind === Kind.NULL) return;
    if (isListType(type)) {
      if (value.kind !== Kind.LIST) return this.literal(type.ofType, value, place);
      value.values.forEach((item, index) => this.literal(type.ofType, item, at(place, index)));
      return;
    }
    if (isInputObjectType(type)) {
      if (value.kind !== Kind.OBJECT) return this.add(place, NOT_AN_OBJECT(), value);
      const fields = type.getFields();
      for (const field of Object.values(fields)) {
        const given = value.fields.find((f) => f.name.value === field.name);
        if (given) this.literal(field.type, given.value, at(place, field.name));
        else if (isNonNullType(field.type) && field.defaultValue === undefined) {
          this.add(at(place, field.name), MISSING(), value);
        }
      }
      for (const given of value.fields) {
        if (!fields[given.name.value])
          this.add(at(place, given.name.value), UNKNOWN_FIELD(), given);
      }
      return;
    }
    let parsed: unknown;
    try {
      parsed = type.parseLiteral(value, undefined);
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined) this.add(place, leafText(type, this.options), value);
  }

  /** A variable's value as sent in the request (JSON), coerced to its declared type. */
  value(type: GraphQLInputType, value: unknown, place: Place, node: ASTNode): void {
    if (isNonNullType(type)) {
      if (value === null || value === undefined) return this.add(place, MISSING(), node);
      return this.value(type.ofType, value, place, node);
    }
    if (value === null || value === undefined) return;
    if (isListType(type)) {
      if (!Array.isArray(value)) return this.value(type.ofType, value, place, node);
      value.forEach((item, index) => this.value(type.ofType, item, at(place, index), node));
      return;
    }
    if (isInputObjectType(type)) {
      if (typeof value !== 'object' || Array.isArray(value)) {
        return this.add(place, NOT_AN_OBJECT(), node);
      }
      const given = value as Record<string, unknown>;
      const fields = type.getFields();
      for (const field of Object.values(fields)) {
        const fieldValue = given[field.name];
        if (fieldValue !== undefined)
          this.value(field.type, fieldValue, at(place, field.name), node);
        else if (isNonNullType(field.type) && field.defaultValue === undefined) {
          this.add(at(place, field.name), MISSING(), node);
        }
      }
      for (const name of Object.keys(given)) {
        if (!fields[name]) this.add(at(place, name), UNKNOWN_FIELD(), node);
      }
      return;
    }
    let parsed: unknown;
    try {
      parsed = type.parseValue(value);
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined) this.add(place, leafText(type, this.options), node);
  }
}

/** Visits every argument of `document` (or of one operation and the fragments) with its type. */
function walkArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  checker: Checker,
  operation?: OperationDefinitionNode,
): void {
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (operation && node !== operation ? false : undefined),
      Field: (node) => {
        const definition = typeInfo.getFieldDef();
        for (const argument of definition?.args ?? []) {
          const given = node.arguments?.some((a) => a.name.value === argument.name);
          if (!given && isNonNullType(argument.type) && argument.defaultValue === undefined) {
            // graphql-js blames the field for a missing argument.
            checker.add({ argument: argument.name, path: [] }, MISSING(), node);
          }
        }
      },
      Argument: (node) => {
        const argument = typeInfo.getArgument();
        if (!argument) return false;
        checker.literal(argument.type, node.value, argumentPlace(argument.name, argument.type));
        return false;
      },
    }),
  );
}

/**
 * The values written into `document` that GraphQL's validation refuses (enum values that do not
 * exist, impossible dates, missing required fields or arguments, unknown fields), each with the
 * node graphql-js blames. Variables are not looked at.
 */
export function literalInputProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  options: Options,
): InputProblem[] {
  const checker = new Checker(options);
  walkArguments(schema, document, checker);
  return checker.problems;
}

/**
 * What graphql-js would refuse in the request's variables when it executes `operation`, named
 * after the argument each variable is used for (`bundesland` for `$input.bundesland` passed as
 * `input`, `status` for `$s` passed as `status`).
 */
export function variableInputProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  options: Options,
): InputProblem[] {
  const checker = new Checker(options);
  walkArguments(schema, document, checker, operation);
  // Literals passed validation; only what the variables add is new.
  checker.problems.length = 0;
  for (const definition of operation.variableDefinitions ?? []) {
    checkVariable(schema, definition, variables, checker);
  }
  return checker.problems;
}

function checkVariable(
  schema: GraphQLSchema,
  definition: VariableDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  checker: Checker,
): void {
  const name = definition.variable.name.value;
  const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
  if (!type) return;
  const place = checker.usages.get(name) ?? { argument: name, path: [] };
  const value = variables[name];
  if (value === undefined && definition.defaultValue) return;
  if (value === null && checker.required.has(name)) {
    return checker.add(place, MISSING(), definition);
  }
  checker.value(type, value, place, definition);
}
