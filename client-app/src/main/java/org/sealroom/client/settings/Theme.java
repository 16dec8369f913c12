package org.sealroom.client.settings;

/** The UI's colour scheme. */
public enum Theme {
    LIGHT,
    DARK
}
