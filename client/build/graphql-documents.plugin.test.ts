import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentAsts, readDocumentExports, rewriteGraphqlCalls, type GeneratedDocuments } from './graphql-documents.plugin';

const GQL = `/* eslint-disable */
import * as types from './graphql';
type Documents = {
    "\\n  query Viewer {\\n    me {\\n      id\\n    }\\n  }\\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\\n  query Viewer {\\n    me {\\n      id\\n    }\\n  }\\n": types.ViewerDocument,
    "\\n  fragment Viewer_user on User {\\n    id\\n    email\\n  }\\n": types.Viewer_UserFragmentDoc,
};
`;

const VIEWER_AST = '{"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"}}]}';
const GRAPHQL = [
  "export type ViewerQuery = { me: { id: string } | null };",
  `export const ViewerDocument = ${VIEWER_AST} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;`,
  'export const Viewer_UserFragmentDoc = {"kind":"Document","definitions":[]} as unknown as DocumentNode<Viewer_UserFragment, unknown>;',
  '',
].join('\n');

function documents(): GeneratedDocuments {
  return { exports: readDocumentExports(GQL), asts: readDocumentAsts(GRAPHQL) };
}

const SOURCE = [
  "import { graphql } from '@/__generated__';",
  'export const ViewerQuery = graphql(`',
  '  query Viewer {',
  '    me {',
  '      id',
  '    }',
  '  }',
  '`);',
  'export const after = 1;',
  '',
].join('\n');

describe('the GraphQL documents plugin', () => {
  it("reads the client preset's map of document sources to exports", () => {
    const exports = readDocumentExports(GQL);
    expect([...exports.values()]).toEqual(['ViewerDocument', 'Viewer_UserFragmentDoc']);
    expect(exports.get('\n  fragment Viewer_user on User {\n    id\n    email\n  }\n')).toBe('Viewer_UserFragmentDoc');
  });

  it("reads each document's AST from graphql.ts", () => {
    expect(readDocumentAsts(GRAPHQL).get('ViewerDocument')).toBe(VIEWER_AST);
  });

  it('replaces a graphql() call by its own document, written in place, keeping line numbers', () => {
    const { code, unknown } = rewriteGraphqlCalls(SOURCE, documents());
    expect(unknown).toEqual([]);
    expect(code).not.toContain('query Viewer');
    expect(code).toContain(`export const ViewerQuery = (${VIEWER_AST})`);
    expect(code).not.toContain('__generated__/graphql');
    expect(code.split('\n').indexOf('export const after = 1;')).toBe(SOURCE.split('\n').indexOf('export const after = 1;'));
  });

  it('leaves a document codegen does not know and reports it', () => {
    const changed = SOURCE.replace('      id', '      id\n      email');
    const { code, unknown } = rewriteGraphqlCalls(changed, documents());
    expect(code).toBe(changed);
    expect(unknown).toEqual(['query Viewer {']);
  });

  it("finds the AST of every document in the app's generated map", () => {
    const generated = (file: string) => fs.readFileSync(path.resolve(__dirname, '../src/__generated__', file), 'utf8');
    const gql = generated('gql.ts');
    const declared = gql.match(/^ {4}".*": types\.\w+,$/gm) ?? [];
    const exports = readDocumentExports(gql);
    const asts = readDocumentAsts(generated('graphql.ts'));
    expect(exports.size).toBe(declared.length);
    expect(declared.length).toBeGreaterThan(100);
    for (const name of exports.values()) expect(JSON.parse(asts.get(name) ?? 'null')).toMatchObject({ kind: 'Document' });
  });
});
