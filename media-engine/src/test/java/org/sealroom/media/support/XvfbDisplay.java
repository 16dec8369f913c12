package org.sealroom.media.support;

/** An X display a test started, such as {@code :93}, and its screen size. */
public record XvfbDisplay(String name, int width, int height) {
}
