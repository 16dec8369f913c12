package org.sealroom.client.identity;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sealroom.client.session.IdentityState;
import org.sealroom.crypto.identity.IdentityPublicKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identity keys this user has met, by display name (docs/protocol.md section 7): trust on first use, "verified"
 * after a safety-number comparison, and a warning when a known name comes with a new key. A JSON file; a damaged file
 * is set aside, never silently overwritten.
 */
public final class ContactBook {

    private static final Logger LOG = LoggerFactory.getLogger(ContactBook.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What is remembered of one name. */
    public record Contact(String fingerprint, boolean verified) {}

    private final Optional<Path> file;
    private final Map<String, Contact> contacts;

    private ContactBook(Optional<Path> file, Map<String, Contact> contacts) {
        this.file = file;
        this.contacts = contacts;
    }

    /** A contact book kept in memory only (headless runs). */
    public static ContactBook inMemory() {
        return new ContactBook(Optional.empty(), new LinkedHashMap<>());
    }

    public static ContactBook open(Path file) {
        Map<String, Contact> contacts = new LinkedHashMap<>();
        if (Files.exists(file)) {
            try {
                contacts.putAll(JSON.readValue(file.toFile(), new TypeReference<Map<String, Contact>>() { }));
            } catch (IOException e) {
                Path aside = file.resolveSibling(file.getFileName() + ".damaged");
                LOG.warn("contact book {} is damaged ({}); set aside as {}", file, e.getMessage(), aside);
                try {
                    Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException moveFailed) {
                    LOG.warn("could not set the damaged contact book aside: {}", moveFailed.getMessage());
                }
            }
        }
        return new ContactBook(Optional.of(file), contacts);
    }

    /** How this name and key relate to what we saw before; does not remember anything. */
    public synchronized IdentityState classify(String displayName, IdentityPublicKey key) {
        Contact known = contacts.get(displayName);
        String fingerprint = key.fingerprint().compact();
        if (known == null) {
            return IdentityState.NEW;
        }
        if (!known.fingerprint().equals(fingerprint)) {
            return IdentityState.KEY_CHANGED;
        }
        return known.verified() ? IdentityState.VERIFIED : IdentityState.SEEN_BEFORE;
    }

    /** Remembers a key met in a meeting; a changed key replaces the old one but is not verified. */
    public synchronized void remember(String displayName, IdentityPublicKey key) {
        String fingerprint = key.fingerprint().compact();
        Contact known = contacts.get(displayName);
        if (known == null || !known.fingerprint().equals(fingerprint)) {
            contacts.put(displayName, new Contact(fingerprint, false));
            save();
        }
    }

    public synchronized void markVerified(String displayName, IdentityPublicKey key) {
        contacts.put(displayName, new Contact(key.fingerprint().compact(), true));
        save();
    }

    private void save() {
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "contacts", ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), contacts);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("could not save the contact book {}: {}", target, e.getMessage());
        }
    }
}
