package io.codedelivery.backend.device;

/**
 * What the dispatcher hands the driver: the device token, and the driver page's path with the
 * token in its fragment (a fragment never reaches a server, a log or a Referer header).
 */
public record DeviceLink(String token, String driverPath) {

    static DeviceLink of(String deliveryId, DeviceToken token) {
        return new DeviceLink(token.value(), "/drive/" + deliveryId + "#token=" + token.value());
    }

    @Override
    public String toString() {
        return "DeviceLink[hidden]";
    }
}
