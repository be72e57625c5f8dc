import type { DeviceLink } from '../../../types/device-api';
import { issueDeviceToken } from './issue-device-token';
import { useConfirmedAction, type ConfirmedActions, type ConfirmedRequests, type ConfirmedState } from './use-confirmed-action';

/** `done` carries the new link to hand over; `error` e.g. a 409 when the delivery ended meanwhile. */
export type DriverLinkState = ConfirmedState<DeviceLink>;
export type DriverLinkActions = ConfirmedActions;
export type DriverLinks = ConfirmedRequests<DeviceLink>;

const issue = (deliveryId: string) => issueDeviceToken(deliveryId);

/** New driver links for device deliveries (`POST /api/deliveries/{id}/device-token`) after a confirmation, each on its own. */
export function useDriverLinks(): DriverLinks {
  return useConfirmedAction(issue);
}
