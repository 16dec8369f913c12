package org.sealroom.client.session;

/** Everything the desktop UI needs from the session layer. */
public record ClientServices(SessionService sessions, IdentityService identity, DeviceService devices) {}
