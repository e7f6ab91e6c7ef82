import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowedFileType, FILE_LIMITS, FILE_MAX_BYTES, fileKindOf, fileProblem } from '../index';

test('types are allowed by name, with the aliases browsers use, never HTML or SVG', () => {
  assert.equal(allowedFileType('IMAGE/JPEG'), 'image/jpeg');
  assert.equal(allowedFileType('application/x-zip-compressed'), 'application/zip');
  assert.equal(allowedFileType('text/plain; charset=utf-8'), 'text/plain');
  assert.equal(allowedFileType('text/html'), null);
  assert.equal(allowedFileType('image/svg+xml'), null);
  assert.equal(allowedFileType(''), null);
  assert.equal(fileKindOf('video/mp4'), 'VIDEO');
});

test('each kind has its own size limit', () => {
  assert.equal(fileProblem({ name: 'a.mp4', size: FILE_MAX_BYTES.VIDEO, type: 'video/mp4' }), null);
  assert.equal(fileProblem({ name: 'a.mp4', size: FILE_MAX_BYTES.VIDEO + 1, type: 'video/mp4' }), 'TOO_LARGE');
  assert.equal(fileProblem({ name: 'a.pdf', size: FILE_MAX_BYTES.VIDEO, type: 'application/pdf' }), 'TOO_LARGE');
  assert.equal(fileProblem({ name: 'a.txt', size: 0, type: 'text/plain' }), 'EMPTY');
  assert.equal(fileProblem({ name: 'a.html', size: 10, type: 'text/html' }), 'TYPE_NOT_ALLOWED');
  assert.equal(fileProblem({ name: `${'长'.repeat(256)}.txt`, size: 10, type: 'text/plain' }), 'NAME_TOO_LONG');
});

test('audio is a kind of its own, under the names phones and browsers give it', () => {
  assert.equal(fileKindOf('audio/x-m4a'), 'AUDIO');
  assert.equal(allowedFileType('audio/mp3'), 'audio/mpeg');
  assert.equal(allowedFileType('audio/x-wav'), 'audio/wav');
  assert.equal(fileKindOf('audio/amr'), 'AUDIO');
  assert.equal(fileProblem({ name: 'interview.m4a', size: FILE_MAX_BYTES.AUDIO + 1, type: 'audio/mp4' }), 'TOO_LARGE');
});

test('one person may keep several of the largest videos, and the largest file fits the quota', () => {
  assert.ok(FILE_MAX_BYTES.VIDEO >= 2 * 1024 ** 3);
  assert.ok(FILE_LIMITS.storagePerPerson >= 4 * Math.max(...Object.values(FILE_MAX_BYTES)));
});
