import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { FILE_LIMITS, FILE_MAX_BYTES } from '@yah/shared';
import { signedIn } from '../../../test-support/coverage-fixtures';
import { errorCode, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import { DECIDE_EVIDENCE, EVIDENCE_LIST, freshPeriod, setCommitment, type CommitmentResult } from '../../charter/__tests__/charter-fixtures';

const TUS = { 'Tus-Resumable': '1.0.0' };
const CHUNK = { ...TUS, 'Content-Type': 'application/offset+octet-stream' };
const metadata = (name: string, type: string) => `filename ${Buffer.from(name).toString('base64')},filetype ${Buffer.from(type).toString('base64')}`;
/** A PDF by its signature, with random bytes after it. */
const pdfBytes = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);

type EvidenceFiles = { id: string; state: string; version: number; files: { id: string; name: string; size: number; type: string; kind: string; url: string; thumbnailUrl: string | null }[] };
const SUBMIT = `mutation($input: EvidenceInput!) { submitCommitmentEvidence(input: $input) { id state version files { id name size type kind url thumbnailUrl } } }`;

describe.each(DATABASE_KINDS)('file attachments on %s', (kind) => {
  let server: TestServer;
  let secretariat: GraphQLTestClient;
  let editor: GraphQLTestClient;
  let chief: GraphQLTestClient;
  let otherEditor: GraphQLTestClient;
  let quotaUser: GraphQLTestClient;
  let manual: CommitmentResult;

  const cookieOf = (client: GraphQLTestClient | null): Record<string, string> => (client?.sessionCookie ? { cookie: client.sessionCookie } : {});
  const create = (client: GraphQLTestClient | null, name: string, type: string, length: number) =>
    fetch(`${server.url}/uploads`, { method: 'POST', headers: { ...TUS, ...cookieOf(client), 'Upload-Length': String(length), 'Upload-Metadata': metadata(name, type) } });
  const uploadUrl = async (client: GraphQLTestClient, name: string, type: string, length: number) => {
    const created = await create(client, name, type, length);
    expect(created.status).toBe(201);
    return new URL(created.headers.get('location') ?? '', server.url).toString();
  };
  const patch = (client: GraphQLTestClient | null, url: string, offset: number, body: Buffer) =>
    fetch(url, { method: 'PATCH', headers: { ...CHUNK, ...cookieOf(client), 'Upload-Offset': String(offset) }, body });
  const head = (client: GraphQLTestClient | null, url: string) => fetch(url, { method: 'HEAD', headers: { ...TUS, ...cookieOf(client) } });
  /** A whole upload in one PATCH; the file's id. */
  const upload = async (client: GraphQLTestClient, name: string, type: string, bytes: Buffer) => {
    const url = await uploadUrl(client, name, type, bytes.length);
    expect((await patch(client, url, 0, bytes)).status).toBe(204);
    return url.split('/').pop() ?? '';
  };
  const download = (client: GraphQLTestClient | null, path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers: { ...cookieOf(client), ...headers } });
  const submit = (client: GraphQLTestClient, fileIds: string[]) =>
    client.request<{ submitCommitmentEvidence: EvidenceFiles }>(SUBMIT, { input: { commitmentId: manual.id, text: '培训签到表与现场照片', fileIds } });
  const fileRow = async (id: string) => ((await server.database.dataSource.query(`SELECT state, sniffed_type FROM files WHERE id = $1`, [id])) as { state: string }[])[0];

  beforeAll(async () => {
    server = await startTestServer(kind);
    const as = (name: string) => signedIn(server.url, `${name}@demo.example`);
    [secretariat, editor, chief, otherEditor, quotaUser] = await Promise.all(['secretariat', 'editor.jingzhou', 'chief.jingzhou', 'editor.hengyang', 'chief.changsha'].map(as)) as [
      GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient,
    ];
    const period = await freshPeriod(secretariat, server.database.dataSource);
    manual = await setCommitment(secretariat, period.id, { title: '举办一次业务培训' });
  }, 60_000);
  afterAll(() => server.close());

  it('takes an upload in chunks, resumes it after an interrupted chunk, and serves the bytes to who may read the evidence', async () => {
    const bytes = pdfBytes(3 * 1024 * 1024);
    const url = await uploadUrl(editor, '培训通知.pdf', 'application/pdf', bytes.length);
    const first = await patch(editor, url, 0, bytes.subarray(0, 1024 * 1024));
    expect(first.status).toBe(204);
    expect(first.headers.get('upload-offset')).toBe(String(1024 * 1024));

    // The second chunk breaks off half way, as on a weak connection.
    const interrupted = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(1024 * 1024, 1536 * 1024));
        setTimeout(() => interrupted.abort(), 300);
      },
    });
    await expect(
      fetch(url, { method: 'PATCH', headers: { ...CHUNK, ...cookieOf(editor), 'Upload-Offset': String(1024 * 1024) }, body, signal: interrupted.signal, duplex: 'half' } as RequestInit),
    ).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 300));

    // Nobody else may look at it or go on with it.
    expect((await head(otherEditor, url)).status).toBe(403);
    expect((await head(chief, url)).status).toBe(403);
    expect((await patch(otherEditor, url, 1024 * 1024, bytes.subarray(1024 * 1024))).status).toBe(403);
    expect((await head(null, url)).status).toBe(401);

    const resumedAt = Number((await head(editor, url)).headers.get('upload-offset'));
    expect(resumedAt).toBeGreaterThanOrEqual(1024 * 1024);
    expect(resumedAt).toBeLessThanOrEqual(1536 * 1024);
    expect((await patch(editor, url, resumedAt, bytes.subarray(resumedAt))).status).toBe(204);
    const fileId = url.split('/').pop() ?? '';
    expect(await fileRow(fileId)).toEqual({ state: 'READY', sniffed_type: 'application/pdf' });

    // Until attached, the uploader alone reads it.
    expect((await download(editor, `/files/${fileId}`)).status).toBe(200);
    expect((await download(secretariat, `/files/${fileId}`)).status).toBe(403);

    const evidence = (await submit(editor, [fileId])).data?.submitCommitmentEvidence;
    expect(evidence?.files).toEqual([{ id: fileId, name: '培训通知.pdf', size: bytes.length, type: 'application/pdf', kind: 'PDF', url: `/files/${fileId}`, thumbnailUrl: null }]);

    const got = await download(secretariat, `/files/${fileId}`);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('content-disposition')).toMatch(/^attachment; .*filename\*=UTF-8''%E5%9F%B9/);
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true);

    const part = await download(chief, `/files/${fileId}`, { range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(100, 200))).toBe(true);

    expect((await download(otherEditor, `/files/${fileId}`)).status).toBe(403);
    expect((await download(null, `/files/${fileId}`)).status).toBe(401);
    expect((await download(editor, `/files/${fileId}/thumbnail`)).status).toBe(404);

    // Rejected evidence keeps its files listed.
    await secretariat.data(DECIDE_EVIDENCE, { id: evidence?.id, verified: false, note: '签到表不清楚', version: 1 });
    const listed = await editor.data<{ commitmentEvidence: { nodes: (EvidenceFiles & { id: string })[] } }>(EVIDENCE_LIST.replace('decidedBy { id displayName }', 'decidedBy { id displayName } files { id }'), { filter: { commitmentId: manual.id } });
    expect(listed.commitmentEvidence.nodes.find((node) => node.id === evidence?.id)).toMatchObject({ state: 'REJECTED', files: [{ id: fileId }] });
  });

  it('makes a thumbnail of an image and shows it inline', async () => {
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#1e6fd9' } }).png().toBuffer();
    const fileId = await upload(editor, '现场.png', 'image/png', png);
    const evidence = (await submit(editor, [fileId])).data?.submitCommitmentEvidence;
    expect(evidence?.files[0]).toMatchObject({ kind: 'IMAGE', type: 'image/png', thumbnailUrl: `/files/${fileId}/thumbnail` });
    const thumbnail = await download(secretariat, `/files/${fileId}/thumbnail`);
    expect(thumbnail.headers.get('content-type')).toBe('image/webp');
    expect(await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()).toMatchObject({ format: 'webp', width: 320, height: 213 });
    expect((await download(secretariat, `/files/${fileId}`)).headers.get('content-disposition')).toMatch(/^inline;/);
  });

  it('refuses types, sizes and contents that are not allowed with a clear error, never a 500', async () => {
    expect((await create(null, 'a.pdf', 'application/pdf', 10)).status).toBe(401);
    const html = await create(editor, 'page.html', 'text/html', 10);
    expect(html.status).toBe(400);
    expect(await html.text()).toMatch(/not accepted/);
    expect((await create(editor, 'image.svg', 'image/svg+xml', 10)).status).toBe(400);
    expect((await create(editor, 'big.pdf', 'application/pdf', FILE_MAX_BYTES.PDF + 1)).status).toBe(400);
    expect((await create(editor, 'huge.mp4', 'video/mp4', FILE_MAX_BYTES.VIDEO + 1)).status).toBe(413);
    expect((await fetch(`${server.url}/uploads`, { method: 'POST', headers: { ...TUS, ...cookieOf(editor), 'Upload-Defer-Length': '1', 'Upload-Metadata': metadata('a.pdf', 'application/pdf') } })).status).toBe(400);

    // Bytes that are not what they claim: refused once complete, and forgotten.
    const url = await uploadUrl(editor, 'photo.png', 'image/png', 4096);
    const refused = await patch(editor, url, 0, pdfBytes(4096));
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/not an allowed type/);
    expect(await fileRow(url.split('/').pop() ?? '')).toBeUndefined();
    const text = await upload(editor, 'notes.txt', 'text/plain', Buffer.from('签到：60 人\n'));
    expect(await fileRow(text)).toEqual({ state: 'READY', sniffed_type: 'text/plain' });
    // Markup called text: refused once its bytes are seen.
    const markup = await uploadUrl(editor, 'report.html', 'text/plain', 48);
    expect((await patch(editor, markup, 0, Buffer.from('<html><script>alert(1)</script></html>'.padEnd(48)))).status).toBe(400);
  });

  it('takes a file name as every text the API takes: no control or bidi-override characters, and not a path', async () => {
    for (const name of ['a\u0000.txt', 'invoice\u202Efdp.exe.txt', 'line\nbreak.txt', '../../etc/passwd', 'dir/notes.txt', 'dir\\notes.txt', '..', '.', '   ']) {
      const response = await create(editor, name, 'text/plain', 5);
      expect({ name, status: response.status }).toEqual({ name, status: 400 });
      expect(await response.text()).toMatch(/file name/);
    }
    const fine = await uploadUrl(editor, '  培训签到表 (终版).txt ', 'text/plain', 5);
    expect((await fetch(fine, { method: 'DELETE', headers: { ...TUS, ...cookieOf(editor) } })).status).toBe(204);
  });

  it("attaches only the caller's complete files, each once", async () => {
    const mine = await upload(editor, 'a.txt', 'text/plain', Buffer.from('甲'));
    const theirs = await upload(chief, 'b.txt', 'text/plain', Buffer.from('乙'));
    const unfinished = (await uploadUrl(editor, 'c.txt', 'text/plain', 100)).split('/').pop() ?? '';
    for (const fileIds of [[theirs], [unfinished], [mine, 'a7d6c1f2-5a7e-4f57-9c43-3b1b6c1e9a10']]) {
      const result = await submit(editor, fileIds);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.reason).toBe('FILE_NOT_ATTACHABLE');
    }
    expect((await submit(editor, [mine, mine])).data?.submitCommitmentEvidence.files).toHaveLength(1);
    expect(errorCode(await submit(editor, [mine]))).toBe('BAD_USER_INPUT');
    expect(errorCode(await submit(editor, Array.from({ length: FILE_LIMITS.filesPerEvidence + 1 }, () => mine)))).toBe('BAD_USER_INPUT');
  });

  it('lists the files of many pieces of evidence in as many statements as of one (no query per evidence)', async () => {
    const statementsFor = async (count: number) => {
      await server.database.dataSource.query(`DELETE FROM commitment_evidence WHERE commitment_id = $1`, [manual.id]);
      for (let i = 0; i < count; i += 1) {
        const fileId = await upload(editor, `${i}.txt`, 'text/plain', Buffer.from(`第 ${i} 份`));
        expect(errorCode(await submit(editor, [fileId]))).toBeUndefined();
      }
      const query = EVIDENCE_LIST.replace('decidedBy { id displayName }', 'decidedBy { id displayName } files { id name url }');
      // Once unmeasured: members are a snapshot kept for seconds, so the uploads above may have outlived it.
      await secretariat.data(query, { filter: { commitmentId: manual.id } });
      const before = server.queries.count;
      const listed = await secretariat.data<{ commitmentEvidence: { nodes: EvidenceFiles[] } }>(query, { filter: { commitmentId: manual.id } });
      expect(listed.commitmentEvidence.nodes.map((node) => node.files.length)).toEqual(Array.from({ length: count }, () => 1));
      return server.queries.count - before;
    };
    expect(await statementsFor(4)).toBe(await statementsFor(1));
  });

  it('removes uploads never attached within a day, with their bytes, and gives their slots back', async () => {
    const kept = await upload(editor, 'kept.txt', 'text/plain', Buffer.from('留'));
    expect(errorCode(await submit(editor, [kept]))).toBeUndefined();
    const finished = await upload(otherEditor, 'left.txt', 'text/plain', Buffer.from('弃'));
    const unfinishedUrl = await uploadUrl(otherEditor, 'half.txt', 'text/plain', 100);
    const unfinished = unfinishedUrl.split('/').pop() ?? '';
    const slots = async () => ((await server.database.dataSource.query(`SELECT in_progress FROM file_upload_slots WHERE user_id = (SELECT owner_id FROM files WHERE id = $1)`, [unfinished])) as { in_progress: number }[])[0]?.in_progress;
    expect(await slots()).toBe(1);
    await server.database.dataSource.query(`UPDATE files SET created_at = now() - interval '25 hours' WHERE id = ANY($1::uuid[])`, [[kept, finished, unfinished]]);
    const [owner] = (await server.database.dataSource.query(`SELECT owner_id FROM files WHERE id = $1`, [unfinished])) as { owner_id: string }[];

    expect(await server.services.files.removeOrphans()).toBe(2);
    expect(await fileRow(finished)).toBeUndefined();
    expect(await fileRow(unfinished)).toBeUndefined();
    expect(await fileRow(kept)).toMatchObject({ state: 'READY' });
    expect(await server.database.dataSource.query(`SELECT in_progress FROM file_upload_slots WHERE user_id = $1`, [owner?.owner_id])).toEqual([{ in_progress: 0 }]);
    expect((await head(otherEditor, unfinishedUrl)).status).toBe(404);
    expect((await download(otherEditor, `/files/${finished}`)).status).toBe(404);
  });

  it('lets exactly the quota of concurrent uploads begin, and gives a slot back when an upload ends', async () => {
    const attempts = await Promise.all(Array.from({ length: FILE_LIMITS.uploadsInProgress + 4 }, (_, i) => create(quotaUser, `${i}.txt`, 'text/plain', 10)));
    const statuses = attempts.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(FILE_LIMITS.uploadsInProgress);
    expect(statuses.filter((status) => status === 409)).toHaveLength(4);
    const [created] = attempts.filter((response) => response.status === 201);
    const url = new URL(created?.headers.get('location') ?? '', server.url).toString();
    expect((await patch(quotaUser, url, 0, Buffer.from('0123456789'))).status).toBe(204);
    expect((await create(quotaUser, 'next.txt', 'text/plain', 10)).status).toBe(201);
    expect((await create(quotaUser, 'more.txt', 'text/plain', 10)).status).toBe(409);
    // Cancelling an upload gives its slot back too.
    const [, cancelled] = attempts.filter((response) => response.status === 201);
    const cancelUrl = new URL(cancelled?.headers.get('location') ?? '', server.url).toString();
    expect((await fetch(cancelUrl, { method: 'DELETE', headers: { ...TUS, ...cookieOf(otherEditor) } })).status).toBe(403);
    expect((await fetch(cancelUrl, { method: 'DELETE', headers: { ...TUS, ...cookieOf(quotaUser) } })).status).toBe(204);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await create(quotaUser, 'again.txt', 'text/plain', 10)).status).toBe(201);
  });
});
