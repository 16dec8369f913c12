package org.sealroom.client.session;

/**
 * The composition root hook: the session layer registers one implementation under
 * {@code META-INF/services/org.sealroom.client.session.ClientServicesProvider}, and the desktop app's {@code main}
 * loads it with {@link java.util.ServiceLoader}. Tests skip it and inject {@link ClientServices} directly.
 */
public interface ClientServicesProvider {

    ClientServices create(ClientContext context) throws SessionException;
}
