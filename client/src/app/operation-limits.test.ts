import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '@/__generated__/graphql';

/**
 * The server refuses operations deeper than 10 (graphql-armor `maxDepth`, fragments not flattened: a fragment
 * spread counts as one level of its own). Pages compose fragments, so this is easy to exceed unnoticed.
 */
const SERVER_MAX_DEPTH = 10;

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === Kind.DOCUMENT;
}

function depthOf(document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const visit = (selectionSet: SelectionSetNode | undefined, depth: number): number => {
    if (!selectionSet) return depth;
    let deepest = depth;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, visit(selection.selectionSet, depth + 1));
      else if (selection.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, visit(selection.selectionSet, depth + 1));
      else deepest = Math.max(deepest, visit(fragments.get(selection.name.value)?.selectionSet, depth + 2));
    }
    return deepest;
  };
  let deepest = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) deepest = Math.max(deepest, visit(definition.selectionSet, 0));
  }
  return deepest;
}

describe('operations', () => {
  it(`stay within the server's query depth limit of ${SERVER_MAX_DEPTH}`, () => {
    const operations = Object.entries(generated).filter(
      (entry): entry is [string, DocumentNode] =>
        isDocument(entry[1]) && entry[1].definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION),
    );
    expect(operations.length).toBeGreaterThan(40);
    const tooDeep = operations.map(([name, document]) => ({ name, depth: depthOf(document) })).filter((entry) => entry.depth > SERVER_MAX_DEPTH);
    expect(tooDeep).toEqual([]);
  });
});
