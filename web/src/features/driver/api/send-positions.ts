import { ApiError, apiRequest } from '../../../lib/api-client';
import type { DevicePosition, PositionsAccepted } from '../../../types/device-api';

/** At most this many positions go in one request. */
export const MAX_BATCH = 500;

/** What became of one `POST /api/device/positions`. */
export type SendOutcome =
  /** 200: the server has every position up to `lastSeq` (older repeats were dropped). */
  | { kind: 'accepted'; lastSeq: number; status: PositionsAccepted['status'] }
  /** 409: positions are missing before the batch; send again from `expectedSeq`. */
  | { kind: 'resend'; expectedSeq: number }
  /** 410: the delivery ended; nothing more is taken. */
  | { kind: 'ended'; status: 'delivered' | 'cancelled' }
  /** 401: the token is unknown or was replaced. */
  | { kind: 'unauthorized' }
  /** 422: the finished position is too far from the route's end. */
  | { kind: 'finish-refused'; message: string }
  /** 413: the batch is too large. */
  | { kind: 'too-large' }
  /** No answer (status 0), 5xx, or another refusal: worth retrying later. */
  | { kind: 'failed'; status: number; message: string };

/** POST /api/device/positions with the driver's token; every answer is read into a {@link SendOutcome}. */
export async function sendPositions(token: string, positions: readonly DevicePosition[], signal?: AbortSignal): Promise<SendOutcome> {
  try {
    const answer = await apiRequest<PositionsAccepted>('/api/device/positions', {
      method: 'POST',
      body: { positions },
      headers: { Authorization: `Bearer ${token}` },
      ...(signal ? { signal } : {}),
    });
    return { kind: 'accepted', lastSeq: answer.lastSeq, status: answer.status };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return outcomeOf(error);
  }
}

/** Reads a refusal; the problem's extension members say where to resend from and how the delivery ended. */
export function outcomeOf(error: ApiError): SendOutcome {
  const problem = error.problem ?? {};
  switch (error.status) {
    case 401:
      return { kind: 'unauthorized' };
    case 409: {
      const expectedSeq = problem.expectedSeq;
      if (typeof expectedSeq === 'number' && Number.isInteger(expectedSeq) && expectedSeq >= 0) return { kind: 'resend', expectedSeq };
      return { kind: 'failed', status: 409, message: error.message };
    }
    case 410:
      return { kind: 'ended', status: endedStatus(problem) };
    case 413:
      return { kind: 'too-large' };
    case 422:
      return { kind: 'finish-refused', message: error.message };
    default:
      return { kind: 'failed', status: error.status, message: error.message };
  }
}

/** The 410 problem's delivery status: its `status` member when it is a word (RFC 9457 uses it for the HTTP status number), else `deliveryStatus`. */
function endedStatus(problem: Readonly<Record<string, unknown>>): 'delivered' | 'cancelled' {
  for (const value of [problem.status, problem.deliveryStatus]) {
    if (value === 'delivered' || value === 'cancelled') return value;
  }
  return 'cancelled';
}
