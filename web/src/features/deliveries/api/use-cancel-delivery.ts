import { cancelDelivery } from './cancel-delivery';
import type { DeliveryRecord } from './delivery-record';
import { useConfirmedAction, type ConfirmedActions, type ConfirmedRequests, type ConfirmedState } from './use-confirmed-action';

export type CancelState = ConfirmedState<DeliveryRecord>;
export type CancelActions = ConfirmedActions;
export type DeliveryCancels = ConfirmedRequests<DeliveryRecord>;

/**
 * Cancelling deliveries (`POST /api/deliveries/{id}/cancel`) after a confirmation, each on its
 * own. `onCancelled` gets the record the server answered.
 */
export function useCancelDelivery(onCancelled?: (record: DeliveryRecord) => void): DeliveryCancels {
  return useConfirmedAction(cancelDelivery, onCancelled);
}
