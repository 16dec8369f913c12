package org.sealroom.relay;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run a relay.
 *
 * @param bindAddress address for the TLS and UDP listeners
 * @param port TLS port (0: any free port)
 * @param udpPort UDP media port (0: any free port; -1: the same number as the TLS port)
 * @param metricsBind address of the metrics HTTP listener
 * @param metricsPort metrics HTTP port (0: any free port; -1: no metrics listener)
 * @param dataDir where the generated certificate is kept ({@code null}: a fresh in-memory certificate per start)
 * @param certificateFile operator-supplied PEM certificate chain, used with {@code privateKeyFile} instead of a
 *                        generated one ({@code null}: generate)
 * @param privateKeyFile the PEM private key of {@code certificateFile}
 * @param captureDir write every received payload here for audit ({@code null}: off)
 * @param ioThreads event-loop threads for connections (0: one per core)
 */
public record RelayConfig(InetAddress bindAddress, int port, int udpPort, InetAddress metricsBind, int metricsPort,
                          Path dataDir, Path certificateFile, Path privateKeyFile, Path captureDir,
                          RelayLimits limits, int ioThreads) {

    public static final int DEFAULT_PORT = 7443;
    public static final int DEFAULT_METRICS_PORT = 9464;
    public static final int SAME_AS_TCP = -1;
    public static final int DISABLED = -1;

    public RelayConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(metricsBind, "metricsBind");
        Objects.requireNonNull(limits, "limits");
        if ((certificateFile == null) != (privateKeyFile == null)) {
            throw new RelayException("tls.certificate and tls.privateKey go together: give both or neither");
        }
    }

    /** Loopback on ephemeral ports, in-memory certificate, no metrics: what tests and the embedded relay use. */
    public static Builder loopbackEphemeral() {
        return new Builder().port(0).udpPort(0).metricsPort(DISABLED);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().bindAddress(bindAddress).port(port).udpPort(udpPort).metricsBind(metricsBind)
                .metricsPort(metricsPort).dataDir(dataDir).certificate(certificateFile, privateKeyFile)
                .captureDir(captureDir).limits(limits).ioThreads(ioThreads);
    }

    /** Starts from: loopback, port 7443 (TLS and UDP), metrics on loopback:9464, default limits. */
    public static final class Builder {
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port = DEFAULT_PORT;
        private int udpPort = SAME_AS_TCP;
        private InetAddress metricsBind = InetAddress.getLoopbackAddress();
        private int metricsPort = DEFAULT_METRICS_PORT;
        private Path dataDir;
        private Path certificateFile;
        private Path privateKeyFile;
        private Path captureDir;
        private RelayLimits limits = RelayLimits.defaults();
        private int ioThreads;

        public Builder bindAddress(InetAddress v) {
            bindAddress = v;
            return this;
        }

        public Builder port(int v) {
            port = v;
            return this;
        }

        public Builder udpPort(int v) {
            udpPort = v;
            return this;
        }

        public Builder metricsBind(InetAddress v) {
            metricsBind = v;
            return this;
        }

        public Builder metricsPort(int v) {
            metricsPort = v;
            return this;
        }

        public Builder dataDir(Path v) {
            dataDir = v;
            return this;
        }

        public Builder certificate(Path certificate, Path privateKey) {
            certificateFile = certificate;
            privateKeyFile = privateKey;
            return this;
        }

        public Builder certificateFile(Path v) {
            certificateFile = v;
            return this;
        }

        public Builder privateKeyFile(Path v) {
            privateKeyFile = v;
            return this;
        }

        public Builder captureDir(Path v) {
            captureDir = v;
            return this;
        }

        public Builder limits(RelayLimits v) {
            limits = v;
            return this;
        }

        public Builder ioThreads(int v) {
            ioThreads = v;
            return this;
        }

        public RelayConfig build() {
            return new RelayConfig(bindAddress, port, udpPort, metricsBind, metricsPort, dataDir, certificateFile,
                    privateKeyFile, captureDir, limits, ioThreads);
        }
    }
}
