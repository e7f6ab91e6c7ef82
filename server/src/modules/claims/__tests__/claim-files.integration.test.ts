import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { FILE_LIMITS } from '@yah/shared';
import { approvedTopic, assignmentOn, CLAIM, memberIdOf, signedIn } from '../../../test-support/coverage-fixtures';
import { errorCode, type GraphQLResult, type GraphQLTestClient } from '../../../test-support/graphql-client';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';

const TUS = { 'Tus-Resumable': '1.0.0' };
const CHUNK = { ...TUS, 'Content-Type': 'application/offset+octet-stream' };
const MiB = 1024 * 1024;
const metadata = (name: string, type: string) => `filename ${Buffer.from(name).toString('base64')},filetype ${Buffer.from(type).toString('base64')}`;
/** An MP4 by its signature (an `ftyp` box), with random bytes after it. */
const mp4Bytes = (size: number) => {
  const box = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2')]);
  return Buffer.concat([box, randomBytes(size - box.length)]);
};

type ClaimFile = { id: string; name: string; size: number; type: string; kind: string; url: string; thumbnailUrl: string | null };
type ClaimView = { id: string; state: string; version: number; viewerMayRemoveFiles: boolean; files: ClaimFile[] };
const CLAIM_FIELDS = 'id state version viewerMayRemoveFiles files { id name size type kind url thumbnailUrl }';
const SUBMIT = `mutation($id: ID!, $fileIds: [ID!]) { submitClaim(claimId: $id, input: { text: "现场视频与照片", links: [], fileIds: $fileIds }) { ${CLAIM_FIELDS} } }`;
const REMOVE = `mutation($id: ID!) { removeClaimFile(fileId: $id) { ${CLAIM_FIELDS} } }`;
const QUEUE = `{ reviewQueue(first: 100) { nodes { ${CLAIM_FIELDS} } } }`;
const ASSIGNMENT_CLAIMS = `query($id: ID!) { assignment(id: $id) { claims { ${CLAIM_FIELDS} } } }`;

const reasonOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.reason;

