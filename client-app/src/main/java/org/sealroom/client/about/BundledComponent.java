package org.sealroom.client.about;

/** One third-party component the app ships, as the About box lists it. */
public record BundledComponent(String name, String version, String licence) {}
