package org.sealroom.relay.pipeline;

/** User event fired from the head of the pipeline once TLS and the hello exchange are done. */
enum HelloCompleted {
    INSTANCE
}
