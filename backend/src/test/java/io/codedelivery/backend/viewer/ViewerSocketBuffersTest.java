package io.codedelivery.backend.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

class ViewerSocketBuffersTest {

    @Test
    void everyConnectionAndWebSocketGetsSmallBuffers() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new ViewerSocketBuffers().customize(factory);
        Connector connector = new Connector();
        factory.getConnectorCustomizers().forEach(customizer -> customizer.customize(connector));

        assertThat(connector.getProperty("socket.appReadBufSize")).isEqualTo(Integer.toString(ViewerSocketBuffers.CONNECTION_BUFFER_BYTES));
        assertThat(connector.getProperty("socket.appWriteBufSize")).isEqualTo(Integer.toString(ViewerSocketBuffers.CONNECTION_BUFFER_BYTES));
        assertThat(System.getProperty(ViewerSocketBuffers.OUTPUT_BUFFER_PROPERTY))
                .isEqualTo(Integer.toString(ViewerSocketBuffers.OUTPUT_BUFFER_BYTES));
    }
}
