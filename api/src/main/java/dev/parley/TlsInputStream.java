package dev.parley;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** The application data a {@link TlsSocket} receives: decrypted records, in order. */
final class TlsInputStream extends InputStream {

    private final TlsSocket socket;

    TlsInputStream(TlsSocket socket) {
        this.socket = socket;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int count = read(one, 0, 1);
        return count < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        return socket.read(buffer, offset, length);
    }

    /** Decrypted bytes that a read returns without waiting. */
    @Override
    public int available() {
        return socket.pending();
    }

    /** Closes the socket, as a plain socket's stream does. */
    @Override
    public void close() throws IOException {
        socket.close();
    }
}
