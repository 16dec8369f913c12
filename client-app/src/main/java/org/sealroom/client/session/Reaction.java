package org.sealroom.client.session;

/** The reactions a participant can send; a closed set, so no peer can make others render arbitrary text. */
public enum Reaction {
    THUMBS_UP("\uD83D\uDC4D"),
    CLAP("\uD83D\uDC4F"),
    HEART("\u2764\uFE0F"),
    LAUGH("\uD83D\uDE02"),
    SURPRISED("\uD83D\uDE2E"),
    CELEBRATE("\uD83C\uDF89");

    private final String emoji;

    Reaction(String emoji) {
        this.emoji = emoji;
    }

    public String emoji() {
        return emoji;
    }
}
