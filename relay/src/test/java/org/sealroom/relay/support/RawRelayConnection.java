package org.sealroom.relay.support;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.sealroom.protocol.control.ControlJson;
import org.sealroom.protocol.control.ControlMessage;
import org.sealroom.protocol.wire.FrameType;
import org.sealroom.protocol.wire.WireFormat;

/**
 * A hand-rolled client that speaks TLS and writes whatever bytes a test wants: for misbehaving peers (oversized
 * frames, wrong versions) that the real client would never produce.
 */
public final class RawRelayConnection implements AutoCloseable {
    private final SSLSocket socket;
    private final DataInputStream in;
    private final OutputStream out;

    public RawRelayConnection(InetSocketAddress relay) throws Exception {
        SSLContext tls = SSLContext.getInstance("TLSv1.3");
        tls.init(null, new TrustManager[] {new AnyCertificate()}, null);
        socket = (SSLSocket) tls.getSocketFactory().createSocket(relay.getAddress(), relay.getPort());
        socket.setSoTimeout(30_000);
        socket.startHandshake();
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    public void send(ControlMessage message) throws IOException {
        byte[] json = ControlJson.toBytes(message);
        writeFrameHeader(WireFormat.FRAME_PREAMBLE_BYTES + json.length, FrameType.CONTROL);
        out.write(json);
        out.flush();
    }

    public void writeFrameHeader(long length, FrameType type) throws IOException {
        out.write(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length,
            (byte) WireFormat.VERSION, (byte) type.code()});
    }

    public void writeRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Reads the next frame, which must be a control frame. */
    public ControlMessage receive() throws IOException {
        int length = in.readInt();
        byte[] frame = new byte[length];
        in.readFully(frame);
        if (frame[1] != FrameType.CONTROL.code()) {
            throw new IOException("expected a control frame, got type " + frame[1]);
        }
        return ControlJson.read(new java.io.ByteArrayInputStream(Arrays.copyOfRange(frame, 2, length)));
    }

    /** Whether the relay has closed the connection (reads until end of stream). */
    public boolean closedByRelay() throws IOException {
        try {
            while (in.read() >= 0) {
                // drain anything still in flight
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private static final class AnyCertificate implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
