package org.sealroom.protocol.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Splits the TLS plaintext into frames ({@link WireFormat}) and decodes the routing headers: emits
 * {@link ControlFrame}, {@link DataMessage} and {@link MediaMessage}; payloads are retained slices, never copies.
 *
 * <p>An oversized length is refused before any of the frame is read. On any violation the decoder replies with an
 * error, closes the channel, discards whatever else arrives and throws the typed {@link WireException}.
 */
public final class FrameDecoder extends ByteToMessageDecoder {
    private final int maxFrameBytes;
    private boolean rejected;

    public FrameDecoder(int maxFrameBytes) {
        if (maxFrameBytes < WireFormat.FRAME_PREAMBLE_BYTES + MediaMessage.HEADER_BYTES) {
            throw new IllegalArgumentException("maxFrameBytes too small: " + maxFrameBytes);
        }
        this.maxFrameBytes = maxFrameBytes;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (rejected) {
            in.skipBytes(in.readableBytes());
            return;
        }
        if (in.readableBytes() < WireFormat.LENGTH_FIELD_BYTES) {
            return;
        }
        int start = in.readerIndex();
        long length = in.getUnsignedInt(start);
        if (length > maxFrameBytes) {
            throw reject(ctx, in, new FrameTooLargeException(length, maxFrameBytes));
        }
        if (length < WireFormat.FRAME_PREAMBLE_BYTES) {
            throw reject(ctx, in, new MalformedFrameException(
                    "frame of " + length + " bytes is shorter than its 2-byte preamble"));
        }
        if (in.readableBytes() < WireFormat.LENGTH_FIELD_BYTES + length) {
            return;
        }
        int version = in.getUnsignedByte(start + WireFormat.LENGTH_FIELD_BYTES);
        if (version != WireFormat.VERSION) {
            throw reject(ctx, in, new UnsupportedWireVersionException(version));
        }
        int typeCode = in.getUnsignedByte(start + WireFormat.LENGTH_FIELD_BYTES + 1);
        FrameType type = FrameType.fromCode(typeCode);
        if (type == null) {
            throw reject(ctx, in, new MalformedFrameException("unknown frame type " + typeCode));
        }
        int bodyBytes = (int) length - WireFormat.FRAME_PREAMBLE_BYTES;
        int routingBytes = switch (type) {
            case CONTROL -> 0;
            case DATA -> DataMessage.HEADER_BYTES;
            case MEDIA -> MediaMessage.HEADER_BYTES;
        };
        if (bodyBytes < routingBytes) {
            throw reject(ctx, in, new MalformedFrameException(type + " frame body of " + bodyBytes
                    + " bytes is shorter than its " + routingBytes + "-byte routing header"));
        }
        in.skipBytes(WireFormat.LENGTH_FIELD_BYTES + WireFormat.FRAME_PREAMBLE_BYTES);
        out.add(switch (type) {
            case CONTROL -> new ControlFrame(in.readRetainedSlice(bodyBytes));
            case DATA -> new DataMessage(in.readInt(), in.readInt(), in.readRetainedSlice(bodyBytes - routingBytes));
            case MEDIA -> new MediaMessage(in.readInt(), in.readInt(), in.readInt(),
                    MediaPriority.fromFlags(in.readUnsignedByte()), in.readRetainedSlice(bodyBytes - routingBytes));
        });
    }

    private WireException reject(ChannelHandlerContext ctx, ByteBuf in, WireException violation) {
        rejected = true;
        in.skipBytes(in.readableBytes());
        return ProtocolViolations.reject(ctx, violation);
    }
}
