package org.sealroom.client.ui;

import org.sealroom.client.session.ClientServices;
import org.sealroom.client.settings.SettingsStore;

/** What the screens are built from: the session layer's services, the settings file and the executors. */
public record AppEnvironment(ClientServices services, SettingsStore settings, UiExecutors executors) {}
