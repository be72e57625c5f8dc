/**
 * A delivery this page saw delivered, as the live store keeps it and the panel lists it. Times
 * are epoch ms (`*EmittedAt`: the vehicle's clock).
 */
export interface RecentDelivery {
  deliveryId: string;
  routeId: string;
  seq: number;
  finishedAtMs: number;
  /** The first position the page saw: seq 0 means it saw the whole drive. */
  firstSeq: number;
  firstEmittedAt: number;
  lastEmittedAt: number;
}
