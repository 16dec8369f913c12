package org.sealroom.client.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JoinLinkCheckTest {

    @Test
    void acceptsLinksWithAndWithoutPortAndRelayCertificate() {
        assertThat(JoinLinkCheck.problem("sealroom://relay.example.org/482193057#v1.AbC-_9.c2VjcmV0")).isEmpty();
        assertThat(JoinLinkCheck.problem("sealroom://10.0.0.5:7443/1#v1.fp.secret.cert")).isEmpty();
        assertThat(JoinLinkCheck.problem("sealroom://[::1]:7443/42#v1.fp.secret")).isEmpty();
    }

    @Test
    void namesTheProblem() {
        assertThat(JoinLinkCheck.problem(" ")).contains("home.join.error.linkMissing");
        assertThat(JoinLinkCheck.problem("http://x/1#v1.a.b")).contains("home.join.error.notSealroomLink");
        assertThat(JoinLinkCheck.problem("sealroom://x/1")).contains("home.join.error.linkWithoutFragment");
        assertThat(JoinLinkCheck.problem("sealroom://x/1#v2.a.b")).contains("home.join.error.linkMalformed");
        assertThat(JoinLinkCheck.problem("sealroom://x/1#v1.a")).contains("home.join.error.linkMalformed");
        assertThat(JoinLinkCheck.problem("sealroom://x/1#v1.a.b.c.d")).contains("home.join.error.linkMalformed");
        assertThat(JoinLinkCheck.problem("sealroom://x/room#v1.a.b")).contains("home.join.error.linkMalformed");
    }
}
