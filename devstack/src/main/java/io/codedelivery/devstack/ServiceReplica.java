package io.codedelivery.devstack;

/**
 * One instance of a service that {@code up} runs: {@code name} is the service's own when it is the
 * only one, {@code <service>-<k>} among several; it names the instance's log file, pid and
 * supervision. {@code archive} names its class-data-sharing archive: the first instance keeps the
 * service's, the others have their own, so that no two running JVMs write one archive at exit.
 */
record ServiceReplica(String service, String name, int port, String archive) {

    static ServiceReplica only(String service, int port) {
        return new ServiceReplica(service, service, port, service);
    }

    static ServiceReplica numbered(String service, int number, int port) {
        String name = service + "-" + number;
        return new ServiceReplica(service, name, port, number == 1 ? service : name);
    }
}