describe.each(DATABASE_KINDS)("files on a claim's submission, on %s", (kind) => {
  let server: TestServer;
  let proposer: GraphQLTestClient;
  let secretariat: GraphQLTestClient;
  let reporter: GraphQLTestClient;
  let otherReporter: GraphQLTestClient;
  let outsider: GraphQLTestClient;
  let assignmentId: string;
  let claimId: string;

  const cookieOf = (client: GraphQLTestClient | null): Record<string, string> => (client?.sessionCookie ? { cookie: client.sessionCookie } : {});
  const create = (client: GraphQLTestClient, name: string, type: string, length: number) =>
    fetch(`${server.url}/uploads`, { method: 'POST', headers: { ...TUS, ...cookieOf(client), 'Upload-Length': String(length), 'Upload-Metadata': metadata(name, type) } });
  /** A whole upload in 2 MiB chunks; the file's id, or the refusal of its last chunk. */
  const upload = async (client: GraphQLTestClient, name: string, type: string, bytes: Buffer): Promise<{ id: string; status: number }> => {
    const created = await create(client, name, type, bytes.length);
    expect(created.status).toBe(201);
    const url = new URL(created.headers.get('location') ?? '', server.url).toString();
    let status = 0;
    for (let offset = 0; offset < bytes.length; offset += 2 * MiB) {
      const chunk = bytes.subarray(offset, offset + 2 * MiB);
      status = (await fetch(url, { method: 'PATCH', headers: { ...CHUNK, ...cookieOf(client), 'Upload-Offset': String(offset) }, body: chunk })).status;
      if (status !== 204) break;
    }
    return { id: url.split('/').pop() ?? '', status };
  };
  const download = (client: GraphQLTestClient | null, path: string) => fetch(`${server.url}${path}`, { headers: cookieOf(client) });
  const usedBytes = async (email: string) =>
    Number(
      ((await server.database.dataSource.query(`SELECT s.bytes_used FROM file_upload_slots s JOIN users u ON u.id = s.user_id WHERE u.email = $1`, [email])) as { bytes_used: string }[])[0]
        ?.bytes_used ?? 0,
    );

  beforeAll(async () => {
    server = await startTestServer(kind);
    [proposer, secretariat, reporter, otherReporter, outsider] = (await Promise.all(
      ['editor.jingzhou', 'secretariat', 'reporter.hengyang', 'reporter.changsha', 'editor.nanjing'].map((name) => signedIn(server.url, `${name}@demo.example`)),
    )) as [GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient, GraphQLTestClient];
    const topicId = await approvedTopic(proposer, secretariat);
    assignmentId = await assignmentOn(proposer, topicId, await memberIdOf(proposer, 'jingzhou'), 2);
    claimId = (await reporter.data<{ claimAssignment: { id: string } }>(CLAIM, { id: assignmentId })).claimAssignment.id;
  }, 120_000);
  afterAll(() => server.close());

  it('attaches a photo and a video on submission: thumbnail for the photo, the same bytes back, read by the claim\'s readers only', async () => {
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 30, g: 110, b: 170 } } }).jpeg().toBuffer();
    const video = mp4Bytes(5 * MiB + 123);
    const photoId = (await upload(reporter, '江滩修复-现场.jpg', 'image/jpeg', photo)).id;
    const videoId = (await upload(reporter, '岸线航拍.mp4', 'video/mp4', video)).id;
    expect(await usedBytes('reporter.hengyang@demo.example')).toBe(photo.length + video.length);

    const submitted = (await reporter.data<{ submitClaim: ClaimView }>(SUBMIT, { id: claimId, fileIds: [photoId, videoId] })).submitClaim;
    expect(submitted.state).toBe('SUBMITTED');
    expect(submitted.viewerMayRemoveFiles).toBe(true);
    expect(submitted.files).toEqual([
      { id: photoId, name: '江滩修复-现场.jpg', size: photo.length, type: 'image/jpeg', kind: 'IMAGE', url: `/files/${photoId}`, thumbnailUrl: `/files/${photoId}/thumbnail` },
      { id: videoId, name: '岸线航拍.mp4', size: video.length, type: 'video/mp4', kind: 'VIDEO', url: `/files/${videoId}`, thumbnailUrl: null },
    ]);

    // The reviewing editors see them in their queue and on the assignment.
    const queued = (await proposer.data<{ reviewQueue: { nodes: ClaimView[] } }>(QUEUE)).reviewQueue.nodes.find((node) => node.id === claimId);
    expect(queued?.files.map((file) => file.id)).toEqual([photoId, videoId]);
    expect(queued?.viewerMayRemoveFiles).toBe(false);
    const onAssignment = (await secretariat.data<{ assignment: { claims: ClaimView[] } }>(ASSIGNMENT_CLAIMS, { id: assignmentId })).assignment.claims;
    expect(onAssignment.find((claim) => claim.id === claimId)?.files).toHaveLength(2);

    const thumbnail = await download(proposer, `/files/${photoId}/thumbnail`);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get('content-type')).toBe('image/webp');
    const size = await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata();
    expect(Math.max(size.width ?? 0, size.height ?? 0)).toBe(320);

    for (const reader of [reporter, proposer, secretariat]) {
      const got = await download(reader, `/files/${videoId}`);
      expect(got.status).toBe(200);
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
      expect(got.headers.get('content-security-policy')).toContain('sandbox');
      expect(Buffer.from(await got.arrayBuffer()).equals(video)).toBe(true);
    }
    // Another member's reporter and an editor outside the topic read neither the files nor their thumbnails.
    for (const stranger of [otherReporter, outsider]) {
      expect((await download(stranger, `/files/${videoId}`)).status).toBe(403);
      expect((await download(stranger, `/files/${photoId}/thumbnail`)).status).toBe(403);
    }
    expect((await download(null, `/files/${photoId}`)).status).toBe(401);
  });

  it('refuses hostile names and types, and files that are not the uploader\'s own', async () => {
    const hostile: [string, string][] = [
      ['../../etc/passwd.jpg', 'image/jpeg'],
      ['page.html', 'text/html'],
      ['logo.svg', 'image/svg+xml'],
      ['evil\u202egpj.exe', 'image/jpeg'],
      ['a\u0000.jpg', 'image/jpeg'],
      ['run.exe', 'application/x-msdownload'],
    ];
    for (const [name, type] of hostile) {
      expect({ name, status: (await create(reporter, name, type, 100)).status }).toEqual({ name, status: 400 });
    }
    // Markup called a JPEG, and a PDF called a video: refused once the bytes arrive, and gone.
    const html = Buffer.from('<!doctype html><script>alert(document.cookie)</script>'.padEnd(2000, ' '));
    const disguised = await upload(reporter, 'photo.jpg', 'image/jpeg', html);
    expect(disguised.status).toBe(400);
    const pdfAsVideo = await upload(reporter, 'clip.mp4', 'video/mp4', Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4000)]));
    expect(pdfAsVideo.status).toBe(400);
    expect(await server.database.dataSource.query(`SELECT id FROM files WHERE id = ANY($1)`, [[disguised.id, pdfAsVideo.id]])).toEqual([]);

    // A name that is markup is only a name: it is served encoded, as a download.
    const text = await upload(reporter, '<img src=x onerror=alert(1)>.txt', 'text/plain', Buffer.from('采访笔记：岸线修复第三段'));
    expect(text.status).toBe(204);
    const mine = await upload(otherReporter, '别人的.txt', 'text/plain', Buffer.from('不是这位记者的文件'));
    const notMine = await reporter.request(SUBMIT, { id: claimId, fileIds: [mine.id] });
    // The claim is SUBMITTED: a second submission is refused before any file moves.
    expect(errorCode(notMine)).toBe('CONFLICT');

    await proposer.data(`mutation($id: ID!) { requestChanges(claimId: $id, comment: "请补一段采访录音") { state } }`, { id: claimId });
    const stolen = await reporter.request(SUBMIT, { id: claimId, fileIds: [mine.id] });
    expect(reasonOf(stolen)).toBe('FILE_NOT_ATTACHABLE');
    const resubmitted = (await reporter.data<{ submitClaim: ClaimView }>(SUBMIT, { id: claimId, fileIds: [text.id] })).submitClaim;
    expect(resubmitted.files).toHaveLength(3);
    const got = await download(proposer, `/files/${text.id}`);
    expect(got.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(got.headers.get('content-disposition')).toBe(`attachment; filename="<img src=x onerror=alert(1)>.txt"; filename*=UTF-8''%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.txt`);
  });

  it('lets the reporter alone remove a file before acceptance, giving its bytes back; after acceptance the files stay', async () => {
    const before = (await reporter.data<{ myClaims: { nodes: ClaimView[] } }>(`{ myClaims(first: 100) { nodes { ${CLAIM_FIELDS} } } }`)).myClaims.nodes.find((node) => node.id === claimId);
    const textFile = before?.files.find((file) => file.kind === 'TEXT');
    if (!before || !textFile) throw new Error('the submission has its text file');
    const used = await usedBytes('reporter.hengyang@demo.example');

    expect(errorCode(await otherReporter.request(REMOVE, { id: textFile.id }))).toBe('NOT_FOUND');
    expect(errorCode(await proposer.request(REMOVE, { id: textFile.id }))).toBe('FORBIDDEN');
    expect(errorCode(await reporter.request(REMOVE, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');

    const removed = (await reporter.data<{ removeClaimFile: ClaimView }>(REMOVE, { id: textFile.id })).removeClaimFile;
    expect(removed.files.map((file) => file.id)).not.toContain(textFile.id);
    expect(removed.version).toBe(before.version + 1);
    expect((await download(reporter, textFile.url)).status).toBe(404);
    expect(await usedBytes('reporter.hengyang@demo.example')).toBe(used - textFile.size);

    await proposer.data(`mutation($id: ID!) { acceptSubmission(claimId: $id) { state } }`, { id: claimId });
    const kept = removed.files[0];
    if (!kept) throw new Error('a file is left');
    const late = await reporter.request(REMOVE, { id: kept.id });
    expect(errorCode(late)).toBe('CONFLICT');
    expect(reasonOf(late)).toBe('NOT_ALLOWED_IN_STATE');
    expect((await download(proposer, kept.url)).status).toBe(200);

    // Attached files are never taken for orphans, however old.
    await server.database.dataSource.query(`UPDATE files SET created_at = now() - interval '3 days' WHERE claim_id = $1`, [claimId]);
    await server.services.files.removeOrphans();
    expect((await download(secretariat, kept.url)).status).toBe(200);
  });

  it('holds the per-person storage quota when uploads race: exactly what fits is reserved', async () => {
    const email = 'reporter2.hengyang@demo.example';
    const racer = await signedIn(server.url, email);
    const [{ id: userId }] = (await server.database.dataSource.query(`SELECT id FROM users WHERE email = $1`, [email])) as [{ id: string }];
    // Close to full: room for two 1 MiB uploads, not three.
    const start = FILE_LIMITS.storagePerPerson - 2.5 * MiB;
    await server.database.dataSource.query(`INSERT INTO file_upload_slots (user_id, in_progress, bytes_used) VALUES ($1, 0, $2) ON CONFLICT (user_id) DO UPDATE SET bytes_used = $2`, [userId, start]);

    const attempts = await Promise.all(Array.from({ length: FILE_LIMITS.uploadsInProgress }, (_, i) => create(racer, `${i}.mp4`, 'video/mp4', MiB)));
    const statuses = attempts.map((attempt) => attempt.status).sort();
    expect(statuses).toEqual([201, 201, ...Array.from({ length: FILE_LIMITS.uploadsInProgress - 2 }, () => 409)]);
    const refusal = attempts.find((attempt) => attempt.status === 409);
    expect(await refusal?.text()).toMatch(/storage/);
    expect(await usedBytes(email)).toBe(start + 2 * MiB);

    // Cancelling an upload gives its bytes back, so the next one fits.
    const location = attempts.find((attempt) => attempt.status === 201)?.headers.get('location') ?? '';
    expect((await fetch(new URL(location, server.url), { method: 'DELETE', headers: { ...TUS, ...cookieOf(racer) } })).status).toBe(204);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await usedBytes(email)).toBe(start + MiB);
    expect((await create(racer, 'again.mp4', 'video/mp4', MiB)).status).toBe(201);
  });
});
