package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoWireServerIT {

    @TempDir
    Path data;

    @Test
    void documentsSurviveARestartWithTheFileBackend() {
        int port = Ports.free();
        try (MongoWireServer server = MongoWireServer.startWithFile(data, port);
                MongoClient client = MongoClients.create(server.connectionString("codedelivery"))) {
            client.getDatabase("codedelivery").getCollection("routes").insertOne(new Document("_id", "fifth-avenue"));
        }
        try (MongoWireServer server = MongoWireServer.startWithFile(data, port);
                MongoClient client = MongoClients.create(server.connectionString("codedelivery"))) {
            assertThat(client.getDatabase("codedelivery").getCollection("routes").countDocuments()).isEqualTo(1);
        }
    }
}
