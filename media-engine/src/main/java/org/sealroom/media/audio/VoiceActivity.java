package org.sealroom.media.audio;

/** Whether a 20 ms frame carries speech, and how loud it is (dB relative to full scale, -96..0). */
public record VoiceActivity(boolean active, double levelDbfs) {
}
