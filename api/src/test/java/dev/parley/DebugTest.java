package dev.parley;

import static dev.parley.Fixtures.inBackground;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Debug output in IO::Socket::SSL's levels, switched on by {@code parley.debug}: silent by
 * default, the negotiated parameters at 1, the call flow at 2, data sizes at 3.
 */
class DebugTest {

    private final List<String> messages = Collections.synchronizedList(new ArrayList<>());
    private final Logger logger = Logger.getLogger("dev.parley");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            messages.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
        System.clearProperty("parley.debug");
    }

    private void oneConnection() throws Exception {
        try (TlsServerSocket server = Fixtures.listen(Fixtures.server(StandInHandshakes.plain()))) {
            Future<Integer> served = inBackground(() -> {
                try (TlsSocket accepted = server.accept()) {
                    return accepted.getInputStream().read();
                }
            });
            try (TlsSocket socket = TlsSocket.connect("127.0.0.1", server.getLocalPort(),
                    Fixtures.client(StandInHandshakes.plain()))) {
                socket.getOutputStream().write(7);
            }
            assertEquals(7, served.get());
        }
    }

    @Test
    void level0IsSilent() throws Exception {
        oneConnection();
        assertEquals(List.of(), messages.stream().filter(m -> !m.startsWith("WARNING")).toList());
    }

    @Test
    void level1ReportsTheNegotiatedParameters() throws Exception {
        System.setProperty("parley.debug", "1");
        oneConnection();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("INFO DEBUG1: handshake complete: Session[version=TLSv1.3, "
                + "cipherSuite=TLS_AES_128_GCM_SHA256")), messages.toString());
        assertTrue(messages.stream().noneMatch(m -> m.contains("DEBUG2")), messages.toString());
    }

    @Test
    void level3AddsTheCallFlowAndDataSizes() throws Exception {
        System.setProperty("parley.debug", "3");
        oneConnection();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("INFO DEBUG2: connected to 127.0.0.1:")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.matches("INFO DEBUG3: \\d+ bytes from the network")),
                messages.toString());
    }

    @Test
    void theLoggerItselfCanAskForDetail() throws Exception {
        Level before = logger.getLevel();
        logger.setLevel(Level.FINE);
        try {
            oneConnection();
        } finally {
            logger.setLevel(before);
        }
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("FINE handshake complete")), messages.toString());
    }
}
