package org.sealroom.client.session;

/** How much of a participant's video the UI currently shows, so the session need not decode what nobody sees. */
public enum VideoDemand {
    /** Large on screen: every frame, full resolution. */
    FULL,
    /** A small tile (filmstrip, crowded grid): a few frames a second suffice. */
    THUMBNAIL,
    /** Not on screen: no frames. */
    PAUSED
}
