// Unit tests of the benchmark's hand-written WebSocket server side (run by `npm run test:bench`).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { acceptKey, encodeFrame, FrameReader, handshake, OPCODE } from './websocket.mjs';

/** A client frame as a browser sends it: final, masked. */
function clientFrame(opcode, text) {
  const payload = Buffer.from(text, 'utf8');
  const mask = randomBytes(4);
  const length = payload.length < 126 ? Buffer.from([0x80 | payload.length]) : Buffer.from([0x80 | 126, payload.length >> 8, payload.length & 0xff]);
  const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i & 3]));
  return Buffer.concat([Buffer.from([0x80 | opcode]), length, mask, masked]);
}

test('the accept key is the one RFC 6455 gives for its sample nonce', () => {
  assert.equal(acceptKey('dGhlIHNhbXBsZSBub25jZQ=='), 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
});

test('an upgrade is answered 101 with the accept key; a request that is not one is refused', () => {
  const ok = handshake({ upgrade: 'websocket', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', 'sec-websocket-version': '13' });
  assert.equal(ok.status, 101);
  assert.match(ok.response, /^HTTP\/1\.1 101 Switching Protocols\r\n/);
  assert.match(ok.response, /\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK\+xOo=\r\n\r\n$/);
  assert.equal(handshake({ upgrade: 'h2c' }).status, 400);
  assert.equal(handshake({ upgrade: 'websocket', 'sec-websocket-key': 'x', 'sec-websocket-version': '8' }).status, 426);
});

test('text frames carry their length in 7, 16 or 64 bits, unmasked', () => {
  const small = encodeFrame(OPCODE.text, 'héllo');
  assert.deepEqual([...small.subarray(0, 2)], [0x81, 6]);
  assert.equal(small.subarray(2).toString('utf8'), 'héllo');
  const medium = encodeFrame(OPCODE.text, 'x'.repeat(126));
  assert.deepEqual([...medium.subarray(0, 4)], [0x81, 126, 0, 126]);
  assert.equal(medium.length, 4 + 126);
  const large = encodeFrame(OPCODE.text, 'x'.repeat(70_000));
  assert.deepEqual([...large.subarray(0, 2)], [0x81, 127]);
  assert.equal(large.readBigUInt64BE(2), 70_000n);
  assert.equal(large.length, 10 + 70_000);
});

test('client frames are unmasked and read whatever the chunks', () => {
  const reader = new FrameReader();
  const bytes = Buffer.concat([clientFrame(OPCODE.text, '{"type":"subscribe"}'), clientFrame(OPCODE.ping, 'p'.repeat(200))]);
  const frames = [];
  for (let i = 0; i < bytes.length; i += 3) frames.push(...reader.push(bytes.subarray(i, i + 3)));
  assert.deepEqual(frames.map((f) => [f.fin, f.opcode, f.payload.toString('utf8')]), [
    [true, OPCODE.text, '{"type":"subscribe"}'],
    [true, OPCODE.ping, 'p'.repeat(200)],
  ]);
});

test('an unmasked client frame is a protocol error', () => {
  assert.throws(() => new FrameReader().push(encodeFrame(OPCODE.text, 'hi')), /must be masked/);
});
