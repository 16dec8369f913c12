package org.sealroom.protocol.meeting;

/** Display names come from other people: strip control characters and bound their length before showing them. */
public final class DisplayNames {

    private DisplayNames() {
    }

    public static String clean(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints()
                .filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .limit(JoinRequest.MAX_NAME_CHARS)
                .forEach(out::appendCodePoint);
        String cleaned = out.toString().strip();
        return cleaned.isEmpty() ? "Guest" : cleaned;
    }
}
