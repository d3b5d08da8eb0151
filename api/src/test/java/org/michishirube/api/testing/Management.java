package org.michishirube.api.testing;

import java.time.Duration;

import org.springframework.test.web.reactive.server.WebTestClient;

/** A client of the Actuator endpoints, which listen on their own port on loopback. */
public final class Management {

    private Management() {
    }

    /** {@return a client of the management server at this port (from {@code @LocalManagementPort})} */
    public static WebTestClient client(int managementPort) {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).responseTimeout(Duration.ofSeconds(60)).build();
    }
}
