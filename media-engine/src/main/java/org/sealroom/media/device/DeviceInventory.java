package org.sealroom.media.device;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every device found, and the state of each kind (including why a kind is missing). */
public record DeviceInventory(List<MediaDevice> devices, Map<DeviceKind, DeviceStatus> statuses) {
    public DeviceInventory {
        devices = List.copyOf(devices);
        EnumMap<DeviceKind, DeviceStatus> ordered = new EnumMap<>(DeviceKind.class);
        ordered.putAll(statuses);
        statuses = Collections.unmodifiableMap(ordered);
    }

    public List<MediaDevice> devices(DeviceKind kind) {
        return devices.stream().filter(d -> d.kind() == kind).toList();
    }

    public DeviceStatus status(DeviceKind kind) {
        return statuses.get(kind);
    }
}
