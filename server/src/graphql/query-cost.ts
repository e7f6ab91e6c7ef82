import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  GraphQLError,
  isCompositeType,
  isListType,
  isNonNullType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { LIMITS } from '@yah/shared';
import { ASSIGNMENTS_PER_TOPIC } from '../modules/assignments/assignment.loaders';
import { PUBLICATIONS_PER_RESOURCE } from '../modules/resources/resource.loaders';

/**
 * What one operation may cost, counted in objects the server resolves:
 * - a field returning an object costs 1 (a loader hit, a row), and so does each node of a page; a scalar or an enum
 *   costs nothing (it comes with its row);
 * - a paginated field (one with a `first` argument) costs `pageCost` for its own statements, plus `first` times its
 *   selection (`first` missing or null: the server's default page size; a variable nobody gave: the largest page);
 * - a plain list of objects counts `listEstimate` (or its known largest size, LIST_SIZES) times its selection; a
 *   connection's `nodes` list is already counted by its `first`.
 * graphql-armor's cost limit knows no multipliers: three aliases of `topics(first: 100)` asking every topic's comments passed it.
 */
export const QUERY_COST = { max: 3000, pageCost: 20, listEstimate: 5 } as const;

/**
 * Plain lists that may hold many objects: counted at their usual size, and at their largest wherever one is
 * nested inside another of the same list (topic → assignments → topic → assignments …), so a cycle cannot
 * multiply the answer unseen while an ordinary topic page stays affordable.
 */
const LIST_SIZES: Readonly<Record<string, { usual: number; largest: number }>> = {
  'Topic.assignments': { usual: 50, largest: ASSIGNMENTS_PER_TOPIC },
  'Resource.publications': { usual: 20, largest: PUBLICATIONS_PER_RESOURCE },
};

interface CostContext {
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Readonly<Record<string, unknown>>;
  /** The LIST_SIZES lists the selection is nested in. */
  enclosingLists: ReadonlySet<string>;
  /** A static check of documents without their variables: a `first` from a variable counts as the largest page. */
  unknownFirstIsLargest: boolean;
}

/** A literal or variable value, or undefined when it is not known. */
function valueOf(node: ValueNode | undefined, variables: Readonly<Record<string, unknown>>): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.BOOLEAN) return node.value;
  if (node.kind === Kind.NULL) return null;
  return undefined;
}

function isIncluded(selection: SelectionNode, variables: Readonly<Record<string, unknown>>): boolean {
  for (const directive of selection.directives ?? []) {
    const condition = valueOf(directive.arguments?.find((arg) => arg.name.value === 'if')?.value, variables);
    if (directive.name.value === 'skip' && condition === true) return false;
    if (directive.name.value === 'include' && condition === false) return false;
  }
  return true;
}

/** How many rows a `first` asks for: its value, else the server's default page (or the largest, for a static check). */
function pageRows(value: unknown, context: CostContext): number {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, Math.min(value, LIMITS.page.maxSize));
  return context.unknownFirstIsLargest ? LIMITS.page.maxSize : LIMITS.page.defaultSize;
}

function isPlainList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function selectionCost(selectionSet: SelectionSetNode | undefined, parent: GraphQLCompositeType, context: CostContext, seen: ReadonlySet<string>): number {
  if (!selectionSet) return 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (!isIncluded(selection, context.variables)) continue;
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = context.fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      cost += selectionCost(fragment.selectionSet, parent, context, new Set([...seen, fragment.name.value]));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      cost += selectionCost(selection.selectionSet, parent, context, seen);
    } else if ('getFields' in parent) {
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      const type = getNamedType(field.type);
      if (!isCompositeType(type)) continue;
      const listKey = `${parent.name}.${field.name}`;
      const sizes = LIST_SIZES[listKey];
      const innerContext = sizes ? { ...context, enclosingLists: new Set([...context.enclosingLists, listKey]) } : context;
      const inner = selectionCost(selection.selectionSet, type, innerContext, seen);
      const firstArg = field.args.find((arg) => arg.name === 'first');
      if (firstArg) {
        const given = selection.arguments?.find((arg) => arg.name.value === 'first');
        cost += QUERY_COST.pageCost + pageRows(valueOf(given?.value, context.variables), context) * inner;
      } else if (selection.name.value === 'nodes' && parent.name.endsWith('Connection')) {
        // One node: its row, and what it asks for; the connection's `first` multiplies it.
        cost += 1 + inner;
      } else {
        const size = sizes ? (context.enclosingLists.has(listKey) ? sizes.largest : sizes.usual) : QUERY_COST.listEstimate;
        cost += isPlainList(field.type) ? size * (1 + inner) : 1 + inner;
      }
    }
  }
  return cost;
}

/**
 * The cost of one operation of a document (the first when no name is given), with the request's variables over the
 * operation's defaults. `unknownFirstIsLargest` is for checking documents without their variables (the client's).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  { variables = {}, operationName = null, unknownFirstIsLargest = false }: { variables?: Readonly<Record<string, unknown>>; operationName?: string | null; unknownFirstIsLargest?: boolean } = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName)) operation ??= definition;
  }
  if (!operation) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const defaults: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) defaults[definition.variable.name.value] = valueOf(definition.defaultValue, {});
  }
  return selectionCost(operation.selectionSet, root, { fragments, variables: { ...defaults, ...variables }, unknownFirstIsLargest, enclosingLists: new Set() }, new Set());
}

/** Refuses, before anything runs, an operation whose cost (with its variables) is over QUERY_COST.max. */
export const queryCostLimit: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request, operationName }) {
        const cost = operationCost(schema, document, { variables: request.variables ?? {}, operationName });
        if (cost > QUERY_COST.max) {
          throw new GraphQLError(`This query would cost ${cost}, more than the ${QUERY_COST.max} allowed: ask for fewer or smaller pages.`, {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
      },
    };
  },
};
