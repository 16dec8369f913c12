package org.sealroom.client.session;

/**
 * The end-to-end encryption state: the current epoch and its security code (six groups of five digits; empty before
 * the first epoch). {@code joinedWithPassword} is true when this participant joined by meeting number and password,
 * so the UI urges a security-code comparison.
 */
public record E2eeStatus(long epoch, String securityCode, boolean joinedWithPassword) {
    public static final E2eeStatus NONE = new E2eeStatus(-1, "", false);

    public boolean established() {
        return epoch >= 0;
    }
}
