package org.sealroom.client.ui.fakes;

import java.util.Arrays;
import java.util.Optional;
import org.sealroom.client.session.IdentityService;
import org.sealroom.client.session.IdentitySummary;
import org.sealroom.client.session.Passphrase;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.session.WrongPassphraseException;

/** An identity "key file" in memory: created once, opened with the right passphrase. */
public final class FakeIdentityService implements IdentityService {

    public static final IdentitySummary SUMMARY = new IdentitySummary(
            "Qm9iIHRoZSBob3N0IGZpbmdlcnByaW50",
            "31415 92653 58979 32384 62643 38327 95028 84197 16939 93751 05820 97494", false);

    private volatile KeyFileState state;
    private volatile char[] passphrase;
    private volatile IdentitySummary current;

    public FakeIdentityService(KeyFileState state) {
        this.state = state;
    }

    /** An identity that is already open, as after start-up. */
    public static FakeIdentityService loaded() {
        FakeIdentityService service = new FakeIdentityService(KeyFileState.UNPROTECTED);
        service.current = SUMMARY;
        return service;
    }

    public static FakeIdentityService protectedBy(String secret) {
        FakeIdentityService service = new FakeIdentityService(KeyFileState.PROTECTED);
        service.passphrase = secret.toCharArray();
        return service;
    }

    @Override
    public KeyFileState keyFileState() {
        return state;
    }

    @Override
    public IdentitySummary create(Optional<Passphrase> secret) throws SessionException {
        if (state != KeyFileState.MISSING) {
            throw new SessionException("An identity key file already exists");
        }
        passphrase = secret.map(Passphrase::characters).orElse(null);
        state = secret.isPresent() ? KeyFileState.PROTECTED : KeyFileState.UNPROTECTED;
        current = new IdentitySummary(SUMMARY.fingerprint(), SUMMARY.safetyNumber(), secret.isPresent());
        return current;
    }

    @Override
    public IdentitySummary load(Optional<Passphrase> secret) throws SessionException {
        if (state == KeyFileState.MISSING) {
            throw new SessionException("There is no identity key file yet");
        }
        if (state == KeyFileState.PROTECTED
                && (secret.isEmpty() || !Arrays.equals(secret.get().characters(), passphrase))) {
            throw new WrongPassphraseException("Wrong passphrase");
        }
        current = new IdentitySummary(SUMMARY.fingerprint(), SUMMARY.safetyNumber(), state == KeyFileState.PROTECTED);
        return current;
    }

    @Override
    public Optional<IdentitySummary> current() {
        return Optional.ofNullable(current);
    }

    /** Whether the passphrase given at creation survived (the caller's copy may have been wiped). */
    public Optional<String> storedPassphrase() {
        return Optional.ofNullable(passphrase).map(String::new);
    }
}
