package org.sealroom.media.stream;

import org.sealroom.media.codec.CodecException;
import org.sealroom.media.codec.OpusDecoder;
import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.jitter.AudioPlayout;
import org.sealroom.media.pipeline.Transformer;

/** Turns the jitter buffer's decision into sound: decode, conceal (PLC), or silence. A frame that fails to decode is concealed. */
final class PlayoutDecoder extends Transformer<AudioPlayout, PcmFrame> {
    private final OpusDecoder decoder;
    private long decodeErrors;

    PlayoutDecoder(OpusDecoder decoder) {
        super("opus-decoder");
        this.decoder = decoder;
    }

    @Override
    protected PcmFrame transform(AudioPlayout playout) {
        return switch (playout) {
            case AudioPlayout.Play play -> decodeOrConceal(play);
            case AudioPlayout.Conceal conceal -> decoder.conceal(conceal.timestampMicros());
            case AudioPlayout.Silence silence -> PcmFrame.silence(silence.atMicros());
        };
    }

    private PcmFrame decodeOrConceal(AudioPlayout.Play play) {
        try {
            return decoder.decode(play.frame().frame());
        } catch (CodecException e) {
            decodeErrors++;
            return decoder.conceal(play.frame().timestampMicros());
        }
    }

    long decodeErrors() {
        return decodeErrors;
    }
}
