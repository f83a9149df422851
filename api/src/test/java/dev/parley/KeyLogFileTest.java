package dev.parley;

import static dev.parley.Fixtures.inBackground;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The SSLKEYLOGFILE writer: NSS key log lines, the same secrets on both ends, a private file. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class KeyLogFileTest {

    @Test
    void bothEndsLogTheSameSecretsInTheNssFormat(@TempDir Path directory) throws Exception {
        Path clientLog = directory.resolve("client.keys");
        Path serverLog = directory.resolve("server.keys");
        TlsConfig serverConfig = Fixtures.server(StandInHandshakes.plain(), b -> b.keyLogFile(serverLog));
        TlsConfig clientConfig = Fixtures.client(StandInHandshakes.plain(), b -> b.keyLogFile(clientLog));
        try (TlsServerSocket server = Fixtures.listen(serverConfig)) {
            Future<?> served = inBackground(() -> {
                try (TlsSocket accepted = server.accept()) {
                    return accepted.getInputStream().read();
                }
            });
            try (TlsSocket socket = TlsSocket.connect("127.0.0.1", server.getLocalPort(), clientConfig)) {
                socket.getOutputStream().write(1);
            }
            served.get();
        }
        List<String> client = Files.readAllLines(clientLog);
        List<String> server = Files.readAllLines(serverLog);
        assertEquals(2, client.size(), client.toString());
        for (String line : client) {
            assertTrue(line.matches("(CLIENT|SERVER)_TRAFFIC_SECRET_0 [0-9a-f]{64} [0-9a-f]{64}"), line);
        }
        assertEquals(client.stream().sorted().toList(), server.stream().sorted().toList(),
                "the client's and the server's secrets for the connection agree");
        if (Files.getFileAttributeView(clientLog, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(clientLog)));
        }
    }

    @Test
    void withTheRealStatesBothEndsLogTheSameFourSecrets(@TempDir Path directory) throws Exception {
        Path clientLog = directory.resolve("client.keys");
        Path serverLog = directory.resolve("server.keys");
        TlsConfig serverConfig = TlsConfig.server().certificate(Fixtures.cert("server-chain.pem"),
                Fixtures.cert("server.key")).keyLogFile(serverLog).build();
        TlsConfig clientConfig = TlsConfig.client().caFile(Fixtures.cert("root.pem")).keyLogFile(clientLog).build();
        try (TlsServerSocket server = Fixtures.listen(serverConfig)) {
            Future<?> served = inBackground(() -> {
                try (TlsSocket accepted = server.accept()) {
                    return accepted.getInputStream().read();
                }
            });
            try (TlsSocket socket = TlsSocket.connect("localhost", server.getLocalPort(), clientConfig)) {
                socket.getOutputStream().write(1);
            }
            served.get();
        }
        List<String> client = Files.readAllLines(clientLog).stream().sorted().toList();
        List<String> server = Files.readAllLines(serverLog).stream().sorted().toList();
        assertEquals(List.of("CLIENT_HANDSHAKE_TRAFFIC_SECRET", "CLIENT_TRAFFIC_SECRET_0",
                "SERVER_HANDSHAKE_TRAFFIC_SECRET", "SERVER_TRAFFIC_SECRET_0"),
                client.stream().map(line -> line.split(" ")[0]).toList());
        assertEquals(1, client.stream().map(line -> line.split(" ")[1]).distinct().count(), "one client random");
        assertEquals(client, server, "each secret the client derived is the one the server derived");
    }

    @Test
    void linesAreLabelRandomSecret() {
        assertEquals("CLIENT_HANDSHAKE_TRAFFIC_SECRET 0102 0a0b",
                KeyLogFile.line("CLIENT_HANDSHAKE_TRAFFIC_SECRET", dev.parley.crypto.Bytes.of((byte) 1, (byte) 2),
                        new byte[] {10, 11}));
    }
}
