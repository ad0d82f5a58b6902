package org.wbcyber.graph.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A {@link GraphTest} that calls the REST API over HTTP. */
@GraphTest
public abstract class ApiTest {

    @LocalServerPort
    int port;

    protected Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }
}
