package io.codedelivery.bench.stack;

import io.codedelivery.devstack.MongoWireServer;
import java.util.concurrent.CountDownLatch;

/** The MongoDB wire server in a JVM of its own, so that its CPU and memory are measured apart from the driver's. */
public final class MongoMain {

    private MongoMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        MongoWireServer server = MongoWireServer.startInMemory(Integer.parseInt(args[0]));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mongo-stop"));
        System.out.println("MongoDB wire server listening on " + server.port());
        new CountDownLatch(1).await();
    }
}
