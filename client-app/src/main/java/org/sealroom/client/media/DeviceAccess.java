package org.sealroom.client.media;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sealroom.media.MediaEngine;
import org.sealroom.media.device.DeviceInventory;
import org.sealroom.media.device.DeviceKind;
import org.sealroom.media.device.DeviceStatus;
import org.sealroom.media.device.MediaDevice;

/**
 * The media engine's devices as the session layer picks them: by the id the user chose, or the first the system lists
 * when they chose the system default (or their choice is gone). The inventory can be given, so tests can describe a
 * machine; devices are always opened by the engine.
 */
final class DeviceAccess {

    private final MediaEngine engine;
    private final Supplier<DeviceInventory> inventory;

    DeviceAccess(MediaEngine engine, Supplier<DeviceInventory> inventory) {
        this.engine = engine;
        this.inventory = inventory;
    }

    static DeviceAccess of(MediaEngine engine) {
        return new DeviceAccess(engine, engine::devices);
    }

    MediaEngine engine() {
        return engine;
    }

    DeviceInventory inventory() {
        return inventory.get();
    }

    List<MediaDevice> devices(DeviceKind kind) {
        return inventory().devices(kind);
    }

    /** The device with {@code id}, or any of its kind when {@code id} is empty or blank (system default). */
    Optional<MediaDevice> pick(DeviceKind kind, Optional<String> id) {
        List<MediaDevice> found = devices(kind);
        if (id.isEmpty() || id.get().isBlank()) {
            return found.stream().findFirst();
        }
        return found.stream().filter(d -> d.id().equals(id.get())).findFirst();
    }

    /** Like {@link #pick}, but falls back to the first device when the chosen one is gone. */
    Optional<MediaDevice> pickOrFirst(DeviceKind kind, Optional<String> id) {
        return pick(kind, id).or(() -> pick(kind, Optional.empty()));
    }

    /** Why no device of {@code kind} can be used: the inventory's reason, or that there is none. */
    DeviceStatus whyMissing(DeviceKind kind) {
        DeviceStatus status = inventory().status(kind);
        return status != null && !status.usable() ? status : DeviceStatus.noneFound(kind, null);
    }
}
