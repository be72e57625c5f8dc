package io.codedelivery.backend.storage;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One MongoDB client for the process; the database is the one named in the connection string. */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(@Value("${codedelivery.mongodb.uri}") String uri) {
        return MongoClients.create(uri);
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, @Value("${codedelivery.mongodb.uri}") String uri) {
        String database = new ConnectionString(uri).getDatabase();
        return client.getDatabase(database == null ? "codedelivery" : database);
    }
}
