// A minimal WebSocket server side (RFC 6455), enough for the browser benchmark's fake /ws:
// the opening handshake, unmasked text frames out, masked client frames in (text, close,
// ping). No extensions (no permessage-deflate), no fragmentation on send.
import { createHash } from 'node:crypto';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

export const OPCODE = Object.freeze({ continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa });

/** `Sec-WebSocket-Accept` for a client's `Sec-WebSocket-Key` (RFC 6455, 4.2.2). */
export function acceptKey(key) {
  return createHash('sha1').update(key + GUID).digest('base64');
}

/**
 * The 101 answer to an upgrade request's headers (lower-case keys, as node gives them),
 * or `{ status, reason }` when the request is not a WebSocket version 13 upgrade.
 */
export function handshake(headers) {
  const key = headers['sec-websocket-key'];
  if (!/websocket/i.test(headers.upgrade ?? '') || typeof key !== 'string' || key.trim() === '') {
    return { status: 400, reason: 'Bad Request' };
  }
  if (headers['sec-websocket-version'] !== '13') return { status: 426, reason: 'Upgrade Required' };
  return {
    status: 101,
    response:
      'HTTP/1.1 101 Switching Protocols\r\n' +
      'Upgrade: websocket\r\n' +
      'Connection: Upgrade\r\n' +
      `Sec-WebSocket-Accept: ${acceptKey(key.trim())}\r\n\r\n`,
  };
}

/** One final, unmasked frame (server to client) holding `payload` (a string is sent as UTF-8). */
export function encodeFrame(opcode, payload = Buffer.alloc(0)) {
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
  const length = body.length;
  let header;
  if (length < 126) {
    header = Buffer.from([0x80 | opcode, length]);
  } else if (length < 0x10000) {
    header = Buffer.alloc(4);
    header[0] = 0x80 | opcode;
    header[1] = 126;
    header.writeUInt16BE(length, 2);
  } else {
    header = Buffer.alloc(10);
    header[0] = 0x80 | opcode;
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([header, body]);
}

/** A close frame's payload: the 2-byte code, then the reason. */
export function closePayload(code, reason = '') {
  const body = Buffer.alloc(2 + Buffer.byteLength(reason));
  body.writeUInt16BE(code, 0);
  body.write(reason, 2);
  return body;
}

/**
 * Reads frames from a byte stream as they arrive, in any chunking. `push(chunk)` returns the
 * complete frames so far as `{ fin, opcode, payload }`, payloads unmasked. Client frames must be
 * masked (RFC 6455, 5.1); an unmasked one, or one larger than `maxPayload`, throws.
 */
export class FrameReader {
  constructor(maxPayload = 1 << 20) {
    this.maxPayload = maxPayload;
    this.buffered = Buffer.alloc(0);
  }

  push(chunk) {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    const frames = [];
    for (;;) {
      const frame = this.next();
      if (!frame) return frames;
      frames.push(frame);
    }
  }

  next() {
    const b = this.buffered;
    if (b.length < 2) return null;
    const fin = (b[0] & 0x80) !== 0;
    const opcode = b[0] & 0x0f;
    const masked = (b[1] & 0x80) !== 0;
    let length = b[1] & 0x7f;
    let offset = 2;
    if (length === 126) {
      if (b.length < 4) return null;
      length = b.readUInt16BE(2);
      offset = 4;
    } else if (length === 127) {
      if (b.length < 10) return null;
      const big = b.readBigUInt64BE(2);
      if (big > BigInt(this.maxPayload)) throw new Error(`frame of ${big} bytes is over ${this.maxPayload}`);
      length = Number(big);
      offset = 10;
    }
    if (!masked) throw new Error('a client frame must be masked');
    if (length > this.maxPayload) throw new Error(`frame of ${length} bytes is over ${this.maxPayload}`);
    if (b.length < offset + 4 + length) return null;
    const mask = b.subarray(offset, offset + 4);
    const payload = Buffer.from(b.subarray(offset + 4, offset + 4 + length));
    for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i & 3];
    this.buffered = b.subarray(offset + 4 + length);
    return { fin, opcode, payload };
  }
}

/**
 * Upgrades `socket` (from node's http `upgrade` event) and returns the connection, or null when
 * the request was refused (the socket is then answered and closed). `onText(text)` gets each
 * complete text message; pings are answered; a close is echoed and ends the socket.
 */
export function accept(request, socket, { onText = () => {}, onClose = () => {} } = {}) {
  const answer = handshake(request.headers);
  if (answer.status !== 101) {
    socket.end(`HTTP/1.1 ${answer.status} ${answer.reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    return null;
  }
  socket.setNoDelay(true);
  socket.write(answer.response);
  const reader = new FrameReader();
  let fragments = [];
  let closed = false;
  const connection = {
    /** Sends one text frame; returns false when the socket's buffer is full (the page reads slowly). */
    sendText: (text) => !closed && socket.write(encodeFrame(OPCODE.text, text)),
    /** Bytes written but not yet handed to the kernel: how far the page is behind. */
    get backlogBytes() {
      return socket.writableLength;
    },
    get closed() {
      return closed;
    },
    close: (code = 1000, reason = '') => {
      if (closed) return;
      closed = true;
      socket.end(encodeFrame(OPCODE.close, closePayload(code, reason)));
    },
  };
  socket.on('data', (chunk) => {
    let frames;
    try {
      frames = reader.push(chunk);
    } catch {
      connection.close(1002, 'protocol error');
      return;
    }
    for (const frame of frames) {
      if (frame.opcode === OPCODE.close) {
        if (!closed) socket.end(encodeFrame(OPCODE.close, frame.payload.subarray(0, 2)));
        closed = true;
        return;
      }
      if (frame.opcode === OPCODE.ping) socket.write(encodeFrame(OPCODE.pong, frame.payload));
      if (frame.opcode === OPCODE.text || frame.opcode === OPCODE.continuation) {
        fragments.push(frame.payload);
        if (frame.fin) {
          onText(Buffer.concat(fragments).toString('utf8'));
          fragments = [];
        }
      }
    }
  });
  socket.on('error', () => socket.destroy());
  socket.on('close', () => {
    closed = true;
    onClose();
  });
  return connection;
}
