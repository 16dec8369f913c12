package org.sealroom.client.ui.about;

import java.util.List;
import org.sealroom.client.about.AppVersion;
import org.sealroom.client.about.BundledComponent;
import org.sealroom.client.about.BundledComponents;
import org.sealroom.client.ui.Messages;

/** What the About window shows: the version of this build, its licence and every bundled component's licence. */
public final class AboutViewModel {

    private final Messages messages;

    public AboutViewModel(Messages messages) {
        this.messages = messages;
    }

    public String versionText() {
        return messages.get("about.version", AppVersion.current());
    }

    public List<String> componentLines() {
        return BundledComponents.all().stream().map(AboutViewModel::line).toList();
    }

    private static String line(BundledComponent component) {
        String version = component.version().isEmpty() ? "" : " " + component.version();
        return component.name() + version + " — " + component.licence();
    }
}
